import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { booking, createAgent, createTestApp, NOW, type TestApp } from './helpers/app.ts'
import { storageCases, type OpenedStorage } from './helpers/storages.ts'

const XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>'

describe.each(storageCases())('agents ($kind)', (storageCase) => {
  let opened: OpenedStorage
  let t: TestApp
  let agent: string
  let readOnly: string
  let otherCentre: string
  let noScope: string
  let booked: { reference: string }[]

  beforeAll(async () => {
    opened = await storageCase.open()
    t = createTestApp(opened.storage, { env: { RATE_LIMIT_BOOKING: '0' } })
    agent = await createAgent(t.storage, { name: 'Camille' })
    readOnly = await createAgent(t.storage, { name: 'Lecteur', scopes: ['callbacks:read'] })
    otherCentre = await createAgent(t.storage, { name: 'Autre', centres: ['autre'] })
    noScope = await createAgent(t.storage, { name: 'Avis', scopes: ['feedback:read'] })
    booked = []
    for (const body of [
      booking({ start: '2026-11-25T10:00:00+01:00', name: 'Dominique Martin' }),
      booking({ start: '2026-11-25T10:00:00+01:00', name: XSS, phone: '+262 692 12 34 56', summary: { answers: { lieu: 'etranger', date_evenement: '2026-11-20', precision: XSS } } }),
      booking({ start: '2026-11-25T09:00:00+01:00', name: '=HYPERLINK("https://exemple.invalid","clic")', shareAnswers: false }),
      booking({ journey: 'autre-centre', start: '2026-11-25T10:00:00+01:00', name: 'Autre centre', summary: { answers: { besoin: true } } }),
      // The widget sends its own text summary.
      booking({ start: '2026-11-25T14:00:00+01:00', name: 'Texte', summary: `Parcours de test avec rappel\nLieu : En France\nPrécision : ${XSS}` }),
    ]) {
      const res = await t.json('POST', '/api/callbacks', body)
      expect(res.status).toBe(201)
      booked.push((await res.json()) as { reference: string })
    }
  }, 60_000)
  afterAll(() => opened?.dispose())
  afterEach(() => {
    t.clock.now = NOW
  })
  /** 10:05 in Paris on Wednesday 25 November: the 10:00 slots have started. */
  const DURING_SLOT = new Date('2026-11-25T09:05:00Z')

  const api = (path: string, token?: string, init: RequestInit = {}) =>
    t.app.request(path, { ...init, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string>) } })

  describe('API access', () => {
    it('answers 401 without a token or with an unknown one', async () => {
      expect((await api('/api/agent/callbacks?date=2026-11-25')).status).toBe(401)
      expect((await api('/api/agent/callbacks?date=2026-11-25', 'mdv_inconnu')).status).toBe(401)
    })

    it('answers 403 without the scope or the centre', async () => {
      expect((await api('/api/agent/callbacks?date=2026-11-25', noScope)).status).toBe(403)
      expect((await api('/api/agent/callbacks?date=2026-11-25&centre=test', otherCentre)).status).toBe(403)
      expect((await api(`/api/agent/callbacks/${booked[0]!.reference}`, otherCentre)).status).toBe(403)
      const patch = await api(`/api/agent/callbacks/${booked[0]!.reference}`, readOnly, {
        method: 'PATCH',
        body: JSON.stringify({ status: 'called' }),
        headers: { 'Content-Type': 'application/json' },
      })
      expect(patch.status).toBe(403)
    })
  })

  describe('a day by slot', () => {
    it('lists the day’s callbacks by slot with the shared summary', async () => {
      const res = await api('/api/agent/callbacks?date=2026-11-25', agent)
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-store')
      const day = (await res.json()) as { date: string; slots: { centre: string; start: string; callbacks: { name: string; phone: string; summary: unknown }[] }[] }
      expect(day.date).toBe('2026-11-25')
      expect(day.slots.map((s) => [s.start, s.centre, s.callbacks.length])).toEqual([
        ['2026-11-25T09:00:00+01:00', 'test', 1],
        ['2026-11-25T10:00:00+01:00', 'autre', 1],
        ['2026-11-25T10:00:00+01:00', 'test', 2],
        ['2026-11-25T14:00:00+01:00', 'test', 1],
      ])
      const first = day.slots[2]!.callbacks.find((c) => c.name === 'Dominique Martin')!
      expect(first).toMatchObject({ name: 'Dominique Martin', phone: '+33612345678' })
      expect(first.summary).toMatchObject({ answers: [{ label: 'Lieu', answer: 'En France' }, { id: 'date_evenement' }] })
      expect(day.slots[0]!.callbacks[0]!.summary).toBeNull()
    })

    it('shows an agent only their centres', async () => {
      const day = (await (await api('/api/agent/callbacks?date=2026-11-25', otherCentre)).json()) as { slots: { centre: string }[] }
      expect(day.slots.map((s) => s.centre)).toEqual(['autre'])
    })

    it('checks the date', async () => {
      expect((await api('/api/agent/callbacks?date=25/11/2026', agent)).status).toBe(400)
      expect(((await (await api('/api/agent/callbacks?date=2026-11-26', agent)).json()) as { slots: unknown[] }).slots).toEqual([])
    })
  })

  describe('marking callbacks', () => {
    const patch = (reference: string, body: unknown, token = agent) =>
      api(`/api/agent/callbacks/${reference}`, token, { method: 'PATCH', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })

    it('refuses « called » and « unreachable » before the slot starts, saying from when', async () => {
      for (const status of ['called', 'unreachable']) {
        const res = await patch(booked[0]!.reference, { status })
        expect(res.status).toBe(409)
        expect(((await res.json()) as { error: string }).error).toMatch(/commence le mercredi 25 novembre 2026 à 10:00 .*qu’à partir de cette heure/)
      }
      expect((await t.storage.findCallback(booked[0]!.reference))?.status).toBe('booked')
    })

    it('marks called, then unreachable, and records who did it', async () => {
      t.clock.now = DURING_SLOT
      const res = await patch(booked[0]!.reference, { status: 'called' })
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ status: 'called', statusBy: 'Camille', statusAt: '2026-11-25T09:05:00.000Z', cancelledBy: null })
      expect(await (await patch(booked[0]!.reference, { status: 'unreachable' })).json()).toMatchObject({ status: 'unreachable' })
    })

    it('cancels for good, giving the place back', async () => {
      const res = await patch(booked[2]!.reference, { status: 'cancelled' })
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'agent', cancelledAt: '2026-11-24T08:00:00.000Z' })
      t.clock.now = DURING_SLOT
      expect((await patch(booked[2]!.reference, { status: 'called' })).status).toBe(409)
    })

    it('refuses an unknown status or reference', async () => {
      const bad = await patch(booked[0]!.reference, { status: 'perdu' })
      expect(bad.status).toBe(400)
      expect(Object.keys(((await bad.json()) as { errors: Record<string, string> }).errors)).toEqual(['status'])
      expect((await patch('MDV-0000-0000', { status: 'called' })).status).toBe(404)
    })
  })

  describe('CSV export', () => {
    it('exports a day for a spreadsheet, formulas neutralised', async () => {
      const res = await api('/api/agent/callbacks.csv?date=2026-11-25', agent)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="rappels-2026-11-25.csv"')
      const bytes = new Uint8Array(await res.arrayBuffer())
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 BOM, for spreadsheets
      const text = new TextDecoder().decode(bytes)
      expect(text.startsWith('"Référence";"Date";"Heure"')).toBe(true)
      const lines = text.trim().split('\r\n')
      expect(lines).toHaveLength(6)
      expect(text).toContain('"Parcours de test avec rappel | Lieu : En France | Précision : <script>')
      expect(text).toContain('"\'=HYPERLINK(""https://exemple.invalid"",""clic"")"')
      expect(text).toContain('"06 12 34 56 78"')
      expect(text).toContain('"0692 12 34 56"')
      expect(text).toContain('"Lieu : En France | Date de l\'événement : 20 novembre 2026"')
    })

    it('needs a token', async () => {
      expect((await api('/api/agent/callbacks.csv?date=2026-11-25')).status).toBe(401)
    })
  })

  describe('console', () => {
    const origin = { Origin: 'http://localhost' }
    async function signIn(token: string): Promise<string> {
      const res = await t.app.request('/agent/connexion', { method: 'POST', body: new URLSearchParams({ token }), headers: origin })
      expect(res.status).toBe(303)
      const cookie = res.headers.get('set-cookie')!
      expect(cookie).toMatch(/^mdv_agent=mdv_[^;]+; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/)
      return cookie.split(';')[0]!
    }

    it('asks for a token (401) and refuses a wrong one', async () => {
      const res = await t.app.request('/agent')
      expect(res.status).toBe(401)
      expect(await res.text()).toContain('<label for="token">')
      const wrong = await t.app.request('/agent/connexion', { method: 'POST', body: new URLSearchParams({ token: 'faux' }), headers: origin })
      expect(wrong.status).toBe(401)
      expect(await wrong.text()).toContain('Jeton inconnu ou révoqué.')
    })

    it('lists the day with the summary, everything escaped', async () => {
      const cookie = await signIn(agent)
      const res = await t.app.request('/agent?date=2026-11-25', { headers: { Cookie: cookie } })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
      const html = await res.text()
      expect(html).toContain('Rappels du mercredi 25 novembre 2026')
      expect(html).toContain('+262 692 12 34 56')
      // Centres by their name, never their id.
      expect(html).toContain('Centre de test')
      expect(html).not.toContain('centre test')
      expect(html).toContain('<dt>Lieu</dt><dd>À l&#39;étranger</dd>')
      expect(html).toContain('Prévenir le consulat')
      // The usager's name and free text appear as text, never as markup.
      expect(html).not.toContain('<script>alert')
      expect(html).not.toContain('<img src=x')
      expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;')
      expect(html).toContain('L’usager n’a pas partagé ses réponses')
      expect(html).toContain('<p class="comment">Parcours de test avec rappel\nLieu : En France\nPrécision : &lt;script&gt;')
    })

    it('marks a callback from a form of this origin only', async () => {
      const cookie = await signIn(agent)
      t.clock.now = DURING_SLOT
      const form = new URLSearchParams({ status: 'called', date: '2026-11-25' })
      const crossSite = await t.app.request(`/agent/rappels/${booked[1]!.reference}/statut`, {
        method: 'POST',
        body: form,
        headers: { Cookie: cookie, Origin: 'https://malveillant.example' },
      })
      expect(crossSite.status).toBe(403)
      const res = await t.app.request(`/agent/rappels/${booked[1]!.reference}/statut`, { method: 'POST', body: form, headers: { Cookie: cookie, ...origin } })
      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe(`/agent?date=2026-11-25&maj=${booked[1]!.reference}#${booked[1]!.reference}`)
      expect((await t.storage.findCallback(booked[1]!.reference))?.status).toBe('called')
    })

    it('shows a 403 page to a token without the scope', async () => {
      const cookie = await signIn(noScope)
      expect((await t.app.request('/agent', { headers: { Cookie: cookie } })).status).toBe(403)
    })

    it('shows usagers’ comments escaped', async () => {
      await t.json('POST', '/api/feedback', { journey: 'rappel-test', rating: 2, comment: XSS })
      const cookie = await signIn(agent)
      const html = await (await t.app.request('/agent/avis', { headers: { Cookie: cookie } })).text()
      expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;')
      expect(html).not.toContain('<script>alert')
      const readOnlyCookie = await signIn(readOnly)
      expect((await t.app.request('/agent/avis', { headers: { Cookie: readOnlyCookie } })).status).toBe(403)
    })

    const page = async (path: string, token = agent) => {
      const res = await t.app.request(path, { headers: { Cookie: await signIn(token) } })
      return { status: res.status, html: await res.text() }
    }
    const post = async (path: string, fields: Record<string, string>, token = agent) =>
      t.app.request(path, { method: 'POST', body: new URLSearchParams(fields), headers: { Cookie: await signIn(token), ...origin } })

    it('opens on the next days’ callbacks, by day and slot, each linked to its card', async () => {
      const { status, html } = await page('/agent')
      expect(status).toBe(200)
      expect(html).toContain('<h1>Rappels à venir</h1>')
      expect(html).not.toContain('Aucun rappel ce jour-là')
      expect(html).toContain('<h2 id="jour-2026-11-25">mercredi 25 novembre 2026</h2>')
      expect(html).toMatch(/<h3>09:00 – 09:30 <span class="hint upcoming-slot__centre">Centre de test<\/span><\/h3>/)
      expect(html).toContain('Autre centre')
      expect(html).toContain(`<a href="/agent?date=2026-11-25#${booked[0]!.reference}">Dominique Martin</a>`)
      // Slots in order within the day.
      expect(html.indexOf('09:00 – 09:30')).toBeLessThan(html.indexOf('10:00 – 10:30'))
      expect(html.indexOf('10:00 – 10:30')).toBeLessThan(html.indexOf('14:00 – 14:30'))
      // The day view stays one link away.
      expect(html).toContain('href="/agent?date=2026-11-24"')
      expect(html).toContain('<a href="/agent?date=2026-11-25">Ouvrir le jour</a>')
      expect(html).not.toContain('<script>alert')
    })

    it('shows an agent only their centres in the next days', async () => {
      const { html } = await page('/agent', otherCentre)
      expect(html).toContain('Autre centre')
      expect(html).not.toContain('Dominique Martin')
    })

    it('finds a callback by its reference, typed in any case, with or without dashes', async () => {
      const reference = booked[0]!.reference
      const compact = reference.replace(/-/g, '')
      for (const typed of [reference, reference.toLowerCase(), compact.toLowerCase(), compact.slice(3), ` ${reference.slice(4)} `]) {
        const { status, html } = await page(`/agent/recherche?reference=${encodeURIComponent(typed)}`)
        expect(status, typed).toBe(200)
        expect(html).toContain(`<article class="callback" id="${reference}"`)
        expect(html).toContain('Rappel du mercredi 25 novembre 2026, Centre de test')
      }
      const unknown = await page('/agent/recherche?reference=MDV-ZZZZ-ZZZZ')
      expect(unknown.status).toBe(404)
      expect(unknown.html).toContain('Aucun rappel avec la référence « MDV-ZZZZ-ZZZZ »')
      // Another centre's callback is not found either.
      const foreign = await page(`/agent/recherche?reference=${reference}`, otherCentre)
      expect(foreign.status).toBe(404)
      expect(foreign.html).not.toContain('Dominique Martin')
      const odd = await page(`/agent/recherche?reference=${encodeURIComponent('<b>x</b>')}`)
      expect(odd.html).toContain('« &lt;b&gt;x&lt;/b&gt; »')
    })

    it('offers « Appelé » and « Injoignable » only from the slot’s start, and refuses them before', async () => {
      const fresh = (await (await t.json('POST', '/api/callbacks', booking({ start: '2026-11-26T10:00:00+01:00', name: 'Avant créneau' }))).json()) as { reference: string }
      const card = (html: string) => html.slice(html.indexOf(`id="${fresh.reference}"`), html.indexOf('</article>', html.indexOf(`id="${fresh.reference}"`)))
      const before = card((await page('/agent?date=2026-11-26')).html)
      expect(before).not.toContain('value="called"')
      expect(before).not.toContain('value="unreachable"')
      expect(before).toContain('« Appelé » et « Injoignable » à partir de 10:00.')
      const refused = await post(`/agent/rappels/${fresh.reference}/statut`, { status: 'called', date: '2026-11-26' })
      expect(refused.status).toBe(409)
      expect(await refused.text()).toContain('Ce rappel commence le jeudi 26 novembre 2026 à 10:00 : il ne peut être marqué « Appelé » qu’à partir de cette heure.')
      expect((await t.storage.findCallback(fresh.reference))?.status).toBe('booked')

      t.clock.now = new Date('2026-11-26T09:00:00Z')
      const from = card((await page('/agent?date=2026-11-26')).html)
      expect(from).toContain('<input type="hidden" name="status" value="called"/>')
      expect(from).toContain('<input type="hidden" name="status" value="unreachable"/>')
      expect((await post(`/agent/rappels/${fresh.reference}/statut`, { status: 'unreachable', date: '2026-11-26' })).status).toBe(303)
      expect((await t.storage.findCallback(fresh.reference))?.status).toBe('unreachable')
    })

    it('asks to confirm « Annulé » on a page of its own before cancelling', async () => {
      const fresh = (await (await t.json('POST', '/api/callbacks', booking({ start: '2026-11-26T11:00:00+01:00', name: 'À annuler' }))).json()) as { reference: string }
      const { html } = await page('/agent?date=2026-11-26')
      const confirmUrl = `/agent/rappels/${fresh.reference}/annuler?back=jour&amp;date=2026-11-26`
      expect(html).toContain(`href="${confirmUrl}">Annulé…</a>`)
      // One click (the old form) does not cancel: it shows the confirmation.
      const oneClick = await post(`/agent/rappels/${fresh.reference}/statut`, { status: 'cancelled', date: '2026-11-26' })
      expect(oneClick.status).toBe(200)
      expect(await oneClick.text()).toContain('Annuler le rappel')
      expect((await t.storage.findCallback(fresh.reference))?.status).toBe('booked')

      const confirm = await page(confirmUrl.replace(/&amp;/g, '&'))
      expect(confirm.status).toBe(200)
      expect(confirm.html).toContain(`Annuler le rappel ${fresh.reference} ?`)
      expect(confirm.html).toContain('sa place sera libérée')
      expect(confirm.html).toContain('<input type="hidden" name="confirm" value="oui"/>')
      expect(confirm.html).toContain(`href="/agent?date=2026-11-26#${fresh.reference}">Non, revenir</a>`)
      const done = await post(`/agent/rappels/${fresh.reference}/statut`, { status: 'cancelled', confirm: 'oui', back: 'jour', date: '2026-11-26' })
      expect(done.status).toBe(303)
      expect(done.headers.get('location')).toBe(`/agent?date=2026-11-26&maj=${fresh.reference}#${fresh.reference}`)
      expect(await t.storage.findCallback(fresh.reference)).toMatchObject({ status: 'cancelled', cancelledBy: 'agent', statusBy: 'Camille' })
      expect((await page(`/agent/rappels/${fresh.reference}/annuler`)).status).toBe(303) // already cancelled: back to the list
      expect((await page(`/agent/rappels/MDV-ZZZZ-ZZZZ/annuler`)).status).toBe(404)
    })

    it('says a booking the usager cancelled was cancelled by them, and that their answers were erased', async () => {
      const made = (await (await t.json('POST', '/api/callbacks', booking({ start: '2026-11-26T14:00:00+01:00', name: 'Annule lui-même' }))).json()) as {
        reference: string
        cancelToken: string
      }
      expect((await t.app.request(`/api/callbacks/${made.reference}`, { method: 'DELETE', headers: { 'X-Cancel-Token': made.cancelToken } })).status).toBe(204)
      const { html } = await page(`/agent/recherche?reference=${made.reference}`)
      expect(html).toContain('Annulé par l’usager le mardi 24 novembre 2026 à 09:00 (réponses effacées)')
      expect(html).not.toContain('n’a pas partagé ses réponses')
      expect(html).not.toContain('Annulé…')
    })

    it('renders a structured summary as answers and démarches, advice and automatic ones marked', async () => {
      const reference = 'MDV-K1ND-0001'
      await t.storage.bookCallback({
        reference,
        journey: 'rappel-test',
        centre: 'test',
        start: new Date('2026-11-27T09:00:00Z'),
        end: new Date('2026-11-27T09:30:00Z'),
        capacity: 3,
        phone: '+33612345678',
        name: 'Résumé structuré',
        consent: true,
        summary: {
          journeyVersion: 2,
          answers: [{ id: 'lieu', label: 'Lieu', answer: 'En France' }],
          tasks: [
            { id: 'declarer', title: 'Déclarer l’événement', period: 'Dans les 24 heures', due: '2026-11-30', mandatory: true, kind: 'todo' },
            { id: 'aide', title: 'Demander une aide', period: 'Dans le mois', mandatory: false, kind: 'advice' },
            { id: 'caf', title: 'La CAF est prévenue', period: 'Dans le mois', mandatory: false, kind: 'automatic' },
            { id: 'ancien', title: 'Ancienne démarche conseillée', period: 'Plus tard', mandatory: false },
          ],
        },
        cancelTokenHash: 'a'.repeat(64),
        cancelCodeHash: null,
        idempotencyKeyHash: null,
        requestHash: null,
        now: NOW,
      })
      const { html } = await page(`/agent/recherche?reference=${reference}`)
      expect(html).toContain('<dl><dt>Lieu</dt><dd>En France</dd></dl>')
      expect(html).toContain('Son plan : 4 démarches')
      expect(html).toContain('<strong>Déclarer l’événement</strong><span class="hint">Avant le lundi 30 novembre 2026 · Dans les 24 heures</span>')
      expect(html).toContain('<span class="badge badge--advice">Si besoin</span> <strong>Demander une aide</strong>')
      expect(html).toContain('<span class="badge badge--automatic">Automatique</span> <strong>La CAF est prévenue</strong>')
      expect(html).toContain('<span class="badge badge--todo">Conseillé</span> <strong>Ancienne démarche conseillée</strong>')
      // The day's CSV marks them too.
      const csv = await (await api('/api/agent/callbacks.csv?date=2026-11-27', agent)).text()
      expect(csv).toContain('"Déclarer l’événement (avant le 2026-11-30) | [si besoin] Demander une aide | [automatique] La CAF est prévenue | Ancienne démarche conseillée"')
    })

    it('shows the usager’s rating of the call on its card and on the « avis » page', async () => {
      const made = (await (await t.json('POST', '/api/callbacks', booking({ start: '2026-11-27T10:00:00+01:00', name: 'Note l’appel' }))).json()) as {
        reference: string
        cancelToken: string
      }
      t.clock.now = new Date('2026-11-27T09:10:00Z')
      expect((await post(`/agent/rappels/${made.reference}/statut`, { status: 'called', back: 'recherche' })).headers.get('location')).toBe(
        `/agent/recherche?reference=${made.reference}&maj=${made.reference}`,
      )
      const rated = await t.json('POST', `/api/callbacks/${made.reference}/satisfaction`, { rating: 2, comment: XSS }, { 'X-Cancel-Token': made.cancelToken })
      expect(rated.status).toBe(201)
      const { html } = await page(`/agent/recherche?reference=${made.reference}`)
      expect(html).toContain('Avis de l’usager sur l’appel : 2 / 5')
      expect(html).not.toContain('<script>alert')
      const avis = await page('/agent/avis')
      expect(avis.html).toContain('Derniers avis sur les appels')
      expect(avis.html).toMatch(/<td>vendredi 27 novembre 2026<\/td><td>Parcours de test avec rappel<\/td><td>Centre de test<\/td><td class="number">2 \/ 5<\/td>/)
      expect(avis.html).toContain('&lt;script&gt;alert(&quot;xss&quot;)')
      expect(avis.html).not.toContain('<script>alert')
    })

    it('signs out', async () => {
      const res = await t.app.request('/agent/deconnexion', { method: 'POST', headers: origin })
      expect(res.status).toBe(303)
      expect(res.headers.get('set-cookie')).toMatch(/^mdv_agent=; Max-Age=0/)
    })
  })
})
