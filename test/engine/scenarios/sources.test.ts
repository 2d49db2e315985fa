/** Scenario `source:` (issue 10 quality gates): accepted on a scenario and on an expectation, counted, malformed ones refused. */
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { countSourcedScenarios } from '../../../engine/scenarios/sources.ts'
import { runScenarios } from '../../../engine/scenarios/run-scenarios.ts'
import { BASE_JOURNEY, compileOk } from '../helpers.ts'

const SCENARIOS = `scenarios:
  - name: Conjoint de 60 ans
    source: [F16507, https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006736235]
    today: 2026-03-10
    answers: { lieu: france, date_deces: 2026-03-09, lien: conjoint, age: 60 }
    tasks: [declarer, reversion]
  - name: Autre lien, à l'étranger
    today: 2026-03-10
    answers: { lieu: etranger, date_deces: 2026-03-09, lien: autre }
    tasks:
      - id: succession
        source: F14128
        due: 2027-03-09
  - name: Sans source
    today: 2026-03-10
    answers: { lieu: france, date_deces: 2026-03-09, lien: autre }
    tasks: [declarer]
`

describe('scenario source:', () => {
  const journey = compileOk(BASE_JOURNEY)

  it('is accepted on a scenario and on an expectation', () => {
    const run = runScenarios(journey, 'journeys/test.scenarios.yaml', SCENARIOS)
    expect(run.diagnostics).toEqual([])
    expect(run.outcomes.map((o) => o.passed)).toEqual([true, true, true])
  })

  it('counts the scenarios that name a source', () => {
    expect(countSourcedScenarios(parse(SCENARIOS))).toEqual({ sourced: 2, total: 3 })
    expect(countSourcedScenarios(undefined)).toEqual({ sourced: 0, total: 0 })
  })

  it.each([
    ['a bare word', 'source: service-public'],
    ['an http address', 'source: http://example.org'],
    ['an empty list', 'source: []'],
  ])('refuses %s with the line of the problem', (_what, line) => {
    const text = SCENARIOS.replace('source: F14128', line)
    const run = runScenarios(journey, 'journeys/test.scenarios.yaml', text)
    expect(run.diagnostics.length).toBeGreaterThan(0)
    expect(run.diagnostics[0]!.line).toBe(text.split('\n').findIndex((l) => l.includes(line)) + 1)
  })
})
