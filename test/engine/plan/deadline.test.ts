import { describe, expect, it } from 'vitest'
import {
  addToDate,
  computeDue,
  describeDeadline,
  nominalDays,
  type DeadlineRule,
  type DeadlineUnit,
} from '../../../engine/plan/deadline.ts'
import { formatDateFr } from '../../../engine/dates/format-fr.ts'

// 2026 calendar used below: 1 Jan = Thursday; Easter Monday 6 Apr; 1 May and 8 May = Fridays;
// Ascension Thursday 14 May; Whit Monday 25 May; 14 July = Tuesday; 25 Dec = Friday.
describe('addToDate', () => {
  it.each<[string, string, number, DeadlineUnit, string]>([
    // Décès le vendredi 1er mai 2026 (férié)
    ['1 jour ouvré after Friday 1 May (holiday) is Monday', '2026-05-01', 1, 'jours_ouvres', '2026-05-04'],
    ['1 jour ouvrable after Friday 1 May is Saturday', '2026-05-01', 1, 'jours_ouvrables', '2026-05-02'],
    ['14 jours after 1 May', '2026-05-01', 14, 'jours', '2026-05-15'],
    ['6 mois after 1 May', '2026-05-01', 6, 'mois', '2026-11-01'],
    // Thursday 7 May: Friday 8 May is a holiday
    ['1 jour ouvré after Thursday 7 May skips 8 May and the weekend', '2026-05-07', 1, 'jours_ouvres', '2026-05-11'],
    ['1 jour ouvrable after Thursday 7 May skips 8 May only', '2026-05-07', 1, 'jours_ouvrables', '2026-05-09'],
    // Friday followed by a holiday Monday
    ['1 jour ouvré after Good Friday is Tuesday (Easter Monday)', '2026-04-03', 1, 'jours_ouvres', '2026-04-07'],
    ['1 jour ouvré after Friday 22 May is Tuesday (Whit Monday)', '2026-05-22', 1, 'jours_ouvres', '2026-05-26'],
    ['1 jour ouvré after an ordinary Friday is Monday', '2026-03-13', 1, 'jours_ouvres', '2026-03-16'],
    ['1 jour ouvrable after an ordinary Friday is Saturday', '2026-03-13', 1, 'jours_ouvrables', '2026-03-14'],
    // Weekend and Easter Monday: Fri 3 (1), Tue 7 (2), Wed 8 (3)
    ['3 jours ouvrés from Thursday 2 April', '2026-04-02', 3, 'jours_ouvres', '2026-04-08'],
    ['5 jours ouvrés from Wednesday 13 May (Ascension)', '2026-05-13', 5, 'jours_ouvres', '2026-05-21'],
    // Sat 11 (1), Mon 13 (2), Tue 14 July skipped, Wed 15 (3), Thu 16 (4), Fri 17 (5), Sat 18 (6)
    ['6 jours ouvrables across 14 July', '2026-07-10', 6, 'jours_ouvrables', '2026-07-18'],
    ['6 jours ouvrables without holiday', '2026-03-06', 6, 'jours_ouvrables', '2026-03-13'],
    // Year end: Fri 25 Dec and Fri 1 Jan 2027 are holidays
    ['2 jours ouvrés from Thursday 24 December', '2026-12-24', 2, 'jours_ouvres', '2026-12-29'],
    ['1 jour ouvré from Thursday 31 December', '2026-12-31', 1, 'jours_ouvres', '2027-01-04'],
    ['jours ouvrés starting on a Sunday', '2026-03-15', 1, 'jours_ouvres', '2026-03-16'],
    // Calendar days, weeks, months, years
    ['14 jours across a month end', '2026-03-25', 14, 'jours', '2026-04-08'],
    ['30 jours across February', '2026-02-10', 30, 'jours', '2026-03-12'],
    ['2 semaines across the new year', '2026-12-28', 2, 'semaines', '2027-01-11'],
    ['31 January + 1 mois', '2026-01-31', 1, 'mois', '2026-02-28'],
    ['31 January + 1 mois in a leap year', '2028-01-31', 1, 'mois', '2028-02-29'],
    ['31 March + 1 mois', '2026-03-31', 1, 'mois', '2026-04-30'],
    ['15 November + 3 mois', '2026-11-15', 3, 'mois', '2027-02-15'],
    ['29 February + 1 an', '2028-02-29', 1, 'ans', '2029-02-28'],
    ['29 February + 4 ans', '2028-02-29', 4, 'ans', '2032-02-29'],
    // add: 0 is the start itself, whatever the unit and even on a holiday or a Sunday
    ['0 jours', '2026-05-01', 0, 'jours', '2026-05-01'],
    ['0 jours ouvrés on a holiday', '2026-05-01', 0, 'jours_ouvres', '2026-05-01'],
    ['0 jours ouvrables on a Sunday', '2026-05-03', 0, 'jours_ouvrables', '2026-05-03'],
    ['0 mois', '2026-01-31', 0, 'mois', '2026-01-31'],
    // Negative amounts count backwards
    ['-1 jour ouvré before Monday 4 May skips 1 May', '2026-05-04', -1, 'jours_ouvres', '2026-04-30'],
    ['-3 mois', '2026-05-31', -3, 'mois', '2026-02-28'],
  ])('%s', (_, start, add, unit, expected) => {
    expect(addToDate(start, add, unit)).toBe(expected)
  })

  it('rejects fractional amounts', () => {
    expect(() => addToDate('2026-05-01', 1.5, 'jours')).toThrow(RangeError)
  })
})

