/**
 * SIGTERM lets a keep-alive client finish (issue 12, item 8): a request sent on an idle
 * kept-alive connection just after the signal is answered (with Connection: close),
 * not reset. A real server process on a loopback port.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { request, Agent } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startServer } from './helpers/server-process.ts'

function get(url: string, agent: Agent): Promise<{ status: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/healthz`, { agent }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('graceful shutdown', () => {
  it('answers a request sent on a kept-alive connection after SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdv-shutdown-'))
    const server = await startServer({ DATA_DIR: dir })
    try {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 })
      expect((await get(server.url, agent)).status).toBe(200)
      server.process.kill('SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, 100))
      // /healthz says 503 while stopping: the point is that it answers at all.
      const late = await get(server.url, agent)
      expect(late.status).toBe(503)
      expect(late.connection).toBe('close')
      expect(await server.exited).toEqual({ code: 0, signal: null })
      agent.destroy()
    } finally {
      server.process.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    }
  }, 90_000)
})
