/**
 * No overbooking, whoever books at the same time: 200 concurrent bookings on a slot of
 * capacity N give exactly N × 201 and the rest 409 — in one process on each storage,
 * and across two server processes sharing one PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { booking, createTestApp } from './helpers/app.ts'
import { bookingBody, freeSlots, startServer, type ServerProcess } from './helpers/server-process.ts'
import { DATABASE_URL, dropSchema, randomSchema, storageCases } from './helpers/storages.ts'

const CONCURRENT = 200

describe.each(storageCases())('200 concurrent bookings in one process ($kind)', (storageCase) => {
  it('gives exactly the capacity, the rest 409', async () => {
    const { storage, dispose } = await storageCase.open()
    try {
      const t = createTestApp(storage, { env: { RATE_LIMIT_BOOKING: '0' } })
      const start = '2026-11-26T15:00:00+01:00' // centre "test": capacity 3
      const responses = await Promise.all(
        Array.from({ length: CONCURRENT }, (_, i) => t.json('POST', '/api/callbacks', booking({ start, phone: `06 12 34 ${String(10 + (i % 90))} 78` }))),
      )
      const statuses = responses.map((r) => r.status)
      expect(statuses.filter((s) => s === 201)).toHaveLength(3)
      expect(statuses.filter((s) => s === 409)).toHaveLength(CONCURRENT - 3)
      const stored = await storage.listCallbacks({ from: new Date('2026-11-26T14:00:00Z'), to: new Date('2026-11-26T14:30:00Z'), centres: '*' })
      expect(stored).toHaveLength(3)
    } finally {
      await dispose()
    }
  }, 60_000)
})

describe.runIf(DATABASE_URL)('200 concurrent bookings on two server processes sharing one PostgreSQL', () => {
  const schema = randomSchema()
  let servers: ServerProcess[] = []

  beforeAll(async () => {
    const env = { DATABASE_URL: DATABASE_URL!, DATABASE_SCHEMA: schema }
    servers = await Promise.all([startServer(env), startServer(env)])
  }, 90_000)

  afterAll(async () => {
    for (const server of servers) server.process.kill('SIGTERM')
    await Promise.all(servers.map((s) => s.exited))
    await dropSchema(DATABASE_URL!, schema)
  })

  it('gives exactly the capacity across both processes', async () => {
    const [start] = await freeSlots(servers[0]!.url)
    expect(start).toBeDefined()
    const responses = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        fetch(`${servers[i % 2]!.url}/api/callbacks`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bookingBody(start!, i) }),
      ),
    )
    const statuses = responses.map((r) => r.status)
    await Promise.all(responses.map((r) => r.body?.cancel()))
    expect(statuses.filter((s) => s === 201)).toHaveLength(3)
    expect(statuses.filter((s) => s === 409)).toHaveLength(CONCURRENT - 3)
    // Both processes took part.
    const byServer = [0, 1].map((k) => statuses.filter((_, i) => i % 2 === k).length)
    expect(byServer).toEqual([100, 100])
    const { slots } = (await (await fetch(`${servers[1]!.url}/api/callbacks/slots?journey=rappel-test`)).json()) as { slots: { start: string }[] }
    expect(slots.map((s) => s.start)).not.toContain(start)
  }, 60_000)
})
