/**
 * Fixed-window rate limit per client address: 429 with Retry-After beyond `limit`
 * requests per `windowMs`. Windows are aligned on the clock, so every instance agrees on
 * which window a request falls in.
 *
 * Where the counts live is the counter's business: in this instance's memory (one
 * server, the embedded database) or in the database, shared by every instance behind a
 * load balancer (`RATE_LIMIT_STORE`, docs/operations.md). The database only ever sees a
 * hash of the client's address keyed with the server's secret (a plain hash of an IPv4
 * address is reversed by trying them all).
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono'
import { keyedHash } from '../crypto.ts'
import type { AppDeps } from '../env.ts'
import { clientAddress, rateLimitKey } from './client-address.ts'
import type { RateLimitStore } from '../storage/storage.ts'

export interface RateLimitCounter {
  /** Counts one request of `client` in the window starting at `windowStart` (ms); gives the window's count. */
  hit(client: string, windowStart: number): Promise<number>
}

/** Counts in this instance's memory; at most `maxClients` clients remembered, stale windows dropped first. */
export function memoryCounter(maxClients = 10_000): RateLimitCounter {
  const windows = new Map<string, { start: number; count: number }>()
  return {
    async hit(client, windowStart) {
      let window = windows.get(client)
      if (!window || window.start !== windowStart) {
        windows.delete(client)
        if (windows.size >= maxClients) {
          for (const [k, w] of windows) if (w.start < windowStart || windows.size >= maxClients) windows.delete(k)
        }
        window = { start: windowStart, count: 0 }
        windows.set(client, window)
      }
      return (window.count += 1)
    },
  }
}

/** Counts in the database, shared by every instance; `bucket` keeps the limited routes apart. */
export function storageCounter(store: RateLimitStore, bucket: string, secret: string): RateLimitCounter {
  return {
    hit: (client, windowStart) => store.hitRateLimit({ bucket, clientHash: keyedHash(secret, 'rate-limit', client), windowStart: new Date(windowStart) }),
  }
}

export interface RateLimitOptions {
  /** Requests allowed per window; 0 disables the limit. */
  limit: number
  windowMs: number
  key: (c: Context) => string
  counter: RateLimitCounter
  now?: () => number
}

/**
 * @example
 * app.post('/api/feedback', rateLimit({ limit: 20, windowMs: 600_000, key: (c) => rateLimitKey(clientAddress(c, 0)), counter: memoryCounter() }), handler)
 */
export const rateLimit = ({ limit, windowMs, key, counter, now = Date.now }: RateLimitOptions): MiddlewareHandler => {
  return async function rateLimit(c, next) {
    if (limit <= 0) return next()
    const at = now()
    const windowStart = Math.floor(at / windowMs) * windowMs
    const count = await counter.hit(key(c), windowStart)
    c.header('RateLimit-Limit', String(limit))
    c.header('RateLimit-Remaining', String(Math.max(0, limit - count)))
    if (count > limit) {
      c.header('Retry-After', String(Math.max(1, Math.ceil((windowStart + windowMs - at) / 1000))))
      return c.json({ error: 'Trop de requêtes : réessayez dans quelques minutes.' }, 429)
    }
    return next()
  }
}

/**
 * The limiter of one route from the server's settings: `bucket` names the route in the
 * shared counters, `limit` is its setting (RATE_LIMIT_BOOKING…).
 */
export function clientRateLimit(deps: Pick<AppDeps, 'config' | 'storage' | 'now' | 'secret'>, bucket: string, limit: number): MiddlewareHandler {
  const { config, storage, now, secret } = deps
  return rateLimit({
    limit,
    windowMs: config.rateLimitWindowSeconds * 1000,
    key: (c) => rateLimitKey(clientAddress(c, config.trustedProxies)),
    counter: config.rateLimitStore === 'database' ? storageCounter(storage, bucket, secret) : memoryCounter(),
    now: () => now().getTime(),
  })
}
