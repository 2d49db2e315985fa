import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadConfig } from '../../server/config.ts'
import { createLogger } from '../../server/log.ts'
import { purgeExpired, schedulePurge } from '../../server/retention.ts'
import { booking, createTestApp, type TestApp } from './helpers/app.ts'
import { storageCases, type OpenedStorage } from './helpers/storages.ts'

describe('retention settings', () => {
  it('keeps 30 days by default, configurable', () => {
    expect(loadConfig({}).retentionDays).toBe(30)
    expect(loadConfig({ RETENTION_DAYS: '90' }).retentionDays).toBe(90)
    expect(() => loadConfig({ RETENTION_DAYS: '0' })).toThrow(/RETENTION_DAYS/)
  })
})

describe.each(storageCases())('retention purge ($kind)', (storageCase) => {
  let opened: OpenedStorage
  let t: TestApp
  const refs: Record<string, string> = {}

  beforeAll(async () => {
    opened = await storageCase.open()
    t = createTestApp(opened.storage, { env: { RATE_LIMIT_BOOKING: '0' } })
    // Booked on 20 November for 23 November and 3 December.
    t.clock.now = new Date('2026-11-20T08:00:00Z')
    for (const [name, start] of [
      ['early', '2026-11-23T10:00:00+01:00'],
      ['late', '2026-12-03T10:00:00+01:00'],
    ] as const) {
      const res = await t.json('POST', '/api/callbacks', booking({ start }))
      expect(res.status).toBe(201)
      refs[name] = ((await res.json()) as { reference: string }).reference
    }
    t.clock.now = new Date('2026-11-23T08:00:00Z')
    await t.json('POST', '/api/feedback', { journey: 'rappel-test', rating: 4, comment: 'À effacer un jour' })
  }, 60_000)
  afterAll(() => opened?.dispose())

  it('keeps callbacks until N days after their slot', async () => {
    expect(await purgeExpired(t.storage, new Date('2026-12-22T12:00:00Z'), 30)).toEqual({ callbacks: 0, comments: 0, rateLimits: 0 })
    expect(await t.storage.findCallback(refs.early!)).not.toBeNull()
  })

  it('runs on a schedule and deletes callbacks, summaries and comments past retention', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const lines: string[] = []
    const clock = { now: new Date('2026-12-22T12:00:00Z') }
    try {
      const schedule = schedulePurge({
        storage: t.storage,
        retentionDays: 30,
        intervalMs: 3_600_000,
        log: createLogger({ write: (line) => lines.push(line) }),
        now: () => clock.now,
      })
      // First run at start: nothing old enough yet.
      await vi.waitFor(() => expect(lines).toEqual([]))
      // A day later, the 23 November callback is 30 days old.
      clock.now = new Date('2026-12-23T12:00:00Z')
      vi.advanceTimersByTime(3_600_000)
      await vi.waitFor(async () => expect(await t.storage.findCallback(refs.early!)).toBeNull())
      expect(await t.storage.findCallback(refs.late!)).not.toBeNull()
      await vi.waitFor(() => expect(lines.some((l) => l.includes('"msg":"retention purge"') && l.includes('"callbacks":1'))).toBe(true))
      const feedback = await t.storage.listFeedback({ since: new Date('2026-01-01'), limit: 10 })
      expect(feedback.map((f) => [f.rating, f.comment])).toEqual([[4, null]])
      await schedule.stop()
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps the anonymous figures of purged callbacks for the public results', async () => {
    t.clock.now = new Date('2026-12-23T12:00:00Z')
    const results = (await (await t.app.request('/api/results?days=60')).json()) as { callbacks: { due: number } }
    // The purged 23 November callback, and the 3 December one still stored.
    expect(results.callbacks.due).toBe(2)
  })
})
