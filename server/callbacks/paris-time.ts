/**
 * Europe/Paris wall-clock times ↔ instants, daylight saving included.
 *
 * Call centres open at "09:00 heure de Paris"; the database stores instants (UTC). The
 * conversion uses Intl (the tz database shipped with Node), never a fixed offset.
 * @module
 */
import { addDays, type IsoDate } from '../../engine/dates/iso-date.ts'

export const PARIS = 'Europe/Paris'
const MINUTE_MS = 60_000

const HOUR_MS = 60 * MINUTE_MS

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

function offsetFromIntl(instant: Date): number {
  const p: Record<string, string> = {}
  for (const part of parts.formatToParts(instant)) p[part.type] = part.value
  const wallAsUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second))
  return Math.round((wallAsUtc - instant.getTime()) / MINUTE_MS)
}

/**
 * Paris changes its clocks at 01:00 UTC, on a whole UTC hour: the offset is constant
 * within each UTC hour, so it is asked of Intl once per hour and kept (Intl is slow, and
 * every slot list and booking needs it).
 */
const offsets = new Map<number, number>()

/** Paris offset from UTC at this instant, in minutes (60 in winter, 120 in summer). */
export function parisOffsetMinutes(instant: Date): number {
  const hour = Math.floor(instant.getTime() / HOUR_MS)
  let offset = offsets.get(hour)
  if (offset === undefined) {
    if (offsets.size > 200_000) offsets.clear()
    offset = offsetFromIntl(new Date(hour * HOUR_MS))
    offsets.set(hour, offset)
  }
  return offset
}

const two = (n: number) => String(n).padStart(2, '0')

/** Wall-clock fields of an instant in Paris. */
export function parisFields(instant: Date): { date: IsoDate; minutes: number; seconds: number } {
  const wall = new Date(instant.getTime() + parisOffsetMinutes(instant) * MINUTE_MS)
  return {
    date: `${String(wall.getUTCFullYear()).padStart(4, '0')}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}`,
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
    seconds: wall.getUTCSeconds(),
  }
}

/**
 * Today's civil date in Paris. Like engine's todayInParis, without building an Intl
 * formatter: this runs on every booking.
 */
export function todayParis(now: Date): IsoDate {
  return parisFields(now).date
}

/**
 * The instant at which Paris clocks show `date` + `minutes` (minutes may be 1440: next midnight).
 * Like Temporal's "compatible" disambiguation: a time skipped in March (02:30) means the
 * instant one hour later on the new clock (03:30); a time repeated in October means its
 * first occurrence.
 */
export function parisWallTime(date: IsoDate, minutes: number): Date {
  if (minutes >= 1440) return parisWallTime(addDays(date, Math.floor(minutes / 1440)), minutes % 1440)
  const wallAsUtc = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 0, minutes)
  const before = parisOffsetMinutes(new Date(wallAsUtc - 12 * 60 * MINUTE_MS))
  const after = parisOffsetMinutes(new Date(wallAsUtc + 12 * 60 * MINUTE_MS))
  const candidates = [...new Set([before, after])]
    .map((offset) => wallAsUtc - offset * MINUTE_MS)
    .filter((ms) => {
      const fields = parisFields(new Date(ms))
      return fields.date === date && fields.minutes === minutes
    })
    .sort((a, b) => a - b)
  // No candidate: the time falls in the spring-forward gap; read it with the offset before the change.
  return new Date(candidates[0] ?? wallAsUtc - before * MINUTE_MS)
}

/** RFC 3339 with the Paris offset: `2026-03-29T09:00:00+02:00`. */
export function formatParis(instant: Date): string {
  const { date, minutes, seconds } = parisFields(instant)
  const offset = parisOffsetMinutes(instant)
  const sign = offset >= 0 ? '+' : '-'
  const abs = Math.abs(offset)
  return `${date}T${two(Math.floor(minutes / 60))}:${two(minutes % 60)}:${two(seconds)}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`
}

/** "mardi 24 novembre 2026 à 09:30", for people. */
export function describeParis(instant: Date): string {
  const day = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(instant)
  return `${day} à ${timeParis(instant)}`
}

/** "09:30" in Paris. */
export function timeParis(instant: Date): string {
  const { minutes } = parisFields(instant)
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}
