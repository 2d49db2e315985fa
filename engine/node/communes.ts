/**
 * French communes and départements (@etalab/decoupage-administratif), for `commune`
 * questions: checking answers in scenarios and searching by name (server API).
 * Node only: the dataset (35,000 communes) never goes into the browser bundle.
 * @module
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export interface Commune {
  code: string
  nom: string
  departement: string
  codesPostaux: string[]
}

interface RawCommune extends Commune {
  type: string
  population?: number
}

let communes: Map<string, Commune & { population: number; search: string }> | undefined

/** Lower case without accents or punctuation, for name search. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

function load() {
  if (!communes) {
    const require = createRequire(import.meta.url)
    // Parsed, not require()d: require's cache would keep the whole raw file (~20 MB) beside the map.
    const raw = JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8')) as RawCommune[]
    communes = new Map(
      raw
        // Current communes and the municipal arrondissements of Paris, Lyon and Marseille.
        .filter((c) => c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal')
        .map((c) => [
          c.code,
          { code: c.code, nom: c.nom, departement: c.departement, codesPostaux: c.codesPostaux ?? [], population: c.population ?? 0, search: foldName(c.nom) },
        ]),
    )
  }
  return communes
}

export function findCommune(code: string): Commune | undefined {
  const found = load().get(code)
  return found && { code: found.code, nom: found.nom, departement: found.departement, codesPostaux: found.codesPostaux }
}

/** Communes whose name starts with (then contains) the query, or whose postcode starts with it; largest first. */
export function searchCommunes(query: string, limit = 10): Commune[] {
  const q = foldName(query)
  if (!q) return []
  const byPostcode = /^\d{2,5}$/.test(q)
  const scored: { commune: Commune & { population: number }; rank: number }[] = []
  for (const c of load().values()) {
    const rank = byPostcode
      ? c.codesPostaux.some((p) => p.startsWith(q)) || c.code.startsWith(q) ? 0 : -1
      : c.search.startsWith(q) ? 0 : c.search.includes(q) ? 1 : -1
    if (rank >= 0) scored.push({ commune: c, rank })
  }
  scored.sort((a, b) => a.rank - b.rank || b.commune.population - a.commune.population)
  return scored.slice(0, limit).map(({ commune: c }) => ({ code: c.code, nom: c.nom, departement: c.departement, codesPostaux: c.codesPostaux }))
}
