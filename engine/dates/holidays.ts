/**
 * French public holidays (jours fériés), by calendar: the national one, Alsace-Moselle's
 * and each overseas département's (see calendars.ts for which place follows which).
 *
 * Computed by `@socialgouv/jours-feries`, which builds local-time `Date`s; they are turned
 * into civil `YYYY-MM-DD` dates here so that the rest of the engine stays time-zone free.
 * Browser-safe: no Node-only import.
 * @module
 */

import getJoursFeries from '@socialgouv/jours-feries'
import { dateParts, type IsoDate } from './iso-date.ts'

/**
 * `national`: the 11 holidays of art. L3133-1 du code du travail.
 * `alsace-moselle`: plus Good Friday and 26 December (art. L3134-13 du code du travail,
 * Bas-Rhin, Haut-Rhin and Moselle).
 * The others: plus the day commemorating the abolition of slavery (loi n° 83-550 du
 * 30 juin 1983, dates set by décret n° 83-1003 du 23 novembre 1983 as amended by décret
 * n° 2012-553 du 23 avril 2012): Guadeloupe 27 May, Martinique 22 May, Guyane 10 June,
 * La Réunion 20 December, Mayotte 27 April.
 */
export type HolidayCalendar = 'national' | 'alsace-moselle' | 'guadeloupe' | 'martinique' | 'guyane' | 'la-reunion' | 'mayotte'

export const HOLIDAY_CALENDARS: readonly HolidayCalendar[] = ['national', 'alsace-moselle', 'guadeloupe', 'martinique', 'guyane', 'la-reunion', 'mayotte']

/** Month and day of the abolition-of-slavery holiday (décret n° 83-1003 du 23 novembre 1983, art. 1er). */
const ABOLITION_DAY: Partial<Record<HolidayCalendar, `${string}-${string}`>> = {
  guadeloupe: '05-27',
  martinique: '05-22',
  guyane: '06-10',
  'la-reunion': '12-20',
  mayotte: '04-27',
}

const HALF_DAY_MS = 43_200_000
const cache = new Map<string, { list: readonly IsoDate[]; set: ReadonlySet<IsoDate> }>()

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

function holidaysOf(year: number, calendar: HolidayCalendar): { list: readonly IsoDate[]; set: ReadonlySet<IsoDate> } {
  const key = `${calendar}:${year}`
  let entry = cache.get(key)
  if (!entry) {
    const list = Object.values(getJoursFeries(year, { alsace: calendar === 'alsace-moselle' })).map(toCivilDate)
    const abolition = ABOLITION_DAY[calendar]
    if (abolition) list.push(`${String(year).padStart(4, '0')}-${abolition}`)
    list.sort()
    entry = { list: Object.freeze(list), set: new Set(list) }
    cache.set(key, entry)
  }
  return entry
}

function checkCalendar(calendar: HolidayCalendar): void {
  if (!HOLIDAY_CALENDARS.includes(calendar)) throw new RangeError(`unknown holiday calendar ${String(calendar)}: ${HOLIDAY_CALENDARS.join(', ')}`)
}

/** The public holidays of `year` in `calendar`, sorted (11 national dates, 13 in Alsace-Moselle, 12 overseas). */
export function publicHolidays(year: number, calendar: HolidayCalendar = 'national'): IsoDate[] {
  if (!Number.isInteger(year)) throw new RangeError(`publicHolidays: year must be an integer, got ${year}`)
  checkCalendar(calendar)
  return [...holidaysOf(year, calendar).list]
}

/** True when `iso` is a public holiday in `calendar` (national by default). */
export function isPublicHoliday(iso: IsoDate, calendar: HolidayCalendar = 'national'): boolean {
  checkCalendar(calendar)
  return holidaysOf(dateParts(iso).year, calendar).set.has(iso)
}
