/**
 * « Pas avant » : a démarche that only becomes possible on a date counted from an answer
 * (confirming a name change one month after the request, registering from one's 16th
 * birthday).
 */
import { describe, expect, it } from 'vitest'
import { runScenarios } from '../../../engine/scenarios/run-scenarios.ts'
import { buildPlan } from '../../../engine/runtime/plan.ts'
import { shipJourney } from '../../../engine/compile/ship.ts'
import { compile, compileOk, JOURNEY_HEAD } from '../helpers.ts'

const YAML = `${JOURNEY_HEAD}questions:
  - id: date_demande
    type: date
    label: Quand la mairie a-t-elle reçu votre demande ?
    short: Date de la demande
    max: today
  - id: urgent
    type: boolean
    label: Est-ce urgent ?
tasks:
  - id: confirmer
    title: Confirmer votre choix en personne
    organisation: { name: Mairie }
    start:
      - when: urgent
        from: date_demande
        add: 1
        unit: semaines
        label: une semaine après la demande
      - from: date_demande
        add: 1
        unit: mois
  - id: suivre
    title: Suivre la demande
    organisation: { name: Mairie }
    deadline: { from: date_demande, add: 3, unit: mois }
`

describe('start dates (« à partir du »)', () => {
  const journey = compileOk(YAML)

  it('computes the first start rule that applies, and groups the task by that date', () => {
    const plan = buildPlan(journey, { date_demande: '2026-11-20', urgent: false }, '2026-11-24')
    const confirmer = plan.tasks.find((t) => t.id === 'confirmer')!
    expect(confirmer.starts).toBe('2026-12-20')
    expect(confirmer.due).toBeUndefined()
    expect(confirmer.period).toBe('mois')
    const urgent = buildPlan(journey, { date_demande: '2026-11-20', urgent: true }, '2026-11-24').tasks.find((t) => t.id === 'confirmer')!
    expect(urgent).toMatchObject({ starts: '2026-11-27', startLabel: 'une semaine après la demande', period: 'semaine' })
    // A task without a start rule can be done at once.
    expect(plan.tasks.find((t) => t.id === 'suivre')!.starts).toBeUndefined()
  })

  it('refuses a fixed date, a negative delay from today and an unknown question', () => {
    const before = compile(YAML.replace('        add: 1\n        unit: mois', '        add: 1\n        unit: mois\n        before: 2027-01-01'))
    expect(before.diagnostics.some((d) => d.code === 'schema' || d.code === 'unknown-property')).toBe(true)
    const past = compile(YAML.replace('      - from: date_demande\n        add: 1\n        unit: mois', '      - from: today\n        add: -1\n        unit: mois'))
    expect(past.diagnostics.map((d) => d.message).join('\n')).toContain('ne peut pas être négatif')
    const unknown = compile(YAML.replace('      - from: date_demande\n        add: 1', '      - from: date_demand\n        add: 1'))
    expect(unknown.diagnostics.find((d) => d.code === 'unknown-question')?.suggestion).toBe('date_demande')
  })

  it('counts the start question as one that changes the plan, and ships the rules without source offsets', () => {
    // date_demande decides no condition: only the start and deadline rules read it, which is enough.
    expect(compile(YAML.replace('    deadline: { from: date_demande, add: 3, unit: mois }\n', '')).diagnostics).toEqual([])
    const shipped = shipJourney(journey).tasks[0]!.start!
    expect(shipped[0]).toMatchObject({ from: 'date_demande', add: 1, unit: 'semaines' })
    expect(JSON.stringify(shipped)).not.toContain('"end"')
    expect(JSON.stringify(journey.tasks[0]!.start)).toContain('"end"')
  })

  it('lets scenarios assert the start date', () => {
    const scenarios = (starts: string) => `journey: test
scenarios:
  - name: Demande du 20 novembre
    today: 2026-11-24
    answers: { date_demande: 2026-11-20, urgent: false }
    tasks:
      - { id: confirmer, starts: ${starts} }
      - suivre
`
    expect(runScenarios(journey, 'test.scenarios.yaml', scenarios('2026-12-20')).diagnostics).toEqual([])
    const wrong = runScenarios(journey, 'test.scenarios.yaml', scenarios('2026-12-21')).diagnostics
    expect(wrong.map((d) => d.message)).toEqual(["Scénario « Demande du 20 novembre » : la démarche « confirmer » devrait être possible à partir du 2026-12-21, elle l'est à partir du 2026-12-20."])
  })
})
