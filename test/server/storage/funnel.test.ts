/**
 * Storage contract of the per-run journey funnel (server/storage/queries/events.ts), on
 * PGlite and, with DATABASE_URL, PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionEvent } from '../../../server/storage/queries/events.ts'
import type { Storage } from '../../../server/storage/storage.ts'
import { storageCases, type OpenedStorage } from '../helpers/storages.ts'

describe.each(storageCases())('journey funnel storage ($kind)', (storageCase) => {
  let opened: OpenedStorage
  let storage: Storage
  beforeAll(async () => {
    opened = await storageCase.open()
    storage = opened.storage
  }, 60_000)
  afterAll(() => opened?.dispose())

  const event = (journey: string, session: string, day: string, type: SessionEvent['type'], question?: [string, number]): SessionEvent => ({
    journey,
    sessionHash: session,
    day,
    type,
    question: question ? { id: question[0], rank: question[1] } : undefined,
  })

  it('gives the same figures whatever the order of a run’s events', async () => {
    const events = [
      event('ordre', 'h1', '2026-11-02', 'started'),
      event('ordre', 'h1', '2026-11-02', 'abandoned', ['q2', 2]),
      event('ordre', 'h1', '2026-11-03', 'abandoned', ['q5', 5]),
      event('ordre', 'h1', '2026-11-03', 'abandoned', ['q1', 1]),
      event('ordre', 'h2', '2026-11-04', 'abandoned', ['q1', 1]),
      event('ordre', 'h2', '2026-11-05', 'completed'),
    ]
    for (const e of [...events].reverse()) await storage.recordSessionEvent(e)
    const funnel = await storage.funnel({ fromDay: '2026-11-01', toDay: '2026-11-30' })
    expect(funnel.journeys.find((j) => j.journey === 'ordre')).toEqual({ journey: 'ordre', started: 2, completed: 1 })
    // h1 is counted at its furthest question, h2 completed so it is not an abandonment.
    expect(funnel.abandonment.filter((a) => a.journey === 'ordre')).toEqual([{ journey: 'ordre', question: 'q5', count: 1 }])
  })

  it('counts a run on its first day and groups the weeks by their Monday', async () => {
    await storage.recordSessionEvent(event('semaines', 'w1', '2026-11-08', 'completed')) // Sunday
    await storage.recordSessionEvent(event('semaines', 'w1', '2026-11-07', 'started')) // Saturday, the run's first day
    await storage.recordSessionEvent(event('semaines', 'w2', '2026-11-09', 'started')) // Monday
    const early = await storage.funnel({ fromDay: '2026-11-07', toDay: '2026-11-07' })
    expect(early.journeys.find((j) => j.journey === 'semaines')).toEqual({ journey: 'semaines', started: 1, completed: 1 })
    const all = await storage.funnel({ fromDay: '2026-11-06', toDay: '2026-11-10' })
    expect(all.weeks).toEqual(
      expect.arrayContaining([
        { week: '2026-11-02', started: 1, completed: 1 },
        { week: '2026-11-09', started: 1, completed: 0 },
      ]),
    )
  })

  it('folds quiet runs into the daily counters without changing the figures, once even when two instances fold together', async () => {
    const days = { fromDay: '2026-10-01', toDay: '2026-10-31' }
    await storage.recordSessionEvent(event('plie', 'f1', '2026-10-01', 'started'))
    await storage.recordSessionEvent(event('plie', 'f1', '2026-10-01', 'abandoned', ['q3', 3]))
    await storage.recordSessionEvent(event('plie', 'f2', '2026-10-01', 'started'))
    await storage.recordSessionEvent(event('plie', 'f2', '2026-10-02', 'completed'))
    await storage.recordSessionEvent(event('plie', 'f3', '2026-10-01', 'started'))
    await storage.recordSessionEvent(event('plie', 'f3', '2026-10-20', 'abandoned', ['q1', 1]))
    const before = await storage.funnel(days)
    const folded = await Promise.all([storage.foldJourneySessions('2026-10-10'), storage.foldJourneySessions('2026-10-10')])
    expect(folded.reduce((a, b) => a + b, 0)).toBe(2)
    expect(await storage.funnel(days)).toEqual(before)
    // f1's hashed id is gone: a late event of that run is a new run; f3, still active, is not folded.
    await storage.recordSessionEvent(event('plie', 'f3', '2026-10-21', 'completed'))
    const after = await storage.funnel(days)
    expect(after.journeys.find((j) => j.journey === 'plie')).toEqual({ journey: 'plie', started: 3, completed: 2 })
    expect(after.abandonment.filter((a) => a.journey === 'plie')).toEqual([{ journey: 'plie', question: 'q3', count: 1 }])
  })
})
