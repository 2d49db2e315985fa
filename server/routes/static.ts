/**
 * The widget bundle (built by another step: `npx tsx scripts/build-widget.ts`) and the
 * pages' stylesheet. A missing bundle is a 503 that says how to build it.
 * @module
 */
import { readFileSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Hono } from 'hono'
import { sha256 } from '../crypto.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { staticAnswer, type StaticFile } from './journeys.ts'

const ASSETS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets')

/** Re-reads the file only when it changed on disk (a rebuild while the server runs). */
function fileCache(path: string, contentType: string) {
  let cache: { mtimeMs: number; file: StaticFile } | undefined
  return async (): Promise<StaticFile | undefined> => {
    let mtimeMs: number
    try {
      mtimeMs = statSync(path).mtimeMs
    } catch {
      return undefined
    }
    if (!cache || cache.mtimeMs !== mtimeMs) {
      const body = new Uint8Array(await readFile(path))
      const etag = `"${sha256(Buffer.from(body).toString('latin1')).slice(0, 32)}"`
      cache = { mtimeMs, file: { body, etag, contentType, cacheControl: 'public, max-age=300' } }
    }
    return cache.file
  }
}

/** `/widget.js`: loaded by embedding sites (CORS), answered before the middleware stack like the journeys. */
export function widgetRoutes(deps: AppDeps): Hono<AppEnv> {
  const { config } = deps
  const app = new Hono<AppEnv>()
  const answer = staticAnswer(deps, new Set(config.corsOrigins))
  const widget = fileCache(config.widgetFile, 'text/javascript; charset=utf-8')
  const widgetMap = fileCache(config.widgetFile + '.map', 'application/json; charset=utf-8')
  const message = `Le widget n'est pas construit (${config.widgetFile} absent) : lancez « npx tsx scripts/build-widget.ts ».`
  const notBuilt = { status: 503, body: `console.error(${JSON.stringify(message)});\n`, contentType: 'text/javascript; charset=utf-8' }
  const noMap = { status: 404, body: '{"error":"Adresse inconnue."}', contentType: 'application/json; charset=utf-8' }

  app.get('/widget.js', async (c) => answer(c, await widget(), performance.now(), notBuilt))
  app.get('/widget.js.map', async (c) => answer(c, await widgetMap(), performance.now(), noMap))
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
