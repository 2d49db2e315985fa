/** `mandatory: <condition>`: a démarche required in some situations and advised in others. */
import { describe, expect, it } from 'vitest'
import { shipJourney } from '../../../engine/compile/ship.ts'
import { buildPlan } from '../../../engine/runtime/plan.ts'
import { compile, compileOk, JOURNEY_HEAD } from '../helpers.ts'

const YAML = `${JOURNEY_HEAD}questions:
  - id: ampleur
    type: boolean
    label: Faites-vous une rénovation d'ampleur ?
    short: Rénovation d'ampleur
tasks:
  - id: rendez_vous
    title: Prendre rendez-vous avec un conseiller France Rénov'
    organisation: { name: France Rénov' }
    mandatory: ampleur
`

describe('mandatory as a condition', () => {
  const journey = compileOk(YAML)

  it('is mandatory when the condition holds, advised otherwise, and the question counts as used', () => {
    expect(compile(YAML).diagnostics).toEqual([])
    expect(buildPlan(journey, { ampleur: true }, '2026-11-24').tasks[0]!.mandatory).toBe(true)
    expect(buildPlan(journey, { ampleur: false }, '2026-11-24').tasks[0]!.mandatory).toBe(false)
    expect(JSON.stringify(shipJourney(journey).tasks[0]!.mandatoryWhen)).toBe('{"kind":"ref","name":"ampleur"}')
  })

  it('reports a condition that is never or always true, and a mistake in it, at its place', () => {
    const always = compile(YAML.replace('mandatory: ampleur', 'mandatory: ampleur or not ampleur')).diagnostics
    expect(always.map((d) => [d.code, d.line])).toEqual([['always-true', 16]])
    expect(always[0]!.message).toContain('écrivez mandatory: true')
    const typo = compile(YAML.replace('mandatory: ampleur', 'mandatory: ampluer')).diagnostics
    expect(typo[0]).toMatchObject({ code: 'expression-type', line: 16, suggestion: 'ampleur' })
  })
})
