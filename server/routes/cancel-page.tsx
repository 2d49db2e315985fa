/**
 * `/annuler`: an usager cancels a callback with the reference and the short code they
 * noted down, from any device (no token, no account). Two steps — check, then confirm
 * — because cancelling gives the place away for good. Rate-limited per client; an
 * unknown reference and a wrong code answer the same, so trying teaches nothing.
 * French by default, English with `?lang=en` (or the form's `lang` field).
 * @module
 */
import { Hono, type Context } from 'hono'
import { csrf } from 'hono/csrf'
import { codeMatches } from '../callbacks/cancel-secrets.ts'
import { formatParis } from '../callbacks/paris-time.ts'
import { REFERENCE_PATTERN } from '../crypto.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { clientRateLimit } from '../middleware/rate-limit.ts'
import type { StoredCallback } from '../storage/storage.ts'
import { Layout } from '../views/layout.tsx'

type Lang = 'fr' | 'en'

const WORDS = {
  fr: {
    title: 'Annuler un rappel',
    intro: 'Indiquez la référence et le code d’annulation reçus quand vous avez demandé à être rappelé.',
    reference: 'Référence',
    referenceHint: 'Par exemple MDV-7KQ2-X9PD',
    code: 'Code d’annulation',
    codeHint: '8 caractères, par exemple K7P4-QX9M',
    check: 'Continuer',
    notFound: 'Cette référence et ce code ne correspondent à aucun rendez-vous. Vérifiez-les et réessayez.',
    confirmTitle: 'Confirmer l’annulation',
    confirmText: (when: string) => `Voulez-vous vraiment annuler le rappel prévu le ${when} ? La place sera rendue et vos informations effacées.`,
    confirm: 'Oui, annuler ce rendez-vous',
    keep: 'Non, garder mon rendez-vous',
    done: 'Votre rendez-vous est annulé. Votre numéro et vos réponses ont été effacés.',
    already: 'Ce rendez-vous était déjà annulé.',
    past: 'Ce rappel a déjà eu lieu ou a commencé : il ne peut plus être annulé.',
    other: 'English',
  },
  en: {
    title: 'Cancel a callback',
    intro: 'Enter the reference and the cancel code you were given when you asked to be called back.',
    reference: 'Reference',
    referenceHint: 'For example MDV-7KQ2-X9PD',
    code: 'Cancel code',
    codeHint: '8 characters, for example K7P4-QX9M',
    check: 'Continue',
    notFound: 'This reference and code match no appointment. Check them and try again.',
    confirmTitle: 'Confirm the cancellation',
    confirmText: (when: string) => `Do you really want to cancel the callback planned on ${when} (Paris time)? The place will be given back and your details erased.`,
    confirm: 'Yes, cancel this appointment',
    keep: 'No, keep my appointment',
    done: 'Your appointment is cancelled. Your number and answers have been erased.',
    already: 'This appointment was already cancelled.',
    past: 'This callback has already taken place or started: it can no longer be cancelled.',
    other: 'Français',
  },
} as const

function langOf(value: unknown): Lang {
  return value === 'en' ? 'en' : 'fr'
}

