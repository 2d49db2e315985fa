/**
 * Usagers' ratings of a journey, with an optional comment (shown escaped to agents,
 * erased after the retention period; never shown publicly, never logged).
 * @module
 */
import { Hono } from 'hono'
import type { AppDeps, AppEnv } from '../env.ts'
import { apiError, invalid, readJson } from '../http.ts'
import { clientRateLimit } from '../middleware/rate-limit.ts'
import { validateBody } from '../validation.ts'

export function feedbackRoutes(deps: AppDeps): Hono<AppEnv> {
  const { config, storage, journeys, log, now } = deps
  const app = new Hono<AppEnv>()
  const limiter = clientRateLimit(deps, 'feedback', deps.config.feedbackRateLimit)

  app.post('/api/feedback', limiter, async (c) => {
    const body = await readJson(c, { requireJsonType: false })
    if (!body.ok) return body.response
    const checked = validateBody<{ journey: string; rating: number; comment?: string }>('FeedbackRequest', body.value)
    if (!checked.ok) return invalid(c, checked.errors)
    const { journey, rating, comment } = checked.value
    if (!journeys.get(journey)) return apiError(c, 404, `Parcours inconnu : « ${journey} ».`)
    await storage.addFeedback({ journey, rating, comment: comment?.trim() || null, now: now() })
    log.info('feedback', { journey })
    return c.body(null, 204)
  })
  return app
}
