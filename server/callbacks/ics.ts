/**
 * The appointment as an iCalendar file (RFC 5545), for the usager's own calendar.
 * Times are in UTC (`Z`), which every calendar converts without a VTIMEZONE block.
 * The phone number is not in it: the file may be forwarded or synced.
 * @module
 */
import type { StoredCallback } from '../storage/storage.ts'
import { escapeIcsText as text, icsLines, icsUtc as utc } from '../../engine/text/icalendar.ts'
import { describeParis } from './paris-time.ts'

export function callbackIcs(callback: StoredCallback, options: { journeyTitle: string; centreName: string; host: string; now: Date }): string {
  const cancelled = callback.status === 'cancelled'
  const description = [
    `Un conseiller (${options.centreName}) vous rappelle le ${describeParis(callback.start)}.`,
    `Référence : ${callback.reference}.`,
    'Pour annuler, utilisez le lien reçu lors de la réservation.',
  ].join('\n')
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Moments de vie//Rappel conseiller//FR',
    'CALSCALE:GREGORIAN',
    `METHOD:${cancelled ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${callback.reference}@${options.host}`,
    `DTSTAMP:${utc(options.now)}`,
    `DTSTART:${utc(callback.start)}`,
    `DTEND:${utc(callback.end)}`,
    `SUMMARY:${text(`Rappel par un conseiller — ${options.journeyTitle}`)}`,
    `DESCRIPTION:${text(description)}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    ...(cancelled ? [] : ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${text('Un conseiller va vous rappeler')}`, 'TRIGGER:-PT15M', 'END:VALARM']),
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return icsLines(lines)
}
