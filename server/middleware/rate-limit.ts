/**
 * Fixed-window rate limit per client address: 429 with Retry-After beyond `limit`
 * requests per `windowMs`.
 *
 * Counters live in this instance's memory: behind a load balancer each instance counts
 * its own share, which is the intent (a brake against a script, not an accounting);
 * the load balancer's own limits come first (docs/operations.md).
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono'

export interface RateLimitOptions {
  /** Requests allowed per window; 0 disables the limit. */
  limit: number
  windowMs: number
  key: (c: Context) => string
  now?: () => number
  /** Most clients remembered at once (10,000): older windows are dropped first. */
  maxClients?: number
}

/**
 * @example
 * app.post('/api/feedback', rateLimit({ limit: 20, windowMs: 600_000, key: (c) => clientAddress(c, false) }), handler)
 */
export const rateLimit = ({ limit, windowMs, key, now = Date.now, maxClients = 10_000 }: RateLimitOptions): MiddlewareHandler => {
  const windows = new Map<string, { count: number; resetAt: number }>()
  return async function rateLimit(c, next) {
    if (limit <= 0) return next()
    const at = now()
    const client = key(c)
    let window = windows.get(client)
    if (!window || window.resetAt <= at) {
      windows.delete(client)
      if (windows.size >= maxClients) {
        for (const [k, w] of windows) if (w.resetAt <= at || windows.size >= maxClients) windows.delete(k)
      }
      window = { count: 0, resetAt: at + windowMs }
      windows.set(client, window)
    }
    window.count += 1
    c.header('RateLimit-Limit', String(limit))
    c.header('RateLimit-Remaining', String(Math.max(0, limit - window.count)))
    if (window.count > limit) {
      c.header('Retry-After', String(Math.ceil((window.resetAt - at) / 1000)))
      return c.json({ error: 'Trop de requêtes : réessayez dans quelques minutes.' }, 429)
    }
    return next()
  }
}
