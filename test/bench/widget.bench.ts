/**
 * Widget figures:
 * - `widget.gzip_bytes`: dist/widget.js (minified, everything included) gzipped. Target ≤ 40 KB (40960).
 * - `widget.first_paint_ms`: from <moment-de-vie> being connected to its first question in
 *   the DOM, the journey JSON already in the HTTP cache; median of 20 runs, each in a fresh
 *   page of headless Chromium (Debian's, never a downloaded one). Target ≤ 100 ms.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { buildWidget } from '../../scripts/build-widget.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const RUNS = 20
const WARMUP = 3

/** The real compiled journey when `npm run build` wrote one, else the widget tests' fixture. */
function journeyFile(): string {
  const real = join(root, 'dist', 'journeys', 'je-deviens-etudiant.json')
  return existsSync(real) ? real : join(root, 'test', 'widget', 'fixtures', 'court.json')
}

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/widget.js"></script></head><body><main></main></body></html>`

function serve(widget: Buffer, journey: Buffer): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    if (path === '/') return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE)
    if (path === '/widget.js') return res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'max-age=3600' }).end(widget)
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

async function firstPaint(origin: string): Promise<number | null> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const context = await browser.newContext()
    const times: number[] = []
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const page = await context.newPage()
      await page.goto(`${origin}/`)
      // The journey in the HTTP cache, as on a second visit; the widget's script loaded.
      await page.evaluate("fetch('/journeys/bench.json').then(() => customElements.whenDefined('moment-de-vie'))")
      const ms = (await page.evaluate(MEASURE)) as number
      if (run >= WARMUP) times.push(ms)
      await page.close()
    }
    return Math.round(median(times) * 10) / 10
  } finally {
    await browser.close()
  }
}

export async function run(): Promise<Record<string, number | null>> {
  await buildWidget()
  const widget = readFileSync(join(root, 'dist', 'widget.js'))
  const gzipBytes = gzipSync(widget, { level: 9 }).length
  let paint: number | null = null
  const server = await serve(widget, readFileSync(journeyFile()))
  try {
    const address = server.address()
    paint = typeof address === 'object' && address ? await firstPaint(`http://127.0.0.1:${address.port}`) : null
  } catch (error) {
    process.stderr.write(`widget.first_paint_ms: ${(error as Error).message}\n`)
  } finally {
    server.close()
  }
  return { 'widget.gzip_bytes': gzipBytes, 'widget.first_paint_ms': paint }
}
