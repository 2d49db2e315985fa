/**
 * The agents' console (server-rendered, no script): sign in with an agent token, see the
 * day's callbacks by slot with what the usager agreed to share, mark them called,
 * unreachable or cancelled, export the day as CSV, read usagers' comments.
 * Everything an usager typed is rendered by hono/jsx, which escapes it.
 * @module
 */
import { Hono, type Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { csrf } from 'hono/csrf'
import { addDays, isIsoDate, todayInParis } from '../../engine/dates/iso-date.ts'
import { callbacksOfDay, STATUS_LABELS, type DaySlot } from '../agent/day.ts'
import { describeParis, timeParis } from '../callbacks/paris-time.ts'
import { formatPhone } from '../callbacks/phone.ts'
import { REFERENCE_PATTERN, sha256 } from '../crypto.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { AGENT_COOKIE, agentAuth, canSeeCentre, hasScope, type AgentScope } from '../middleware/agent-auth.ts'
import { isTextSummary, type CallbackStatus, type FeedbackEntry, type StoredCallback } from '../storage/storage.ts'
import { Layout } from '../views/layout.tsx'

const SESSION_SECONDS = 12 * 3600

function LoginPage({ error }: { error?: string }) {
  return (
    <Layout title="Connexion" site="agent">
      <h1>Connexion des conseillers</h1>
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <form method="post" action="/agent/connexion">
        <div class="form-row">
          <div>
            <label for="token">
              Jeton d’agent
              <span class="hint">Fourni par votre responsable (commande « npm run agent:token »).</span>
            </label>
            <input id="token" name="token" type="password" autocomplete="current-password" required />
          </div>
          <button class="button" type="submit">
            Se connecter
          </button>
        </div>
      </form>
    </Layout>
  )
}

function ForbiddenPage() {
  return (
    <Layout title="Accès refusé" site="agent" signedIn>
      <h1>Accès refusé</h1>
      <p class="notice notice--error">Votre jeton ne donne pas accès à cette page. Demandez les droits à votre responsable.</p>
    </Layout>
  )
}

const ACTIONS: { status: Exclude<CallbackStatus, 'booked'>; label: string }[] = [
  { status: 'called', label: 'Appelé' },
  { status: 'unreachable', label: 'Injoignable' },
  { status: 'cancelled', label: 'Annulé' },
]

function CallbackCard({ callback, date, journeyTitle, canWrite }: { callback: StoredCallback; date: string; journeyTitle: string; canWrite: boolean }) {
  const who = callback.name ?? 'Usager (nom non indiqué)'
  return (
    <article class="callback" id={callback.reference} aria-labelledby={`${callback.reference}-who`}>
      <div class="callback__head">
        <div>
          <p class="callback__who" id={`${callback.reference}-who`}>
            {who} <span class={`badge badge--${callback.status}`}>{STATUS_LABELS[callback.status]}</span>
          </p>
          <p>
            {callback.phone ? (
              <a class="callback__phone" href={`tel:${callback.phone}`}>
                {formatPhone(callback.phone)}
              </a>
            ) : (
              <span>Numéro effacé (rappel annulé par l’usager)</span>
            )}
            <br />
            {journeyTitle} · référence <strong>{callback.reference}</strong>
            {callback.statusBy && callback.statusAt ? (
              <>
                <br />
                <span class="hint">
                  {STATUS_LABELS[callback.status]} par {callback.statusBy} le {describeParis(callback.statusAt)}
                </span>
              </>
            ) : null}
          </p>
        </div>
        {canWrite && callback.status !== 'cancelled' ? (
          <div class="callback__actions" role="group" aria-label={`Marquer le rappel ${callback.reference}`}>
            {ACTIONS.filter((a) => a.status !== callback.status).map((action) => (
              <form method="post" action={`/agent/rappels/${callback.reference}/statut`}>
                <input type="hidden" name="status" value={action.status} />
                <input type="hidden" name="date" value={date} />
                <button class={action.status === 'called' ? 'button button--small' : 'button button--secondary button--small'} type="submit">
                  {action.label}
                </button>
              </form>
            ))}
          </div>
        ) : null}
      </div>
      {callback.summary && isTextSummary(callback.summary) ? (
        <details class="summary" open>
          <summary>Ce que l’usager a déjà indiqué</summary>
          <p class="comment">{callback.summary.text}</p>
        </details>
      ) : callback.summary ? (
        <details class="summary" open>
          <summary>Ce que l’usager a déjà indiqué</summary>
          <dl>
            {callback.summary.answers.map((a) => (
              <>
                <dt>{a.label}</dt>
                <dd>{a.answer}</dd>
              </>
            ))}
          </dl>
          {callback.summary.tasks.length ? (
            <>
              <h3>Son plan ({callback.summary.tasks.length} démarches)</h3>
              <ul>
                {callback.summary.tasks.map((t) => (
                  <li>
                    {t.title}
                    {t.due ? ` — avant le ${new Date(`${t.due}T12:00:00Z`).toLocaleDateString('fr-FR', { timeZone: 'UTC' })}` : ''}
                    {t.mandatory ? '' : ' (conseillé)'}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </details>
      ) : (
        <p class="hint">L’usager n’a pas partagé ses réponses : demandez-lui sa situation.</p>
      )}
    </article>
  )
}

function DayPage({ date, slots, journeyTitle, canWrite, updated }: { date: string; slots: DaySlot[]; journeyTitle: (id: string) => string; canWrite: boolean; updated?: string }) {
  const count = slots.reduce((n, s) => n + s.callbacks.length, 0)
  const dayLabel = new Date(`${date}T12:00:00Z`).toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  return (
    <Layout title={`Rappels du ${dayLabel}`} site="agent" signedIn>
      <h1>Rappels du {dayLabel}</h1>
      {updated ? (
        <p class="notice" role="status">
          Rappel {updated} mis à jour.
        </p>
      ) : null}
      <form method="get" action="/agent" class="form-row">
        <div>
          <label for="date">Jour</label>
          <input id="date" name="date" type="date" value={date} />
        </div>
        <button class="button button--secondary" type="submit">
          Afficher
        </button>
        <a class="button button--secondary" href={`/agent?date=${addDays(date, -1)}`}>
          Jour précédent
        </a>
        <a class="button button--secondary" href={`/agent?date=${addDays(date, 1)}`}>
          Jour suivant
        </a>
        <a class="button button--secondary" href={`/api/agent/callbacks.csv?date=${date}`} download>
          Exporter le jour (CSV)
        </a>
      </form>
      <p>{count ? `${count} rappel${count > 1 ? 's' : ''} ce jour-là.` : 'Aucun rappel ce jour-là.'}</p>
      {slots.map((slot) => (
        <section class="slot" aria-labelledby={`slot-${slot.start.getTime()}-${slot.centre}`}>
          <div class="slot__head">
            <h2 id={`slot-${slot.start.getTime()}-${slot.centre}`}>
              {timeParis(slot.start)} – {timeParis(slot.end)}
            </h2>
            <span>
              {slot.callbacks.length} rappel{slot.callbacks.length > 1 ? 's' : ''} · centre {slot.centre}
            </span>
          </div>
          {slot.callbacks.map((callback) => (
            <CallbackCard callback={callback} date={date} journeyTitle={journeyTitle(callback.journey)} canWrite={canWrite} />
          ))}
        </section>
      ))}
    </Layout>
  )
}

function FeedbackPage({ entries, journeyTitle }: { entries: FeedbackEntry[]; journeyTitle: (id: string) => string }) {
  const withComments = entries.filter((e) => e.comment)
  return (
    <Layout title="Avis des usagers" site="agent" signedIn>
      <h1>Avis des usagers</h1>
      <p>Les commentaires sont effacés à la fin de la durée de conservation ; les notes restent dans les résultats publics.</p>
      {withComments.length ? (
        <div class="table-wrap">
          <table>
            <caption>Derniers commentaires</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Parcours</th>
                <th scope="col" class="number">Note</th>
                <th scope="col">Commentaire</th>
              </tr>
            </thead>
            <tbody>
              {withComments.map((e) => (
                <tr>
                  <td>{describeParis(e.createdAt)}</td>
                  <td>{journeyTitle(e.journey)}</td>
                  <td class="number">{e.rating} / 5</td>
                  <td class="comment">{e.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucun commentaire récent.</p>
      )}
    </Layout>
  )
}

export function agentConsoleRoutes({ config, storage, journeys, log, now }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const journeyTitle = (id: string) => journeys.get(id)?.journey.title ?? id
  const secure = (c: Context) => new URL(c.req.url).protocol === 'https:' || (config.trustProxy && c.req.header('x-forwarded-proto') === 'https')
  const forbiddenPage = (c: Context) => c.html(<ForbiddenPage />, 403)
  const needs = (c: Context<AppEnv>, scope: AgentScope) => hasScope(c.get('agent'), scope)

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
  app.use('/agent/avis', signedIn)

  app.get('/agent', async (c) => {
    if (!needs(c, 'callbacks:read')) return forbiddenPage(c)
    const requested = c.req.query('date')
    const date = requested && isIsoDate(requested) ? requested : todayInParis(now())
    const slots = await callbacksOfDay(storage, c.get('agent'), date)
    const updated = c.req.query('maj')
    return c.html(
      <DayPage
        date={date}
        slots={slots}
        journeyTitle={journeyTitle}
        canWrite={needs(c, 'callbacks:write')}
        updated={updated && REFERENCE_PATTERN.test(updated) ? updated : undefined}
      />,
    )
  })

  app.post('/agent/rappels/:reference/statut', async (c) => {
    if (!needs(c, 'callbacks:write')) return forbiddenPage(c)
    const reference = c.req.param('reference')
    const form = await c.req.parseBody()
    const status = ACTIONS.find((a) => a.status === form.status)?.status
    const date = typeof form.date === 'string' && isIsoDate(form.date) ? form.date : todayInParis(now())
    const callback = REFERENCE_PATTERN.test(reference) ? await storage.findCallback(reference) : null
    if (!status || !callback) return c.html(<LoginPage error="Demande invalide." />, 400)
    if (!canSeeCentre(c.get('agent'), callback.centre)) return forbiddenPage(c)
    const change = await storage.setCallbackStatus(reference, { status, by: c.get('agent').name, now: now() })
    if (change.outcome === 'updated') log.info('callback status', { reference, outcome: status, agent: c.get('agent').name })
    return c.redirect(`/agent?date=${date}&maj=${reference}#${reference}`, 303)
  })

  app.get('/agent/avis', async (c) => {
    if (!needs(c, 'feedback:read')) return forbiddenPage(c)
    const entries = await storage.listFeedback({ since: new Date(now().getTime() - config.retentionDays * 86_400_000), limit: 200 })
    return c.html(<FeedbackPage entries={entries} journeyTitle={journeyTitle} />)
  })
  return app
}
