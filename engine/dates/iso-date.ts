/**
 * Civil dates as ISO strings (`YYYY-MM-DD`).
 *
 * Journeys reason about calendar days in Europe/Paris, never instants: a death on
 * 12 March is "12 March" whatever the server's time zone. Working on strings with
 * UTC arithmetic keeps the engine free of time-zone drift, in Node and browsers alike.
 * @module
 */

export type IsoDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: unknown): text is IsoDate {
  if (typeof text !== 'string') return false
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const [, y, m, d] = match
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
}

/** Parts of an ISO date, month 1–12. The caller guarantees the input is valid. */
export function dateParts(iso: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) }
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10)
}

function toUtcMs(iso: IsoDate): number {
  const { year, month, day } = dateParts(iso)
  return Date.UTC(year, month - 1, day)
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(iso) + days * DAY_MS)
}

/** Adds months, clamping to the end of a shorter month (31 January + 1 month = 28/29 February). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(iso)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = index - targetYear * 12
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate()
  return fromUtcMs(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)))
}

export function addYears(iso: IsoDate, years: number): IsoDate {
  return addMonths(iso, years * 12)
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS)
}

/** Full years from `birth` to `on` (an age). */
export function fullYearsBetween(birth: IsoDate, on: IsoDate): number {
  const b = dateParts(birth)
  const o = dateParts(on)
  let years = o.year - b.year
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) years -= 1
  return years
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: IsoDate): number {
  return new Date(toUtcMs(iso)).getUTCDay()
}

/** ISO dates compare correctly as strings; this names the intent. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}

let parisFormat: Intl.DateTimeFormat | undefined

/** Today's date in Europe/Paris, the legal calendar of the démarches. */
export function todayInParis(now: Date = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD. Building a formatter is costly: build it once.
  parisFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' })
  return parisFormat.format(now)
}
