/**
 * The interface's translations, by screen. The question screen's French words are in
 * the first question's download; the commune picker's, the quick exit's and the reused
 * answers' come with those chunks (extra-words.ts), the plan's with the plan, call-back and
 * feedback chunks (plan-words.ts). English is two chunks: the question screen's words with
 * the extras, downloaded when a page asks for English (`lang="en"`), and the plan's once the
 * plan's parts are there. A French page never pays for English, nor a first question
 * for the plan.
 * @module
 */
import { frQuestion } from './fr-question.ts'
import type { ExtraWords, Locale, PlanWords, QuestionWords, Translations } from './types.ts'

export type { ExtraWords, InputProblem, Locale, PlanWords, QuestionWords, Translations } from './types.ts'

/** French unless the page asks for English: `lang="en"`, `en-GB`, `EN`… */
export function toLocale(lang: string | null | undefined): Locale {
  return lang && /^en\b/i.test(lang) ? 'en' : 'fr'
}

type WordSet = 'question' | 'extra' | 'plan'
interface Words {
  question?: QuestionWords
  extra?: ExtraWords
  plan?: PlanWords
}

const words: Record<Locale, Words> = { fr: { question: frQuestion }, en: {} }
/** French words come with the code that uses them (plan-words.ts); other locales' are chunks. */
const enQuestion = () => import('./en-question.ts').then((m): Words => ({ question: m.enQuestion, extra: m.enExtra }))
const chunks: Record<Exclude<Locale, 'fr'>, Record<WordSet, [string, () => Promise<Words>]>> = {
  en: {
    question: ['question', enQuestion],
    extra: ['question', enQuestion],
    plan: ['plan', () => import('./en-plan.ts').then((m): Words => ({ plan: m.enPlan }))],
  },
}
const pending = new Map<string, Promise<unknown>>()
const merged: Partial<Record<Locale, Translations>> = {}

/** The sets of words the widget needs so far: those whose French words arrived with their chunks. */
function wanted(): WordSet[] {
  return (['question', 'extra', 'plan'] as const).filter((set) => words.fr[set])
}

/** Called by extra-words.ts and plan-words.ts as their chunks arrive; English pages then get the same sets in English. */
export function addWords<S extends 'extra' | 'plan'>(set: S, fr: Required<Words>[S]): void {
  ;(words.fr as Record<WordSet, unknown>)[set] = fr
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
  const all = { ...words.fr.question, ...words.fr.extra, ...words.fr.plan, ...own.question, ...own.extra, ...own.plan } as Translations
  if (wanted().every((set) => own[set])) merged[locale] = all
  return all
}

/** Whether the locale's words are there: every set needed so far, or those of the question screens (not the plan's). */
export function hasTranslations(locale: Locale, only?: 'question'): boolean {
  return wanted().every((set) => (only && set === 'plan') || words[locale][set] !== undefined)
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
      const [chunk, importWords] = chunks[locale][set]
      const key = `${locale}:${chunk}`
      let load = pending.get(key)
      if (!load) {
        load = importWords().then(
          (loaded) => {
            Object.assign(own, loaded)
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
