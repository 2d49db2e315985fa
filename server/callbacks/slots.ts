/**
 * Bookable callback slots: pure functions of a centre's configuration and `now`.
 *
 * Slots are cut in real time from the opening instant to the closing instant, so a
 * night range across a daylight-saving change has as many slots as the agents
 * actually work (one fewer hour in March, one more in October).
 * @module
 */
import { isPublicHoliday } from '../../engine/dates/holidays.ts'
import { addDays, dayOfWeek, type IsoDate } from '../../engine/dates/iso-date.ts'
import type { CallbackCentre } from './centres.ts'
import { parisFields, parisWallTime, todayParis } from './paris-time.ts'

export interface Slot {
  start: Date
  end: Date
}

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS

/** A day's slots depend only on the centre and the date: kept, since every booking asks. */
const dayCache = new WeakMap<CallbackCentre, Map<IsoDate, readonly Slot[]>>()
const MAX_CACHED_DAYS = 800

/** Every slot of a Paris civil day, ignoring notice and horizon; none on holidays and closures. */
export function slotsOfDay(centre: CallbackCentre, date: IsoDate): readonly Slot[] {
  let days = dayCache.get(centre)
  if (!days) dayCache.set(centre, (days = new Map()))
  let slots = days.get(date)
  if (!slots) {
    if (days.size >= MAX_CACHED_DAYS) days.clear()
    days.set(date, (slots = Object.freeze(computeSlotsOfDay(centre, date))))
  }
  return slots
}

function computeSlotsOfDay(centre: CallbackCentre, date: IsoDate): Slot[] {
  if (isPublicHoliday(date) || centre.closed.has(date)) return []
  const step = centre.slotMinutes * MINUTE_MS
  const slots: Slot[] = []
  for (const range of centre.hours[dayOfWeek(date)] ?? []) {
    const close = parisWallTime(date, range.close).getTime()
    for (let start = parisWallTime(date, range.open).getTime(); start + step <= close; start += step) {
      slots.push({ start: new Date(start), end: new Date(start + step) })
    }
  }
  return slots
}

/** The last civil day that can be booked. */
export function lastBookableDay(centre: CallbackCentre, now: Date): IsoDate {
  return addDays(todayParis(now), centre.horizonDays)
}

export function earliestStart(centre: CallbackCentre, now: Date): number {
  return now.getTime() + centre.minNoticeHours * HOUR_MS
}

/**
 * Slots that respect the minimum notice and the horizon, from `from` (a Paris civil date,
 * today when earlier) for `days` days at most.
 */
export function bookableSlots(centre: CallbackCentre, now: Date, options: { from?: IsoDate; days?: number } = {}): Slot[] {
  const today = todayParis(now)
  const last = lastBookableDay(centre, now)
  let day = options.from && options.from > today ? options.from : today
  const stop = options.days ? addDays(day, options.days - 1) : last
  const earliest = earliestStart(centre, now)
  const slots: Slot[] = []
  for (; day <= last && day <= stop; day = addDays(day, 1)) {
    for (const slot of slotsOfDay(centre, day)) if (slot.start.getTime() >= earliest) slots.push(slot)
  }
  return slots
}

export type SlotProblem = 'past' | 'too-soon' | 'too-far' | 'closed-day' | 'not-a-slot'

export const SLOT_PROBLEM_MESSAGES: Record<SlotProblem, string> = {
  past: 'Ce créneau est déjà passé.',
  'too-soon': 'Ce créneau est trop proche : le centre demande un délai minimum avant le rappel.',
  'too-far': 'Ce créneau est trop lointain : il n’est pas encore ouvert à la réservation.',
  'closed-day': 'Le centre est fermé ce jour-là (jour férié ou fermeture exceptionnelle).',
  'not-a-slot': 'Ce n’est pas le début d’un créneau : il est en dehors des horaires d’ouverture du centre.',
}

/** The slot starting at `start` if it can be booked now, or why not. */
export function findBookableSlot(centre: CallbackCentre, start: Date, now: Date): Slot | SlotProblem {
  if (start.getTime() <= now.getTime()) return 'past'
  const { date } = parisFields(start)
  if (date > lastBookableDay(centre, now)) return 'too-far'
  if (isPublicHoliday(date) || centre.closed.has(date)) return 'closed-day'
  const slot = slotsOfDay(centre, date).find((s) => s.start.getTime() === start.getTime())
  if (!slot) return 'not-a-slot'
  if (slot.start.getTime() < earliestStart(centre, now)) return 'too-soon'
  return slot
}
