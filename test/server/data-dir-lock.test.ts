/**
 * One PGlite directory, one process (issue 12, item 1): a second opener refuses with a
 * clear message, `agent:token` says what to do and prints no token; a lock left by a
 * killed process is taken over. The other holder is a real live process (`sleep`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPgliteStorage } from '../../server/storage/pglite.ts'
import { forwardedClient, rateLimitKey } from '../../server/middleware/client-address.ts'

describe('PGlite data directory lock', () => {
  let dataDir: string
  let holder: ChildProcess
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'mdv-lock-'))
    mkdirSync(join(dataDir, 'pglite'), { recursive: true })
    holder = spawn('sleep', ['60'])
    writeFileSync(join(dataDir, 'pglite.lock'), String(holder.pid))
  })
  afterAll(() => {
    holder?.kill()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('refuses a directory another live process holds, in French and English', async () => {
    await expect(openPgliteStorage({ dataDir })).rejects.toThrow(new RegExp(`déjà ouverte par le processus ${holder.pid}[\\s\\S]*already open in process ${holder.pid}`))
  })

  it('agent:token refuses, prints no token and says what to do', () => {
    const run = spawnSync('npx', ['tsx', 'server/cli/agent-token.ts', 'Camille'], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8', timeout: 60_000 })
    expect(run.status).toBe(3)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/Aucun jeton n’a été créé. Arrêtez le serveur/)
  }, 60_000)

  it('takes over the lock of a process that is gone, and releases it on close', async () => {
    const gone = spawnSync('true')
    writeFileSync(join(dataDir, 'pglite.lock'), String(gone.pid))
    const { storage } = await openPgliteStorage({ dataDir })
    await storage.close()
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false)
  }, 60_000)
})

describe('client address behind proxies', () => {
  it('takes the rightmost hop the trusted proxies did not write', () => {
    expect(forwardedClient('10.0.0.2', '6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7')
    expect(forwardedClient('10.0.0.2', '6.6.6.6, 203.0.113.7, 10.0.0.9', 2)).toBe('203.0.113.7')
    expect(forwardedClient('10.0.0.2', '203.0.113.7', 0)).toBe('10.0.0.2')
    // More trusted proxies than hops: the leftmost address there is.
    expect(forwardedClient('10.0.0.2', '203.0.113.7', 5)).toBe('203.0.113.7')
    expect(forwardedClient('10.0.0.2', undefined, 1)).toBe('10.0.0.2')
  })

  it('keys IPv6 clients per /64 and IPv4-mapped addresses as IPv4', () => {
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe(rateLimitKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'))
    expect(rateLimitKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(rateLimitKey('2001:db8:1:3::1')).not.toBe(rateLimitKey('2001:db8:1:2::1'))
    expect(rateLimitKey('::ffff:192.0.2.7')).toBe('192.0.2.7')
    expect(rateLimitKey('192.0.2.7')).toBe('192.0.2.7')
  })
})
