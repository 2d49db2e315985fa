/**
 * Body size limit (hono/body-limit) answering 413 in the API's JSON error shape.
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'

/**
 * @example
 * app.use('/api/*', jsonBodyLimit({ maxBytes: 32 * 1024 }))
 */
export const jsonBodyLimit = ({ maxBytes }: { maxBytes: number }): MiddlewareHandler =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json({ error: `Requête trop grande (au plus ${Math.round(maxBytes / 1024)} Kio).` }, 413),
  })
