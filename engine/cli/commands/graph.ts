import { formatDiagnostic } from '../../diagnostics.ts'
import { journeyToMermaid } from '../../graph/mermaid.ts'
import { compileJourneyFile, journeysDirOf, loadJourneyContext } from '../../node/journey-files.ts'
import type { Command } from '../command.ts'
import { resolveJourneyFile } from './resolve.ts'

export const graph: Command = {
  name: 'graph',
  summary: 'Affiche le parcours en diagramme Mermaid : questions, démarches groupées par période, conditions en mots (--full : conditions entières sur les flèches).',
  usage: 'mdv graph <parcours> [--full]',
  booleans: ['full'],
  run([target], flags, io) {
    if (!target) {
      io.err(`Usage : ${graph.usage}`)
      return 2
    }
    const file = resolveJourneyFile(target)
    const result = compileJourneyFile(file, loadJourneyContext(journeysDirOf(file)), {})
    if (!result.journey) {
      result.diagnostics.forEach((d) => io.err(formatDiagnostic(d)))
      return 1
    }
    io.out(journeyToMermaid(result.journey, { full: Boolean(flags.full) }))
    return 0
  },
}
