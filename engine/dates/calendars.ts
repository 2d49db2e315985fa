/**
 * Which holiday calendar a place follows, from the answer to a `commune` question (its
 * Insee code) or a département code. Browser-safe.
 * @module
 */

import type { HolidayCalendar } from './holidays.ts'

/** Bas-Rhin, Haut-Rhin, Moselle: local law (art. L3134-13 du code du travail). */
const ALSACE_MOSELLE = new Set(['57', '67', '68'])

/** Overseas départements with their own abolition-of-slavery holiday (loi n° 83-550 du 30 juin 1983). */
const OVERSEAS: Record<string, HolidayCalendar> = {
  '971': 'guadeloupe',
  '972': 'martinique',
  '973': 'guyane',
  '974': 'la-reunion',
  '976': 'mayotte',
}

/** « 57463 » → « 57 », « 97411 » → « 974 », « 2A004 » → « 2A »; a département code is returned as is. */
export function departementOf(code: string): string | undefined {
  const value = code.trim().toUpperCase()
  if (/^(\d{5}|2[AB]\d{3})$/.test(value)) return value.startsWith('97') ? value.slice(0, 3) : value.slice(0, 2)
  if (/^(\d{2}|2[AB]|97\d)$/.test(value)) return value
  return undefined
}

/**
 * The calendar of the place named by `code` (commune Insee code or département code);
 * national for any other place, and when the place is unknown (`undefined`).
 */
export function calendarOfPlace(code: string | undefined): HolidayCalendar {
  const departement = code === undefined ? undefined : departementOf(code)
  if (departement === undefined) return 'national'
  if (ALSACE_MOSELLE.has(departement)) return 'alsace-moselle'
  return OVERSEAS[departement] ?? 'national'
}
