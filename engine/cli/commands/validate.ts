import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../../diagnostics.ts'
import { compileJourneyFile, journeyFilesIn, journeysDirOf, loadJourneyContext, type JourneyContext } from '../../node/journey-files.ts'
import { isIsoDate } from '../../dates/iso-date.ts'
import { UsageError } from '../args.ts'
import type { Command } from '../command.ts'

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
      diagnostics.push(...compileJourneyFile(file, contexts.get(dir)!, { today: flags.today as string | undefined }).diagnostics)
    }
    sortDiagnostics(diagnostics).forEach((d) => io.out(formatDiagnostic(d)))
    const errors = diagnostics.filter((d) => d.severity === 'error').length
    const warnings = diagnostics.length - errors
    io.err(`${files.length} parcours vérifié(s) : ${errors} erreur(s), ${warnings} avertissement(s).`)
    return hasErrors(diagnostics) || (flags.strict && warnings > 0) ? 1 : 0
  },
}
