import { describe, expect, it } from 'vitest'
import { calendarOfPlace, departementOf } from '../../../engine/dates/calendars.ts'
import { isPublicHoliday, publicHolidays, type HolidayCalendar } from '../../../engine/dates/holidays.ts'
import { addToDate, computeDue, describeDeadline, type DeadlineRule } from '../../../engine/plan/deadline.ts'

describe('calendarOfPlace', () => {
  it.each<[string | undefined, HolidayCalendar]>([
    ['57463', 'alsace-moselle'], // Metz
    ['67482', 'alsace-moselle'], // Strasbourg
    ['68224', 'alsace-moselle'], // Mulhouse
    ['57', 'alsace-moselle'],
    ['97105', 'guadeloupe'], // Basse-Terre
    ['97209', 'martinique'], // Fort-de-France
    ['97302', 'guyane'], // Cayenne
    ['97411', 'la-reunion'], // Saint-Denis
    ['97611', 'mayotte'], // Mamoudzou
    ['75056', 'national'],
    ['2A004', 'national'],
    ['54395', 'national'], // Nancy: Meurthe-et-Moselle is not Moselle
    [undefined, 'national'],
    ['pas un code', 'national'],
  ])('%s follows the %s calendar', (code, calendar) => {
    expect(calendarOfPlace(code)).toBe(calendar)
  })

  it('reads the département of an Insee code', () => {
    expect(departementOf('97411')).toBe('974')
    expect(departementOf('2B033')).toBe('2B')
    expect(departementOf('123')).toBeUndefined()
  })
})

describe('territorial holidays', () => {
  it('Alsace-Moselle adds Good Friday and 26 December', () => {
    const local = publicHolidays(2026, 'alsace-moselle')
    expect(local).toHaveLength(13)
    expect(local).toContain('2026-04-03')
    expect(local).toContain('2026-12-26')
    expect(isPublicHoliday('2026-04-03')).toBe(false)
    expect(isPublicHoliday('2026-12-26')).toBe(false)
  })

  it.each<[HolidayCalendar, string]>([
    ['guadeloupe', '2026-05-27'],
    ['martinique', '2026-05-22'],
    ['guyane', '2026-06-10'],
    ['la-reunion', '2026-12-20'],
    ['mayotte', '2026-04-27'],
  ])('%s has its abolition-of-slavery day on %s', (calendar, day) => {
    expect(isPublicHoliday(day, calendar)).toBe(true)
    expect(isPublicHoliday(day)).toBe(false)
    expect(publicHolidays(2026, calendar)).toHaveLength(12)
    // Only its own: Martinique's day is not a holiday in Guadeloupe.
    const others = (['guadeloupe', 'martinique', 'guyane', 'la-reunion', 'mayotte'] as const).filter((c) => c !== calendar)
    for (const other of others) expect(isPublicHoliday(day, other)).toBe(false)
  })

  it('rejects an unknown calendar', () => {
    expect(() => isPublicHoliday('2026-05-01', 'corse' as HolidayCalendar)).toThrow(/unknown holiday calendar corse/)
  })
})

