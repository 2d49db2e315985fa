/**
 * The editors' preview (`npm run dev`): what the demo pages need to know about the
 * journeys directory as it is on disk right now.
 * @module
 */
import { basename } from 'node:path'
import type { Diagnostic } from '../../engine/diagnostics.ts'
import type { Coverage } from '../../engine/scenarios/coverage.ts'

/** What `mdv test` says of one journey's scenarios, shown on its preview page. */
export interface ScenarioReport {
  file: string
  passed: number
  failed: number
  /** Failed expectations and problems in the scenario file, with their place. */
  problems: Diagnostic[]
  coverage: Coverage
}

export interface Preview {
  /** Every problem found at the last reload of the journeys directory. */
  problems: readonly Diagnostic[]
  /** Bumped at every reload: a page built for an older generation reloads itself. */
  generation: number
  /** By journey id; a journey without a scenario file has none. */
  scenarios?: ReadonlyMap<string, ScenarioReport>
}

export interface JourneyProblems {
  /** Errors that keep the journey from being shown: in its file or in a shared file. */
  blocking: Diagnostic[]
  /** Warnings in its file: shown above the widget, to fix before publishing. */
  warnings: Diagnostic[]
}

const isShared = (file: string) => /(^|[\\/])_shared[\\/]/.test(file)
const isJourneyFile = (file: string, id: string) => basename(file).replace(/\.ya?ml$/, '') === id && !isShared(file)

export function problemsOf(preview: Preview, journeyId: string): JourneyProblems {
  const mine = preview.problems.filter((d) => isJourneyFile(d.file, journeyId) || isShared(d.file))
  return {
    blocking: mine.filter((d) => d.severity === 'error'),
    warnings: mine.filter((d) => d.severity === 'warning'),
  }
}

/** Ids of the journey files that have errors (they are missing from the catalogue). */
export function brokenJourneyIds(preview: Preview): string[] {
  const ids = preview.problems
    .filter((d) => d.severity === 'error' && !isShared(d.file) && /\.ya?ml$/.test(d.file) && !/callbacks\.ya?ml$/.test(d.file))
    .map((d) => basename(d.file).replace(/\.ya?ml$/, ''))
  return [...new Set(ids)].sort()
}
