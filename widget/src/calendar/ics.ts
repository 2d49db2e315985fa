/**
 * "Ajouter à mon agenda": the dated démarches as an iCalendar file (RFC 5545),
 * built in the browser so that no answer leaves it.
 *
 * Each démarche is an all-day event on its due date (today when the date has
 * passed), with a reminder three days before. Lines are folded at 75 octets and
 * text is escaped as §3.3.11 requires.
 * @module
 */
import type { Plan, PlanTask } from '../../../engine/runtime/index.ts'

export interface IcsOptions {
  /** Journey title, used as the calendar name. */
  calendarName: string
  today: string
  /** Plain-text description of a task (already localised). */
  describe(task: PlanTask): string
  /** For DTSTAMP; tests pass a fixed instant. */
  now?: Date
}

const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

const encoder = new TextEncoder()

/** Folds a content line into chunks of at most 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const bytes = encoder.encode(char).length
    // Continuation lines start with a space, which counts in their 75 octets.
    const limit = parts.length ? 74 : 75
    if (size + bytes > limit) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += char
    size += bytes
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const compact = (iso: string) => iso.replace(/-/g, '')

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** Tasks that have a due date, the only ones a calendar can hold. */
export function datedTasks(plan: Plan): PlanTask[] {
  return plan.tasks.filter((t) => t.due !== undefined)
}

export function buildIcs(plan: Plan, options: IcsOptions): string {
  const dtstamp = stamp(options.now ?? new Date())
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Moments de vie//Widget//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ]
  for (const task of datedTasks(plan)) {
    const day = task.due! < options.today ? options.today : task.due!
    lines.push(
      'BEGIN:VEVENT',
      `UID:${plan.journey}-${task.id}-${compact(task.due!)}@moments-de-vie`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(day)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(day))}`,
      `SUMMARY:${escapeText(task.title)}`,
      `DESCRIPTION:${escapeText(options.describe(task))}`,
      'TRANSP:TRANSPARENT',
    )
    const url = task.fiches[0]?.url ?? task.organisation.url
    if (url) lines.push(`URL:${url}`)
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(task.title)}`, 'TRIGGER:-P3D', 'END:VALARM', 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}

/** Offers the file for download; a blob URL needs no server and passes a strict CSP. */
export function downloadIcs(content: string, filename: string, from: Node): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  // Inside a shadow root so that the host page's click handlers do not see it.
  const parent = from instanceof ShadowRoot || from instanceof Element ? from : document.body
  parent.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
