/**
 * CORS for the sites that embed the widget, in two policies:
 *
 * - public, read-only files and data (the widget and its chunks, compiled journeys,
 *   callback slots, communes, public results): `Access-Control-Allow-Origin: *`, always —
 *   anyone may read them anyway, and `*` keeps them cacheable by CDNs without `Vary: Origin`;
 * - what a usager sends (booking, cancelling, feedback, anonymous stats): any origin by
 *   default, so the two embed lines work from any site on a fresh `npm start`, or only
 *   the origins of `CORS_ORIGINS` when it is set (see docs/operations.md for the trade-off).
 *
 * The agents' console and API get neither (see same-origin-only.ts). No policy allows
 * credentials: the widget's calls carry no cookie.
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'

const EXPOSED = ['ETag', 'Retry-After']
/** Request headers the widget sends (JSON bodies, replays, cancel secrets, revalidation). */
const ALLOWED_HEADERS = ['Content-Type', 'Idempotency-Key', 'X-Cancel-Token', 'If-None-Match']
/** Browsers cap it (Chromium: 2 hours); a day says "as long as you like". */
const PREFLIGHT_MAX_AGE = 86_400

/** The public policy as plain headers, for the hot routes that build their answer in one go. */
export const PUBLIC_CORS_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'access-control-allow-origin': '*',
  'access-control-expose-headers': EXPOSED.join(','),
})

/**
 * @example
 * app.use('/journeys/*', publicCors())
 */
export const publicCors = (): MiddlewareHandler =>
  cors({ origin: '*', allowMethods: ['GET', 'HEAD'], allowHeaders: ['If-None-Match'], exposeHeaders: EXPOSED, maxAge: PREFLIGHT_MAX_AGE })

/**
 * @example
 * app.use('/api/feedback', usagerCors({ origins: [] }))                                // any site
 * app.use('/api/feedback', usagerCors({ origins: ['https://www.mairie-exemple.fr'] })) // this one only
 */
export const usagerCors = ({ origins }: { origins: readonly string[] }): MiddlewareHandler => {
  const allowed = new Set(origins)
  return cors({
    // Unrestricted, `*` (no Vary: Origin); restricted, the origin echoed or nothing at all.
    origin: allowed.size ? (origin) => (allowed.has(origin) ? origin : null) : '*',
    allowMethods: ['GET', 'HEAD', 'POST', 'DELETE'],
    allowHeaders: ALLOWED_HEADERS,
    exposeHeaders: EXPOSED,
    maxAge: PREFLIGHT_MAX_AGE,
  })
}
