/**
 * The battery of typical editors' mistakes (test/fixtures/mistakes/): one journey file
 * per mistake, whose first line says where the error is expected
 * (`# erreur attendue ligne 12`). A mistake passes when it yields one or two messages
 * and the first is at that line: one cause, one message, at the right place.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileJourney } from '../compile/compile-journey.ts'
import { sortDiagnostics, type Diagnostic } from '../diagnostics.ts'
import { loadSharedQuestions } from './shared-questions.ts'

export const MISTAKES_DIR = join('test', 'fixtures', 'mistakes')

export interface MistakeOutcome {
  file: string
  expectedLine: number | undefined
  diagnostics: Diagnostic[]
  passed: boolean
}

export function runMistakeBattery(dir: string = MISTAKES_DIR, today = '2026-03-10'): MistakeOutcome[] {
  if (!existsSync(dir)) return []
  const shared = loadSharedQuestions([])
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(dir, name)
      const text = readFileSync(file, 'utf8')
      const expectedLine = Number(/^# erreur attendue ligne (\d+)/.exec(text)?.[1]) || undefined
      const diagnostics = sortDiagnostics(compileJourney(file, text, { shared, today }).diagnostics)
      const passed = expectedLine !== undefined && diagnostics.length >= 1 && diagnostics.length <= 2 && diagnostics[0]!.line === expectedLine
      return { file, expectedLine, diagnostics, passed }
    })
}
