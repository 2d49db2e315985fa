/**
 * `npm run build` (second half): bundles the widget into one minified ES module,
 * dist/widget.js, then writes dist/custom-elements.json.
 *
 * The bundle contains everything (Lit, XState, the engine's runtime): an
 * administration adds one <script type="module"> and nothing else.
 * @module
 */
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { buildManifest } from './build-manifest.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const defaultOutfile = join(root, 'dist', 'widget.js')

export async function buildWidget(outfile = defaultOutfile): Promise<{ bytes: number; gzipBytes: number }> {
  await build({
    entryPoints: [join(root, 'widget', 'src', 'index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2021', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'external',
    // Lit and XState only print development warnings outside production.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  })
  const code = readFileSync(outfile)
  return { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { bytes, gzipBytes } = await buildWidget()
  process.stderr.write(`dist/widget.js: ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzip\n`)
  await buildManifest()
  process.stderr.write('dist/custom-elements.json written\n')
}
