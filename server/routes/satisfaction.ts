/**
 * After the call, for the usager's widget: the booking's state (has the call taken
 * place?) and one rating of the call. Both authenticate with the booking's cancel token,
 * like cancelling, and answer an unknown reference and a wrong token alike.
 * @module
 */
import { Hono, type Context } from 'hono'
import { tokenMatches } from '../callbacks/cancel-secrets.ts'
import { formatParis } from '../callbacks/paris-time.ts'
import { REFERENCE_PATTERN } from '../crypto.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { apiError, invalid, readJson } from '../http.ts'
import { clientRateLimit } from '../middleware/rate-limit.ts'
import type { StoredCallback } from '../storage/storage.ts'
import { validateBody } from '../validation.ts'

const NOT_FOUND = 'Référence ou jeton d’annulation inconnus.'

export function satisfactionRoutes(deps: AppDeps): Hono<AppEnv> {
  const { storage, log, now } = deps
  const app = new Hono<AppEnv>()
  // Its own counters, as strict as cancelling: a widget asking for the status does not
  // use up the usager's attempts to cancel.
  const limiter = clientRateLimit(deps, 'call-status', deps.config.cancelRateLimit)

  async function authorised(c: Context): Promise<StoredCallback | Response> {
    const token = c.req.header('x-cancel-token')
    if (!token) return apiError(c, 401, 'Jeton d’annulation manquant (en-tête X-Cancel-Token).')
    const reference = c.req.param('reference') ?? ''
    const callback = REFERENCE_PATTERN.test(reference) ? await storage.findCallback(reference) : null
    if (!callback || !tokenMatches(callback, token)) return apiError(c, 404, NOT_FOUND)
    return callback
  }

  app.get('/api/callbacks/:reference/status', limiter, async (c) => {
    const callback = await authorised(c)
    if (callback instanceof Response) return callback
    const satisfaction = (await storage.callSatisfactionOf([callback.reference])).get(callback.reference)
    c.header('Cache-Control', 'no-store')
    return c.json({
      status: callback.status,
      start: formatParis(callback.start),
      end: formatParis(callback.end),
      satisfaction: satisfaction ? { rating: satisfaction.rating } : null,
    })
  })

  app.post('/api/callbacks/:reference/satisfaction', limiter, async (c) => {
    const callback = await authorised(c)
    if (callback instanceof Response) return callback
    const body = await readJson(c)
    if (!body.ok) return body.response
    const checked = validateBody<{ rating: number; comment?: string }>('SatisfactionRequest', body.value)
    if (!checked.ok) return invalid(c, checked.errors)
    const comment = checked.value.comment?.trim() || null
    const result = await storage.addCallSatisfaction({ reference: callback.reference, rating: checked.value.rating, comment, now: now() })
    switch (result.outcome) {
      case 'added':
        log.info('call rated', { reference: callback.reference, centre: callback.centre })
        return c.json({ rating: result.satisfaction.rating }, 201)
      case 'already-answered':
        return apiError(c, 409, 'Vous avez déjà donné votre avis sur cet appel : merci.')
      case 'not-called':
        return apiError(c, 400, 'Cet appel n’a pas encore eu lieu : vous pourrez donner votre avis après.', [
          { field: 'status', message: 'Le rappel doit être marqué « Appelé » par le conseiller.' },
        ])
      case 'not-found':
        return apiError(c, 404, NOT_FOUND)
    }
  })
  return app
}
