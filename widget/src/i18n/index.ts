/**
 * The interface's translations. French, the language of nearly every page that embeds
 * the widget, is in widget.js; English is a chunk downloaded when a page asks for it
 * (`lang="en"`), so that a French page never pays for it.
 * @module
 */
import { fr } from './fr.ts'
import type { Locale, Translations } from './types.ts'

export type { InputProblem, Locale, Translations } from './types.ts'

/** French unless the page asks for English: `lang="en"`, `en-GB`, `EN`… */
export function toLocale(lang: string | null | undefined): Locale {
  return lang && /^en\b/i.test(lang) ? 'en' : 'fr'
}

const loaded: Partial<Record<Locale, Translations>> = { fr }
const pending: Partial<Record<Locale, Promise<Translations>>> = {}

/** The locale's translations once loaded (see loadTranslations); French until then. */
export function translations(locale: Locale): Translations {
  return loaded[locale] ?? fr
}

export function hasTranslations(locale: Locale): boolean {
  return loaded[locale] !== undefined
}

/**
 * Downloads a locale's chunk once. A failed download is forgotten, so that the next
 * call tries again; meanwhile the interface stays in French rather than blank.
 */
export function loadTranslations(locale: Locale): Promise<Translations> {
  const ready = loaded[locale]
  if (ready) return Promise.resolve(ready)
  return (pending[locale] ??= import('./en.ts').then(
    (module) => (loaded[locale] = module.en),
    (error: unknown) => {
      delete pending[locale]
      throw error
    },
  ))
}
