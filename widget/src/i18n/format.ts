/**
 * Dates, times, countries and answers in the interface language. Journey content
 * (option labels, units) stays as written; only what the widget itself words changes.
 * @module
 */
// Not the runtime's index: it would bring the plan builder into the first question's download.
import { formatAnswer } from '../../../engine/runtime/format-answer.ts'
import type { CompiledQuestion } from '../../../engine/runtime/index.ts'
import type { Translations } from './types.ts'

import type { AnswerValue } from '../answer-value.ts'
import { communeName } from '../data/commune-names.ts'

const cache = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options)
  let f = cache.get(key)
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, options)))
  return f
}

/** `2026-03-12` → « 12 mars 2026 » / “12 March 2026”; civil dates, so UTC on purpose. */
export function formatDate(t: Translations, iso: string, weekday = false): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
  if (weekday) options.weekday = 'long'
  const text = formatter(t.intl, options).format(new Date(`${iso}T00:00:00Z`))
  return t.locale === 'fr' ? text.replace(/(^|\s)1(?= )/, '$11er') : text
}

/** Callback slots are instants; the call centre works in Paris time. */
export function formatTime(t: Translations, instant: string): string {
  return formatter(t.intl, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).format(new Date(instant))
}

export function formatDay(t: Translations, instant: string): string {
  const f = formatter(t.intl, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Paris' })
  return f.format(new Date(instant))
}

/** `YYYY-MM-DD` of an instant in Paris, to group slots by day. */
export function parisDay(instant: string): string {
  return formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Paris' }).format(new Date(instant))
}

let regionNames: { locale: string; names: Intl.DisplayNames } | undefined
export function countryName(t: Translations, code: string): string {
  if (regionNames?.locale !== t.intl) regionNames = { locale: t.intl, names: new Intl.DisplayNames([t.intl], { type: 'region' }) }
  try {
    return regionNames.names.of(code) ?? code
  } catch {
    return code
  }
}

/** An answer in words, in the interface language where the widget words it. */
export function answerText(t: Translations, question: CompiledQuestion, value: AnswerValue): string {
  switch (question.type) {
    case 'boolean':
      return value ? t.yes : t.no
    case 'date':
      return typeof value === 'string' ? formatDate(t, value) : String(value)
    case 'country':
      return countryName(t, String(value))
    case 'commune':
      return communeName(String(value))
    default:
      return formatAnswer(question, value)
  }
}
