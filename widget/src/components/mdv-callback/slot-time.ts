/**
 * Slot times in words, in Paris time (where the call centre works): « 9 h – 9 h 30 »,
 * « le jeudi 26 novembre, entre 14 h 30 et 15 h ».
 * @module
 */
import { formatDay } from '../../i18n/format.ts'
import type { Translations } from '../../i18n/index.ts'

const PARIS_CLOCK = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZone: 'Europe/Paris' })

/** Hour and minute of an instant in Paris. */
export function parisClock(instant: string): readonly [number, number] {
  const parts = PARIS_CLOCK.formatToParts(new Date(instant))
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return [part('hour'), part('minute')]
}

export function slotRange(t: Translations, start: string, end: string): string {
  return t.clockRange(parisClock(start), parisClock(end))
}

export function slotWhen(t: Translations, start: string, end: string): string {
  return t.slotWhen(formatDay(t, start), t.clockTime(...parisClock(start)), t.clockTime(...parisClock(end)))
}
