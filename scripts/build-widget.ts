/**
 * `npm run build` (second half): bundles the widget into minified ES modules,
 * dist/widget.js and its chunks in dist/chunks/, then writes dist/custom-elements.json.
 *
 * An administration still adds one <script type="module" src=".../widget.js">. widget.js
 * is a small starter (widget/src/boot.ts): it fetches the page's journeys and, at the same
 * time, the chunks of what the first question needs (Lit, XState, the engine's runtime,
 * the question screen, French). The plan, the call-back, the feedback and the English
 * interface are chunks imported later, on demand. Every import is relative to widget.js,
 * so the host's `script-src` for its origin covers them. Chunk names carry their
 * content's hash (cached for ever); widget.js keeps its name.
 * @module
 */
import { build, type Metafile, type Plugin } from 'esbuild'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { buildManifest } from './build-manifest.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const defaultOutfile = join(root, 'dist', 'widget.js')
export const CHUNKS_DIR = 'chunks'
/** Next to widget.js: the chunks the first question needs, for pages that emit `modulepreload` links (the demo's). */
export const PRELOAD_FILE = 'widget-preload.json'

export interface WidgetBuild {
  /** widget.js alone. */
  bytes: number
  gzipBytes: number
  /** Every .js file written (widget.js and chunks), relative to its folder. */
  files: string[]
  metafile: Metafile
}

const ELEMENT = join('widget', 'src', 'index.ts')

export async function buildWidget(outfile = defaultOutfile): Promise<WidgetBuild> {
  const outdir = dirname(outfile)
  // Twice: the first build names the element's chunks, the second writes their list into
  // widget.js. Only widget.js changes; the chunks' names hold their content's hash.
  const first = await bundle(outfile, [])
  const preload = elementChunks(first.metafile, outdir)
  const result = await bundle(outfile, preload)
  writeFileSync(join(outdir, PRELOAD_FILE), JSON.stringify({ modules: preload }) + '\n')
  const files = Object.keys(result.metafile.outputs)
    .filter((f) => f.endsWith('.js'))
    .map((f) => relative(outdir, resolve(root, f)))
  removeStaleChunks(join(outdir, CHUNKS_DIR), new Set(files.map((f) => basename(f))))
  const code = readFileSync(outfile)
  return { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, files, metafile: result.metafile }
}

/** The element's chunk and every chunk it imports statically, relative to widget.js (`./chunks/…`). */
function elementChunks(metafile: Metafile, outdir: string): string[] {
  const outputs = metafile.outputs
  const element = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === ELEMENT)
  if (!element) throw new Error(`no chunk for ${ELEMENT} in the build`)
  const found = new Set<string>()
  const visit = (output: string) => {
    if (found.has(output)) return
    found.add(output)
    for (const i of outputs[output]!.imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path)
  }
  visit(element)
  return [...found].map((o) => `./${relative(outdir, resolve(root, o))}`)
}

/**
 * @socialgouv/jours-feries is one CommonJS file (`module.exports = getJoursFeries`), wrapped
 * here as an ES module: esbuild's CommonJS helpers would otherwise be one more chunk that
 * the first question downloads (every chunk imports them).
 */
const joursFeriesAsEsm: Plugin = {
  name: 'jours-feries-esm',
  setup(b) {
    b.onLoad({ filter: /[\\/]@socialgouv[\\/]jours-feries[\\/]src[\\/]index\.js$/ }, (args) => ({
      contents: `const module = { exports: {} };\n${readFileSync(args.path, 'utf8')}\nexport default module.exports;\n`,
      loader: 'js',
    }))
  },
}

function bundle(outfile: string, preload: string[]) {
  return build({
    plugins: [joursFeriesAsEsm],
    entryPoints: [{ in: join(root, 'widget', 'src', 'boot.ts'), out: basename(outfile, '.js') }],
    outdir: dirname(outfile),
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
    // Lit and XState only print development warnings outside production. The chunk list is
    // a string: an array given to `define` would go to a shared chunk that widget.js imports.
    define: { 'process.env.NODE_ENV': '"production"', __MDV_PRELOAD__: JSON.stringify(JSON.stringify(preload)) },
    logLevel: 'warning',
  })
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
