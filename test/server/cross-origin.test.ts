/**
 * Cross-origin rules, through the application: public files and data are readable by
 * any site; what a usager sends is accepted from any site unless CORS_ORIGINS restricts
 * it; the agents' console and API never answer another origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { booking, createAgent, createTestApp } from './helpers/app.ts'
import { pgliteCase, type OpenedStorage } from './helpers/storages.ts'

let opened: OpenedStorage
beforeAll(async () => {
  opened = await pgliteCase.open()
}, 60_000)
afterAll(() => opened?.dispose())
const app = (env: Record<string, string> = {}) => createTestApp(opened.storage, { env })

const EMBEDDER = 'https://www.mairie-exemple.fr'
const OTHER = 'https://autre-site.example'

const preflight = (t: ReturnType<typeof createTestApp>, path: string, origin: string, method = 'POST') =>
  t.app.request(path, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
  })

describe('public files and data', () => {
  for (const env of [{}, { CORS_ORIGINS: EMBEDDER }] as Record<string, string>[]) {
    it(`answer any origin with Access-Control-Allow-Origin: * (${env.CORS_ORIGINS ? 'CORS_ORIGINS set' : 'default'})`, async () => {
      const t = app(env)
      for (const path of ['/journeys', '/journeys/rappel-test.json', '/widget.js', '/api/callbacks/slots?journey=rappel-test', '/api/communes?q=paris', '/api/results']) {
        const res = await t.app.request(path, { headers: { Origin: OTHER } })
        expect(res.headers.get('access-control-allow-origin'), path).toBe('*')
        // `*` is the same for every origin: nothing for a CDN to split on.
        expect(res.headers.get('vary') ?? '', path).not.toContain('Origin')
      }
      const res = await t.app.request('/journeys/rappel-test.json', { headers: { Origin: OTHER } })
      expect(res.headers.get('access-control-expose-headers')).toContain('ETag')
      const options = await preflight(t, '/journeys/rappel-test.json', OTHER, 'GET')
      expect(options.status).toBe(204)
      expect(options.headers.get('access-control-allow-origin')).toBe('*')
    })
  }
})

describe('what usagers send, by default', () => {
  it('is accepted from any origin: preflight and answer', async () => {
    const t = app()
    for (const path of ['/api/callbacks', '/api/feedback', '/api/events', '/api/callbacks/MDV-AAAA-BBBB']) {
      const options = await preflight(t, path, OTHER, path.includes('MDV') ? 'DELETE' : 'POST')
      expect(options.status, path).toBe(204)
      expect(options.headers.get('access-control-allow-origin'), path).toBe('*')
      expect(options.headers.get('access-control-allow-headers'), path).toMatch(/Idempotency-Key/)
      expect(options.headers.get('access-control-allow-methods'), path).toMatch(/POST/)
    }
    const res = await t.json('POST', '/api/callbacks', booking({ phone: '06 11 11 11 11' }), { Origin: OTHER })
    expect(res.status).toBe(201)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
    const feedback = await t.json('POST', '/api/feedback', { journey: 'rappel-test', rating: 5 }, { Origin: OTHER })
    expect(feedback.status).toBe(204)
    expect(feedback.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('what usagers send, with CORS_ORIGINS', () => {
  const env = { CORS_ORIGINS: `${EMBEDDER}, https://autre.example` }

  it('is accepted from the listed origins, echoed with Vary: Origin', async () => {
    const t = app(env)
    const options = await preflight(t, '/api/callbacks', EMBEDDER)
    expect(options.status).toBe(204)
    expect(options.headers.get('access-control-allow-origin')).toBe(EMBEDDER)
    expect(options.headers.get('vary')).toContain('Origin')
    const res = await t.json('POST', '/api/callbacks', booking({ phone: '06 22 22 22 22' }), { Origin: EMBEDDER })
    expect(res.status).toBe(201)
    expect(res.headers.get('access-control-allow-origin')).toBe(EMBEDDER)
    expect(res.headers.get('vary')).toContain('Origin')
  })

  it('gets no CORS header for any other origin', async () => {
    const t = app(env)
    for (const path of ['/api/callbacks', '/api/feedback', '/api/events']) {
      const options = await preflight(t, path, OTHER)
      expect(options.headers.get('access-control-allow-origin'), path).toBeNull()
    }
    const res = await t.json('POST', '/api/feedback', { journey: 'rappel-test', rating: 5 }, { Origin: OTHER })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    // The public data stay public.
    expect((await t.app.request('/api/callbacks/slots?journey=rappel-test', { headers: { Origin: OTHER } })).headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('the agents’ console and API', () => {
  for (const env of [{}, { CORS_ORIGINS: EMBEDDER }] as Record<string, string>[]) {
    it(`refuse preflights and carry no CORS header (${env.CORS_ORIGINS ? 'CORS_ORIGINS set' : 'default'})`, async () => {
      const t = app(env)
      for (const path of ['/api/agent/callbacks', '/agent', '/agent/rappels/MDV-AAAA-BBBB/statut']) {
        const options = await preflight(t, path, EMBEDDER, 'GET')
        expect(options.status, path).toBe(403)
        expect(options.headers.get('access-control-allow-origin'), path).toBeNull()
      }
      const token = await createAgent(t.storage)
      const direct = await t.app.request('/api/agent/callbacks?date=2026-11-25', { headers: { Authorization: `Bearer ${token}`, Origin: EMBEDDER } })
      expect(direct.headers.get('access-control-allow-origin')).toBeNull()
    })

    it('refuse what another site’s page fetches in the background, not a navigation nor a script', async () => {
      const t = app(env)
      const token = await createAgent(t.storage)
      const auth = { Authorization: `Bearer ${token}` }
      const fromSite = (site: string, mode = 'cors') => ({ ...auth, Origin: OTHER, 'Sec-Fetch-Site': site, 'Sec-Fetch-Mode': mode })
      expect((await t.app.request('/api/agent/callbacks?date=2026-11-25', { headers: fromSite('cross-site') })).status).toBe(403)
      expect((await t.app.request('/api/agent/callbacks?date=2026-11-25', { headers: fromSite('same-site') })).status).toBe(403)
      expect((await t.app.request('/agent', { method: 'POST', headers: fromSite('cross-site', 'navigate') })).status).toBe(403)
      // Its own pages, a link followed from elsewhere, and tools without Sec-Fetch-* still work.
      expect((await t.app.request('/api/agent/callbacks?date=2026-11-25', { headers: { ...auth, 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(200)
      expect((await t.app.request('/agent/connexion', { headers: { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' } })).status).toBe(200)
      expect((await t.app.request('/api/agent/callbacks?date=2026-11-25', { headers: auth })).status).toBe(200)
    })
  }
})
