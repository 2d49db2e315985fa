/**
 * Deadlines of démarches: the rules editors write under `deadline:` (see
 * docs/journey-format.md, « Délais »), their due dates and their wording in French.
 *
 * Relative deadlines are counted from the day after the start date (« dies a quo ») :
 * 1 jour ouvré after a Friday is the Monday, or the Tuesday when that Monday is a holiday.
 * @module
 */

import { addDays, addMonths, addYears, dayOfWeek, type IsoDate } from '../dates/iso-date.ts'
import { isPublicHoliday, type HolidayCalendar } from '../dates/holidays.ts'
import { calendarOfPlace } from '../dates/calendars.ts'
import { formatDateFr } from '../dates/format-fr.ts'

export type DeadlineUnit = 'jours' | 'jours_ouvrables' | 'jours_ouvres' | 'semaines' | 'mois' | 'ans'

/**
 * `from` is `'today'` or the id of a `date` question. `nextWorkingDay`: a due date on a
 * Saturday, Sunday or public holiday moves to the next jour ouvré, as the law extends
 * such deadlines (art. 55 du code civil for the birth declaration, art. 642 CPC).
 * `calendar`: the id of the `commune` question (or département answer) whose holidays
 * count (Alsace-Moselle, overseas); the national calendar when absent or unanswered.
 */
export type DeadlineRule =
  | { from: string; add: number; unit: DeadlineUnit; nextWorkingDay?: boolean; label?: string; calendar?: string }
  | { before: IsoDate }

/** When a démarche becomes possible: a rule like a deadline's, or a published date (`on`). */
export type StartRule = DeadlineRule | { on: IsoDate; label?: string }

export const DEADLINE_UNITS: readonly DeadlineUnit[] = ['jours', 'jours_ouvrables', 'jours_ouvres', 'semaines', 'mois', 'ans']

/** Monday–Saturday, not a public holiday. */
function isJourOuvrable(iso: IsoDate, calendar: HolidayCalendar = 'national'): boolean {
  return dayOfWeek(iso) !== 0 && !isPublicHoliday(iso, calendar)
}

/** Monday–Friday, not a public holiday. */
function isJourOuvre(iso: IsoDate, calendar: HolidayCalendar = 'national'): boolean {
  const dow = dayOfWeek(iso)
  return dow !== 0 && dow !== 6 && !isPublicHoliday(iso, calendar)
}

function addWorkingDays(start: IsoDate, add: number, counts: (iso: IsoDate) => boolean): IsoDate {
  const step = add < 0 ? -1 : 1
  let date = start
  for (let counted = 0; counted < Math.abs(add); ) {
    date = addDays(date, step)
    if (counts(date)) counted += 1
  }
  return date
}

/**
 * `start` + `add` `unit`s. Working days are counted from the day after `start`;
 * `add: 0` gives `start`; a negative `add` counts backwards symmetrically.
 */
export function addToDate(start: IsoDate, add: number, unit: DeadlineUnit, calendar: HolidayCalendar = 'national'): IsoDate {
  if (!Number.isInteger(add)) throw new RangeError(`deadline: add must be a whole number, got ${add}`)
  switch (unit) {
    case 'jours':
      return addDays(start, add)
    case 'jours_ouvrables':
      return addWorkingDays(start, add, (iso) => isJourOuvrable(iso, calendar))
    case 'jours_ouvres':
      return addWorkingDays(start, add, (iso) => isJourOuvre(iso, calendar))
    case 'semaines':
      return addDays(start, add * 7)
    case 'mois':
      return addMonths(start, add)
    case 'ans':
      return addYears(start, add)
    default:
      throw new RangeError(`deadline: unknown unit ${String(unit satisfies never)}`)
  }
}

export function isRelativeRule(rule: StartRule): rule is Extract<DeadlineRule, { from: string }> {
  return 'from' in rule
}

/**
 * The due date, or undefined when the rule starts from a date question with no answer.
 * `place(id)` gives the answer to the rule's `calendar` question (an Insee or département code).
 *
 * A deadline counted back (« 1 mois avant le début des travaux ») must leave a day on which
 * the démarche can be done: when it falls on a Sunday or a public holiday it moves to the
 * day before (Saturdays too with `nextWorkingDay`), never after, which would be too late.
 */
