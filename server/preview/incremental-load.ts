/**
 * The preview's journeys, reloaded after a save by redoing only what the saved files
 * change: the saved journey (compiled, its scenarios run), a scenario file (run again), a
 * shared file (the journeys that `use:` a question it defines or defined). Anything else
 * — callbacks.yaml, a burst without names, a new day (`reviewed` and dates are checked
 * against today) — reloads everything. The result is what `loadJourneys` and
 * `scenarioReports` give from scratch, in the same order.
 * @module
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CompileResult } from '../../engine/compile/compile-journey.ts'
import type { Diagnostic } from '../../engine/diagnostics.ts'
import { compileJourneyFile, displayPath, journeyFilesIn, loadJourneyContext, type JourneyContext, type LoadedJourneys } from '../../engine/node/journey-files.ts'
import type { ScenarioReport } from './preview.ts'
import { scenarioReports } from './scenario-reports.ts'

export interface PreviewLoad {
  loaded: LoadedJourneys
  scenarios: Map<string, ScenarioReport>
  /** Journey files compiled again by this reload (all of them on a full one). */
  recompiled: string[]
}

interface Entry {
  result: CompileResult
  /** Shared question ids the file's `use:` lines name. */
  uses: Set<string>
  report?: ScenarioReport
}

const USE_LINE = /^\s*(?:-\s*)?use:\s*["']?([\w-]+)/gm
const isShared = (name: string) => /(^|[\\/])_shared[\\/]/.test(name)
const scenarioOf = (file: string) => file.replace(/\.ya?ml$/, '.scenarios.yaml')
const today = () => new Date().toISOString().slice(0, 10)

function usesOf(file: string): Set<string> {
  try {
    return new Set([...readFileSync(file, 'utf8').matchAll(USE_LINE)].map((m) => m[1]!))
  } catch {
    return new Set()
  }
}

/** Shared question ids defined in the given shared files (display paths). */
function idsIn(context: JourneyContext | undefined, files: ReadonlySet<string>): string[] {
  if (!context) return []
  return [...context.shared.byId].filter(([, q]) => files.has(q.source.file)).map(([id]) => id)
}

export function previewLoader(dir: string): { reload(changed?: readonly string[]): PreviewLoad } {
  let context: JourneyContext | undefined
  let day = ''
  const entries = new Map<string, Entry>()

  return {
    reload(changed = []) {
      const full = !context || !changed.length || day !== today() || changed.some((f) => /(^|[\\/])callbacks\.ya?ml$/.test(f))
      const saved = new Set(changed.map((f) => join(dir, f)))
      const previous = context
      let affected = new Set<string>()
      if (full || changed.some(isShared)) {
        context = loadJourneyContext(dir)
        const sharedFiles = new Set(changed.filter(isShared).map((f) => displayPath(join(dir, f))))
        // A question moved, removed or broken counts as much as one added: old and new definitions.
        affected = new Set([...idsIn(previous, sharedFiles), ...idsIn(context, sharedFiles)])
      }
      day = today()
      if (full) entries.clear()

      const files = journeyFilesIn([dir])
      for (const file of [...entries.keys()]) if (!files.includes(file)) entries.delete(file)
      const recompiled: string[] = []
      const rerun: string[] = []
      for (const file of files) {
        const entry = entries.get(file)
        const stale = !entry || saved.has(file) || [...entry.uses].some((id) => affected.has(id))
        if (stale) {
          entries.set(file, { result: compileJourneyFile(file, context!), uses: usesOf(file) })
          recompiled.push(file)
          rerun.push(file)
        } else if (saved.has(scenarioOf(file))) {
          rerun.push(file)
        }
      }
      for (const file of rerun) {
        const entry = entries.get(file)!
        const journey = entry.result.journey
        entry.report = journey ? scenarioReports({ journeys: new Map([[journey.id, { file, journey }]]), diagnostics: [] }).get(journey.id) : undefined
      }

      const diagnostics: Diagnostic[] = [...context!.shared.diagnostics]
      const journeys: LoadedJourneys['journeys'] = new Map()
      const scenarios = new Map<string, ScenarioReport>()
      for (const file of files) {
        const { result, report } = entries.get(file)!
        diagnostics.push(...result.diagnostics)
        if (!result.journey) continue
        journeys.set(result.journey.id, { file, journey: result.journey })
        if (report) scenarios.set(result.journey.id, report)
      }
      return { loaded: { journeys, diagnostics }, scenarios, recompiled }
    },
  }
}
