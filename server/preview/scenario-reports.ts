/**
 * Runs each journey's scenarios for the preview, as `mdv test` does: the page says at
 * once when a saved change breaks a scenario or leaves a question untested.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { findCommune } from '../../engine/node/communes.ts'
import { displayPath, type LoadedJourneys } from '../../engine/node/journey-files.ts'
import { coverageOf } from '../../engine/scenarios/coverage.ts'
import { runScenarios } from '../../engine/scenarios/run-scenarios.ts'
import type { ScenarioReport } from './preview.ts'

export function scenarioReports({ journeys }: LoadedJourneys): Map<string, ScenarioReport> {
  const reports = new Map<string, ScenarioReport>()
  for (const [id, { file, journey }] of journeys) {
    const scenarioFile = file.replace(/\.ya?ml$/, '.scenarios.yaml')
    if (!existsSync(scenarioFile)) continue
    const shown = displayPath(scenarioFile)
    const run = runScenarios(journey, shown, readFileSync(scenarioFile, 'utf8'), { communeExists: (code) => findCommune(code) !== undefined })
    const passed = run.outcomes.filter((o) => o.passed).length
    reports.set(id, { file: shown, passed, failed: run.outcomes.length - passed, problems: run.diagnostics, coverage: coverageOf(journey, run) })
  }
  return reports
}
