/**
 * Anonymous journey events (started, completed, abandoned at a question). With the
 * widget's random `session` id (one per journey run) the run is counted once whatever
 * the reloads and replays; the id is kept only as a keyed hash, folded into daily
 * counters after 30 quiet days (docs/operations.md). Without it (a widget older than
 * sessions), a counter per day is incremented as before. No cookie, no address stored.
 * @module
 */
import { Hono } from 'hono'
import { todayParis } from '../callbacks/paris-time.ts'
import { keyedHash } from '../crypto.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { apiError, invalid, readJson } from '../http.ts'
import { clientRateLimit } from '../middleware/rate-limit.ts'
import type { JourneyEventType } from '../storage/storage.ts'
import { validateBody } from '../validation.ts'

export function eventRoutes(deps: AppDeps): Hono<AppEnv> {
  const { storage, journeys, now, secret } = deps
  const app = new Hono<AppEnv>()
  const limiter = clientRateLimit(deps, 'events', deps.config.eventsRateLimit)

  app.post('/api/events', limiter, async (c) => {
    // navigator.sendBeacon posts text/plain: accepted, the body must still be JSON.
    const body = await readJson(c, { requireJsonType: false })
    if (!body.ok) return body.response
    const checked = validateBody<{ journey: string; type: JourneyEventType; question?: string; session?: string }>('EventRequest', body.value)
    if (!checked.ok) return invalid(c, checked.errors)
    const { journey: journeyId, type, question, session } = checked.value
    const journey = journeys.get(journeyId)?.journey
    if (!journey) return apiError(c, 404, `Parcours inconnu : « ${journeyId} ».`)
    const rank = question === undefined ? -1 : journey.questions.findIndex((q) => q.id === question)
    if (question !== undefined && rank < 0) return apiError(c, 404, `Question inconnue dans ce parcours : « ${question} ».`)
    const day = todayParis(now())
    if (session === undefined) {
      await storage.countEvent({ day, journey: journeyId, type, question: type === 'abandoned' ? question! : null })
    } else {
      await storage.recordSessionEvent({
        day,
        journey: journeyId,
        sessionHash: keyedHash(secret, 'journey-session', session),
        type,
        question: type === 'abandoned' ? { id: question!, rank } : undefined,
      })
    }
    return c.body(null, 204)
  })
  return app
}