export function computeDue(
  rule: StartRule,
  dates: { today: IsoDate; answer(id: string): IsoDate | undefined; place?(id: string): string | undefined },
): IsoDate | undefined {
  if ('on' in rule) return rule.on
  if (!isRelativeRule(rule)) return rule.before
  const start = rule.from === 'today' ? dates.today : dates.answer(rule.from)
  if (start === undefined) return undefined
  const calendar = calendarOfPlace(rule.calendar ? dates.place?.(rule.calendar) : undefined)
  if (rule.add < 0) {
    // Plain subtraction: « 1 mois avant le 28 février » is 28 January as the usager reads it
    // (not 31 January, which a forward count would also allow but an office may dispute).
    const due = addToDate(start, rule.add, rule.unit, calendar)
    const open = (iso: IsoDate) => (rule.nextWorkingDay ? isJourOuvre(iso, calendar) : isJourOuvrable(iso, calendar))
    return open(due) ? due : addWorkingDays(due, -1, open)
  }
  const due = addToDate(start, rule.add, rule.unit, calendar)
  const open = (iso: IsoDate) => isJourOuvre(iso, calendar)
  return rule.nextWorkingDay && !open(due) ? addWorkingDays(due, 1, open) : due
}

const UNIT_WORDS: Record<DeadlineUnit, readonly [singular: string, plural: string]> = {
  jours: ['jour', 'jours'],
  jours_ouvrables: ['jour ouvrable', 'jours ouvrables'],
  jours_ouvres: ['jour ouvré', 'jours ouvrés'],
  semaines: ['semaine', 'semaines'],
  mois: ['mois', 'mois'],
  ans: ['an', 'ans'],
}

/** « 1 jour », « 2 jours ouvrés », « 6 mois », « 1 an ». French plural: 0 and 1 are singular. */
export function formatDuration(amount: number, unit: DeadlineUnit): string {
  const [singular, plural] = UNIT_WORDS[unit]
  const n = Math.abs(amount)
  return `${n} ${n < 2 ? singular : plural}`
}

/**
 * The rule in French words: « 14 jours après la date du décès », « dans 3 mois »,
 * « avant le 12 mars 2026 ». `anchorLabel` names the start date (« la date du décès »);
 * without it the start is « la date indiquée ».
 */
export function describeDeadline(rule: StartRule, anchorLabel: string | undefined): string {
  if ('on' in rule) return rule.label ?? `à partir du ${formatDateFr(rule.on)}`
  if (!isRelativeRule(rule)) return `avant le ${formatDateFr(rule.before)}`
  // The editor's own words, when the law counts in a way units do not say ("3 mois après vos 16 ans").
  if (rule.label) return rule.label
  const duration = formatDuration(rule.add, rule.unit)
  if (rule.from === 'today') {
    if (rule.add === 0) return "aujourd'hui"
    return rule.add > 0 ? `dans ${duration}` : `il y a ${duration}`
  }
  const anchor = anchorLabel?.trim() || 'la date indiquée'
  const postponed = !rule.nextWorkingDay
    ? ''
    : rule.add < 0
      ? ', avancé au jour ouvré précédent si c’est un samedi, un dimanche ou un jour férié'
      : ', reporté au jour ouvré suivant si c’est un samedi, un dimanche ou un jour férié'
  if (rule.add === 0) return `au plus tard à ${anchor}${postponed}`
  return `${duration} ${rule.add > 0 ? 'après' : 'avant'} ${anchor}${postponed}`
}

const NOMINAL_DAYS_PER_UNIT: Record<DeadlineUnit, number> = {
  jours: 1,
  jours_ouvrables: 7 / 6,
  jours_ouvres: 7 / 5,
  semaines: 7,
  mois: 30.44,
  ans: 365.25,
}

/** Approximate length in days of a relative rule (to pick its period); undefined for `before`. */
export function nominalDays(rule: StartRule): number | undefined {
  return isRelativeRule(rule) ? rule.add * NOMINAL_DAYS_PER_UNIT[rule.unit] : undefined
}
