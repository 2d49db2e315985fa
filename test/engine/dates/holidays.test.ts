import { afterEach, describe, expect, it, vi } from 'vitest'
import { isPublicHoliday, publicHolidays } from '../../../engine/dates/holidays.ts'

describe('publicHolidays', () => {
  it('lists the 11 metropolitan holidays of 2026, sorted', () => {
    expect(publicHolidays(2026)).toEqual([
      '2026-01-01', // Jour de l'an
      '2026-04-06', // Lundi de Pâques (Pâques le 5 avril)
      '2026-05-01', // Fête du travail
      '2026-05-08', // Victoire 1945
      '2026-05-14', // Ascension (jeudi)
      '2026-05-25', // Lundi de Pentecôte
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ])
  })

  it('follows Easter from year to year', () => {
    // Pâques 2025 : 20 avril ; Pâques 2024 : 31 mars.
    expect(publicHolidays(2025)).toEqual(expect.arrayContaining(['2025-04-21', '2025-05-29', '2025-06-09']))
    expect(publicHolidays(2024)).toEqual(expect.arrayContaining(['2024-04-01', '2024-05-09', '2024-05-20']))
  })

  it('returns a copy: callers cannot corrupt the cache', () => {
    publicHolidays(2026).splice(0, 11)
    expect(publicHolidays(2026)).toHaveLength(11)
    expect(isPublicHoliday('2026-01-01')).toBe(true)
  })
})

describe('isPublicHoliday', () => {
  it.each(['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25'])(
    '%s is a holiday',
    (iso) => expect(isPublicHoliday(iso)).toBe(true),
  )

  it.each([
    ['2026-12-26', 'Saint-Étienne (Alsace-Moselle only)'],
    ['2026-04-03', 'Vendredi saint (Alsace-Moselle only)'],
    ['2026-04-05', 'Easter Sunday'],
    ['2026-04-07', 'Easter Tuesday'],
    ['2026-05-15', 'the day after Ascension'],
    ['2026-03-12', 'an ordinary Thursday'],
  ])('%s is not (%s)', (iso) => expect(isPublicHoliday(iso)).toBe(false))
})

describe('time zone of the host', () => {
  const originalTz = process.env.TZ
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ
    else process.env.TZ = originalTz
    vi.resetModules()
  })

  it('gives the same civil dates where daylight saving ends between Easter and Ascension', async () => {
    // In Sydney, clocks go back on 7 April 2024: Easter (31 March) + 39 × 24 h is 8 May 23:00 local time.
    process.env.TZ = 'Australia/Sydney'
    vi.resetModules()
    const fresh = await import('../../../engine/dates/holidays.ts')
    expect(fresh.publicHolidays(2024)).toContain('2024-05-09')
    expect(fresh.publicHolidays(2024)).toContain('2024-05-20')
    expect(fresh.isPublicHoliday('2024-05-08')).toBe(true) // 8 mai, not a misplaced Ascension
    expect(fresh.publicHolidays(2024)).toHaveLength(11)
  })
})
