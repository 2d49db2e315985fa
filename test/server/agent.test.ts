import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { booking, createAgent, createTestApp, type TestApp } from './helpers/app.ts'
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

    it('marks called, then unreachable, and records who did it', async () => {
      const res = await patch(booked[0]!.reference, { status: 'called' })
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ status: 'called', statusBy: 'Camille', statusAt: '2026-11-24T08:00:00.000Z' })
      expect(await (await patch(booked[0]!.reference, { status: 'unreachable' })).json()).toMatchObject({ status: 'unreachable' })
    })

    it('cancels for good, giving the place back', async () => {
      expect((await patch(booked[2]!.reference, { status: 'cancelled' })).status).toBe(200)
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

    it('signs out', async () => {
      const res = await t.app.request('/agent/deconnexion', { method: 'POST', headers: origin })
      expect(res.status).toBe(303)
      expect(res.headers.get('set-cookie')).toMatch(/^mdv_agent=; Max-Age=0/)
    })
  })
})
