/**
 * The server as a process: agent tokens from the CLI, durability under kill -9 (every
 * booking answered 201 is there after a restart), graceful SIGTERM, and a clear
 * refusal to start on a broken callbacks.yaml. For PGlite and, with DATABASE_URL,
 * PostgreSQL.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { bookingBody, freeSlots, runNode, startServer } from './helpers/server-process.ts'
import { DATABASE_URL, dropSchema, randomSchema } from './helpers/storages.ts'

interface Case {
  kind: string
  env: Record<string, string>
  cleanup(): Promise<void>
}

function cases(): Case[] {
  const dataDir = mkdtempSync(join(tmpdir(), 'mdv-process-'))
  const list: Case[] = [{ kind: 'pglite', env: { DATA_DIR: dataDir }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) }]
  const url = DATABASE_URL
  if (url) {
    const schema = randomSchema()
    list.push({ kind: 'postgres', env: { DATABASE_URL: url, DATABASE_SCHEMA: schema }, cleanup: () => dropSchema(url, schema) })
  }
  return list
}

function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = runNode(script, args, env)
  let stdout = ''
  let stderr = ''
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c))
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })))
}

describe.each(cases())('server process ($kind)', ({ env, cleanup }) => {
  afterAll(() => cleanup())
  let token: string

  it('creates an agent token from the command line', async () => {
    const created = await run('server/cli/agent-token.ts', ['Camille Test'], env)
    expect(created.stderr).toContain('Jeton créé pour Camille Test')
    expect(created.code).toBe(0)
    token = created.stdout.trim()
    expect(token).toMatch(/^mdv_[A-Za-z0-9_-]{43}$/)
    const refused = await run('server/cli/agent-token.ts', ['--scope=tout'], env)
    expect(refused.code).toBe(2)
  }, 90_000)

  it('keeps every booking answered 201 after kill -9, and stops gracefully on SIGTERM', async () => {
    const first = await startServer(env)
    // The CLI's token opens the agents' API of the server.
    expect((await fetch(`${first.url}/api/agent/callbacks`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200)

    const slots = await freeSlots(first.url)
    expect(slots.length).toBeGreaterThan(20)
    const confirmed: { reference: string; cancelToken: string }[] = []
    let killed = false
    let sent = 0
    // Eight clients book one after another until the server is killed under them.
    const client = async (id: number) => {
      for (let i = id; !killed; i += 8) {
        sent += 1
        try {
          const res = await fetch(`${first.url}/api/callbacks`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bookingBody(slots[Math.floor(i / 3) % slots.length]!, i) })
          if (res.status === 201) confirmed.push((await res.json()) as { reference: string; cancelToken: string })
          else await res.body?.cancel()
        } catch {
          return // connection cut by the kill
        }
      }
    }
    const clients = Array.from({ length: 8 }, (_, id) => client(id))
    for (const deadline = Date.now() + 30_000; confirmed.length < 40 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20))
    first.process.kill('SIGKILL')
    killed = true
    expect(confirmed.length).toBeGreaterThanOrEqual(40)
    expect((await first.exited).signal).toBe('SIGKILL')
    await Promise.all(clients)
    expect(sent).toBeGreaterThan(confirmed.length)

    const second = await startServer(env)
    const missing = []
    for (const { reference, cancelToken } of confirmed) {
      const res = await fetch(`${second.url}/api/callbacks/${reference}.ics?token=${encodeURIComponent(cancelToken)}`)
      if (res.status !== 200) missing.push(reference)
      await res.body?.cancel()
    }
    expect(missing).toEqual([])

    second.process.kill('SIGTERM')
    expect(await second.exited).toEqual({ code: 0, signal: null })
    const messages = second.lines.map((l) => (JSON.parse(l) as { msg: string }).msg)
    expect(messages.slice(-2)).toEqual(['stopping', 'stopped'])
  }, 120_000)
})

describe('startup checks', () => {
  it('refuses to start on a broken callbacks.yaml, with file:line errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdv-callbacks-'))
    try {
      const file = join(dir, 'callbacks.yaml')
      writeFileSync(file, 'centres:\n  - id: deces\n    name: Conseillers\n    slotMinutes: 30\n    capacty: 3\n')
      const result = await run('server/main.ts', [], { CALLBACKS_FILE: file, DATA_DIR: dir })
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(`${file}:5:5 erreur : Propriété inconnue « capacty ». Vouliez-vous dire « capacity » ?`)
      expect(result.stderr).toContain('« minNoticeHours » est obligatoire')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)

  it('refuses a bad setting', async () => {
    const result = await run('server/main.ts', [], { RETENTION_DAYS: 'trente' })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('RETENTION_DAYS=trente')
  }, 30_000)
})
