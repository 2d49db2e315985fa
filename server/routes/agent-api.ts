/**
 * The agents' API (bearer token, or the console's cookie): a day's callbacks by slot,
 * one callback, its status (« called » and « unreachable » only once its slot has
 * started), and the day as CSV.
 * @module
 */
import { Hono, type Context } from 'hono'
import { isIsoDate, todayInParis } from '../../engine/dates/iso-date.ts'
import { statusRefusal } from '../agent/actions.ts'
import { callbackJson, callbacksOfDay, dayCsv, dayJson } from '../agent/day.ts'
import { REFERENCE_PATTERN } from '../crypto.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { apiError, invalid, readJson } from '../http.ts'
import { agentAuth, canSeeCentre, requireScope } from '../middleware/agent-auth.ts'
import { validateBody } from '../validation.ts'

const forbidden = (c: Context) => apiError(c, 403, 'Ce jeton n’a pas les droits nécessaires.')

export function agentApiRoutes({ storage, journeys, log, now }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use('/api/agent/*', agentAuth({ storage, onUnauthorized: (c) => apiError(c, 401, 'Jeton d’agent manquant ou invalide.') }))
  app.use('/api/agent/*', async (c, next) => {
    c.header('Cache-Control', 'no-store')
    await next()
  })

  function dayParams(c: Context<AppEnv>): { date: string; centre?: string } | Response {
    const { date = todayInParis(now()), centre } = c.req.query()
    if (!isIsoDate(date)) return invalid(c, [{ field: 'date', message: 'Date AAAA-MM-JJ attendue.' }])
    if (centre !== undefined && !canSeeCentre(c.get('agent'), centre)) return forbidden(c)
    return { date, centre }
  }

  app.get('/api/agent/callbacks', requireScope('callbacks:read', forbidden), async (c) => {
    const params = dayParams(c)
    if (params instanceof Response) return params
    return c.json(dayJson(params.date, await callbacksOfDay(storage, c.get('agent'), params.date, params.centre)))
  })

  app.get('/api/agent/callbacks.csv', requireScope('callbacks:read', forbidden), async (c) => {
    const params = dayParams(c)
    if (params instanceof Response) return params
    const slots = await callbacksOfDay(storage, c.get('agent'), params.date, params.centre)
    log.info('callbacks exported', { agent: c.get('agent').name, count: slots.reduce((n, s) => n + s.callbacks.length, 0) })
    return c.body(dayCsv(slots, (id) => journeys.get(id)?.journey.title ?? id), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="rappels-${params.date}.csv"`,
    })
  })

  async function visibleCallback(c: Context<AppEnv>) {
    const reference = c.req.param('reference') ?? ''
    const callback = REFERENCE_PATTERN.test(reference) ? await storage.findCallback(reference) : null
    if (!callback) return apiError(c, 404, 'Référence de rappel inconnue.')
    if (!canSeeCentre(c.get('agent'), callback.centre)) return forbidden(c)
    return callback
  }

  app.get('/api/agent/callbacks/:reference', requireScope('callbacks:read', forbidden), async (c) => {
    const callback = await visibleCallback(c)
    return callback instanceof Response ? callback : c.json(callbackJson(callback))
  })

  app.patch('/api/agent/callbacks/:reference', requireScope('callbacks:write', forbidden), async (c) => {
    const body = await readJson(c)
    if (!body.ok) return body.response
    const checked = validateBody<{ status: 'called' | 'unreachable' | 'cancelled' }>('StatusRequest', body.value)
    if (!checked.ok) return invalid(c, checked.errors)
    const callback = await visibleCallback(c)
    if (callback instanceof Response) return callback
    const agent = c.get('agent')
    const refusal = statusRefusal(callback, checked.value.status, now())
    if (refusal) return apiError(c, 409, refusal)
    const change = await storage.setCallbackStatus(callback.reference, { status: checked.value.status, by: agent.name, now: now() })
    if (change.outcome === 'not-found') return apiError(c, 404, 'Référence de rappel inconnue.')
    if (change.outcome !== 'updated') return apiError(c, 409, 'Ce rappel est annulé : son statut ne change plus.')
    log.info('callback status', { reference: callback.reference, outcome: checked.value.status, agent: agent.name })
    return c.json(callbackJson(change.callback))
  })
  return app
}
