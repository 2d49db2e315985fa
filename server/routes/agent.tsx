/**
 * The agents' console (server-rendered, no script): sign in with an agent token, see the
 * callbacks of the next days (landing view) or of one day by slot with what the usager
 * agreed to share, find one by its reference, mark them called or unreachable once their
 * slot has started, cancel them after confirming, export a day as CSV, read usagers'
 * comments and ratings. Everything an usager typed is rendered by hono/jsx, which escapes
 * it. The screens are in ./agent/.
 * @module
 */
import { Hono, type Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { csrf } from 'hono/csrf'
import { addDays, isIsoDate, todayInParis } from '../../engine/dates/iso-date.ts'
import { AGENT_STATUSES, statusRefusal } from '../agent/actions.ts'
import { callbacksOfDay } from '../agent/day.ts'
import { normaliseReference } from '../agent/reference-search.ts'
import { upcomingCallbacks } from '../agent/upcoming.ts'
import { REFERENCE_PATTERN, sha256 } from '../crypto.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { AGENT_COOKIE, agentAuth, canSeeCentre, hasScope, type AgentScope } from '../middleware/agent-auth.ts'
import type { StoredCallback } from '../storage/storage.ts'
import { ConfirmCancelPage } from './agent/confirm-cancel-page.tsx'
import { DayPage } from './agent/day-page.tsx'
import { FeedbackPage } from './agent/feedback-page.tsx'
import { ForbiddenPage, LoginPage, MessagePage } from './agent/pages.tsx'
import { SearchPage } from './agent/search-page.tsx'
import { UpcomingPage } from './agent/upcoming-page.tsx'
import { backUrl, readBack, type ViewContext } from './agent/view-context.tsx'

const SESSION_SECONDS = 12 * 3600

export function agentConsoleRoutes({ config, storage, journeys, centres, log, now }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const journeyTitle = (id: string) => journeys.get(id)?.journey.title ?? id
  const centreName = (id: string) => centres.get(id)?.name ?? `Centre « ${id} »`
  const secure = (c: Context) => new URL(c.req.url).protocol === 'https:' || (config.trustProxy && c.req.header('x-forwarded-proto') === 'https')
  const forbiddenPage = (c: Context) => c.html(<ForbiddenPage />, 403)
  const needs = (c: Context<AppEnv>, scope: AgentScope) => hasScope(c.get('agent'), scope)
  const contextOf = (c: Context<AppEnv>): ViewContext => ({ journeyTitle, centreName, now: now(), canWrite: needs(c, 'callbacks:write') })
  const updatedOf = (c: Context) => {
    const updated = c.req.query('maj')
    return updated && REFERENCE_PATTERN.test(updated) ? updated : undefined
  }
  /** A callback the signed-in agent may see, or null (unknown and foreign alike). */
  async function visibleCallback(c: Context<AppEnv>, reference: string | null): Promise<StoredCallback | null> {
    const callback = reference && REFERENCE_PATTERN.test(reference) ? await storage.findCallback(reference) : null
    return callback && canSeeCentre(c.get('agent'), callback.centre) ? callback : null
  }
  const ratingsOf = async (callbacks: StoredCallback[]) => storage.callSatisfactionOf(callbacks.filter((cb) => cb.status === 'called').map((cb) => cb.reference))

  // Forms post with the agent's cookie: only from this origin.
  app.use('/agent/*', csrf())
  app.use('/agent/*', async (c, next) => {
    c.header('Cache-Control', 'no-store')
    await next()
  })

  app.get('/agent/connexion', (c) => c.html(<LoginPage />))
  app.post('/agent/connexion', async (c) => {
    const form = await c.req.parseBody()
    const token = typeof form.token === 'string' ? form.token.trim() : ''
    const agent = token && token.length <= 200 ? await storage.findAgentToken(sha256(token)) : null
    if (!agent) return c.html(<LoginPage error="Jeton inconnu ou révoqué." />, 401)
    setCookie(c, AGENT_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure: secure(c), maxAge: SESSION_SECONDS })
    log.info('agent signed in', { agent: agent.name })
    return c.redirect('/agent', 303)
  })
  app.post('/agent/deconnexion', (c) => {
    deleteCookie(c, AGENT_COOKIE, { path: '/', secure: secure(c) })
    return c.redirect('/agent/connexion', 303)
  })

  const signedIn = agentAuth({ storage, onUnauthorized: (c) => c.html(<LoginPage />, 401) })
  app.use('/agent', signedIn)
  app.use('/agent/rappels/*', signedIn)
  app.use('/agent/recherche', signedIn)
  app.use('/agent/avis', signedIn)

  // The next days (landing view), or one day with ?date=.
  app.get('/agent', async (c) => {
    if (!needs(c, 'callbacks:read')) return forbiddenPage(c)
    const requested = c.req.query('date')
    const context = contextOf(c)
    if (requested && isIsoDate(requested)) {
      const slots = await callbacksOfDay(storage, c.get('agent'), requested)
      const ratings = await ratingsOf(slots.flatMap((s) => s.callbacks))
      return c.html(<DayPage date={requested} slots={slots} context={context} ratings={ratings} updated={updatedOf(c)} />)
    }
    const today = todayInParis(context.now)
    const days = await upcomingCallbacks(storage, c.get('agent'), today)
    return c.html(<UpcomingPage today={today} days={days} context={context} updated={updatedOf(c)} />)
  })

  app.get('/agent/recherche', async (c) => {
    if (!needs(c, 'callbacks:read')) return forbiddenPage(c)
    const typed = (c.req.query('reference') ?? '').trim().slice(0, 40)
    const callback = await visibleCallback(c, normaliseReference(typed))
    const satisfaction = callback ? (await ratingsOf([callback])).get(callback.reference) : undefined
    return c.html(<SearchPage typed={typed} callback={callback} context={contextOf(c)} satisfaction={satisfaction} updated={updatedOf(c)} />, callback || !typed ? 200 : 404)
  })

  app.get('/agent/rappels/:reference/annuler', async (c) => {
    if (!needs(c, 'callbacks:write')) return forbiddenPage(c)
    const back = readBack(c.req.query(), isIsoDate)
    const callback = await visibleCallback(c, c.req.param('reference'))
    if (!callback) return c.html(<MessagePage title="Rappel introuvable" message="Ce rappel n’existe pas ou n’est pas dans vos centres." back="/agent" />, 404)
    if (callback.status === 'cancelled') return c.redirect(backUrl(back, callback.reference, false), 303)
    return c.html(<ConfirmCancelPage callback={callback} context={{ journeyTitle }} back={back} />)
  })

  app.post('/agent/rappels/:reference/statut', async (c) => {
    if (!needs(c, 'callbacks:write')) return forbiddenPage(c)
    const reference = c.req.param('reference')
    const form = await c.req.parseBody()
    const status = AGENT_STATUSES.find((s) => s === form.status)
    const back = readBack(form, isIsoDate)
    const callback = REFERENCE_PATTERN.test(reference) ? await storage.findCallback(reference) : null
    if (!status || !callback) return c.html(<LoginPage error="Demande invalide." />, 400)
    if (!canSeeCentre(c.get('agent'), callback.centre)) return forbiddenPage(c)
    // « Annulé » without its confirmation (an old page, a hand-made form) asks for it.
    if (status === 'cancelled' && form.confirm !== 'oui') return c.html(<ConfirmCancelPage callback={callback} context={{ journeyTitle }} back={back} />)
    const refusal = statusRefusal(callback, status, now())
    if (refusal) return c.html(<MessagePage title="Statut non modifié" message={refusal} back={backUrl(back, reference, false)} />, 409)
    const change = await storage.setCallbackStatus(reference, { status, by: c.get('agent').name, now: now() })
    if (change.outcome === 'updated') log.info('callback status', { reference, outcome: status, agent: c.get('agent').name })
    return c.redirect(backUrl(back, reference), 303)
  })

  app.get('/agent/avis', async (c) => {
    if (!needs(c, 'feedback:read')) return forbiddenPage(c)
    const since = new Date(now().getTime() - config.retentionDays * 86_400_000)
    const entries = await storage.listFeedback({ since, limit: 200 })
    const agent = c.get('agent')
    const ratings = (await storage.listCallSatisfaction({ fromDay: addDays(todayInParis(now()), -config.retentionDays), limit: 200 })).filter((r) =>
      canSeeCentre(agent, r.centre),
    )
    return c.html(<FeedbackPage entries={entries} ratings={ratings} journeyTitle={journeyTitle} centreName={centreName} />)
  })
  return app
}
