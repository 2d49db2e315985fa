/**
 * French public holidays (jours fériés) of metropolitan France, outside Alsace-Moselle.
 *
 * Computed by `@socialgouv/jours-feries`, which builds local-time `Date`s; they are turned
 * into civil `YYYY-MM-DD` dates here so that the rest of the engine stays time-zone free.
 * Browser-safe: no Node-only import.
 * @module
 */

import getJoursFeries from '@socialgouv/jours-feries'
import { dateParts, type IsoDate } from './iso-date.ts'

const HALF_DAY_MS = 43_200_000
const cache = new Map<number, { list: readonly IsoDate[]; set: ReadonlySet<IsoDate> }>()

/**
 * The library derives Easter Monday, Ascension and Whit Monday by adding multiples of
 * 24 hours to a local midnight, which lands at 23:00 the previous day or 01:00 when a
 * daylight-saving change lies in between (in the user's time zone, possibly not Paris).
 * Rounding to the nearest local midnight gives back the intended civil day.
 */
function toCivilDate(date: Date): IsoDate {
  const noonish = new Date(date.getTime() + HALF_DAY_MS)
  const y = noonish.getFullYear()
  const m = noonish.getMonth() + 1
  const d = noonish.getDate()
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function holidaysOf(year: number): { list: readonly IsoDate[]; set: ReadonlySet<IsoDate> } {
  let entry = cache.get(year)
  if (!entry) {
    const list = Object.values(getJoursFeries(year, { alsace: false }))
      .map(toCivilDate)
      .sort()
    entry = { list: Object.freeze(list), set: new Set(list) }
    cache.set(year, entry)
  }
  return entry
}

/** The metropolitan public holidays of `year`, sorted (11 dates). */
export function publicHolidays(year: number): IsoDate[] {
  if (!Number.isInteger(year)) throw new RangeError(`publicHolidays: year must be an integer, got ${year}`)
  return [...holidaysOf(year).list]
}

/** True when `iso` is a metropolitan public holiday. */
export function isPublicHoliday(iso: IsoDate): boolean {
  return holidaysOf(dateParts(iso).year).set.has(iso)
}
