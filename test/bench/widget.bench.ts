/**
 * Widget figures:
 * - `widget.gzip_bytes`: dist/widget.js alone gzipped (-9).
 * - `widget.initial_gzip_bytes`: what the first question needs, gzipped (-9) file by file:
 *   widget.js and every chunk Chromium requested before the first question was painted
 *   (recorded, not guessed). Target ≤ 40,960. A per-module table of those files goes to stderr.
 * - `widget.total_gzip_bytes`: widget.js and every chunk, gzipped (-9) file by file.
 * - `widget.first_paint_ms`: from <moment-de-vie> being connected to its first question in
 *   the DOM, the journey JSON already in the HTTP cache; median of 20 runs, each in a fresh
 *   page of headless Chromium (Debian's, never a downloaded one). Target ≤ 100 ms.
 * - `widget.first_question_ms.slow4g`: navigation to the first question painted on the real
 *   server's demo page (`server/main.ts`, compressed answers), empty cache, network emulated
 *   (150 ms latency, 200,000 B/s down, 93,750 B/s up) and CPU slowed 4×; median of 5. Target ≤ 1,000 ms.
 * @module
 */
import type { Metafile } from 'esbuild'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from 'playwright-core'
import { buildWidget } from '../../scripts/build-widget.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const dist = join(root, 'dist')
const RUNS = 20
const WARMUP = 3
const SLOW_RUNS = 5
const DEMO_JOURNEY = 'je-deviens-etudiant'
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** The real compiled journey when `npm run build` wrote one, else the widget tests' fixture. */
function journeyFile(): string {
  const real = join(dist, 'journeys', `${DEMO_JOURNEY}.json`)
  return existsSync(real) ? real : join(root, 'test', 'widget', 'fixtures', 'court.json')
}

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/widget.js"></script></head><body><main></main></body></html>`

const gzipSize = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length

/** dist/ as built: widget.js and its chunks, and the journey under /journeys/bench.json. */
function serve(journey: Buffer): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    if (path === '/') return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE)
    if (/^\/(?:chunks\/)?[\w.-]+\.js$/.test(path) && existsSync(join(dist, path))) {
      return res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'max-age=3600' }).end(readFileSync(join(dist, path)))
    }
    if (path === '/journeys/bench.json') {
      return res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'max-age=3600' }).end(journey)
    }
    res.writeHead(204).end()
  })
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)))
}

/**
 * Runs in the page. A string, not a function: tsx would add helpers (__name) to a
 * function's source that do not exist in the page.
 */
const MEASURE = `new Promise((done) => {
  const el = document.createElement('moment-de-vie')
  el.setAttribute('src', '/journeys/bench.json')
  el.setAttribute('no-storage', '')
  el.setAttribute('no-analytics', '')
  const rendered = () => el.shadowRoot && el.shadowRoot.querySelector('mdv-question legend, mdv-question label')
  const start = performance.now()
  document.querySelector('main').append(el)
  const observer = new MutationObserver(() => {
    if (!rendered()) return
    observer.disconnect()
    done(performance.now() - start)
  })
  observer.observe(el.shadowRoot, { childList: true, subtree: true })
})`

/** Before any page script: notes the frame where the first question is painted, from navigation start. */
const WATCH_FIRST_QUESTION = `(() => {
  const look = () => {
    const el = document.querySelector('moment-de-vie')
    const root = el && (el.shadowRoot || el)
    // A frame callback runs just before that frame is painted.
    if (root && root.querySelector('mdv-question legend, mdv-question label')) {
      window.__mdvFirstQuestion = performance.now()
      return
    }
    requestAnimationFrame(look)
  }
  requestAnimationFrame(look)
})()`

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const launch = () => chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS })

async function firstPaint(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext()
  const times: number[] = []
  try {
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const page = await context.newPage()
      await page.goto(`${origin}/`)
      // The journey in the HTTP cache, as on a second visit; the widget's script loaded.
      await page.evaluate("fetch('/journeys/bench.json').then(() => customElements.whenDefined('moment-de-vie'))")
      const ms = (await page.evaluate(MEASURE)) as number
      if (run >= WARMUP) times.push(ms)
      await page.close()
    }
  } finally {
    await context.close()
  }
  return Math.round(median(times) * 10) / 10
}

