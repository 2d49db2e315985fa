/**
 * /resultats in a real Chromium at 390 px (a phone) and 1280 px: every chart label and
 * value is rendered at 12 px or more, wraps instead of being clipped, and the page has
 * no axe-core violation. Runs the app in process over the real journeys, with figures
 * sent through the API. Screenshots go to $RESULTS_SCREENSHOTS when set.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app.ts'
import { loadCatalogue } from '../../server/journeys/catalogue.ts'
import { silentLogger } from '../../server/log.ts'
import { fixtureCentres, NOW, testConfig } from './helpers/app.ts'
import { pgliteCase, type OpenedStorage } from './helpers/storages.ts'

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const SHOTS = process.env.RESULTS_SCREENSHOTS

describe.skipIf(!existsSync(CHROME))('/resultats in Chromium', () => {
  let opened: OpenedStorage
  let server: ServerType
  let base: string
  let browser: Browser

  beforeAll(async () => {
    opened = await pgliteCase.open()
    const journeys = loadCatalogue('journeys')
    const clock = { now: NOW }
    const { app } = createApp({
      config: testConfig({ JOURNEYS_DIR: 'journeys', RATE_LIMIT_EVENTS: '0', RATE_LIMIT_FEEDBACK: '0' }),
      storage: opened.storage,
      journeys,
      centres: fixtureCentres(),
      log: silentLogger,
      now: () => clock.now,
    })
    const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    // Runs over three weeks on every journey; some stop at their longest-labelled question.
    let n = 0
    for (const [i, { id }] of journeys.list.entries()) {
      const questions = journeys.get(id)!.journey.questions
      const longest = [...questions].sort((a, b) => b.label.length - a.label.length)[0]!
      for (let k = 0; k < 4 + i; k++) {
        clock.now = new Date(NOW.getTime() - (k % 3) * 7 * 86_400_000)
        const session = `browser-run-${String(n++).padStart(8, '0')}`
        await post('/api/events', { journey: id, type: 'started', session })
        if (k % 2) await post('/api/events', { journey: id, type: 'completed', session })
        else await post('/api/events', { journey: id, type: 'abandoned', question: (k % 4 ? questions[0]! : longest).id, session })
      }
      await post('/api/feedback', { journey: id, rating: 1 + (i % 5) })
    }
    clock.now = NOW
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => server.once('listening', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => server?.close(resolve))
    await opened?.dispose()
  })

  async function open(width: number, height: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } })
    const errors: string[] = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    expect((await page.goto(`${base}/resultats?days=30`))!.status()).toBe(200)
    expect(errors).toEqual([])
    return page
  }

  /** Every chart text: its rendered font size, and whether it is cut or overflows the page. */
  const chartTexts = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('.chart__label, .chart__value, .chart__title, .period__choice')].map((el) => {
        const rect = el.getBoundingClientRect()
        return {
          text: el.textContent!.trim().slice(0, 40),
          fontPx: parseFloat(getComputedStyle(el).fontSize),
          clipped: el.scrollWidth > el.clientWidth + 1 || rect.right > document.documentElement.clientWidth + 0.5 || rect.left < 0,
        }
      }),
    )

  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    it(`labels are 12 px or more and never clipped at ${width} px; axe-core finds nothing`, async () => {
      const page = await open(width, height)
      try {
        const texts = await chartTexts(page)
        expect(texts.length).toBeGreaterThan(40)
        expect(texts.filter((t) => t.fontPx < 12)).toEqual([])
        expect(texts.filter((t) => t.clipped)).toEqual([])
        // No text drawn inside an SVG (it would scale down with the viewBox).
        expect(await page.locator('svg text').count()).toBe(0)
        // The page itself never scrolls sideways (wide tables scroll in their own frame).
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
        // Long labels wrap onto several lines rather than being cut.
        if (width === 390) {
          const tallest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.chart__label')].map((e) => e.getBoundingClientRect().height)))
          expect(tallest).toBeGreaterThan(40)
        }
        await page.evaluate(readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8'))
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe
          return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`)
        })
        expect(violations).toEqual([])
        if (SHOTS) {
          await page.screenshot({ path: join(SHOTS, `resultats-${width}x${height}.png`) })
          for (const id of ['chart-completion', 'chart-abandonment', 'chart-trend']) {
            await page.locator(`#${id}`).screenshot({ path: join(SHOTS, `resultats-${width}-${id}.png`) })
          }
        }
      } finally {
        await page.close()
      }
    }, 60_000)
  }

  it('the period is chosen by plain links, without script', async () => {
    const page = await open(390, 844)
    try {
      await page.getByRole('link', { name: '7 derniers jours' }).click()
      await page.waitForURL(/days=7$/)
      expect(await page.locator('.period__choice[aria-current="page"]').textContent()).toBe('7 derniers jours')
      expect(await page.locator('#chart-trend .chart__row').count()).toBe(2)
    } finally {
      await page.close()
    }
  }, 60_000)
})
