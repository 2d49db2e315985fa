/**
 * Server memory under a fixed mixed load, and replays at the last place, on PGlite and
 * (with DATABASE_URL) PostgreSQL, each on a real server process:
 * - `server.rss_mb.pglite` / `.postgres` (target ≤ 300): the server process's resident
 *   memory (VmRSS) after the load — compiled journeys, slots, bookings, journey events
 *   and the results page, at a fixed rate for WARM_UP_S + 2 × MINUTE_S seconds;
 * - `server.rss_growth_mb.pglite` / `.postgres` (target ≤ 10): median RSS of the last
 *   minute minus that of the first minute after the warm-up (a leak shows here), and
 *   `server.rss_growth_mb`, the larger of the two;
 * - `server.idempotent_replay_conflicts` (target 0): of concurrent requests sent with one
 *   Idempotency-Key for a slot's last place, those that did not get the original booking
 *   (another reference, a 409 "full"…), summed over both databases.
 * @module
 */
import { randomBytes } from 'node:crypto'
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { benchJourneys, startServer, stop, type Server } from './server.bench.ts'

const WARM_UP_S = Number(process.env.MEMORY_BENCH_WARM_UP_S ?? 20)
const MINUTE_S = Number(process.env.MEMORY_BENCH_MINUTE_S ?? 60)
/** Requests sent every second, whatever the server's speed (a fixed load, not a stress test). */
const PER_SECOND = { journey: 20, slots: 4, bookings: 4, events: 20, results: 1 }
const REPLAY_ROUNDS = 4
const REPLAYS_PER_ROUND = 12

/**
 * server.bench.ts's journey with a centre like the real ones (30-minute slots, 8:00–20:00,
 * 14 days: ~340 slots; the throughput bench's 5-minute slots round the clock for 60 days
 * make every slots request build 17,000 slots, which is not what usagers cause).
 */
function memoryJourneys(): string {
  const dir = benchJourneys()
  const centre = readFileSync(join(dir, 'callbacks.yaml'), 'utf8')
    .replace(/slotMinutes: \d+/, 'slotMinutes: 30')
    .replace(/horizonDays: \d+/, 'horizonDays: 14')
    .replaceAll('["00:00-24:00"]', '["08:00-20:00"]')
  writeFileSync(join(dir, 'callbacks.yaml'), centre)
  return dir
}

