/**
 * Server figures, with a real server process on 127.0.0.1 and autocannon as the client
 * (a few seconds per load):
 * - `server.journey_rps` (target ≥ 10,000) / `server.journey_p99_ms`: GET a compiled journey;
 * - `server.booking_rps.pglite` (≥ 500) / `.postgres` (≥ 1,000; null without DATABASE_URL)
 *   and their `_p99_ms`: POST /api/callbacks answered (201 booked, or 409 once a slot
 *   is full: both go through the database's capacity check);
 * - `server.overbooked` (must be 0): bookings beyond a slot's capacity, counted in the
 *   database after the load.
 * Request logs are off during the load (LOG_LEVEL=warn): writing a line per request
 * would measure stdout.
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { PGlite } from '@electric-sql/pglite'

const DURATION_S = 5
const CONNECTIONS = 32
/** Connections booking the same slot at the same time (row contention in the database, as two usagers choosing the same time). */
const CONNECTIONS_PER_SLOT = 2
/** Requests a connection sends to a slot before moving to the next one. */
const ATTEMPTS_PER_CONNECTION = 12
/** Places per slot: a little less than the 24 attempts each slot receives, so the last ones meet a full slot. */
const CAPACITY = 20

const round = (n: number) => Math.round(n * 10) / 10

export function benchJourneys(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mdv-bench-journeys-'))
  mkdirSync(join(dir, '_shared'))
  writeFileSync(
    join(dir, 'callbacks.yaml'),
    `centres:
  - id: bench
    name: Centre de mesure
    slotMinutes: 5
    capacity: ${CAPACITY}
    minNoticeHours: 0
    horizonDays: 60
    hours:
${['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => `      ${d}: ["00:00-24:00"]`).join('\n')}
`,
  )
  writeFileSync(
    join(dir, 'mesure.yaml'),
    `id: mesure
title: Parcours de mesure
description: Un parcours pour mesurer le serveur.
version: 1
reviewed: 2026-11-24
sources: [F16507]
callback:
  centre: bench
questions:
  - id: lieu
    type: single
    label: Où ?
    options:
      - { value: france, label: En France }
      - { value: etranger, label: À l'étranger }
tasks:
  - id: declarer
    title: Déclarer
    when: lieu == "france"
    organisation:
      name: Mairie
`,
  )
  return dir
}

export interface Server {
  url: string
  child: ChildProcess
  exited: Promise<number | null>
}

/** A free loopback port (the server's own "listening" line is not logged at LOG_LEVEL=warn). */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return port
}

