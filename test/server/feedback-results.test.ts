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
      // The usager rates the call the next day.
      expect((await t.storage.addCallSatisfaction({ reference: made[0]!, rating: 4, comment: null, now: t.clock.now })).outcome).toBe('added')
    })

    it('publishes the figures as JSON', async () => {
      const res = await t.app.request('/api/results?days=30')
      expect(res.status).toBe(200)
      const results = (await res.json()) as Record<string, unknown>
      expect(results.period).toEqual({ from: '2026-10-26', to: '2026-11-24', days: 30 })
      expect(results.journeys).toContainEqual({ journey: 'rappel-test', title: 'Parcours de test avec rappel', started: 3, completed: 1, abandoned: 1, completionRate: 0.333 })
      expect(results.abandonment).toEqual([
        { journey: 'rappel-test', journeyTitle: 'Parcours de test avec rappel', question: 'date_evenement', label: "Date de l'événement", count: 1, rate: 0.333 },
      ])
      // Five weeks touch the 30 days (from Monday 26 October); the events were counted on Tuesday 24 November.
      expect(results.weeks).toHaveLength(5)
      expect((results.weeks as { week: string }[])[0]!.week).toBe('2026-10-26')
      expect((results.weeks as unknown[]).at(-1)).toEqual({ week: '2026-11-23', started: 4, completed: 1 })
      expect(results.satisfaction).toContainEqual({ journey: 'rappel-test', title: 'Parcours de test avec rappel', count: 2, average: 4, distribution: [0, 0, 1, 0, 1] })
      expect(results.callSatisfaction).toEqual([{ journey: 'rappel-test', title: 'Parcours de test avec rappel', count: 1, average: 4, distribution: [0, 0, 0, 1, 0] }])
      expect(results.callbacks).toEqual({ due: 2, honoured: 1, rate: 0.5, byJourney: [{ journey: 'rappel-test', due: 2, honoured: 1, rate: 0.5 }] })
    })

    it('draws the same figures on /resultats: HTML labels, SVG bars, a period choice and the weekly trend', async () => {
      const res = await t.app.request('/resultats?days=30')
      expect(res.status).toBe(200)
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/)
      const html = await res.text()
      // Completion, abandonment, trend, ratings, callbacks, call ratings.
      expect(html.match(/<figure class="chart"/g)).toHaveLength(6)
      expect(html).toContain('Satisfaction après l’appel')
      expect(html).toContain('4 / 5 (1)')
      expect(html).toContain('<figcaption class="chart__title" id="chart-completion-title">Part des parcours commencés qui ont été terminés</figcaption>')
      // Labels are page text, never text inside a scaled SVG.
      expect(html).not.toMatch(/<text[\s>]/)
      expect(html).toContain('<span class="chart__label">Parcours de test avec rappel — Date de l&#39;événement</span>')
      expect(html).toContain('33 % des parcours « Parcours de test avec rappel » commencés s’arrêtent à la question « Date de l&#39;événement »')
      expect(html).toContain('50 % (1 / 2)')
      expect(html).toContain('4 / 5')
      expect(html).toContain('Semaine du 23 novembre')
      expect(html).toContain('4 commencés')
      expect(html).toMatch(/<a class="period__choice" href="\/resultats\?days=30" aria-current="page">30 derniers jours<\/a>/)
      expect(html).toMatch(/<a class="period__choice" href="\/resultats\?days=7">7 derniers jours<\/a>/)
      expect(html).toContain('href="/api/results?days=30"')
      expect(html).not.toMatch(/style=|<script/)
    })

    it('checks the period', async () => {
      expect((await t.app.request('/api/results?days=0')).status).toBe(400)
    })
  })
})

describe.each(storageCases())('the journey funnel per run ($kind)', (storageCase) => {
  let opened: OpenedStorage
  let t: TestApp
  beforeAll(async () => {
    opened = await storageCase.open()
    t = createTestApp(opened.storage, { env: { RATE_LIMIT_EVENTS: '0' } })
  }, 60_000)
  afterAll(() => opened?.dispose())

  const run = (session: string) => (type: string, question?: string) => ({ journey: 'rappel-test', type, session, ...(question ? { question } : {}) })
  const figures = async () => {
    const results = (await (await t.app.request('/api/results?days=7')).json()) as {
      journeys: { journey: string; started: number; completed: number; abandoned: number }[]
      abandonment: { question: string; count: number; rate: number }[]
    }
    return { journey: results.journeys.find((j) => j.journey === 'rappel-test')!, abandonment: results.abandonment.map((a) => [a.question, a.count, a.rate]) }
  }

  it('counts a run once through reloads, resumes, replays and events out of order', async () => {
    const a = run('reload-then-complete-0001')
    const b = run('leaves-twice-furthest-0002')
    const c = run('out-of-order-completed-03')
    const d = run('started-event-was-lost-04')
    const events = [
      // A reload sends "abandoned" from the page going away, then the resumed run completes.
      a('started'), a('abandoned', 'lieu'), a('completed'), a('completed'),
      // Left at precision after a first departure at lieu; a late replay of the first one does not move it back.
      b('started'), b('started'), b('abandoned', 'lieu'), b('abandoned', 'precision'), b('abandoned', 'lieu'),
      // The completion arrives first.
      c('completed'), c('abandoned', 'date_evenement'), c('started'),
      d('abandoned', 'date_evenement'),
    ]
    for (const event of events) expect((await t.json('POST', '/api/events', event)).status).toBe(204)
    const { journey, abandonment } = await figures()
    expect(journey).toMatchObject({ started: 4, completed: 2, abandoned: 2 })
    expect(abandonment).toEqual([
      ['date_evenement', 1, 0.25],
      ['precision', 1, 0.25],
    ])
  })

  it('keeps started ≥ completed + abandoned whatever the order of the events', async () => {
    const before = (await figures()).journey
    const events = []
    for (let i = 0; i < 30; i++) {
      const r = run(`shuffled-run-${String(i).padStart(12, '0')}`)
      events.push(r('started'), r('abandoned', i % 2 ? 'lieu' : 'precision'))
      if (i % 3 === 0) events.push(r('completed'), r('abandoned', 'relire'))
    }
    // A fixed shuffle (no flaky order), replayed twice.
    const shuffled = [...events, ...events].map((e, i) => ({ e, k: (i * 7919) % 101 })).sort((x, y) => x.k - y.k).map((x) => x.e)
    await Promise.all(shuffled.map((event) => t.json('POST', '/api/events', event)))
    const { journey } = await figures()
    expect(journey.started - before.started).toBe(30)
    expect(journey.completed - before.completed).toBe(10)
    expect(journey.abandoned - before.abandoned).toBe(20)
    expect(journey.started).toBeGreaterThanOrEqual(journey.completed + journey.abandoned)
  })

  it('refuses a session id that is not a random token', async () => {
    expect((await t.json('POST', '/api/events', { journey: 'rappel-test', type: 'started', session: 'court' })).status).toBe(400)
    expect((await t.json('POST', '/api/events', { journey: 'rappel-test', type: 'started', session: 'x'.repeat(65) })).status).toBe(400)
    expect((await t.json('POST', '/api/events', { journey: 'rappel-test', type: 'started', session: 'é'.repeat(20) })).status).toBe(400)
  })
})