describe('computeDue', () => {
  const answers: Record<string, string> = { date_deces: '2026-05-01' }
  const asked: string[] = []
  const dates = {
    today: '2026-03-10',
    answer(id: string) {
      asked.push(id)
      return answers[id]
    },
  }

  it('counts from today', () => {
    expect(computeDue({ from: 'today', add: 14, unit: 'jours' }, dates)).toBe('2026-03-24')
  })

  it('counts from a date answer', () => {
    expect(computeDue({ from: 'date_deces', add: 1, unit: 'jours_ouvres' }, dates)).toBe('2026-05-04')
    expect(computeDue({ from: 'date_deces', add: 6, unit: 'mois' }, dates)).toBe('2026-11-01')
    expect(asked).toContain('date_deces')
  })

  it('is undefined when the anchor question is not answered', () => {
    expect(computeDue({ from: 'date_naissance', add: 5, unit: 'jours' }, dates)).toBeUndefined()
  })

  it('counts back from a date answer ("3 mois avant le déménagement")', () => {
    // 1 February 2026 is a Sunday: a deadline counted back moves to the day before, never after.
    expect(computeDue({ from: 'date_deces', add: -3, unit: 'mois' }, dates)).toBe('2026-01-31')
    expect(computeDue({ from: 'date_deces', add: -1, unit: 'jours_ouvres' }, dates)).toBe('2026-04-30')
  })

  it('moves a due date on a weekend or a holiday to the next jour ouvré when the rule says so', () => {
    const birth = (iso: string) => ({ today: '2026-01-05', answer: () => iso })
    const declaration = { from: 'date_naissance', add: 5, unit: 'jours', nextWorkingDay: true } as const
    // Born Sunday 15 March 2026: +5 = Friday 20 March, a working day, unchanged.
    expect(computeDue(declaration, birth('2026-03-15'))).toBe('2026-03-20')
    // Born Monday 16 March: +5 = Saturday 21 → Monday 23.
    expect(computeDue(declaration, birth('2026-03-16'))).toBe('2026-03-23')
    // Born Monday 27 April: +5 = Friday 1 May (holiday) → Monday 4 May.
    expect(computeDue(declaration, birth('2026-04-27'))).toBe('2026-05-04')
    // Born Wednesday 20 May: +5 = Monday 25 May (Whit Monday) → Tuesday 26.
    expect(computeDue(declaration, birth('2026-05-20'))).toBe('2026-05-26')
    // Without the flag the law's extension is not applied.
    expect(computeDue({ ...declaration, nextWorkingDay: false }, birth('2026-03-16'))).toBe('2026-03-21')
  })

  it('returns the fixed date of a before rule, without needing answers', () => {
    expect(computeDue({ before: '2026-03-12' }, { today: '2026-01-05', answer: () => undefined })).toBe('2026-03-12')
  })
})

