/**
 * The widget bundle (built by `npm run build`): `/widget.js` and every other `.js` or
 * `.js.map` file next to it — the chunks it imports on demand, whatever their names —,
 * compressed and cached as static-answer.ts says; and the pages' stylesheet. A missing
 * widget.js is a 503 that says how to build it.
 * @module
 */
import { readFileSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Hono, type Context, type Next } from 'hono'
import { sha256 } from '../crypto.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { staticAnswer, staticFile, type StaticFile } from './static-answer.ts'

const ASSETS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets')

/** widget.js keeps its name from build to build: browsers revalidate it after 5 minutes. */
const ENTRY_CACHE = 'public, max-age=300'
/** A chunk's name holds its content's hash: a new build gives new names, a name never changes content. */
const HASHED_CACHE = 'public, max-age=31536000, immutable'
/** esbuild's `[hash]` (8 characters of base 32), after a dash or a dot. */
const HASHED_NAME = /[-.][A-Z0-9]{8}\.js(?:\.map)?$/
/** Up to two levels (`chunks/mdv-callback-ABCD1234.js`), plain names only: no dot files, no `..`. */
const BUNDLE_PATH = /^(?:[A-Za-z0-9_][A-Za-z0-9_.-]*\/)?[A-Za-z0-9_][A-Za-z0-9_.-]*\.js(?:\.map)?$/

const typeOf = (path: string) => (path.endsWith('.map') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8')

/**
 * Re-reads a file only when it changed on disk (a rebuild while the server runs). A hashed
 * chunk is still served from memory once a rebuild has removed it: its name promises its
 * content, and pages that loaded the previous widget.js (cached up to 5 minutes) still ask
 * for it.
 */
function fileCache(path: string, cacheControl: string, outlivesFile: boolean) {
  let cache: { mtimeMs: number; size: number; file: StaticFile } | undefined
  return async (): Promise<StaticFile | undefined> => {
    let stat
    try {
      stat = statSync(path)
    } catch {
      return outlivesFile ? cache?.file : undefined
    }
    if (!stat.isFile()) return undefined
    if (!cache || cache.mtimeMs !== stat.mtimeMs || cache.size !== stat.size) {
      const body = new Uint8Array(await readFile(path))
      cache = { mtimeMs: stat.mtimeMs, size: stat.size, file: staticFile(body, typeOf(path), cacheControl) }
    }
    return cache.file
  }
}

/**
 * `/widget.js` and its chunks: loaded by embedding sites (`Access-Control-Allow-Origin: *`),
 * answered before the middleware stack like the journeys.
 */
export function widgetRoutes(deps: AppDeps): Hono<AppEnv> {
  const { config } = deps
  const app = new Hono<AppEnv>()
  const answer = staticAnswer(deps)
  const dir = resolve(dirname(config.widgetFile))
  const entry = fileCache(config.widgetFile, ENTRY_CACHE, false)
  const message = `Le widget n'est pas construit (${config.widgetFile} absent) : lancez « npm run build » (ou « npx tsx scripts/build-widget.ts »).`
  const notBuilt = { status: 503, body: `console.error(${JSON.stringify(message)});\n`, contentType: 'text/javascript; charset=utf-8' }
  const noFile = { status: 404, body: '{"error":"Adresse inconnue."}', contentType: 'application/json; charset=utf-8' }
  // One cache per file that exists; a path that names no file is not remembered.
  const files = new Map<string, ReturnType<typeof fileCache>>()

  app.get('/widget.js', async (c) => answer(c, await entry(), performance.now(), notBuilt))
  const bundleFile = async (c: Context<AppEnv>, next: Next) => {
    const started = performance.now()
    const path = c.req.path.slice(1)
    if (!BUNDLE_PATH.test(path)) return next()
    const full = resolve(dir, path)
    if (!full.startsWith(dir + sep)) return next()
    let cached = files.get(full)
    if (!cached) {
      const hashed = HASHED_NAME.test(path)
      const candidate = fileCache(full, hashed ? HASHED_CACHE : ENTRY_CACHE, hashed)
      if (!(await candidate())) return path === 'widget.js.map' ? answer(c, undefined, started, noFile) : next()
      files.set(full, (cached = candidate))
    }
    const file = await cached()
    return file ? answer(c, file, started) : answer(c, undefined, started, noFile)
  }
  app.get('/:path{.+\\.js}', bundleFile)
  app.get('/:path{.+\\.js\\.map}', bundleFile)
  return app
}

/** The pages' stylesheet (same origin; the CSP allows no inline style) and icon. */
export function assetRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  for (const [file, type] of [
    ['site.css', 'text/css; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml'],
  ] as const) {
    const body = new Uint8Array(readFileSync(join(ASSETS_DIR, file)))
    const etag = `"${sha256(Buffer.from(body).toString('utf8')).slice(0, 32)}"`
    app.get(`/assets/${file}`, (c) => {
      if (c.req.header('if-none-match') === etag) return c.body(null, 304, { ETag: etag })
      return c.body(body, 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=3600', ETag: etag })
    })
  }
  return app
}