/** The .js files (relative to dist/) a fresh page requests until its first question is painted. */
async function initialFiles(browser: Browser, origin: string): Promise<string[]> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(WATCH_FIRST_QUESTION)
    await page.goto(`${origin}/`)
    await page.evaluate(`document.querySelector('main').innerHTML = '<moment-de-vie src="/journeys/bench.json" no-storage no-analytics></moment-de-vie>'`)
    await page.waitForFunction('window.__mdvFirstQuestion !== undefined', undefined, { timeout: 15_000 })
    // Requests started before that frame; the plan's chunk, fetched after it, is not counted.
    const paths = (await page.evaluate(`performance.getEntriesByType('resource')
      .filter((e) => e.startTime <= window.__mdvFirstQuestion)
      .map((e) => new URL(e.name).pathname)`)) as string[]
    return [...new Set(paths.filter((p) => p.endsWith('.js')).map((p) => p.slice(1)))]
  } finally {
    await context.close()
  }
}

/** What the first question's files are made of, biggest first (minified bytes of each module). */
function moduleTable(metafile: Metafile, files: string[]): string {
  const rows: [string, number][] = []
  for (const [out, output] of Object.entries(metafile.outputs)) {
    if (!files.some((f) => resolve(root, out) === join(dist, f))) continue
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) if (bytesInOutput > 0) rows.push([input, bytesInOutput])
  }
  rows.sort((a, b) => b[1] - a[1])
  const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0)
  const lines = rows.slice(0, 30).map(([input, bytes]) => `${String(bytes).padStart(8)}  ${((bytes / total) * 100).toFixed(1).padStart(5)} %  ${input}`)
  return `widget.initial_gzip_bytes: modules of ${files.join(', ')} (minified bytes, ${total} in all)\n${lines.join('\n')}\n`
}

function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('the server did not start within 60 s')), 60_000)
    let buffer = ''
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl)
        buffer = buffer.slice(nl + 1)
        try {
          const entry = JSON.parse(line) as { msg?: string; port?: number }
          if (entry.msg === 'listening') {
            clearTimeout(timer)
            ok({ url: `http://127.0.0.1:${entry.port}`, child })
          }
        } catch {
          // Not a log line.
        }
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`the server exited (${code}) before listening`))
    })
  })
}

/** The demo page of the real server, on a slow 4G connection and a phone's CPU, cache empty. */
async function slow4g(browser: Browser, origin: string): Promise<number> {
  const times: number[] = []
  for (let run = 0; run < SLOW_RUNS; run++) {
    // bypassCSP: the demo page allows no eval, which waitForFunction needs; the widget never does either.
    const context = await browser.newContext({ bypassCSP: true })
    try {
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 })
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await page.addInitScript(WATCH_FIRST_QUESTION)
      await page.goto(`${origin}/parcours/${DEMO_JOURNEY}`, { waitUntil: 'commit' })
      await page.waitForFunction('window.__mdvFirstQuestion !== undefined', undefined, { timeout: 30_000, polling: 100 })
      times.push((await page.evaluate('window.__mdvFirstQuestion')) as number)
    } finally {
      await context.close()
    }
  }
  return Math.round(median(times))
}

export async function run(): Promise<Record<string, number | null>> {
  const { gzipBytes, files, metafile } = await buildWidget()
  const figures: Record<string, number | null> = {
    'widget.gzip_bytes': gzipBytes,
    'widget.initial_gzip_bytes': null,
    'widget.total_gzip_bytes': files.reduce((sum, f) => sum + gzipSize(f), 0),
    'widget.first_paint_ms': null,
    'widget.first_question_ms.slow4g': null,
  }
  const browser = await launch()
  const server = await serve(readFileSync(journeyFile()))
  try {
    const address = server.address()
    const origin = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : ''
    try {
      const initial = await initialFiles(browser, origin)
      figures['widget.initial_gzip_bytes'] = initial.reduce((sum, f) => sum + gzipSize(f), 0)
      process.stderr.write(moduleTable(metafile, initial))
    } catch (error) {
      process.stderr.write(`widget.initial_gzip_bytes: ${(error as Error).message}\n`)
    }
    try {
      figures['widget.first_paint_ms'] = await firstPaint(browser, origin)
    } catch (error) {
      process.stderr.write(`widget.first_paint_ms: ${(error as Error).message}\n`)
    }
  } finally {
    server.close()
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'mdv-bench-widget-'))
  let child: ChildProcess | undefined
  try {
    const started = await startServer({ DATA_DIR: dataDir, JOURNEYS_DIR: 'journeys', WIDGET_FILE: join(dist, 'widget.js') })
    child = started.child
    figures['widget.first_question_ms.slow4g'] = await slow4g(browser, started.url)
  } catch (error) {
    process.stderr.write(`widget.first_question_ms.slow4g: ${(error as Error).message}\n`)
  } finally {
    await browser.close()
    child?.kill('SIGTERM')
    if (child) await new Promise((ok) => child!.once('exit', ok))
    rmSync(dataDir, { recursive: true, force: true })
  }
  return figures
}
