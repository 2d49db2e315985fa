/**
 * `calendar:` on deadline rules and `start: { on: … }` from YAML to the plan (issue 10,
 * items 4 and 5), and the errors an editor gets for a wrong one.
 */
import { describe, expect, it } from 'vitest'
import { buildPlan } from '../../../engine/runtime/plan.ts'
import { compile, compileOk, JOURNEY_HEAD } from '../helpers.ts'

const YAML = `${JOURNEY_HEAD}questions:
  - id: date_deces
    type: date
    label: Quelle est la date du décès ?
    short: Date du décès
    max: today
  - id: commune_deces
    type: commune
    label: Dans quelle commune le décès a-t-il eu lieu ?
    short: Commune du décès
tasks:
  - id: declarer
    title: Déclarer le décès
    organisation: { name: Mairie }
    deadline: { from: date_deces, add: 1, unit: jours_ouvres, calendar: commune_deces }
  - id: parcoursup
    title: S'inscrire sur Parcoursup
    organisation: { name: Parcoursup }
    start: { on: 2027-01-20 }
    deadline: { before: 2027-03-12 }
`

describe('calendar: the place whose holidays count', () => {
  const journey = compileOk(YAML)
  const due = (commune?: string) =>
    buildPlan(journey, { date_deces: '2026-04-02', ...(commune ? { commune_deces: commune } : {}) }, '2026-04-02').tasks.find((t) => t.id === 'declarer')?.due

  it('a death on Thursday 2 April 2026 in Metz is declared by Tuesday 7 April', () => {
    expect(due('57463')).toBe('2026-04-07')
  })
  it('in Lyon, by Friday 3 April; nationally while the commune is unanswered', () => {
    expect(due('69123')).toBe('2026-04-03')
    expect(due()).toBe('2026-04-03')
  })
  it('a question used only as a calendar is not « unused »', () => {
    expect(compile(YAML).diagnostics).toEqual([])
  })

  it('the compiled rule keeps the question it follows', () => {
    expect(journey.tasks[0]!.deadline[0]).toMatchObject({ from: 'date_deces', calendar: 'commune_deces' })
  })

  it('an unknown question is an error with a suggestion', () => {
    const result = compile(YAML.replace('calendar: commune_deces', 'calendar: commune_dece'))
    expect(result.journey).toBeUndefined()
    expect(result.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('Vouliez-vous dire « commune_deces »'))
  })
  it('a date question cannot be a calendar', () => {
    const result = compile(YAML.replace('calendar: commune_deces', 'calendar: date_deces'))
    expect(result.journey).toBeUndefined()
    expect(result.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('« date_deces » est une question de type date'))
  })
})

describe('start: { on: … } a published date', () => {
  const journey = compileOk(YAML)
  it('the plan says when the démarche opens', () => {
    const task = buildPlan(journey, {}, '2026-12-01').tasks.find((t) => t.id === 'parcoursup')!
    expect(task.starts).toBe('2027-01-20')
    expect(task.due).toBe('2027-03-12')
  })
  it('a fixed date under deadline: is refused (use before:)', () => {
    const result = compile(YAML.replace('deadline: { before: 2027-03-12 }', 'deadline: { on: 2027-03-12 }'))
    expect(result.journey).toBeUndefined()
  })
  it('a malformed date is refused', () => {
    const result = compile(YAML.replace('start: { on: 2027-01-20 }', 'start: { on: 20 janvier 2027 }'))
    expect(result.journey).toBeUndefined()
  })
})
