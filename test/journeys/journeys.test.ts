/**
 * Quality gates on the real journeys: each validates with no error and no warning,
 * declares its schema for editors' tools, and has scenarios that pass with full coverage
 * (the scenarios themselves also run through `mdv test` in `npm test`).
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../engine/diagnostics.ts'
import { journeyFilesIn, loadJourneys } from '../../engine/node/journey-files.ts'
import { runScenarios } from '../../engine/scenarios/run-scenarios.ts'

const { journeys, diagnostics } = loadJourneys('journeys')
const files = journeyFilesIn(['journeys'])

describe('journeys/', () => {
  it('every journey file compiles with no error and no warning', () => {
    expect(diagnostics.map(formatDiagnostic)).toEqual([])
    expect(journeys.size).toBe(files.length)
    expect(journeys.size).toBeGreaterThanOrEqual(2)
  })

  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(file, 'utf8')
      it('points editors at the JSON Schema on its first line', () => {
        expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../engine/schema/journey.schema.json')
      })

      it('has scenarios that pass and cover every question and task', () => {
        const scenarioFile = file.replace(/\.yaml$/, '.scenarios.yaml')
        expect(existsSync(scenarioFile)).toBe(true)
        const id = file.split('/').pop()!.replace(/\.yaml$/, '')
        const journey = journeys.get(id)!.journey
        const run = runScenarios(journey, scenarioFile, readFileSync(scenarioFile, 'utf8'))
        expect(run.diagnostics.map(formatDiagnostic)).toEqual([])
        expect(journey.questions.filter((q) => !run.asked.has(q.id)).map((q) => q.id)).toEqual([])
        expect(journey.tasks.filter((t) => !run.shown.has(t.id)).map((t) => t.id)).toEqual([])
      })

      it('cites only fiches that exist in the DILA data, and has been reviewed', () => {
        const journey = journeys.get(file.split('/').pop()!.replace(/\.yaml$/, ''))!.journey
        for (const task of journey.tasks) for (const id of task.fiches) expect(journey.fiches[id], `${task.id} → ${id}`).toBeDefined()
        expect(journey.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      })
    })
  }
})
