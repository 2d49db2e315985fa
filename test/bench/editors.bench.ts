/**
 * Editors' figures: how long after a save the preview has reloaded (watch, settle, reload
 * what the save changes and run its scenarios: what `npm run dev` does before telling the
 * page), and `mdv validate` + `mdv test` on every shipped journey.
 * @module
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../engine/cli/main.ts'
import { silentLogger } from '../../server/log.ts'
import { previewLoader } from '../../server/preview/incremental-load.ts'
import { previewApp } from '../../server/preview/preview-app.ts'
import { testConfig } from '../server/helpers/app.ts'
import { stubStorage } from '../server/helpers/stub-storage.ts'
import { watchJourneys } from '../../server/preview/watch-journeys.ts'

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!
const silent = { out: () => {}, err: () => {} }

async function reloadMs(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'mdv-bench-preview-'))
  cpSync('journeys', dir, { recursive: true })
  const file = join(dir, 'je-demenage.yaml')
  const original = readFileSync(file, 'utf8')
  let savedAt = 0
  let done: (ms: number) => void = () => {}
  // As `npm run dev`: the first load at start, then each save reloads what it changes and rebuilds the pages' app.
  const loader = previewLoader(dir)
  const app = previewApp(testConfig({ JOURNEYS_DIR: dir }), stubStorage(), silentLogger)
  let generation = 0
  app.build(generation, loader.reload())
  const watcher = watchJourneys(dir, (files) => {
    app.build(++generation, loader.reload(files))
    done(performance.now() - savedAt)
  })
  const samples: number[] = []
  try {
    for (let i = 0; i < 6; i++) {
      const reloaded = new Promise<number>((resolve) => (done = resolve))
      savedAt = performance.now()
      // Alternate the two ways editors' tools save: in place, and replace by rename.
      if (i % 2) writeFileSync(file, original + `\n# ${i}\n`)
      else {
        writeFileSync(`${file}.tmp`, original + `\n# ${i}\n`)
        renameSync(`${file}.tmp`, file)
      }
      const ms = await reloaded
      if (i > 0) samples.push(ms) // the first reload warms the caches
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  } finally {
    watcher.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return median(samples)
}

export async function run(): Promise<Record<string, number | null>> {
  const started = performance.now()
  await main(['validate', '--strict', 'journeys'], silent)
  await main(['test', 'journeys'], silent)
  const validateAndTest = performance.now() - started
  return {
    'preview.reload_ms': Math.round(await reloadMs()),
    'editors.validate_and_test_all_ms': Math.round(validateAndTest),
  }
}
