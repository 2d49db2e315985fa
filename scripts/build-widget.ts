/**
 * `npm run build` (second half): bundles the widget into minified ES modules,
 * dist/widget.js and its chunks in dist/chunks/, then writes dist/custom-elements.json.
 *
 * An administration still adds one <script type="module" src=".../widget.js">: what the
 * first question needs (Lit, XState, the engine's runtime, the question screen, French)
 * is in widget.js; the plan, the call-back, the feedback and the English interface are
 * chunks that widget.js imports on demand, by relative URL, from the same origin.
 * Chunk names carry their content's hash (cached for ever); widget.js keeps its name.
 * @module
 */
import { build, type Metafile } from 'esbuild'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { buildManifest } from './build-manifest.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const defaultOutfile = join(root, 'dist', 'widget.js')
export const CHUNKS_DIR = 'chunks'

export interface WidgetBuild {
  /** widget.js alone. */
  bytes: number
  gzipBytes: number
  /** Every .js file written (widget.js and chunks), relative to its folder. */
  files: string[]
  metafile: Metafile
}

export async function buildWidget(outfile = defaultOutfile): Promise<WidgetBuild> {
  const outdir = dirname(outfile)
  const result = await build({
    entryPoints: [{ in: join(root, 'widget', 'src', 'index.ts'), out: basename(outfile, '.js') }],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2021', 'chrome100', 'firefox100', 'safari15'],
    chunkNames: `${CHUNKS_DIR}/[name]-[hash]`,
    minify: true,
    sourcemap: 'linked',
    legalComments: 'external',
    metafile: true,
    // Lit and XState only print development warnings outside production.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  })
  const files = Object.keys(result.metafile.outputs)
    .filter((f) => f.endsWith('.js'))
    .map((f) => relative(outdir, resolve(root, f)))
  removeStaleChunks(join(outdir, CHUNKS_DIR), new Set(files.map((f) => basename(f))))
  const code = readFileSync(outfile)
  return { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, files, metafile: result.metafile }
}

/** Chunks of earlier builds: their names will never be asked for again by this widget.js. */
function removeStaleChunks(dir: string, current: Set<string>): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    const js = name.replace(/\.map$/, '')
    if (!current.has(js)) rmSync(join(dir, name), { force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { bytes, gzipBytes, files } = await buildWidget()
  let total = 0
  for (const file of files) total += gzipSync(readFileSync(join(dirname(defaultOutfile), file)), { level: 9 }).length
  process.stderr.write(
    `dist/widget.js: ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzip; ` +
      `${files.length - 1} chunk(s), ${(total / 1024).toFixed(1)} KB gzip in all\n`,
  )
  await buildManifest()
  process.stderr.write('dist/custom-elements.json written\n')
}
