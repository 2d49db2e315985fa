/**
 * Compiled journeys for the widget: the index, each journey (strong ETag, cacheable by
 * browsers and CDNs) and the journey JSON Schema for editors' tools.
 *
 * The hottest route of the server: bodies and ETags are computed at start, and each
 * response is built in one go with its security and CORS headers (the app mounts these
 * routes before the middleware stack, see app.ts).
 * @module
 */
import { Hono, type Context } from 'hono'
import { journeySchema } from '../../engine/load/schema-check.ts'
import { sha256 } from '../crypto.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { corsHeaders } from '../middleware/embedding-cors.ts'
import { logRequest } from '../middleware/request-log.ts'
import { API_SECURITY_HEADERS } from '../middleware/security-headers.ts'

/** Short enough for a content fix to reach usagers quickly; revalidation is a cheap 304. */
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600'

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t === etag || t === `W/${etag}`
  })
}

export interface StaticFile {
  body: string | Uint8Array<ArrayBuffer>
  etag: string
  contentType: string
  cacheControl: string
}

/**
 * A request header read from Node's own request when there is one: asking Hono's
 * request would build a full Fetch Headers object, a visible cost at 10,000 requests/s.
 */
function header(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: { headers: Record<string, string | string[] | undefined> } } | undefined)?.incoming
  if (!incoming) return c.req.header(name)
  const value = incoming.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

/** Answers a cacheable file, 304 when the client has it, with every header at once. */
export function staticAnswer(deps: AppDeps, origins: ReadonlySet<string>) {
  return (c: Context, file: StaticFile | undefined, started: number, missing?: { status: number; body: string; contentType: string }): Response => {
    const base = { ...API_SECURITY_HEADERS, ...corsHeaders(origins, header(c, 'origin')) }
    let response: Response
    if (!file) {
      response = new Response(missing!.body, { status: missing!.status, headers: { ...base, 'content-type': missing!.contentType, 'cache-control': 'no-store' } })
    } else {
      const headers = { ...base, 'content-type': file.contentType, 'cache-control': file.cacheControl, etag: file.etag }
      response = matches(header(c, 'if-none-match'), file.etag) ? new Response(null, { status: 304, headers }) : new Response(file.body, { status: 200, headers })
    }
    logRequest(deps.log, c.req.method, c.req.path, response.status, started)
    return response
  }
}

/** In the editors' preview a save must show at once: the browser revalidates every time. */
const PREVIEW_CACHE_CONTROL = 'no-cache'

const json = (body: string, cacheControl: string): StaticFile => ({
  body,
  etag: `"${sha256(body).slice(0, 32)}"`,
  contentType: 'application/json; charset=utf-8',
  cacheControl,
})

export function journeyRoutes(deps: AppDeps): Hono<AppEnv> {
  const { journeys, config } = deps
  const app = new Hono<AppEnv>()
  const answer = staticAnswer(deps, new Set(config.corsOrigins))
  const cacheControl = deps.preview ? PREVIEW_CACHE_CONTROL : CACHE_CONTROL
  const index = { ...json(journeys.indexBody, cacheControl), etag: journeys.indexEtag }
  const schema = { ...json(JSON.stringify(journeySchema), cacheControl), contentType: 'application/schema+json; charset=utf-8' }
  const files = new Map(journeys.list.map(({ id }) => [`${id}.json`, { ...json(journeys.get(id)!.body, cacheControl), etag: journeys.get(id)!.etag }]))
  const unknown = { status: 404, body: JSON.stringify({ error: 'Parcours inconnu.' }), contentType: 'application/json; charset=utf-8' }

  app.get('/journeys', (c) => answer(c, index, performance.now()))
  app.get('/journeys/schema.json', (c) => answer(c, schema, performance.now()))
  app.get('/journeys/:file{[a-z0-9-]+\\.json}', (c) => answer(c, files.get(c.req.param('file')), performance.now(), unknown))
  return app
}
