/**
 * Compiled journeys for the widget: the index, each journey (strong ETag, cacheable by
 * browsers and CDNs) and the journey JSON Schema for editors' tools.
 *
 * The hottest route of the server: bodies and ETags are computed at start, and each
 * response is built in one go with its security and CORS headers (the app mounts these
 * routes before the middleware stack, see app.ts).
 * @module
 */
import { Hono } from 'hono'
import { journeySchema } from '../../engine/load/schema-check.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { staticAnswer, staticFile } from './static-answer.ts'

/** Short enough for a content fix to reach usagers quickly; revalidation is a cheap 304. */
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600'

/** In the editors' preview a save must show at once: the browser revalidates every time. */
const PREVIEW_CACHE_CONTROL = 'no-cache'

const JSON_TYPE = 'application/json; charset=utf-8'

export function journeyRoutes(deps: AppDeps): Hono<AppEnv> {
  const { journeys } = deps
  const app = new Hono<AppEnv>()
  const answer = staticAnswer(deps)
  const cacheControl = deps.preview ? PREVIEW_CACHE_CONTROL : CACHE_CONTROL
  // Compressed on first demand, once per encoding (see compression.ts).
  const index = staticFile(journeys.indexBody, JSON_TYPE, cacheControl, journeys.indexEtag)
  const schema = staticFile(JSON.stringify(journeySchema), 'application/schema+json; charset=utf-8', cacheControl)
  const files = new Map(journeys.list.map(({ id }) => [`${id}.json`, staticFile(journeys.get(id)!.body, JSON_TYPE, cacheControl, journeys.get(id)!.etag)]))
  const unknown = { status: 404, body: JSON.stringify({ error: 'Parcours inconnu.' }), contentType: 'application/json; charset=utf-8' }

  app.get('/journeys', (c) => answer(c, index, performance.now()))
  app.get('/journeys/schema.json', (c) => answer(c, schema, performance.now()))
  app.get('/journeys/:file{[a-z0-9-]+\\.json}', (c) => answer(c, files.get(c.req.param('file')), performance.now(), unknown))
  return app
}