function whenOf(callback: StoredCallback, lang: Lang): string {
  const [date, time] = formatParis(callback.start).split('T') as [string, string]
  const day = new Date(`${date}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  return lang === 'en' ? `${day} at ${time.slice(0, 5)}` : `${day} à ${time.slice(0, 2)} h ${time.slice(3, 5)}`
}

function Page({ lang, children }: { lang: Lang; children?: unknown }) {
  const w = WORDS[lang]
  return (
    <Layout title={w.title}>
      <div lang={lang}>
        <p>
          <a href={lang === 'en' ? '/annuler' : '/annuler?lang=en'} lang={lang === 'en' ? 'fr' : 'en'} hreflang={lang === 'en' ? 'fr' : 'en'}>
            {w.other}
          </a>
        </p>
        <h1>{w.title}</h1>
        {children as never}
      </div>
    </Layout>
  )
}

function CodeForm({ lang, reference = '', error }: { lang: Lang; reference?: string; error?: string }) {
  const w = WORDS[lang]
  return (
    <>
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <p class="lead">{w.intro}</p>
      <form method="post" action="/annuler">
        <input type="hidden" name="lang" value={lang} />
        <div class="form-row">
          <div>
            <label for="reference">
              {w.reference}
              <span class="hint">{w.referenceHint}</span>
            </label>
            <input id="reference" name="reference" value={reference} autocomplete="off" autocapitalize="characters" spellcheck={false} required maxlength={20} />
          </div>
          <div>
            <label for="code">
              {w.code}
              <span class="hint">{w.codeHint}</span>
            </label>
            <input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck={false} required maxlength={20} />
          </div>
          <button class="button" type="submit">
            {w.check}
          </button>
        </div>
      </form>
    </>
  )
}

export function cancelPageRoutes(deps: AppDeps): Hono<AppEnv> {
  const { storage, log, now, secret } = deps
  const app = new Hono<AppEnv>()
  const limiter = clientRateLimit(deps, 'cancel', deps.config.cancelRateLimit)

  app.get('/annuler', (c) => {
    const lang = langOf(c.req.query('lang'))
    const reference = c.req.query('reference')?.trim().toUpperCase() ?? ''
    return c.html(
      <Page lang={lang}>
        <CodeForm lang={lang} reference={REFERENCE_PATTERN.test(reference) ? reference : ''} />
      </Page>,
    )
  })

  // Same-origin forms only (Origin checked), then the per-client limit.
  app.post('/annuler', csrf(), limiter, async (c: Context) => {
    const form = await c.req.parseBody()
    const lang = langOf(form.lang)
    const w = WORDS[lang]
    const reference = String(form.reference ?? '').trim().toUpperCase()
    const code = String(form.code ?? '')
    const callback = REFERENCE_PATTERN.test(reference) ? await storage.findCallback(reference) : null
    if (!callback || !codeMatches(secret, callback, code)) {
      return c.html(
        <Page lang={lang}>
          <CodeForm lang={lang} reference={reference.slice(0, 20)} error={w.notFound} />
        </Page>,
        400,
      )
    }
    const notice = (text: string, status: 200 | 409) =>
      c.html(
        <Page lang={lang}>
          <p class={status === 200 ? 'notice' : 'notice notice--warning'} role="status">
            {text}
          </p>
        </Page>,
        status,
      )
    if (callback.status === 'cancelled') return notice(w.already, 200)
    if (callback.status !== 'booked' || callback.start.getTime() <= now().getTime()) return notice(w.past, 409)

    if (form.confirm !== 'yes') {
      return c.html(
        <Page lang={lang}>
          <h2>{w.confirmTitle}</h2>
          <p>{w.confirmText(whenOf(callback, lang))}</p>
          <form method="post" action="/annuler">
            <input type="hidden" name="lang" value={lang} />
            <input type="hidden" name="reference" value={callback.reference} />
            <input type="hidden" name="code" value={code} />
            <input type="hidden" name="confirm" value="yes" />
            <button class="button" type="submit">
              {w.confirm}
            </button>{' '}
            <a class="button button--secondary" href={lang === 'en' ? '/?lang=en' : '/'}>
              {w.keep}
            </a>
          </form>
        </Page>,
      )
    }
    const change = await storage.setCallbackStatus(callback.reference, { status: 'cancelled', by: 'usager', now: now(), forget: true, onlyFrom: ['booked'] })
    if (change.outcome === 'cancelled') return notice(w.already, 200)
    if (change.outcome !== 'updated') return notice(w.past, 409)
    log.info('callback cancelled', { reference: callback.reference, centre: callback.centre, via: 'page' })
    return notice(w.done, 200)
  })
  return app
}
