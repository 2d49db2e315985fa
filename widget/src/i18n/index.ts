import { en } from './en.ts'
import { fr } from './fr.ts'
import type { Locale, Translations } from './types.ts'

export type { InputProblem, Locale, Translations } from './types.ts'

/** French unless the page asks for English: `lang="en"`, `en-GB`, `EN`… */
export function toLocale(lang: string | null | undefined): Locale {
  return lang && /^en\b/i.test(lang) ? 'en' : 'fr'
}

export function translations(locale: Locale): Translations {
  return locale === 'en' ? en : fr
}
