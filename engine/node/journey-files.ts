/**
 * Reading journeys from disk (Node only: the CLI, the server and the tests).
 *
 * `journeys/` holds one `<id>.yaml` per journey, `<id>.scenarios.yaml` beside it,
 * shared questions in `_shared/` and call centres in `callbacks.yaml`.
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { parse } from 'yaml'
import { compileJourney, type CompileResult } from '../compile/compile-journey.ts'
import type { Diagnostic } from '../diagnostics.ts'
import type { CompiledJourney } from '../journey/types.ts'
import { loadSharedQuestions, type SharedQuestions } from '../load/shared-questions.ts'

export const DEFAULT_JOURNEYS_DIR = 'journeys'

export function isScenarioFile(file: string): boolean {
  return /\.scenarios\.ya?ml$/.test(file)
}

function isJourneyFile(file: string): boolean {
  const name = basename(file)
  return /\.ya?ml$/.test(name) && !isScenarioFile(name) && name !== 'callbacks.yaml' && !name.startsWith('_')
}

/** Paths as editors see them: relative to the working directory. */
export function displayPath(file: string): string {
  return relative(process.cwd(), file) || file
}

function readDirYaml(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name))
}

export interface JourneyContext {
  dir: string
  shared: SharedQuestions
  centres?: string[]
}

/** Shared questions and call centres of a journeys directory. */
export function loadJourneyContext(dir: string = DEFAULT_JOURNEYS_DIR): JourneyContext {
  const shared = loadSharedQuestions(
    readDirYaml(join(dir, '_shared')).map((file) => ({ file: displayPath(file), text: readFileSync(file, 'utf8') })),
  )
  const callbacks = join(dir, 'callbacks.yaml')
  let centres: string[] | undefined
  if (existsSync(callbacks)) {
    try {
      const data = parse(readFileSync(callbacks, 'utf8')) as { centres?: { id?: unknown }[] }
      centres = (data?.centres ?? []).map((c) => String(c?.id))
    } catch {
      centres = undefined // callbacks.yaml has its own checks (server); journeys are not blamed for it.
    }
  }
  return { dir, shared, centres }
}

export function compileJourneyFile(file: string, context: JourneyContext, options: { today?: string } = {}): CompileResult {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    return {
      diagnostics: [
        { file: displayPath(file), line: 1, column: 1, severity: 'error', code: 'file', message: `Fichier illisible : ${(error as NodeJS.ErrnoException).code ?? String(error)}.` },
      ],
    }
  }
  return compileJourney(displayPath(file), text, { shared: context.shared, centres: context.centres, today: options.today })
}

/** Journey files named by the user: files as given, directories expanded. */
export function journeyFilesIn(paths: readonly string[]): string[] {
  const targets = paths.length ? paths : [DEFAULT_JOURNEYS_DIR]
  return targets.flatMap((target) => {
    if (existsSync(target) && statSync(target).isDirectory()) return readDirYaml(target).filter(isJourneyFile)
    return [target]
  })
}

/** The journeys directory a file belongs to (where `_shared/` lives). */
export function journeysDirOf(file: string): string {
  const dir = dirname(resolve(file))
  return basename(dir) === '_shared' ? dirname(dir) : dir
}

export interface LoadedJourneys {
  journeys: Map<string, { file: string; journey: CompiledJourney }>
  diagnostics: Diagnostic[]
}

/** Every journey of a directory, compiled; journeys with errors are left out and reported. */
export function loadJourneys(dir: string = DEFAULT_JOURNEYS_DIR, options: { today?: string } = {}): LoadedJourneys {
  const context = loadJourneyContext(dir)
  const diagnostics = [...context.shared.diagnostics]
  const journeys = new Map<string, { file: string; journey: CompiledJourney }>()
  for (const file of journeyFilesIn([dir])) {
    const result = compileJourneyFile(file, context, options)
    diagnostics.push(...result.diagnostics)
    if (result.journey) journeys.set(result.journey.id, { file, journey: result.journey })
  }
  return { journeys, diagnostics }
}
