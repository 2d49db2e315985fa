/**
 * The storage contract: what the server relies on, run against every implementation
 * (pglite.test.ts, postgres.test.ts), in the manner of Hono's common.case.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NewCallback, Storage } from '../../../server/storage/storage.ts'
import type { StorageCase } from '../helpers/storages.ts'

const at = (iso: string) => new Date(iso)
let counter = 0

/** A callback on `start` (30 minutes), unique reference. */
function newCallback(start: string, overrides: Partial<NewCallback> = {}): NewCallback {
  counter += 1
  const begin = at(start)
  return {
    reference: `MDV-TEST-${String(counter).padStart(4, '0')}`,
    journey: 'rappel-test',
    centre: 'test',
    start: begin,
    end: new Date(begin.getTime() + 30 * 60_000),
    capacity: 3,
    phone: '+33612345678',
    name: 'Dominique',
    consent: true,
    summary: { journeyVersion: 1, answers: [{ id: 'lieu', label: 'Lieu', answer: 'En France' }], tasks: [] },
    cancelTokenHash: 'a'.repeat(64),
    cancelCodeHash: null,
    idempotencyKeyHash: null,
    requestHash: 'r',
    now: at('2026-11-24T08:00:00Z'),
    ...overrides,
  }
}

export function runStorageContract(storageCase: StorageCase): void {
  describe(`storage contract (${storageCase.kind})`, () => {
    let storage: Storage
    let dispose: () => Promise<void>
    beforeAll(async () => {
      ;({ storage, dispose } = await storageCase.open())
    }, 60_000)
    afterAll(() => dispose?.())

    it('answers a ping and says what it is', async () => {
      await storage.ping()
      expect(storage.kind).toBe(storageCase.kind)
    })

    describe('booking', () => {
      it('books up to the capacity, then reports the slot full', async () => {
        const start = '2026-12-01T08:00:00Z'
        const outcomes = []
        for (let i = 0; i < 5; i++) outcomes.push((await storage.bookCallback(newCallback(start))).outcome)
        expect(outcomes).toEqual(['booked', 'booked', 'booked', 'full', 'full'])
        expect((await storage.bookedCounts('test', at('2026-12-01T00:00:00Z'), at('2026-12-02T00:00:00Z'))).get(at(start).getTime())).toBe(3)
      })

      it('never overbooks under 200 concurrent bookings on one slot', async () => {
        const start = '2026-12-01T09:00:00Z'
        const results = await Promise.all(Array.from({ length: 200 }, () => storage.bookCallback(newCallback(start, { capacity: 7 }))))
        expect(results.filter((r) => r.outcome === 'booked')).toHaveLength(7)
        expect(results.filter((r) => r.outcome === 'full')).toHaveLength(193)
        const listed = await storage.listCallbacks({ from: at(start), to: at('2026-12-01T09:30:00Z'), centres: '*' })
        expect(listed).toHaveLength(7)
      })

      it('counts each centre’s slots apart', async () => {
        const start = '2026-12-01T10:00:00Z'
        expect((await storage.bookCallback(newCallback(start, { capacity: 1 }))).outcome).toBe('booked')
        expect((await storage.bookCallback(newCallback(start, { capacity: 1, centre: 'autre' }))).outcome).toBe('booked')
        expect((await storage.bookCallback(newCallback(start, { capacity: 1 }))).outcome).toBe('full')
      })

      it('follows a capacity lowered in the configuration without breaking existing bookings', async () => {
        const start = '2026-12-01T11:00:00Z'
        await storage.bookCallback(newCallback(start, { capacity: 3 }))
        await storage.bookCallback(newCallback(start, { capacity: 3 }))
        expect((await storage.bookCallback(newCallback(start, { capacity: 2 }))).outcome).toBe('full')
        expect((await storage.bookCallback(newCallback(start, { capacity: 4 }))).outcome).toBe('booked')
      })

      it('reports a reference already taken without using a place', async () => {
        const start = '2026-12-01T12:00:00Z'
        const first = newCallback(start, { capacity: 2 })
        await storage.bookCallback(first)
        expect((await storage.bookCallback({ ...first })).outcome).toBe('reference-taken')
        expect((await storage.bookedCounts('test', at(start), at('2026-12-01T12:30:00Z'))).get(at(start).getTime())).toBe(1)
      })

      it('replays the first booking for the same idempotency key, even under concurrency', async () => {
        const start = '2026-12-01T13:00:00Z'
        const results = await Promise.all(
          Array.from({ length: 10 }, () => storage.bookCallback(newCallback(start, { idempotencyKeyHash: 'key-1', capacity: 5 }))),
        )
        const booked = results.filter((r) => r.outcome === 'booked')
        expect(booked).toHaveLength(1)
        const reference = booked[0]!.outcome === 'booked' ? booked[0]!.callback.reference : ''
        for (const r of results.filter((r) => r.outcome === 'replayed')) expect(r.outcome === 'replayed' && r.callback.reference).toBe(reference)
        expect((await storage.bookedCounts('test', at(start), at('2026-12-01T13:30:00Z'))).get(at(start).getTime())).toBe(1)
        expect((await storage.findByIdempotencyKey('key-1'))?.reference).toBe(reference)
      })

      it('keeps the summary only with consent', async () => {
        const without = newCallback('2026-12-01T14:00:00Z', { consent: false })
        await storage.bookCallback(without)
        const stored = await storage.findCallback(without.reference)
        expect(stored?.summary).toBeNull()
        expect(stored?.consent).toBe(false)
        const withConsent = newCallback('2026-12-01T14:00:00Z')
        await storage.bookCallback(withConsent)
        expect((await storage.findCallback(withConsent.reference))?.summary).toMatchObject({ answers: [{ answer: 'En France' }] })
      })

      it('stores instants exactly and reads them back as dates', async () => {
        const input = newCallback('2026-12-01T15:30:00Z')
        await storage.bookCallback(input)
        const stored = await storage.findCallback(input.reference)
        expect(stored?.start.toISOString()).toBe('2026-12-01T15:30:00.000Z')
        expect(stored?.end.toISOString()).toBe('2026-12-01T16:00:00.000Z')
        expect(stored).toMatchObject({ status: 'booked', phone: '+33612345678', name: 'Dominique', statusAt: null })
        expect(await storage.findCallback('MDV-NONE-0000')).toBeNull()
      })
    })

    describe('listing and status', () => {
      it('lists callbacks of a range, optionally for some centres, in slot order', async () => {
        await storage.bookCallback(newCallback('2026-12-02T09:00:00Z', { centre: 'autre' }))
        await storage.bookCallback(newCallback('2026-12-02T08:00:00Z'))
        const range = { from: at('2026-12-02T00:00:00Z'), to: at('2026-12-03T00:00:00Z') }
        expect((await storage.listCallbacks({ ...range, centres: '*' })).map((c) => c.centre)).toEqual(['test', 'autre'])
        expect((await storage.listCallbacks({ ...range, centres: ['autre'] })).map((c) => c.centre)).toEqual(['autre'])
        expect(await storage.listCallbacks({ ...range, centres: [] })).toEqual([])
      })

      it('marks a callback and gives the place back when it is cancelled', async () => {
        const start = '2026-12-03T08:00:00Z'
        const a = newCallback(start, { capacity: 1 })
        await storage.bookCallback(a)
        expect((await storage.bookCallback(newCallback(start, { capacity: 1 }))).outcome).toBe('full')

        const called = await storage.setCallbackStatus(a.reference, { status: 'called', by: 'Camille', now: at('2026-12-03T08:05:00Z') })
        expect(called).toMatchObject({ outcome: 'updated', previous: 'booked', callback: { status: 'called', statusBy: 'Camille' } })
        const cancelled = await storage.setCallbackStatus(a.reference, { status: 'cancelled', by: 'Camille', now: at('2026-12-03T08:06:00Z') })
        expect(cancelled.outcome).toBe('updated')
        expect((await storage.bookCallback(newCallback(start, { capacity: 1 }))).outcome).toBe('booked')
        expect(await storage.setCallbackStatus(a.reference, { status: 'called', by: 'Camille', now: at('2026-12-03T08:07:00Z') })).toEqual({ outcome: 'cancelled' })
      })

      it('erases personal data when the usager cancels, and refuses what is not allowed', async () => {
        const a = newCallback('2026-12-03T09:00:00Z')
        await storage.bookCallback(a)
        await storage.setCallbackStatus(a.reference, { status: 'unreachable', by: 'Camille', now: at('2026-12-03T09:10:00Z') })
        expect(await storage.setCallbackStatus(a.reference, { status: 'cancelled', by: 'usager', now: at('2026-12-03T09:11:00Z'), onlyFrom: ['booked'] })).toEqual({
          outcome: 'not-allowed',
          status: 'unreachable',
        })
        const b = newCallback('2026-12-03T09:00:00Z')
        await storage.bookCallback(b)
        const change = await storage.setCallbackStatus(b.reference, { status: 'cancelled', by: 'usager', now: at('2026-12-02T09:00:00Z'), forget: true })
        expect(change).toMatchObject({ outcome: 'updated', callback: { status: 'cancelled', phone: null, name: null, summary: null } })
        expect(await storage.setCallbackStatus('MDV-NONE-0000', { status: 'called', by: 'x', now: at('2026-12-03T09:00:00Z') })).toEqual({ outcome: 'not-found' })
      })
    })

    describe('cancellations', () => {
      it('records who cancelled and when, and whether shared answers were erased', async () => {
        const byAgent = newCallback('2026-12-04T08:00:00Z')
        const byUsager = newCallback('2026-12-04T08:00:00Z')
        const withoutAnswers = newCallback('2026-12-04T08:00:00Z', { consent: false })
        for (const c of [byAgent, byUsager, withoutAnswers]) await storage.bookCallback(c)
        expect(await storage.findCallback(byAgent.reference)).toMatchObject({ cancelledBy: null, cancelledAt: null, summaryErased: false })

        await storage.setCallbackStatus(byAgent.reference, { status: 'cancelled', by: 'Camille', now: at('2026-12-03T10:00:00Z') })
        expect(await storage.findCallback(byAgent.reference)).toMatchObject({ cancelledBy: 'agent', summaryErased: false, summary: { answers: [{ answer: 'En France' }] } })
        expect((await storage.findCallback(byAgent.reference))?.cancelledAt?.toISOString()).toBe('2026-12-03T10:00:00.000Z')

        await storage.setCallbackStatus(byUsager.reference, { status: 'cancelled', by: 'usager', now: at('2026-12-03T11:00:00Z'), forget: true, onlyFrom: ['booked'] })
        const cancelled = await storage.findCallback(byUsager.reference)
        expect(cancelled).toMatchObject({ cancelledBy: 'usager', summaryErased: true, summary: null, phone: null })
        expect(cancelled?.cancelledAt?.toISOString()).toBe('2026-12-03T11:00:00.000Z')

        await storage.setCallbackStatus(withoutAnswers.reference, { status: 'cancelled', by: 'usager', now: at('2026-12-03T11:00:00Z'), forget: true })
        expect(await storage.findCallback(withoutAnswers.reference)).toMatchObject({ cancelledBy: 'usager', summaryErased: false })
      })

      it('leaves who cancelled empty for other statuses', async () => {
        const a = newCallback('2026-12-04T09:00:00Z')
        await storage.bookCallback(a)
        const change = await storage.setCallbackStatus(a.reference, { status: 'unreachable', by: 'Camille', now: at('2026-12-04T09:05:00Z') })
        expect(change).toMatchObject({ outcome: 'updated', callback: { cancelledBy: null, cancelledAt: null } })
      })
    })

    describe('call satisfaction', () => {
      it('records one rating of a called booking, by its Paris day', async () => {
        const a = newCallback('2026-12-05T08:00:00Z', { journey: 'avis-appel' })
        await storage.bookCallback(a)
        const rate = (rating: number, comment: string | null = null, now = at('2026-12-05T23:30:00Z')) =>
          storage.addCallSatisfaction({ reference: a.reference, rating, comment, now })
        expect(await rate(4)).toEqual({ outcome: 'not-called', status: 'booked' })
        await storage.setCallbackStatus(a.reference, { status: 'called', by: 'Camille', now: at('2026-12-05T08:05:00Z') })
        // 23:30 UTC on 5 December is 00:30 on the 6th in Paris.
        expect(await rate(4, 'Clair')).toEqual({
          outcome: 'added',
          satisfaction: { reference: a.reference, journey: 'avis-appel', centre: 'test', rating: 4, comment: 'Clair', day: '2026-12-06' },
        })
        expect(await rate(1)).toMatchObject({ outcome: 'already-answered', satisfaction: { rating: 4 } })
        expect(await storage.addCallSatisfaction({ reference: 'MDV-NONE-0001', rating: 3, comment: null, now: at('2026-12-06T08:00:00Z') })).toEqual({
          outcome: 'not-found',
        })
        const of = await storage.callSatisfactionOf([a.reference, 'MDV-NONE-0001'])
        expect([...of.keys()]).toEqual([a.reference])
        expect(of.get(a.reference)).toMatchObject({ rating: 4, comment: 'Clair' })
        expect(await storage.callSatisfactionOf([])).toEqual(new Map())
      })

      it('accepts a single rating under concurrent answers', async () => {
        const a = newCallback('2026-12-05T09:00:00Z', { journey: 'avis-concurrent' })
        await storage.bookCallback(a)
        await storage.setCallbackStatus(a.reference, { status: 'called', by: 'Camille', now: at('2026-12-05T09:05:00Z') })
        const outcomes = await Promise.all(
          [1, 2, 3, 4, 5, 1, 2, 3].map((rating) => storage.addCallSatisfaction({ reference: a.reference, rating, comment: null, now: at('2026-12-05T10:00:00Z') })),
        )
        expect(outcomes.filter((o) => o.outcome === 'added')).toHaveLength(1)
        expect(outcomes.filter((o) => o.outcome === 'already-answered')).toHaveLength(7)
      })

      it('sums ratings per journey over a period, and lists the latest first', async () => {
        const ratings: [string, number, string][] = [
          ['figures-a', 5, '2026-12-07T10:00:00Z'],
          ['figures-a', 4, '2026-12-08T10:00:00Z'],
          ['figures-a', 4, '2026-12-09T10:00:00Z'],
          ['figures-b', 1, '2026-12-08T10:00:00Z'],
          ['figures-a', 1, '2026-11-01T10:00:00Z'], // before the period
        ]
        for (const [journey, rating, when] of ratings) {
          const c = newCallback('2026-12-07T08:00:00Z', { journey, capacity: 10 })
          await storage.bookCallback(c)
          await storage.setCallbackStatus(c.reference, { status: 'called', by: 'Camille', now: at('2026-12-07T08:05:00Z') })
          await storage.addCallSatisfaction({ reference: c.reference, rating, comment: `note ${rating}`, now: at(when) })
        }
        const figures = (await storage.callSatisfaction({ fromDay: '2026-12-07', toDay: '2026-12-31' })).filter((f) => f.journey.startsWith('figures-'))
        expect(figures).toEqual([
          { journey: 'figures-a', count: 3, average: 4.33, distribution: [0, 0, 0, 2, 1] },
          { journey: 'figures-b', count: 1, average: 1, distribution: [1, 0, 0, 0, 0] },
        ])
        const latest = (await storage.listCallSatisfaction({ fromDay: '2026-12-08', limit: 50 })).filter((f) => f.journey.startsWith('figures-'))
        expect(latest.map((f) => [f.day, f.journey, f.rating])).toEqual([
          ['2026-12-09', 'figures-a', 4],
          ['2026-12-08', 'figures-b', 1],
          ['2026-12-08', 'figures-a', 4],
        ])
      })

      it('keeps ratings when retention deletes their booking, unlinked, and erases old comments', async () => {
        const old = newCallback('2025-06-02T08:00:00Z', { journey: 'avis-retention' })
        await storage.bookCallback(old)
        await storage.setCallbackStatus(old.reference, { status: 'called', by: 'Camille', now: at('2025-06-02T08:05:00Z') })
        await storage.addCallSatisfaction({ reference: old.reference, rating: 2, comment: 'Trop court', now: at('2025-06-02T10:00:00Z') })
        const purged = await storage.purgeExpired(at('2025-07-01T00:00:00Z'), 15)
        expect(purged.callbacks).toBeGreaterThanOrEqual(1)
        expect(purged.comments).toBeGreaterThanOrEqual(1)
        expect(await storage.findCallback(old.reference)).toBeNull()
        const kept = (await storage.listCallSatisfaction({ fromDay: '2025-06-01', limit: 500 })).filter((f) => f.journey === 'avis-retention')
        expect(kept).toEqual([{ reference: null, journey: 'avis-retention', centre: 'test', rating: 2, comment: null, day: '2025-06-02' }])
        expect(await storage.callSatisfaction({ fromDay: '2025-06-01', toDay: '2025-06-30' })).toContainEqual({
          journey: 'avis-retention',
          count: 1,
          average: 2,
          distribution: [0, 1, 0, 0, 0],
        })
      })
    })

    describe('retention', () => {
      it('deletes callbacks past retention, keeps their anonymous figures, and erases old comments', async () => {
        const old = newCallback('2026-01-05T08:00:00Z', { journey: 'retention' })
        const oldLate = newCallback('2026-01-05T08:00:00Z', { journey: 'retention' })
        const recent = newCallback('2026-02-20T08:00:00Z', { journey: 'retention' })
        for (const c of [old, oldLate, recent]) await storage.bookCallback(c)
        await storage.setCallbackStatus(old.reference, { status: 'called', by: 'a', now: at('2026-01-05T08:10:00Z') })
        await storage.setCallbackStatus(oldLate.reference, { status: 'called', by: 'a', now: at('2026-01-05T11:00:00Z') })
        await storage.addFeedback({ journey: 'retention', rating: 2, comment: 'ancien', now: at('2026-01-10T10:00:00Z') })
        await storage.addFeedback({ journey: 'retention', rating: 5, comment: 'récent', now: at('2026-02-25T10:00:00Z') })

        const figures = () => storage.results({ fromDay: '2026-01-01', toDay: '2026-03-31', now: at('2026-03-01T00:00:00Z'), honouredGraceMinutes: 15 })
        const before = (await figures()).callbacks.find((c) => c.journey === 'retention')
        expect(before).toEqual({ journey: 'retention', due: 3, honoured: 1 })

        const purged = await storage.purgeExpired(at('2026-02-01T00:00:00Z'), 15)
        expect(purged.callbacks).toBeGreaterThanOrEqual(2)
        expect(purged.comments).toBe(1)
        expect(await storage.findCallback(old.reference)).toBeNull()
        expect(await storage.findCallback(oldLate.reference)).toBeNull()
        expect(await storage.findCallback(recent.reference)).not.toBeNull()
        expect((await figures()).callbacks.find((c) => c.journey === 'retention')).toEqual(before)
        const comments = (await storage.listFeedback({ since: at('2026-01-01T00:00:00Z'), journeys: ['retention'], limit: 10 })).map((f) => f.comment)
        expect(comments).toEqual(['récent', null])
        expect(await storage.purgeExpired(at('2026-02-01T00:00:00Z'), 15)).toEqual({ callbacks: 0, comments: 0 })
      })
    })

    describe('rate-limit counters', () => {
      it('count hits per bucket, client and window, concurrently, and are purged after their window', async () => {
        const windowStart = at('2026-11-24T08:00:00Z')
        const hit = (clientHash: string, bucket = 'booking', start = windowStart) => storage.hitRateLimit({ bucket, clientHash, windowStart: start })
        const counts = await Promise.all(Array.from({ length: 20 }, () => hit('client-a')))
        // Each hit saw a distinct count: the upsert is atomic.
        expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
        expect(await hit('client-b')).toBe(1)
        expect(await hit('client-a', 'feedback')).toBe(1)
        expect(await hit('client-a', 'booking', at('2026-11-24T08:10:00Z'))).toBe(1)
        expect(await storage.purgeRateLimits(at('2026-11-24T08:05:00Z'))).toBe(3)
        expect(await hit('client-a')).toBe(1) // its window's counter is gone
        expect(await hit('client-a', 'booking', at('2026-11-24T08:10:00Z'))).toBe(2)
      })
    })

    describe('feedback, events and results', () => {
      it('counts events per day without anything else, and sums them over a period', async () => {
        for (const [day, type, question] of [
          ['2026-11-20', 'started', null],
          ['2026-11-20', 'started', null],
          ['2026-11-21', 'started', null],
          ['2026-11-21', 'completed', null],
          ['2026-11-21', 'abandoned', 'lieu'],
          ['2026-11-22', 'abandoned', 'lieu'],
          ['2026-10-01', 'started', null],
        ] as const) {
          await storage.countEvent({ day, journey: 'events', type, question })
        }
        const { events } = await storage.results({ fromDay: '2026-11-01', toDay: '2026-11-30', now: at('2026-11-30T00:00:00Z'), honouredGraceMinutes: 15 })
        expect(events.filter((e) => e.journey === 'events')).toEqual([
          { journey: 'events', type: 'abandoned', question: 'lieu', count: 2 },
          { journey: 'events', type: 'completed', question: '', count: 1 },
          { journey: 'events', type: 'started', question: '', count: 3 },
        ])
      })

      it('keeps ratings by Paris day and lists comments newest first', async () => {
        await storage.addFeedback({ journey: 'notes', rating: 4, comment: null, now: at('2026-11-20T23:30:00Z') }) // 00:30 on 21 November in Paris
        await storage.addFeedback({ journey: 'notes', rating: 4, comment: 'Bien', now: at('2026-11-21T10:00:00Z') })
        await storage.addFeedback({ journey: 'notes', rating: 1, comment: '<b>nul</b>', now: at('2026-11-22T10:00:00Z') })
        const { ratings } = await storage.results({ fromDay: '2026-11-21', toDay: '2026-11-30', now: at('2026-11-30T00:00:00Z'), honouredGraceMinutes: 15 })
        expect(ratings.filter((r) => r.journey === 'notes')).toEqual([
          { journey: 'notes', rating: 1, count: 1 },
          { journey: 'notes', rating: 4, count: 2 },
        ])
        const list = await storage.listFeedback({ since: at('2026-11-01T00:00:00Z'), journeys: ['notes'], limit: 2 })
        expect(list.map((f) => [f.rating, f.comment])).toEqual([
          [1, '<b>nul</b>'],
          [4, 'Bien'],
        ])
      })
    })

    describe('agent tokens', () => {
      it('finds a token by its hash until it is revoked', async () => {
        const created = await storage.createAgentToken({ name: 'Alex', tokenHash: 'h'.repeat(64), scopes: ['callbacks:read'], centres: ['deces', 'test'], now: at('2026-11-24T08:00:00Z') })
        expect(created).toMatchObject({ name: 'Alex', scopes: ['callbacks:read'], centres: ['deces', 'test'] })
        expect(await storage.findAgentToken('h'.repeat(64))).toEqual(created)
        expect(await storage.findAgentToken('x'.repeat(64))).toBeNull()
        expect(await storage.revokeAgentTokens('Alex', at('2026-11-24T09:00:00Z'))).toBe(1)
        expect(await storage.findAgentToken('h'.repeat(64))).toBeNull()
      })
    })
  })
}
