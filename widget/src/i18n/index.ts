/**
 * The interface's translations, by screen. The question screen's French words are in
 * the first question's download; the plan's French words come with the plan, call-back
 * and feedback chunks (they import plan-words.ts); English is two chunks, the question
 * screen's words downloaded when a page asks for English (`lang="en"`) and the plan's once
 * the plan's parts are there. A French page never pays for English, nor a first question
 * for the plan.
 * @module
 */
import { frQuestion } from './fr-question.ts'
import type { Locale, PlanWords, QuestionWords, Translations } from './types.ts'

export type { InputProblem, Locale, PlanWords, QuestionWords, Translations } from './types.ts'

/** French unless the page asks for English: `lang="en"`, `en-GB`, `EN`… */
export function toLocale(lang: string | null | undefined): Locale {
  return lang && /^en\b/i.test(lang) ? 'en' : 'fr'
}

type WordSet = 'question' | 'plan'
interface Words {
  question?: QuestionWords
  plan?: PlanWords
}

const words: Record<Locale, Words> = { fr: { question: frQuestion }, en: {} }
/** French words come with the code that uses them (plan-words.ts); other locales' are chunks. */
const chunks: Record<Exclude<Locale, 'fr'>, { [S in WordSet]: () => Promise<Required<Words>[S]> }> = {
  en: {
    question: () => import('./en-question.ts').then((m) => m.enQuestion),
    plan: () => import('./en-plan.ts').then((m) => m.enPlan),
  },
}
const pending = new Map<string, Promise<unknown>>()
const merged: Partial<Record<Locale, Translations>> = {}

/** The sets of words the widget needs so far: the plan's once a plan, call-back or feedback part is there. */
function wanted(): WordSet[] {
  return words.fr.plan ? ['question', 'plan'] : ['question']
}

/** Called by plan-words.ts when the plan's parts arrive; English pages then get the plan's English words. */
export function addPlanWords(fr: PlanWords): void {
  words.fr.plan = fr
  delete merged.fr
  if (words.en.question) void loadTranslations('en').catch(() => undefined)
}

/**
 * The locale's words once loaded (see loadTranslations), French for a set still missing.
 * Typed as every word: the plan's are there whenever the code that reads them is.
 */
export function translations(locale: Locale): Translations {
  const cached = merged[locale]
  if (cached) return cached
  const own = words[locale]
  const all = { ...words.fr.question, ...words.fr.plan, ...own.question, ...own.plan } as Translations
  if (wanted().every((set) => own[set])) merged[locale] = all
  return all
}

/** Whether the locale's words are there: every set needed so far, or only the question screen's. */
export function hasTranslations(locale: Locale, only?: 'question'): boolean {
  return (only ? [only] : wanted()).every((set) => words[locale][set] !== undefined)
}

/**
 * Downloads the locale's missing sets of words, once. A failed download is forgotten, so
 * that the next call tries again; meanwhile the interface stays in French rather than blank.
 */
export function loadTranslations(locale: Locale): Promise<Translations> {
  if (locale === 'fr' || hasTranslations(locale)) return Promise.resolve(translations(locale))
  const own = words[locale]
  const loads = wanted()
    .filter((set) => !own[set])
    .map((set) => {
      const key = `${locale}:${set}`
      let load = pending.get(key)
      if (!load) {
        load = chunks[locale][set]().then(
          (loaded) => {
            ;(own as Record<WordSet, unknown>)[set] = loaded
            delete merged[locale]
            pending.delete(key)
          },
          (error: unknown) => {
            pending.delete(key)
            throw error
          },
        )
        pending.set(key, load)
      }
      return load
    })
  return Promise.all(loads).then(() => translations(locale))
}
