/**
 * Deadlines of démarches: the rules editors write under `deadline:` (see
 * docs/journey-format.md, « Délais »), their due dates and their wording in French.
 *
 * Relative deadlines are counted from the day after the start date (« dies a quo ») :
 * 1 jour ouvré after a Friday is the Monday, or the Tuesday when that Monday is a holiday.
 * @module
 */

import { addDays, addMonths, addYears, dayOfWeek, type IsoDate } from '../dates/iso-date.ts'
import { isPublicHoliday } from '../dates/holidays.ts'
import { formatDateFr } from '../dates/format-fr.ts'

export type DeadlineUnit = 'jours' | 'jours_ouvrables' | 'jours_ouvres' | 'semaines' | 'mois' | 'ans'

/**
 * `from` is `'today'` or the id of a `date` question. `nextWorkingDay`: a due date on a
 * Saturday, Sunday or public holiday moves to the next jour ouvré, as the law extends
 * such deadlines (art. 55 du code civil for the birth declaration, art. 642 CPC).
 */
export type DeadlineRule = { from: string; add: number; unit: DeadlineUnit; nextWorkingDay?: boolean; label?: string } | { before: IsoDate }

export const DEADLINE_UNITS: readonly DeadlineUnit[] = ['jours', 'jours_ouvrables', 'jours_ouvres', 'semaines', 'mois', 'ans']

/** Monday–Saturday, not a public holiday. */
function isJourOuvrable(iso: IsoDate): boolean {
  return dayOfWeek(iso) !== 0 && !isPublicHoliday(iso)
}

/** Monday–Friday, not a public holiday. */
function isJourOuvre(iso: IsoDate): boolean {
  const dow = dayOfWeek(iso)
  return dow !== 0 && dow !== 6 && !isPublicHoliday(iso)
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
export function addToDate(start: IsoDate, add: number, unit: DeadlineUnit): IsoDate {
  if (!Number.isInteger(add)) throw new RangeError(`deadline: add must be a whole number, got ${add}`)
  switch (unit) {
    case 'jours':
      return addDays(start, add)
    case 'jours_ouvrables':
      return addWorkingDays(start, add, isJourOuvrable)
    case 'jours_ouvres':
      return addWorkingDays(start, add, isJourOuvre)
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

export function isRelativeRule(rule: DeadlineRule): rule is Extract<DeadlineRule, { from: string }> {
  return 'from' in rule
}

/** The due date, or undefined when the rule starts from a date question with no answer. */
export function computeDue(
  rule: DeadlineRule,
  dates: { today: IsoDate; answer(id: string): IsoDate | undefined },
): IsoDate | undefined {
  if (!isRelativeRule(rule)) return rule.before
  const start = rule.from === 'today' ? dates.today : dates.answer(rule.from)
  if (start === undefined) return undefined
  const due = addToDate(start, rule.add, rule.unit)
  return rule.nextWorkingDay && !isJourOuvre(due) ? addWorkingDays(due, 1, isJourOuvre) : due
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
export function describeDeadline(rule: DeadlineRule, anchorLabel: string | undefined): string {
  if (!isRelativeRule(rule)) return `avant le ${formatDateFr(rule.before)}`
  // The editor's own words, when the law counts in a way units do not say ("3 mois après vos 16 ans").
  if (rule.label) return rule.label
  const duration = formatDuration(rule.add, rule.unit)
  if (rule.from === 'today') {
    if (rule.add === 0) return "aujourd'hui"
    return rule.add > 0 ? `dans ${duration}` : `il y a ${duration}`
  }
  const anchor = anchorLabel?.trim() || 'la date indiquée'
  const postponed = rule.nextWorkingDay ? ', reporté au jour ouvré suivant si c’est un samedi, un dimanche ou un jour férié' : ''
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
export function nominalDays(rule: DeadlineRule): number | undefined {
  return isRelativeRule(rule) ? rule.add * NOMINAL_DAYS_PER_UNIT[rule.unit] : undefined
}
