/**
 * `/healthz`: 200 when the database answers, 503 otherwise (load balancers take the
 * instance out of rotation; during shutdown too).
 * @module
 */
import { Hono } from 'hono'
import type { AppDeps, AppEnv } from '../env.ts'

export function healthRoutes({ storage, journeys, log }: AppDeps, state: { stopping: boolean }): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store')
    const body = { status: 'ok' as 'ok' | 'unavailable', storage: storage.kind, journeys: journeys.list.length }
    if (state.stopping) return c.json({ ...body, status: 'unavailable' }, 503)
    try {
      await storage.ping()
      return c.json(body)
    } catch (error) {
      log.error('health check failed', { error: error as Error })
      return c.json({ ...body, status: 'unavailable' }, 503)
    }
  })
  return app
}
