/**
 * "Ajouter à mon agenda": the dated démarches as an iCalendar file (RFC 5545),
 * built in the browser so that no answer leaves it.
 *
 * Each démarche is an all-day event on its due date (today when the date has
 * passed) or, without one, on the day it becomes possible, with a reminder three
 * days before. Lines are folded at 75 octets and
 * text is escaped as §3.3.11 requires.
 * @module
 */
import { addDays } from '../../../engine/dates/iso-date.ts'
import type { Plan, PlanTask } from '../../../engine/runtime/index.ts'
import { escapeIcsText as escapeText, icsLines, icsUtc } from '../../../engine/text/icalendar.ts'

export interface IcsOptions {
  /** Journey title, used as the calendar name. */
  calendarName: string
  today: string
  /** Plain-text description of a task (already localised). */
  describe(task: PlanTask): string
  /** For DTSTAMP; tests pass a fixed instant. */
  now?: Date
  /** Démarches ticked « C'est fait »: they leave the calendar. */
  done?: ReadonlySet<string>
}

const compact = (iso: string) => iso.replace(/-/g, '')

/** The day a démarche goes in a calendar: its due date, else the day it becomes possible. */
function calendarDay(task: PlanTask): string | undefined {
  return task.due ?? task.starts
}

/**
 * What goes in a calendar: the certain to-dos with a day, not yet done. « Si besoin »,
 * « Rien à faire » and « Peut-être » entries are not appointments.
 */
export function datedTasks(plan: Plan, done: ReadonlySet<string> = new Set()): PlanTask[] {
  return plan.tasks.filter((t) => t.kind === 'todo' && t.certainty === 'certain' && !done.has(t.id) && calendarDay(t) !== undefined)
}

export function buildIcs(plan: Plan, options: IcsOptions): string {
  const dtstamp = icsUtc(options.now ?? new Date())
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Moments de vie//Widget//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ]
  for (const task of datedTasks(plan, options.done)) {
    const date = calendarDay(task)!
    const day = date < options.today ? options.today : date
    lines.push(
      'BEGIN:VEVENT',
      `UID:${plan.journey}-${task.id}-${compact(date)}@moments-de-vie`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(day)}`,
      `DTEND;VALUE=DATE:${compact(addDays(day, 1))}`,
      `SUMMARY:${escapeText(task.title)}`,
      `DESCRIPTION:${escapeText(options.describe(task))}`,
      'TRANSP:TRANSPARENT',
    )
    const url = task.fiches[0]?.url ?? task.organisation.url
    if (url) lines.push(`URL:${url}`)
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(task.title)}`, 'TRIGGER:-P3D', 'END:VALARM', 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return icsLines(lines)
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
