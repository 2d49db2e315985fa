/**
 * Runs each journey's scenarios for the preview, as `mdv test` does: the page says at
 * once when a saved change breaks a scenario or leaves a question untested.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../../engine/diagnostics.ts'
import { findCommune } from '../../engine/node/communes.ts'
import { displayPath, type LoadedJourneys } from '../../engine/node/journey-files.ts'
import { coverageOf } from '../../engine/scenarios/coverage.ts'
import { runScenarios } from '../../engine/scenarios/run-scenarios.ts'
import type { ScenarioReport } from './preview.ts'

function noScenarios(file: string): Diagnostic {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    code: 'scenario',
    message: `Aucun fichier de scénarios : créez ${file} (voir docs/writing-journeys.md) ; sans lui, mdv test refuse ce parcours.`,
  }
}

/** The terminal's lines for the scenarios, the same verdicts as the pages (and as `mdv test`). */
export function formatScenarioReports(reports: ReadonlyMap<string, ScenarioReport>): string[] {
  const lines: string[] = []
  let passed = 0
  let failed = 0
  for (const report of reports.values()) {
    passed += report.passed
    failed += report.failed + (report.passed + report.failed ? 0 : 1)
    if (!report.failed && !report.problems.length && report.coverage.percent >= 100) continue
    lines.push(`${report.file} : ${report.passed} scénario(s) réussi(s), ${report.failed} en échec, couverture ${Math.floor(report.coverage.percent)} %`)
    for (const problem of sortDiagnostics(report.problems)) lines.push('  ' + formatDiagnostic(problem))
  }
  lines.push(`Scénarios : ${passed} réussi(s), ${failed} en échec`)
  return lines
}

export function scenarioReports({ journeys }: LoadedJourneys): Map<string, ScenarioReport> {
  const reports = new Map<string, ScenarioReport>()
  for (const [id, { file, journey }] of journeys) {
    const scenarioFile = file.replace(/\.ya?ml$/, '.scenarios.yaml')
    const shown = displayPath(scenarioFile)
    if (!existsSync(scenarioFile)) {
      // As `mdv test` fails such a journey, its page says so rather than nothing.
      reports.set(id, { file: shown, passed: 0, failed: 0, problems: [noScenarios(shown)], coverage: coverageOf(journey, { asked: new Set(), shown: new Set() }) })
      continue
    }
    const run = runScenarios(journey, shown, readFileSync(scenarioFile, 'utf8'), { communeExists: (code) => findCommune(code) !== undefined })
    const passed = run.outcomes.filter((o) => o.passed).length
    reports.set(id, { file: shown, passed, failed: run.outcomes.length - passed, problems: run.diagnostics, coverage: coverageOf(journey, run) })
  }
  return reports
}
