import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../server/log.ts'
import { booking, createAgent, createTestApp, testConfig, type TestApp } from './helpers/app.ts'
import { pgliteCase, storageCases, type OpenedStorage } from './helpers/storages.ts'
import type { Storage } from '../../server/storage/storage.ts'
import { stubStorage } from './helpers/stub-storage.ts'

// CORS: see cross-origin.test.ts.

describe('security headers', () => {
  const t = createTestApp(stubStorage())

  it('puts a strict CSP on the server’s own pages', async () => {
    const res = await t.app.request('/')
    const csp = res.headers.get('content-security-policy')!
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]) {
      expect(csp).toContain(directive)
    }
    expect(csp).not.toContain('unsafe-inline')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('same-origin')
  })

  it('puts restrictive headers on API answers', async () => {
    const res = await t.app.request('/journeys')
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
  })
})

describe.each(storageCases())('abuse limits and privacy ($kind)', (storageCase) => {
  let opened: OpenedStorage
  let t: TestApp
  const lines: string[] = []
  beforeAll(async () => {
    opened = await storageCase.open()
    t = createTestApp(opened.storage, {
      env: { RATE_LIMIT_BOOKING: '3', RATE_LIMIT_FEEDBACK: '2', TRUST_PROXY: '1' },
      log: createLogger({ level: 'debug', write: (line) => lines.push(line) }),
    })
  }, 60_000)
  afterAll(() => opened?.dispose())

  it('refuses bodies over 32 KiB with 413', async () => {
    const big = booking({ name: 'x'.repeat(40_000) })
    const res = await t.json('POST', '/api/callbacks', big, { 'X-Forwarded-For': '10.0.0.1' })
    expect(res.status).toBe(413)
    expect(((await res.json()) as { error: string }).error).toMatch(/trop grande/)
    expect((await t.json('POST', '/api/feedback', { journey: 'rappel-test', rating: 1, comment: 'y'.repeat(40_000) }, { 'X-Forwarded-For': '10.0.0.1' })).status).toBe(413)
  })

  it('limits bookings per client with 429 and Retry-After', async () => {
    // One trusted proxy (TRUST_PROXY=1) appends the address it saw.
    const from = (ip: string) => ({ 'X-Forwarded-For': ip })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await t.json('POST', '/api/callbacks', booking({ start: '2026-11-26T14:00:00+01:00', journey: 'inconnu' }), from('192.0.2.7'))).status)
    expect(statuses).toEqual([404, 404, 404, 429])
    const limited = await t.json('POST', '/api/callbacks', booking(), from('192.0.2.7'))
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another client is not affected.
    expect((await t.json('POST', '/api/callbacks', booking({ journey: 'inconnu' }), from('192.0.2.8'))).status).toBe(404)
  })

  it('limits feedback per client', async () => {
    const headers = { 'X-Forwarded-For': '198.51.100.4' }
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await t.json('POST', '/api/feedback', { journey: 'rappel-test', rating: 4 }, headers)).status)
    expect(statuses).toEqual([204, 204, 429])
  })

  it('shares the counts of every instance when they live in the database', async () => {
    const opened = await pgliteCase.open()
    try {
      // Instances on one database share its secret (stored there, or SERVER_SECRET).
      const env = { RATE_LIMIT_STORE: 'database', RATE_LIMIT_FEEDBACK: '3', TRUST_PROXY: 'true', SERVER_SECRET: 's'.repeat(40) }
      const seen: Parameters<Storage['hitRateLimit']>[0][] = []
      const storage: Storage = { ...opened.storage, hitRateLimit: (hit) => (seen.push(hit), opened.storage.hitRateLimit(hit)) }
      // Two instances behind a load balancer, one database.
      const [a, b] = [createTestApp(storage, { env }), createTestApp(storage, { env })]
      const headers = { 'X-Forwarded-For': '198.51.100.77' }
      const send = (app: typeof a) => app.json('POST', '/api/feedback', { journey: 'rappel-test', rating: 4 }, headers)
      const statuses = [(await send(a)).status, (await send(b)).status, (await send(a)).status, (await send(b)).status]
      expect(statuses).toEqual([204, 204, 204, 429])
      // The database holds a hash of the address, never the address.
      expect(seen.map((h) => h.bucket)).toEqual(['feedback', 'feedback', 'feedback', 'feedback'])
      expect(new Set(seen.map((h) => h.clientHash)).size).toBe(1)
      expect(seen[0]!.clientHash).toMatch(/^[0-9a-f]{64}$/)
      expect(await opened.storage.purgeRateLimits(new Date('2100-01-01T00:00:00Z'))).toBe(1)
    } finally {
      await opened.dispose()
    }
  }, 60_000)

  it('refuses an unknown RATE_LIMIT_STORE, and picks the database with DATABASE_URL', () => {
    expect(() => testConfig({ RATE_LIMIT_STORE: 'redis' })).toThrow(/RATE_LIMIT_STORE=redis/)
    expect(testConfig().rateLimitStore).toBe('memory')
    expect(testConfig({ DATABASE_URL: 'postgres://x@localhost/db' }).rateLimitStore).toBe('database')
  })

  it('never logs a phone number, a name, an answer, a comment or a token', async () => {
    lines.length = 0
    const headers = { 'X-Forwarded-For': '203.0.113.9' }
    const res = await t.json(
      'POST',
      '/api/callbacks',
      booking({ phone: '06 98 76 54 32', name: 'Claude Secret', summary: { answers: { lieu: 'etranger', date_evenement: '2026-11-19', precision: 'Réponse confidentielle' } } }),
      headers,
    )
    expect(res.status).toBe(201)
    const { reference, cancelToken } = (await res.json()) as { reference: string; cancelToken: string }
    await t.app.request(`/api/callbacks/${reference}.ics?token=${cancelToken}`)
    await t.json('POST', '/api/feedback', { journey: 'rappel-test', rating: 2, comment: 'Commentaire confidentiel' }, { 'X-Forwarded-For': '203.0.113.10' })
    const agent = await createAgent(t.storage)
    await t.app.request('/api/agent/callbacks?date=2026-11-25', { headers: { Authorization: `Bearer ${agent}` } })
    // A careless caller passing personal data to the logger is redacted too.
    createLogger({ write: (line) => lines.push(line) }).info('careless', { phone: '+33698765432', body: { name: 'Claude Secret' }, error: 'value "06 98 76 54 32" rejected' })

    const log = lines.join('\n')
    expect(lines.length).toBeGreaterThan(4)
    for (const secret of ['98 76 54 32', '698765432', 'Claude', 'confidentiel', cancelToken, agent, 'etranger', 'token=']) expect(log).not.toContain(secret)
    expect(log).toContain(reference)
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow()
  })
})
