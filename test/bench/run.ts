/**
 * `npm run bench [-- --json]`: every benchmark file `test/bench/*.bench.ts` exports
 * `run(): Promise<Record<string, number | null>>`; their figures are merged into one
 * object. Figures, not pass/fail: targets are documented beside each key.
 * @module
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

type Figures = Record<string, number | null>

const here = dirname(fileURLToPath(import.meta.url))
const json = process.argv.includes('--json')
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length)

const figures: Figures = {}
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.startsWith(only)) continue
  const module = (await import(pathToFileURL(join(here, file)).href)) as { run(): Promise<Figures> }
  const started = performance.now()
  // Progress goes to stderr so that --json prints exactly one JSON object on stdout.
  process.stderr.write(`bench: ${file}…\n`)
  Object.assign(figures, await module.run())
  process.stderr.write(`bench: ${file} done in ${Math.round(performance.now() - started)} ms\n`)
}

if (json) process.stdout.write(JSON.stringify(figures, null, 2) + '\n')
else for (const [key, value] of Object.entries(figures)) process.stdout.write(`${key.padEnd(44)} ${value ?? 'n/a'}\n`)
process.exit(0)
