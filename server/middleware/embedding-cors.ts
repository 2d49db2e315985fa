/**
 * CORS for the sites that embed the widget (CORS_ORIGINS), and no one else. The server's
 * own pages are same-origin and need no CORS.
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'

/**
 * @example
 * app.use('/api/*', embeddingCors({ origins: ['https://www.mairie-exemple.fr'] }))
 */
export const embeddingCors = ({ origins }: { origins: readonly string[] }): MiddlewareHandler => {
  const allowed = new Set(origins)
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'HEAD', 'POST', 'DELETE'],
    allowHeaders: ['Content-Type', 'Idempotency-Key', 'X-Cancel-Token', 'If-None-Match'],
    exposeHeaders: EXPOSED,
    maxAge: 600,
  })
}

const EXPOSED = ['ETag', 'Retry-After']

/** The same answer as a plain object, for responses built in one go (see security-headers.ts). */
export function corsHeaders(origins: ReadonlySet<string>, origin: string | undefined): Record<string, string> {
  return origin && origins.has(origin)
    ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': EXPOSED.join(','), vary: 'Origin' }
    : { vary: 'Origin' }
}
