/**
 * Real server processes (`node --import tsx server/main.ts`) for the tests that need a
 * port: concurrency across processes, kill -9, SIGTERM. One process, no wrapper, so a
 * signal reaches the server itself.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { FIXTURE_JOURNEYS } from './app.ts'

export interface ServerProcess {
  url: string
  process: ChildProcess
  lines: string[]
  stderr: string[]
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

export function serverEnv(env: Record<string, string>): Record<string, string> {
  const base = { ...process.env } as Record<string, string>
  delete base.DATABASE_URL
  return {
    ...base,
    PORT: '0',
    HOST: '127.0.0.1',
    JOURNEYS_DIR: FIXTURE_JOURNEYS,
    WIDGET_FILE: 'test/server/fixtures/no-widget.js',
    RATE_LIMIT_BOOKING: '0',
    RATE_LIMIT_CANCEL: '0',
    LOG_LEVEL: 'info',
    ...env,
  }
}

export function runNode(script: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: serverEnv(env), stdio: ['ignore', 'pipe', 'pipe'] })
}

export async function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = runNode('server/main.ts', [], env)
  const lines: string[] = []
  const stderr: string[] = []
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${lines.join('\n')}\n${stderr.join('')}`)), timeoutMs)
    let buffer = ''
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk
      let newline: number
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline)
        buffer = buffer.slice(newline + 1)
        lines.push(line)
        const entry = JSON.parse(line) as { msg: string; port?: number }
        if (entry.msg === 'listening') {
          clearTimeout(timer)
          resolve(`http://127.0.0.1:${entry.port}`)
        }
      }
    })
    void exited.then(({ code }) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${code}) before listening:\n${lines.join('\n')}\n${stderr.join('')}`))
    })
  })
  return { url, process: child, lines, stderr, exited }
}

/** The first slot with all its places free, from the server's own list. */
export async function freeSlots(url: string, journey = 'rappel-test'): Promise<string[]> {
  const res = await fetch(`${url}/api/callbacks/slots?journey=${journey}`)
  const { slots } = (await res.json()) as { slots: { start: string; remaining: number }[] }
  return slots.filter((s) => s.remaining === 3).map((s) => s.start)
}

export function bookingBody(start: string, i = 0): string {
  return JSON.stringify({ journey: 'rappel-test', start, phone: `06 12 34 ${String(10 + (i % 90)).padStart(2, '0')} 78`, consent: true })
}
