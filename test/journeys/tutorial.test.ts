/**
 * The editors' tutorial (docs/writing-journeys.md) must stay true: its journey, built
 * from the YAML blocks in the order the reader writes them, validates with no warning,
 * its scenarios pass with full coverage, and the error it shows is the one mdv prints.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileJourney } from '../../engine/compile/compile-journey.ts'
import { formatDiagnostic } from '../../engine/diagnostics.ts'
import { loadJourneyContext } from '../../engine/node/journey-files.ts'
import { runScenarios } from '../../engine/scenarios/run-scenarios.ts'

const doc = readFileSync('docs/writing-journeys.md', 'utf8')
const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!)
const [skeleton, questions, , tasks, scenarios] = yamlBlocks as [string, string, string, string, string]
const file = 'journeys/je-change-de-voiture.yaml'
const context = loadJourneyContext('journeys')
const journeyText = skeleton.replace('questions: []\ntasks: []\n', '') + questions + '\n' + tasks

describe('docs/writing-journeys.md', () => {
  it('its journey validates with no error and no warning, and its scenarios cover everything', () => {
    const result = compileJourney(file, journeyText, { shared: context.shared, centres: context.centres })
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([])
    const run = runScenarios(result.journey!, file.replace('.yaml', '.scenarios.yaml'), scenarios)
    expect(run.diagnostics.map(formatDiagnostic)).toEqual([])
    expect(run.asked.size).toBe(result.journey!.questions.length)
    expect(run.shown.size).toBe(result.journey!.tasks.length)
  })

  it('the error it shows for a typo is the one mdv prints', () => {
    const typo = journeyText.replace('when: projet == "vente"\n    organisation', 'when: projet == "vnete"\n    organisation')
    expect(typo).not.toBe(journeyText)
    const [error] = compileJourney(file, typo, { shared: context.shared, centres: context.centres }).diagnostics
    const shown = /```\n(journeys\/je-change-de-voiture\.yaml:\d+:\d+ erreur : .*)\n```/.exec(doc)![1]
    expect(formatDiagnostic(error!)).toBe(shown)
  })
})
