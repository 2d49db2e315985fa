import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../../diagnostics.ts'
import { existsSync, readFileSync } from 'node:fs'
import { compileJourneyFile, displayPath, journeyFilesIn, journeysDirOf, loadJourneyContext, type JourneyContext } from '../../node/journey-files.ts'
import { isIsoDate } from '../../dates/iso-date.ts'
import { UsageError } from '../args.ts'
import type { Command } from '../command.ts'

/**
 * The first line that lets the editor's YAML extension complete and check the file as it is typed.
 * Without it, every mistake waits for `mdv validate`.
 */
function missingSchemaLine(file: string): Diagnostic | undefined {
  let first: string
  try {
    first = readFileSync(file, 'utf8').split('\n', 1)[0] ?? ''
  } catch {
    return undefined // an unreadable file is already reported by the compiler
  }
  if (first.startsWith('# yaml-language-server: $schema=')) return undefined
  const schema = /\.scenarios\.ya?ml$/.test(file) ? 'scenarios' : 'journey'
  return {
    file: displayPath(file),
    line: 1,
    column: 1,
    severity: 'warning',
    code: 'file',
    message: `Première ligne manquante : « # yaml-language-server: $schema=../engine/schema/${schema}.schema.json ». Avec elle, l'éditeur (VS Code + extension YAML) complète et vérifie le fichier pendant la saisie.`,
  }
}

/**
 * One cause, one message: when a shared file does not load, every `use:` of its questions
 * and every condition on them would be reported in every journey. Keep what the journey's
 * own content says; the shared file's error is reported once, above.
 */
function withoutSharedEchoes(file: string, compiled: Diagnostic[]): Diagnostic[] {
  let text = ''
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return compiled
  }
  const used = [...text.matchAll(/^\s*-\s*use:\s*["']?([A-Za-z0-9_]+)/gm)].map((m) => m[1]!)
  return compiled.filter((d) => d.code !== 'unknown-shared-question' && !used.some((id) => d.message.includes(`« ${id} »`)))
}

export const validate: Command = {
  name: 'validate',
  summary: 'Vérifie les parcours et affiche chaque problème (fichier:ligne:colonne).',
  usage: 'mdv validate [fichiers ou dossiers…] [--strict] [--today AAAA-MM-JJ]',
  valued: ['today'],
  booleans: ['strict'],
  run(paths, flags, io) {
    if (typeof flags.today === 'string' && !isIsoDate(flags.today)) {
      throw new UsageError(`--today attend une date AAAA-MM-JJ, par exemple --today 2026-11-27 (reçu « ${flags.today} »)`)
    }
    const files = journeyFilesIn(paths)
    const contexts = new Map<string, JourneyContext>()
    const diagnostics: Diagnostic[] = []
    for (const file of files) {
      const dir = journeysDirOf(file)
      if (!contexts.has(dir)) {
        const context = loadJourneyContext(dir)
        contexts.set(dir, context)
        diagnostics.push(...context.shared.diagnostics)
      }
      const context = contexts.get(dir)!
      let compiled = compileJourneyFile(file, context, { today: flags.today as string | undefined }).diagnostics
      if (hasErrors(context.shared.diagnostics)) compiled = withoutSharedEchoes(file, compiled)
      diagnostics.push(...compiled)
      // Errors first: the missing first line is advice for a file that otherwise loads.
      if (compiled.some((d) => d.severity === 'error')) continue
      const scenarios = file.replace(/\.ya?ml$/, '.scenarios.yaml')
      for (const checked of [file, ...(existsSync(scenarios) ? [scenarios] : [])]) {
        const missing = missingSchemaLine(checked)
        if (missing) diagnostics.push(missing)
      }
    }
    sortDiagnostics(diagnostics).forEach((d) => io.out(formatDiagnostic(d)))
    const errors = diagnostics.filter((d) => d.severity === 'error').length
    const warnings = diagnostics.length - errors
    io.err(`${files.length} parcours vérifié(s) : ${errors} erreur(s), ${warnings} avertissement(s).`)
    return hasErrors(diagnostics) || (flags.strict && warnings > 0) ? 1 : 0
  },
}
