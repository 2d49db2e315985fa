/**
 * Anonymous journey events (started, completed, abandoned at a question): a counter per
 * day is incremented, nothing else. No cookie is read or set, no address is stored.
 * @module
 */
import { Hono } from 'hono'
import { todayParis } from '../callbacks/paris-time.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { apiError, invalid, readJson } from '../http.ts'
import { clientRateLimit } from '../middleware/rate-limit.ts'
import type { JourneyEventType } from '../storage/storage.ts'
import { validateBody } from '../validation.ts'

export function eventRoutes(deps: AppDeps): Hono<AppEnv> {
  const { config, storage, journeys, now } = deps
  const app = new Hono<AppEnv>()
  const limiter = clientRateLimit(deps, 'events', deps.config.eventsRateLimit)

  app.post('/api/events', limiter, async (c) => {
    // navigator.sendBeacon posts text/plain: accepted, the body must still be JSON.
    const body = await readJson(c, { requireJsonType: false })
    if (!body.ok) return body.response
    const checked = validateBody<{ journey: string; type: JourneyEventType; question?: string }>('EventRequest', body.value)
    if (!checked.ok) return invalid(c, checked.errors)
    const { journey: journeyId, type, question } = checked.value
    const journey = journeys.get(journeyId)?.journey
    if (!journey) return apiError(c, 404, `Parcours inconnu : « ${journeyId} ».`)
    if (question !== undefined && !journey.questions.some((q) => q.id === question)) {
      return apiError(c, 404, `Question inconnue dans ce parcours : « ${question} ».`)
    }
    await storage.countEvent({ day: todayParis(now()), journey: journeyId, type, question: type === 'abandoned' ? question! : null })
    return c.body(null, 204)
  })
  return app
}
