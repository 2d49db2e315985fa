import { describe, expect, it } from 'vitest'
import { DEFAULT_PERIODS, DEFAULT_PERIOD_LABELS_EN, periodEnded, periodForDays } from '../../../engine/plan/periods.ts'
import { nominalDays, type DeadlineRule } from '../../../engine/plan/deadline.ts'

describe('DEFAULT_PERIODS', () => {
  it('lists the documented groups in display order', () => {
    expect(DEFAULT_PERIODS.map((p) => [p.id, p.label])).toEqual([
      ['24h', 'Dans les 24 heures'],
      ['semaine', 'Dans la semaine'],
      ['mois', 'Dans le mois'],
      ['6mois', 'Dans les 6 mois'],
      ['annee', "Dans l'année"],
      ['plus-tard', 'Plus tard'],
      ['sans-delai', 'Quand vous le pouvez'],
    ])
  })

  it('has an English label for each group', () => {
    expect(Object.keys(DEFAULT_PERIOD_LABELS_EN).sort()).toEqual(DEFAULT_PERIODS.map((p) => p.id).sort())
    for (const label of Object.values(DEFAULT_PERIOD_LABELS_EN)) expect(label).toMatch(/^[A-Z][a-z]/)
  })
})

describe('periodForDays', () => {
  it.each<[number | undefined, string]>([
    [undefined, 'sans-delai'],
    [-3, '24h'],
    [0, '24h'],
    [1, '24h'],
    [1.4, 'semaine'],
    [7, 'semaine'],
    [7.5, 'mois'],
    [31, 'mois'],
    [31.5, '6mois'],
    [184, '6mois'],
    [185, 'annee'],
    [366, 'annee'],
    [367, 'plus-tard'],
    [3650, 'plus-tard'],
  ])('%s days → %s', (days, period) => expect(periodForDays(days)).toBe(period))

  it.each<[DeadlineRule, string]>([
    [{ from: 'today', add: 1, unit: 'jours' }, '24h'],
    [{ from: 'd', add: 1, unit: 'jours_ouvres' }, 'semaine'],
    [{ from: 'd', add: 5, unit: 'jours_ouvres' }, 'semaine'],
    [{ from: 'd', add: 6, unit: 'jours_ouvrables' }, 'semaine'],
    [{ from: 'd', add: 15, unit: 'jours' }, 'mois'],
    [{ from: 'd', add: 1, unit: 'mois' }, 'mois'],
    [{ from: 'd', add: 6, unit: 'mois' }, '6mois'],
    [{ from: 'd', add: 12, unit: 'mois' }, 'annee'],
    [{ from: 'd', add: 1, unit: 'ans' }, 'annee'],
    [{ from: 'd', add: 2, unit: 'ans' }, 'plus-tard'],
    [{ before: '2026-03-12' }, 'sans-delai'],
  ])('nominal length of %j → %s', (rule, period) => expect(periodForDays(nominalDays(rule))).toBe(period))
})

describe('periodEnded', () => {
  it.each([
    ['24h', 1, false],
    ['24h', 2, true],
    ['semaine', 7, false],
    ['semaine', 22, true],
    ['annee', 366, false],
    ['annee', 400, true],
    ['plus-tard', 5000, false],
    ['sans-delai', 5000, false],
    ['apres-naissance', 5000, false],
  ] as const)('%s, %i days after the event → %s', (period, days, ended) => expect(periodEnded(period, days)).toBe(ended))
})