describe('deadlines on the calendar of the place', () => {
  const declaration: DeadlineRule = { from: 'date_deces', add: 1, unit: 'jours_ouvres', calendar: 'commune_deces' }
  const due = (place: string | undefined, date = '2026-04-02') =>
    computeDue(declaration, { today: '2026-04-02', answer: () => date, place: (id) => (id === 'commune_deces' ? place : undefined) })

  it('a death on Thursday 2 April 2026 in Moselle is declared by Tuesday 7 April', () => {
    expect(due('57463')).toBe('2026-04-07')
  })
  it('the same death in Paris is declared by Friday 3 April', () => {
    expect(due('75056')).toBe('2026-04-03')
  })
  it('the national calendar while the commune is not answered', () => {
    expect(due(undefined)).toBe('2026-04-03')
  })
  it('26 December counts in Strasbourg, not in Lyon', () => {
    // Thursday 24 December 2026: Friday 25 is Christmas; Saturday 26 is no jour ouvré anyway,
    // so count jours ouvrables: Saturday 26 is one in Lyon, not in Strasbourg.
    expect(addToDate('2026-12-24', 1, 'jours_ouvrables', 'alsace-moselle')).toBe('2026-12-28')
    expect(addToDate('2026-12-24', 1, 'jours_ouvrables')).toBe('2026-12-26')
  })
  it.each<[string, string, string, string]>([
    ['Guadeloupe', '97105', '2026-05-26', '2026-05-28'],
    ['Martinique', '97209', '2025-05-21', '2025-05-23'],
    ['Guyane', '97302', '2026-06-09', '2026-06-11'],
    ['Mayotte', '97611', '2026-04-24', '2026-04-28'],
  ])('in %s the abolition day is skipped', (_name, commune, death, expected) => {
    expect(due(commune, death)).toBe(expected)
  })
  it('La Réunion: 20 December 2026 is a Sunday, next_working_day skips it either way', () => {
    const rule: DeadlineRule = { from: 'date_naissance', add: 5, unit: 'jours', nextWorkingDay: true, calendar: 'commune' }
    // Born Monday 14 December 2026: day 5 is Saturday 19, moved to Monday 21.
    expect(computeDue(rule, { today: '2026-12-14', answer: () => '2026-12-14', place: () => '97411' })).toBe('2026-12-21')
    // Born Tuesday 15 December 2026 in 2027's terms: 20 December 2027 is a Monday, a holiday there.
    expect(computeDue(rule, { today: '2027-12-15', answer: () => '2027-12-15', place: () => '97411' })).toBe('2027-12-21')
    expect(computeDue(rule, { today: '2027-12-15', answer: () => '2027-12-15', place: () => '75056' })).toBe('2027-12-20')
  })
})

describe('deadlines counted back', () => {
  const works = (start: string, rule: Partial<Extract<DeadlineRule, { from: string }>> = {}) =>
    computeDue({ from: 'date_debut_travaux', add: -1, unit: 'mois', ...rule }, { today: '2026-01-05', answer: () => start })

  it('a déclaration préalable one month before works starting Tuesday 15 September 2026 is due Friday 14 August (15 August is a Saturday and a holiday)', () => {
    expect(works('2026-09-15')).toBe('2026-08-14')
  })
  it('an ordinary day stays as counted', () => {
    expect(works('2026-09-10')).toBe('2026-08-10')
  })
  it('a Sunday moves to the Saturday before, or to the Friday with next_working_day', () => {
    // Sunday 16 August 2026, then Saturday 15 August (a holiday): Friday 14.
    expect(works('2026-09-16')).toBe('2026-08-14')
    expect(works('2026-03-22')).toBe('2026-02-21') // Sunday 22 Feb → Saturday 21 Feb
    expect(works('2026-03-22', { nextWorkingDay: true })).toBe('2026-02-20')
  })
  it('months are subtracted as read: 1 mois before 28 February is 28 January', () => {
    expect(works('2026-02-28')).toBe('2026-01-28')
    // 31 March 2026 − 1 mois = 28 February 2026, a Saturday: stays.
    expect(works('2026-03-31')).toBe('2026-02-28')
    // 1 mois before 1 February 2026 is New Year's Day: Wednesday 31 December 2025.
    expect(works('2026-02-01')).toBe('2025-12-31')
  })
  it('says that a counted-back deadline moves earlier', () => {
    expect(describeDeadline({ from: 'd', add: -1, unit: 'mois', nextWorkingDay: true }, 'le début des travaux')).toBe(
      '1 mois avant le début des travaux, avancé au jour ouvré précédent si c’est un samedi, un dimanche ou un jour férié',
    )
  })
})

describe('fixed start dates', () => {
  it('a published date is the start, worded « à partir du »', () => {
    expect(computeDue({ on: '2027-01-20' }, { today: '2026-12-01', answer: () => undefined })).toBe('2027-01-20')
    expect(describeDeadline({ on: '2027-01-20' }, undefined)).toBe('à partir du 20 janvier 2027')
    expect(describeDeadline({ on: '2027-01-20', label: 'dès l’ouverture des vœux' }, undefined)).toBe('dès l’ouverture des vœux')
  })
})