function rssMb(server: Server): number {
  const { child } = server
  if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server stopped during the load (${child.exitCode ?? child.signalCode})`)
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function slotStarts(url: string): Promise<string[]> {
  const res = await fetch(`${url}/api/callbacks/slots?journey=mesure`)
  // Slots from an hour on: the first ones would pass during the load.
  return ((await res.json()) as { slots: { start: string }[] }).slots.slice(12).map((s) => s.start)
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

/** One second of the mixed load; resolves when every answer has been read. */
async function oneSecond(url: string, second: number, slots: string[]): Promise<void> {
  const reads: Promise<unknown>[] = []
  const drain = (res: Promise<Response>) => reads.push(res.then((r) => r.arrayBuffer(), () => undefined))
  for (let i = 0; i < PER_SECOND.journey; i++) drain(fetch(`${url}/journeys/mesure.json`))
  for (let i = 0; i < PER_SECOND.slots; i++) drain(fetch(`${url}/api/callbacks/slots?journey=mesure`))
  for (let i = 0; i < PER_SECOND.bookings; i++) {
    const start = slots[(second * PER_SECOND.bookings + i) % slots.length]!
    drain(post(`${url}/api/callbacks`, { journey: 'mesure', start, phone: '06 12 34 56 78', consent: true, shareAnswers: false }))
  }
  for (let i = 0; i < PER_SECOND.events; i++) {
    // Runs of four events each: started, an abandonment, a replay, a completion.
    const run = Math.floor((second * PER_SECOND.events + i) / 4)
    const session = `bench-${String(run).padStart(16, '0')}`
    const type = ['started', 'abandoned', 'abandoned', 'completed'][i % 4]
    drain(post(`${url}/api/events`, { journey: 'mesure', type, session, ...(type === 'abandoned' ? { question: 'lieu' } : {}) }))
  }
  for (let i = 0; i < PER_SECOND.results; i++) drain(fetch(second % 2 ? `${url}/resultats` : `${url}/api/results?days=7`))
  await Promise.all(reads)
}

async function mixedLoad(server: Server): Promise<{ rss: number; growth: number }> {
  const slots = await slotStarts(server.url)
  const samples: { at: number; rss: number }[] = []
  const total = WARM_UP_S + 2 * MINUTE_S
  const began = Date.now()
  for (let second = 0; second < total; second++) {
    const t0 = Date.now()
    await Promise.all([oneSecond(server.url, second, slots), sleep(1000)])
    if (process.env.MEMORY_BENCH_TRACE) process.stderr.write(`second ${second}: ${Date.now() - t0} ms, ${Math.round(rssMb(server))} MB\n`)
    const at = (Date.now() - began) / 1000
    if (at >= WARM_UP_S) samples.push({ at, rss: rssMb(server) })
  }
  const first = samples.filter((s) => s.at < WARM_UP_S + MINUTE_S).map((s) => s.rss)
  const last = samples.filter((s) => s.at >= WARM_UP_S + MINUTE_S).map((s) => s.rss)
  await sleep(1000)
  return { rss: Math.round(rssMb(server)), growth: Math.round((median(last) - median(first)) * 10) / 10 }
}

/**
 * Fills a slot to its last place, then sends REPLAYS_PER_ROUND identical requests with one
 * Idempotency-Key at once: each must answer the one booking they made together.
 */
async function replayConflicts(url: string): Promise<number> {
  const res = await fetch(`${url}/api/callbacks/slots?journey=mesure`)
  // The latest slots with places left (the load may have booked some of their places).
  const slots = ((await res.json()) as { slots: { start: string; remaining: number }[] }).slots.filter((s) => s.remaining > 1).reverse()
  let conflicts = 0
  for (let round = 0; round < REPLAY_ROUNDS; round++) {
    const { start, remaining } = slots[round]!
    const body = { journey: 'mesure', start, phone: '06 12 34 56 78', consent: true, shareAnswers: false }
    for (let i = 0; i < remaining - 1; i++) await (await post(`${url}/api/callbacks`, body)).arrayBuffer()
    const key = randomBytes(16).toString('hex')
    const answers = await Promise.all(
      Array.from({ length: REPLAYS_PER_ROUND }, async () => {
        const res = await post(`${url}/api/callbacks`, body, { 'Idempotency-Key': key })
        const json = (await res.json().catch(() => ({}))) as { reference?: string }
        return res.status === 201 ? (json.reference ?? null) : null
      }),
    )
    // The original booking: the reference most answers carry (all of them, when it works).
    const counts = new Map<string, number>()
    for (const r of answers) if (r) counts.set(r, (counts.get(r) ?? 0) + 1)
    const original = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0]
    conflicts += answers.filter((r) => r === null || r !== original).length
  }
  return conflicts
}

export async function run(): Promise<Record<string, number | null>> {
  const journeysDir = memoryJourneys()
  const dataDir = mkdtempSync(join(tmpdir(), 'mdv-bench-memory-'))
  const common = { JOURNEYS_DIR: journeysDir, LOG_LEVEL: 'warn', RATE_LIMIT_EVENTS: '0', RATE_LIMIT_FEEDBACK: '0' }
  const figures: Record<string, number | null> = {}
  let conflicts = 0
  try {
    const pglite = await startServer({ ...common, DATA_DIR: dataDir })
    try {
      const load = await mixedLoad(pglite)
      figures['server.rss_mb.pglite'] = load.rss
      figures['server.rss_growth_mb.pglite'] = load.growth
      conflicts += await replayConflicts(pglite.url)
    } finally {
      await stop(pglite)
    }
    const url = process.env.DATABASE_URL
    figures['server.rss_mb.postgres'] = null
    figures['server.rss_growth_mb.postgres'] = null
    if (url) {
      const schema = `mdv_bench_${randomBytes(4).toString('hex')}`
      const server = await startServer({ ...common, DATABASE_URL: url, DATABASE_SCHEMA: schema })
      try {
        const load = await mixedLoad(server)
        figures['server.rss_mb.postgres'] = load.rss
        figures['server.rss_growth_mb.postgres'] = load.growth
        conflicts += await replayConflicts(server.url)
      } finally {
        await stop(server)
        const pg = (await import('pg')).default
        const client = new pg.Client({ connectionString: url })
        await client.connect()
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined)
        await client.end()
      }
    }
    figures['server.idempotent_replay_conflicts'] = conflicts
    // The single figure: the larger growth of the two databases measured.
    const growths = [figures['server.rss_growth_mb.pglite'], figures['server.rss_growth_mb.postgres']].filter((g): g is number => typeof g === 'number')
    figures['server.rss_growth_mb'] = growths.length ? Math.max(...growths) : null
    return figures
  } finally {
    rmSync(journeysDir, { recursive: true, force: true })
    rmSync(dataDir, { recursive: true, force: true })
  }
}
