/**
 * Rate-limit counters in the database, so that a limit per client holds across every
 * server instance behind a load balancer. One statement per hit: an upsert that returns
 * the window's count.
 * @module
 */
import type { SqlDriver } from '../sql.ts'
import type { RateLimitStore } from '../storage.ts'

export function rateLimitQueries(db: SqlDriver): RateLimitStore {
  return {
    async hitRateLimit({ bucket, clientHash, windowStart }) {
      const [row] = await db.query<{ hits: number }>(
        `INSERT INTO rate_limit_hits AS r (bucket, client_hash, window_start, hits) VALUES ($1, $2, $3, 1)
         ON CONFLICT (bucket, client_hash, window_start) DO UPDATE SET hits = r.hits + 1
         RETURNING hits`,
        [bucket, clientHash, windowStart.toISOString()],
      )
      return Number(row!.hits)
    },
    async purgeRateLimits(before) {
      const rows = await db.query<{ bucket: string }>('DELETE FROM rate_limit_hits WHERE window_start < $1 RETURNING bucket', [before.toISOString()])
      return rows.length
    },
  }
}
