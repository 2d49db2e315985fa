import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { shipJourney } from '../../compile/ship.ts'
import { formatDiagnostic, hasErrors } from '../../diagnostics.ts'
import { loadJourneys, DEFAULT_JOURNEYS_DIR } from '../../node/journey-files.ts'
import type { Command } from '../command.ts'

export const build: Command = {
  name: 'build',
  summary: 'Écrit les parcours compilés (JSON) dans dist/journeys/.',
  usage: 'mdv build [dossier des parcours] [--out dist/journeys]',
  valued: ['out'],
  run([dir = DEFAULT_JOURNEYS_DIR], flags, io) {
    const out = typeof flags.out === 'string' ? flags.out : join('dist', 'journeys')
    const { journeys, diagnostics } = loadJourneys(dir)
    diagnostics.forEach((d) => io.err(formatDiagnostic(d)))
    if (hasErrors(diagnostics)) {
      io.err('Construction annulée : corrigez les erreurs ci-dessus.')
      return 1
    }
    mkdirSync(out, { recursive: true })
    const index = []
    for (const { journey } of journeys.values()) {
      writeFileSync(join(out, `${journey.id}.json`), JSON.stringify(shipJourney(journey)))
      index.push({ id: journey.id, title: journey.title, description: journey.description, version: journey.version })
    }
    writeFileSync(join(out, 'index.json'), JSON.stringify(index, null, 2))
    io.err(`${journeys.size} parcours compilé(s) dans ${out}/`)
    return 0
  },
}