export async function startServer(env: Record<string, string>): Promise<Server> {
  const base = { ...process.env } as Record<string, string>
  delete base.DATABASE_URL
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...base, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_BOOKING: '0', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  let exitCode: number | null | undefined
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((exitCode = code))))
  const url = `http://127.0.0.1:${port}`
  for (const deadline = Date.now() + 120_000; ; ) {
    if (exitCode !== undefined) throw new Error(`server exited (${exitCode}) before listening`)
    if (Date.now() > deadline) throw new Error('server did not start within 2 minutes')
    const ready = await fetch(`${url}/healthz`).then((r) => r.ok, () => false)
    if (ready) return { url, child, exited }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

export async function stop(server: Server): Promise<void> {
  server.child.kill('SIGTERM')
  await server.exited
}

/**
 * Pairs of connections book the same slots concurrently, 12 requests each per slot.
 * A connection changes its body only when it moves to the next slot: autocannon
 * rebuilding a request for every request would be the bottleneck, not the server.
 */
async function bookingLoad(url: string): Promise<{ rps: number; p99: number; errors: number }> {
  const res = await fetch(`${url}/api/callbacks/slots?journey=mesure`)
  // Slots from an hour on: the first ones would pass (and be refused) during the load.
  const slots = ((await res.json()) as { slots: { start: string }[] }).slots.slice(12)
  const groups = CONNECTIONS / CONNECTIONS_PER_SLOT
  const body = (group: number, round: number) =>
    JSON.stringify({ journey: 'mesure', start: slots[(round * groups + group) % slots.length]!.start, phone: '06 12 34 56 78', consent: true })
  let clients = 0
  const result = await autocannon({
    url: `${url}/api/callbacks`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body(0, 0),
    setupClient: (client) => {
      const group = clients++ % groups
      let answered = 0
      client.setBody(body(group, 0))
      client.on('response', () => {
        answered += 1
        if (answered % ATTEMPTS_PER_CONNECTION === 0) client.setBody(body(group, answered / ATTEMPTS_PER_CONNECTION))
      })
    },
  })
  const stats = result.statusCodeStats ?? {}
  const answered = (stats['201']?.count ?? 0) + (stats['409']?.count ?? 0)
  const other = Object.entries(stats).filter(([status]) => status !== '201' && status !== '409').reduce((n, [, s]) => n + s.count, 0)
  const unexpected = result.errors + result.timeouts + other
  return { rps: round(answered / (result.duration || DURATION_S)), p99: result.latency.p99, errors: unexpected }
}

const OVERBOOKED = `SELECT coalesce(sum(n - ${CAPACITY}), 0)::int AS overbooked FROM (
  SELECT count(*)::int AS n FROM callbacks WHERE status <> 'cancelled' GROUP BY centre, slot_start
) slots WHERE n > ${CAPACITY}`

export async function run(): Promise<Record<string, number | null>> {
  const journeysDir = benchJourneys()
  const dataDir = mkdtempSync(join(tmpdir(), 'mdv-bench-data-'))
  const common = { JOURNEYS_DIR: journeysDir, LOG_LEVEL: 'warn' }
  const figures: Record<string, number | null> = {}
  let overbooked = 0
  try {
    // PGlite: the compiled journey, then bookings.
    const server = await startServer({ ...common, DATA_DIR: dataDir })
    try {
      await autocannon({ url: `${server.url}/journeys/mesure.json`, connections: 50, duration: 1 }) // warm-up
      const journey = await autocannon({ url: `${server.url}/journeys/mesure.json`, connections: 50, pipelining: 1, duration: DURATION_S })
      figures['server.journey_rps'] = round(journey.requests.average)
      figures['server.journey_p99_ms'] = journey.latency.p99
      const booking = await bookingLoad(server.url)
      figures['server.booking_rps.pglite'] = booking.rps
      figures['server.booking_rps.pglite_p99_ms'] = booking.p99
      if (booking.errors) process.stderr.write(`bench: ${booking.errors} booking requests failed or answered neither 201 nor 409 on PGlite\n`)
    } finally {
      await stop(server)
    }
    // The server is stopped: PGlite's directory can be opened here to count.
    const db = await PGlite.create(join(dataDir, 'pglite'))
    overbooked += (await db.query<{ overbooked: number }>(OVERBOOKED)).rows[0]!.overbooked
    await db.close()

    const url = process.env.DATABASE_URL
    if (url) {
      const schema = `mdv_bench_${randomBytes(4).toString('hex')}`
      const pgServer = await startServer({ ...common, DATABASE_URL: url, DATABASE_SCHEMA: schema })
      const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` })
      try {
        const booking = await bookingLoad(pgServer.url)
        figures['server.booking_rps.postgres'] = booking.rps
        figures['server.booking_rps.postgres_p99_ms'] = booking.p99
        if (booking.errors) process.stderr.write(`bench: ${booking.errors} booking requests failed or answered neither 201 nor 409 on PostgreSQL\n`)
        await client.connect()
        overbooked += (await client.query<{ overbooked: number }>(OVERBOOKED)).rows[0]!.overbooked
      } finally {
        await stop(pgServer)
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined)
        await client.end().catch(() => undefined)
      }
    } else {
      figures['server.booking_rps.postgres'] = null
      figures['server.booking_rps.postgres_p99_ms'] = null
    }
    figures['server.overbooked'] = overbooked
    return figures
  } finally {
    rmSync(journeysDir, { recursive: true, force: true })
    rmSync(dataDir, { recursive: true, force: true })
  }
}