describe('describeDeadline', () => {
  const deces = 'la date du décès'
  it.each<[DeadlineRule, string | undefined, string]>([
    [{ from: 'date_deces', add: 14, unit: 'jours' }, deces, '14 jours après la date du décès'],
    [{ from: 'date_deces', add: 1, unit: 'jours' }, deces, '1 jour après la date du décès'],
    [{ from: 'date_deces', add: 2, unit: 'jours' }, deces, '2 jours après la date du décès'],
    [{ from: 'date_deces', add: 3, unit: 'jours_ouvrables' }, deces, '3 jours ouvrables après la date du décès'],
    [{ from: 'date_deces', add: 1, unit: 'jours_ouvrables' }, deces, '1 jour ouvrable après la date du décès'],
    [{ from: 'date_deces', add: 1, unit: 'jours_ouvres' }, deces, '1 jour ouvré après la date du décès'],
    [{ from: 'date_deces', add: 5, unit: 'jours_ouvres' }, deces, '5 jours ouvrés après la date du décès'],
    [{ from: 'date_deces', add: 1, unit: 'semaines' }, deces, '1 semaine après la date du décès'],
    [{ from: 'date_deces', add: 3, unit: 'semaines' }, deces, '3 semaines après la date du décès'],
    [{ from: 'date_deces', add: 1, unit: 'mois' }, deces, '1 mois après la date du décès'],
    [{ from: 'date_deces', add: 6, unit: 'mois' }, deces, '6 mois après la date du décès'],
    [{ from: 'date_deces', add: 1, unit: 'ans' }, deces, '1 an après la date du décès'],
    [{ from: 'date_deces', add: 2, unit: 'ans' }, deces, '2 ans après la date du décès'],
    [{ from: 'date_rentree', add: -2, unit: 'mois' }, 'la date de la rentrée', '2 mois avant la date de la rentrée'],
    [{ from: 'date_deces', add: 14, unit: 'jours' }, undefined, '14 jours après la date indiquée'],
    [{ from: 'date_naissance', add: 195, unit: 'mois', label: '3 mois après vos 16 ans' }, 'la naissance', '3 mois après vos 16 ans'],
    [
      { from: 'date_naissance', add: 5, unit: 'jours', nextWorkingDay: true },
      'la naissance',
      '5 jours après la naissance, reporté au jour ouvré suivant si c’est un samedi, un dimanche ou un jour férié',
    ],
    [{ from: 'today', add: 14, unit: 'jours' }, undefined, 'dans 14 jours'],
    [{ from: 'today', add: 1, unit: 'mois' }, 'ignored', 'dans 1 mois'],
    [{ from: 'today', add: 1, unit: 'jours_ouvres' }, undefined, 'dans 1 jour ouvré'],
    [{ from: 'today', add: 0, unit: 'jours' }, undefined, "aujourd'hui"],
    [{ before: '2026-03-12' }, undefined, 'avant le 12 mars 2026'],
    [{ before: '2026-04-01' }, 'ignored', 'avant le 1er avril 2026'],
  ])('%j → %s', (rule, anchor, expected) => {
    expect(describeDeadline(rule, anchor)).toBe(expected)
  })
})

describe('formatDateFr', () => {
  it.each([
    ['2026-03-12', '12 mars 2026'],
    ['2026-04-01', '1er avril 2026'],
    ['2026-02-01', '1er février 2026'],
    ['2026-08-15', '15 août 2026'],
    ['2026-11-11', '11 novembre 2026'],
    ['2026-12-31', '31 décembre 2026'],
    ['2026-01-21', '21 janvier 2026'],
  ])('%s → %s', (iso, expected) => expect(formatDateFr(iso)).toBe(expected))
})

describe('nominalDays', () => {
  it.each<[DeadlineRule, number]>([
    [{ from: 'today', add: 14, unit: 'jours' }, 14],
    [{ from: 'x', add: 2, unit: 'semaines' }, 14],
    [{ from: 'x', add: 6, unit: 'jours_ouvrables' }, 7],
    [{ from: 'x', add: 5, unit: 'jours_ouvres' }, 7],
    [{ from: 'x', add: 1, unit: 'mois' }, 30.44],
    [{ from: 'x', add: 6, unit: 'mois' }, 182.64],
    [{ from: 'x', add: 2, unit: 'ans' }, 730.5],
  ])('%j ≈ %d days', (rule, days) => expect(nominalDays(rule)).toBeCloseTo(days, 6))

  it('is undefined for a fixed date', () => {
    expect(nominalDays({ before: '2026-03-12' })).toBeUndefined()
  })
})
