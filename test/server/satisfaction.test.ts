/**
 * Post-call satisfaction: the booking's status and one rating of the call, both with the
 * booking's cancel token (GET /api/callbacks/{reference}/status, POST …/satisfaction).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { booking, createTestApp, NOW, type TestApp } from './helpers/app.ts'
import { storageCases, type OpenedStorage } from './helpers/storages.ts'

interface Booked {
  reference: string
  cancelToken: string
}

const EMBEDDER = 'https://www.mairie-exemple.fr'

describe.each(storageCases())('call satisfaction ($kind)', (storageCase) => {
  let opened: OpenedStorage
  let t: TestApp

  beforeAll(async () => {
    opened = await storageCase.open()
    t = createTestApp(opened.storage, { env: { RATE_LIMIT_BOOKING: '0', RATE_LIMIT_CANCEL: '0', CORS_ORIGINS: EMBEDDER } })
  }, 60_000)
  afterAll(() => opened?.dispose())

  // A slot of its own per booking (three places per slot), Wednesday 25 November from 09:00 (14:00 after noon).
  let slot = 0
  async function book(): Promise<Booked> {
    const minutes = (slot < 6 ? 9 * 60 : 11 * 60) + 30 * slot++
    const start = `2026-11-25T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+01:00`
    t.clock.now = NOW
    const res = await t.json('POST', '/api/callbacks', booking({ start }))
    expect(res.status).toBe(201)
    return (await res.json()) as Booked
  }
  const status = (b: Booked, token = b.cancelToken) => t.app.request(`/api/callbacks/${b.reference}/status`, { headers: { 'X-Cancel-Token': token } })
  const rate = (b: Booked, body: unknown, token = b.cancelToken) =>
    t.json('POST', `/api/callbacks/${b.reference}/satisfaction`, body, { 'X-Cancel-Token': token })
  async function markCalled(b: Booked) {
    await t.storage.setCallbackStatus(b.reference, { status: 'called', by: 'Camille', now: new Date('2026-11-25T09:05:00Z') })
  }

  it('gives a booking’s status, times and no rating yet', async () => {
    const b = await book()
    const res = await status(b)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({ status: 'booked', start: '2026-11-25T09:00:00+01:00', end: '2026-11-25T09:30:00+01:00', satisfaction: null })
  })

  it('answers an unknown reference and a wrong token the same way', async () => {
    const b = await book()
    const wrong = await status(b, 'x'.repeat(43))
    const unknown = await t.app.request('/api/callbacks/MDV-0000-0000/status', { headers: { 'X-Cancel-Token': b.cancelToken } })
    const malformed = await t.app.request('/api/callbacks/pas-une-reference/status', { headers: { 'X-Cancel-Token': b.cancelToken } })
    expect([wrong.status, unknown.status, malformed.status]).toEqual([404, 404, 404])
    const bodies = [await wrong.json(), await unknown.json(), await malformed.json()]
    expect(bodies[0]).toEqual({ error: 'Référence ou jeton d’annulation inconnus.' })
    expect(bodies[1]).toEqual(bodies[0])
    expect(bodies[2]).toEqual(bodies[0])
    expect((await rate(b, { rating: 5 }, 'x'.repeat(43))).status).toBe(404)
    expect((await t.app.request(`/api/callbacks/${b.reference}/status`)).status).toBe(401)
  })

  it('refuses a rating before the call is marked called', async () => {
    const b = await book()
    const res = await rate(b, { rating: 5 })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: expect.stringContaining('pas encore eu lieu'), errors: { status: expect.any(String) } })
    await t.storage.setCallbackStatus(b.reference, { status: 'unreachable', by: 'Camille', now: new Date('2026-11-25T09:05:00Z') })
    expect((await rate(b, { rating: 5 })).status).toBe(400)
  })

  it('takes one rating of a called booking, then says it is answered', async () => {
    const b = await book()
    await markCalled(b)
    t.clock.now = new Date('2026-11-25T18:00:00Z')
    expect(await (await status(b)).json()).toMatchObject({ status: 'called', satisfaction: null })
    const res = await rate(b, { rating: 4, comment: '  Conseillère très claire.  ' })
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({ rating: 4 })
    expect(await (await status(b)).json()).toMatchObject({ status: 'called', satisfaction: { rating: 4 } })
    const again = await rate(b, { rating: 1 })
    expect(again.status).toBe(409)
    expect(((await again.json()) as { error: string }).error).toContain('déjà donné votre avis')
    const stored = (await t.storage.callSatisfactionOf([b.reference])).get(b.reference)
    expect(stored).toMatchObject({ rating: 4, comment: 'Conseillère très claire.', day: '2026-11-25', journey: 'rappel-test' })
  })

  it('checks the rating and the comment field by field', async () => {
    const b = await book()
    await markCalled(b)
    const fieldsOf = async (body: unknown) => {
      const res = await rate(b, body)
      expect(res.status).toBe(400)
      return Object.keys(((await res.json()) as { errors: Record<string, string> }).errors)
    }
    expect(await fieldsOf({ rating: 0 })).toEqual(['rating'])
    expect(await fieldsOf({ rating: 6 })).toEqual(['rating'])
    expect(await fieldsOf({ rating: 3.5 })).toEqual(['rating'])
    expect(await fieldsOf({ rating: '5' })).toEqual(['rating'])
    expect(await fieldsOf({})).toEqual(['rating'])
    expect(await fieldsOf({ rating: 5, comment: 'x'.repeat(1001) })).toEqual(['comment'])
    expect(await fieldsOf({ rating: 5, comment: 'nul \u0000 ici' })).toEqual(['comment'])
    expect(await fieldsOf({ rating: 5, comment: 'seul \ud800 ici' })).toEqual(['comment'])
    expect(await fieldsOf({ rating: 5, note: 'champ inconnu' })).toEqual(['note'])
    // Nothing was stored by the refused attempts: a valid rating still goes through.
    expect((await rate(b, { rating: 5, comment: 'x'.repeat(1000) })).status).toBe(201)
  })

  it('says a cancelled booking is cancelled', async () => {
    const b = await book()
    expect((await t.app.request(`/api/callbacks/${b.reference}`, { method: 'DELETE', headers: { 'X-Cancel-Token': b.cancelToken } })).status).toBe(204)
    expect(await (await status(b)).json()).toMatchObject({ status: 'cancelled', satisfaction: null })
    expect((await rate(b, { rating: 3 })).status).toBe(400)
  })

  it('answers the sites embedding the widget (CORS), like cancelling', async () => {
    const b = await book()
    const preflight = await t.app.request(`/api/callbacks/${b.reference}/satisfaction`, {
      method: 'OPTIONS',
      headers: { Origin: EMBEDDER, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-cancel-token' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBe(EMBEDDER)
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-cancel-token')
    const res = await t.app.request(`/api/callbacks/${b.reference}/status`, { headers: { Origin: EMBEDDER, 'X-Cancel-Token': b.cancelToken } })
    expect(res.headers.get('access-control-allow-origin')).toBe(EMBEDDER)
    const foreign = await t.app.request(`/api/callbacks/${b.reference}/status`, { headers: { Origin: 'https://ailleurs.example', 'X-Cancel-Token': b.cancelToken } })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('call satisfaction rate limit', () => {
  it('limits status and rating requests per client like cancelling', async () => {
    const { pgliteCase } = await import('./helpers/storages.ts')
    const opened = await pgliteCase.open()
    try {
      const t = createTestApp(opened.storage, { env: { RATE_LIMIT_BOOKING: '0', RATE_LIMIT_CANCEL: '3' } })
      const b = (await (await t.json('POST', '/api/callbacks', booking())).json()) as Booked
      const codes = []
      for (let i = 0; i < 3; i++) codes.push((await t.app.request(`/api/callbacks/${b.reference}/status`, { headers: { 'X-Cancel-Token': b.cancelToken } })).status)
      codes.push((await t.json('POST', `/api/callbacks/${b.reference}/satisfaction`, { rating: 5 }, { 'X-Cancel-Token': b.cancelToken })).status)
      expect(codes).toEqual([200, 200, 200, 429])
      // Its own counters: cancelling is still possible.
      expect((await t.app.request(`/api/callbacks/${b.reference}`, { method: 'DELETE', headers: { 'X-Cancel-Token': b.cancelToken } })).status).toBe(204)
    } finally {
      await opened.dispose()
    }
  }, 60_000)
})
