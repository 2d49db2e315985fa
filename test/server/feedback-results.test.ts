import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { booking, createAgent, createTestApp, type TestApp } from './helpers/app.ts'
import { storageCases, type OpenedStorage } from './helpers/storages.ts'

describe.each(storageCases())('feedback, events and public results ($kind)', (storageCase) => {
  let opened: OpenedStorage
  let t: TestApp
  beforeAll(async () => {
    opened = await storageCase.open()
    t = createTestApp(opened.storage, { env: { RATE_LIMIT_BOOKING: '0', RATE_LIMIT_FEEDBACK: '0' } })
  }, 60_000)
  afterAll(() => opened?.dispose())

  describe('POST /api/feedback', () => {
    it('records a rating with an optional comment', async () => {
      expect((await t.json('POST', '/api/feedback', { journey: 'rappel-test', rating: 5, comment: 'Très clair' })).status).toBe(204)
      expect((await t.json('POST', '/api/feedback', { journey: 'rappel-test', rating: 3 })).status).toBe(204)
      const entries = await t.storage.listFeedback({ since: new Date('2026-01-01'), journeys: ['rappel-test'], limit: 10 })
      expect(entries.map((e) => [e.rating, e.comment])).toEqual(expect.arrayContaining([[5, 'Très clair'], [3, null]]))
    })

    it('refuses what is not a rating from 1 to 5 on a known journey', async () => {
      const res = await t.json('POST', '/api/feedback', { journey: 'rappel-test', rating: 6, comment: 12 })
      expect(res.status).toBe(400)
      expect(Object.keys(((await res.json()) as { errors: Record<string, string> }).errors).sort()).toEqual(['comment', 'rating'])
      expect((await t.json('POST', '/api/feedback', { journey: 'inconnu', rating: 4 })).status).toBe(404)
      expect((await t.json('POST', '/api/feedback', { journey: 'rappel-test', rating: 4, comment: 'x'.repeat(2001) })).status).toBe(400)
    })
  })

  describe('POST /api/events', () => {
    it('counts events without setting or reading any cookie', async () => {
      const res = await t.app.request('/api/events', {
        method: 'POST',
        // What navigator.sendBeacon sends.
        headers: { 'Content-Type': 'text/plain;charset=UTF-8', Cookie: 'tracker=1' },
        body: JSON.stringify({ journey: 'rappel-test', type: 'started' }),
      })
      expect(res.status).toBe(204)
      expect(res.headers.get('set-cookie')).toBeNull()
      for (const event of [
        { journey: 'rappel-test', type: 'started' },
        { journey: 'rappel-test', type: 'started' },
        { journey: 'rappel-test', type: 'completed' },
        { journey: 'rappel-test', type: 'abandoned', question: 'date_evenement' },
        { journey: 'sans-rappel', type: 'started' },
      ]) {
        expect((await t.json('POST', '/api/events', event)).status).toBe(204)
      }
    })

    it('refuses unknown journeys, questions and types', async () => {
      expect((await t.json('POST', '/api/events', { journey: 'rappel-test', type: 'abandoned' })).status).toBe(400)
      expect((await t.json('POST', '/api/events', { journey: 'rappel-test', type: 'clicked' })).status).toBe(400)
      expect((await t.json('POST', '/api/events', { journey: 'rappel-test', type: 'abandoned', question: 'inconnue' })).status).toBe(404)
      expect((await t.json('POST', '/api/events', { journey: 'inconnu', type: 'started' })).status).toBe(404)
      expect((await t.json('POST', '/api/events', { journey: 'rappel-test', type: 'started', ip: '1.2.3.4' })).status).toBe(400)
    })
  })

  describe('results', () => {
    beforeAll(async () => {
      // Two callbacks due yesterday: one called on its slot, one never called.
      const agent = await createAgent(t.storage)
      t.clock.now = new Date('2026-11-20T08:00:00Z')
      const made = []
      for (const start of ['2026-11-23T10:00:00+01:00', '2026-11-23T10:30:00+01:00']) {
        made.push(((await (await t.json('POST', '/api/callbacks', booking({ start }))).json()) as { reference: string }).reference)
      }
      t.clock.now = new Date('2026-11-23T09:10:00Z')
      await t.json('PATCH', `/api/agent/callbacks/${made[0]}`, { status: 'called' }, { Authorization: `Bearer ${agent}` })
      t.clock.now = new Date('2026-11-24T08:00:00Z')
    })

    it('publishes the figures as JSON', async () => {
      const res = await t.app.request('/api/results?days=30')
      expect(res.status).toBe(200)
      const results = (await res.json()) as Record<string, unknown>
      expect(results.period).toEqual({ from: '2026-10-26', to: '2026-11-24' })
      expect(results.journeys).toContainEqual({ journey: 'rappel-test', title: 'Parcours de test avec rappel', started: 3, completed: 1, abandoned: 1, completionRate: 0.333 })
      expect(results.abandonment).toEqual([{ journey: 'rappel-test', question: 'date_evenement', label: "Date de l'événement", count: 1 }])
      expect(results.satisfaction).toContainEqual({ journey: 'rappel-test', title: 'Parcours de test avec rappel', count: 2, average: 4, distribution: [0, 0, 1, 0, 1] })
      expect(results.callbacks).toEqual({ due: 2, honoured: 1, rate: 0.5, byJourney: [{ journey: 'rappel-test', due: 2, honoured: 1, rate: 0.5 }] })
    })

    it('draws the same figures on /resultats with inline SVG charts', async () => {
      const res = await t.app.request('/resultats')
      expect(res.status).toBe(200)
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/)
      const html = await res.text()
      expect(html.match(/<svg class="chart"/g)).toHaveLength(4)
      expect(html).toContain('<title id="chart-completion-title">Part des parcours commencés qui ont été terminés</title>')
      expect(html).toContain('33 %')
      expect(html).toContain('50 % (1 / 2)')
      expect(html).toContain('4 / 5')
      expect(html).not.toMatch(/style=|<script/)
    })

    it('checks the period', async () => {
      expect((await t.app.request('/api/results?days=0')).status).toBe(400)
    })
  })
})
