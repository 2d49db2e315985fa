import { parisDay } from '../../i18n/format.ts'

/**
 * "Now" for bookings. With the widget's `today` attribute (demonstrations, tests) the
 * clock is moved to that day, keeping the time of day, so that the slots offered from
 * `today` are in the future and a booking's "past or not" agrees with them.
 */
export function bookingNow(today: string | undefined, real = Date.now()): number {
  if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return real
  const shift = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${parisDay(new Date(real).toISOString())}T00:00:00Z`)
  return real + shift
}
