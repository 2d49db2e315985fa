/**
 * The plan screen as an usager meets it (issue 9), measured in Debian's Chromium on the
 * built widget:
 * - `widget.plan_height_screens@mobile`: height of the reference plan (the widow of
 *   test/fixtures/widow.ts) at 390×844 with every line closed, in screens of 844 px. Target ≤ 5.
 * - `widget.plan_print_pages`: A4 pages of that plan printed to PDF by Chromium (which fires
 *   the print events, as a browser's Print does). Target ≤ 6.
 * - `widget.plan_render_ms`: from the last answer to the plan painted, for the largest plan
 *   any scenario of the ten journeys gives (the other answers come from a private link);
 *   median of 15 runs, each in a fresh page. Target ≤ 50.
 * @module
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { parse } from 'yaml'
import type { CompiledJourney } from '../../engine/journey/types.ts'
import { buildPlan } from '../../engine/runtime/plan.ts'
import { widowAnswers, WIDOW_JOURNEY } from '../fixtures/widow.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const TODAY = '2026-12-03'
const RUNS = 15

const page = (journey: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/widget.js"></script></head><body><main><moment-de-vie src="/journeys/${journey}.json" today="${TODAY}" no-analytics></moment-de-vie></main></body></html>`

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const journey = url.searchParams.get('journey')
    if (url.pathname === '/' && journey) return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(journey))
    // widget.js and the chunks it loads on demand (dist/chunks/*.js).
    if (/^\/(?:chunks\/)?[\w.-]+\.js$/.test(url.pathname)) {
      const file = join(root, 'dist', url.pathname)
      return existsSync(file) ? res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file)) : res.writeHead(404).end()
    }
    const match = /^\/journeys\/([a-z0-9-]+)\.json$/.exec(url.pathname)
    if (match) return res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(join(root, 'dist', 'journeys', `${match[1]}.json`)))
    res.writeHead(404).end()
  })
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)))
}

function journeyOf(id: string): CompiledJourney {
  return JSON.parse(readFileSync(join(root, 'dist', 'journeys', `${id}.json`), 'utf8')) as CompiledJourney
}

function linkFor(journey: CompiledJourney, answers: object): string {
  return `#mdv=${Buffer.from(JSON.stringify({ j: journey.id, v: journey.version, a: answers })).toString('base64url')}`
}

/** The scenario whose plan has the most entries, across the ten journeys. */
function largestPlan(): { journey: CompiledJourney; answers: Record<string, unknown>; tasks: number } {
  let best: { journey: CompiledJourney; answers: Record<string, unknown>; tasks: number } | undefined
  for (const file of readdirSync(join(root, 'journeys')).filter((f) => f.endsWith('.scenarios.yaml'))) {
    const doc = parse(readFileSync(join(root, 'journeys', file), 'utf8')) as { journey: string; scenarios: { answers?: Record<string, unknown> }[] }
    const journey = journeyOf(doc.journey)
    for (const scenario of doc.scenarios) {
      const answers = JSON.parse(JSON.stringify(scenario.answers ?? {}, (_, v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)))
      const tasks = buildPlan(journey, answers, TODAY).tasks.length
      if (!best || tasks > best.tasks) best = { journey, answers, tasks }
    }
  }
  return best!
}

const PLAN_PAINTED = `new Promise((done) => {
  const find = () => { const r = document.querySelector('moment-de-vie'); return r && (r.shadowRoot || r).querySelector('mdv-plan .mdv-entry') }
  const check = () => find() ? requestAnimationFrame(() => done(performance.now())) : setTimeout(check, 1)
  check()
})`

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

async function widowFigures(browser: Browser, origin: string): Promise<{ screens: number; pages: number }> {
  const journey = journeyOf(WIDOW_JOURNEY)
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const tab = await context.newPage()
  await tab.goto(`${origin}/?journey=${WIDOW_JOURNEY}${linkFor(journey, widowAnswers(TODAY))}`)
  await tab.evaluate(PLAN_PAINTED)
  const height = (await tab.evaluate(`(() => {
    const root = document.querySelector('moment-de-vie').shadowRoot
    for (const d of root.querySelectorAll('details')) d.open = false
    return root.querySelector('mdv-plan').getBoundingClientRect().height
  })()`)) as number
  // Chromium's printToPDF fires beforeprint and afterprint, as a browser's Print does.
  const pdf = await tab.pdf({ format: 'A4', printBackground: true })
  await context.close()
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  return { screens: Math.round((height / 844) * 100) / 100, pages }
}

async function renderMs(browser: Browser, origin: string): Promise<number> {
  const { journey, answers, tasks } = largestPlan()
  // The last question the usager answers: every other answer arrives with the link.
  const last = [...journey.questions].reverse().find((q) => q.id in answers)!.id
  const { [last]: lastValue, ...before } = answers
  process.stderr.write(`bench: largest plan ${journey.id}, ${tasks} entries, last answer « ${last} »\n`)
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const times: number[] = []
  for (let run = 0; run < RUNS + 2; run++) {
    const tab = await context.newPage()
    await tab.goto(`${origin}/?journey=${journey.id}${linkFor(journey, before)}`)
    await tab.waitForFunction("document.querySelector('moment-de-vie')?.shadowRoot?.querySelector('mdv-question legend, mdv-question label')")
    // An usager reads the question before answering: the plan's chunk, fetched once the
    // question is painted, has arrived by then (the download is widget.first_question's concern).
    await tab.waitForLoadState('networkidle')
    const ms = (await tab.evaluate(`(async () => {
      const question = document.querySelector('moment-de-vie').shadowRoot.querySelector('mdv-question')
      const start = performance.now()
      // What the question form sends once its answer is read and checked.
      question.dispatchEvent(new CustomEvent('mdv-answer', { detail: { value: ${JSON.stringify(lastValue)} }, bubbles: true, composed: true }))
      return (await ${PLAN_PAINTED}) - start
    })()`)) as number
    if (run >= 2) times.push(ms)
    await tab.close()
  }
  await context.close()
  return Math.round(median(times) * 10) / 10
}

export async function run(): Promise<Record<string, number | null>> {
  const server = await serve()
  const address = server.address()
  const origin = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : ''
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const widow = await widowFigures(browser, origin)
    return {
      'widget.plan_height_screens@mobile': widow.screens,
      'widget.plan_print_pages': widow.pages,
      'widget.plan_render_ms': await renderMs(browser, origin),
    }
  } catch (error) {
    process.stderr.write(`plan bench: ${(error as Error).message}\n`)
    return { 'widget.plan_height_screens@mobile': null, 'widget.plan_print_pages': null, 'widget.plan_render_ms': null }
  } finally {
    await browser.close()
    server.close()
  }
}
