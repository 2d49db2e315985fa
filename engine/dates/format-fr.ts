/**
 * Civil dates written out in French: « 12 mars 2026 », « 1er avril 2026 ».
 * @module
 */

import { dateParts, type IsoDate } from './iso-date.ts'

const FORMAT = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** `2026-03-12` → « 12 mars 2026 » ; the first of the month is « 1er ». */
export function formatDateFr(iso: IsoDate): string {
  const { year, month, day } = dateParts(iso)
  const date = new Date(Date.UTC(year, month - 1, day))
  date.setUTCFullYear(year) // Date.UTC maps years 0–99 to 1900–1999
  return FORMAT.formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('')
}
