/**
 * « Retrouver ma liste plus tard » across devices, in a real Chromium: the link the plan
 * gives in one browser context restores the same plan in a fresh one (no storage shared),
 * without the answers ever reaching the server; a damaged link starts the journey.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerJourney, buildTestWidget, CHROME, CHROME_ARGS, currentQuestion, scenarioAnswers } from './helpers/drive-widget.ts'
import { startServer, type ServerProcess } from './helpers/server-process.ts'

const JOURNEY = 'je-perds-un-proche'

/** The plan's démarche titles, in order, as the usager reads them. */
const planTitles = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('moment-de-vie')?.shadowRoot
    return [...(root?.querySelectorAll('mdv-plan .mdv-entry__title') ?? [])].map((e) => e.textContent!.trim())
  })

describe.skipIf(!existsSync(CHROME))('a private link restores the plan on another device', () => {
  const work = mkdtempSync(join(tmpdir(), 'mdv-link-'))
  let server: ServerProcess
  let browser: Browser

  beforeAll(async () => {
    const widget = await buildTestWidget(work)
    server = await startServer({ DATA_DIR: join(work, 'data'), JOURNEYS_DIR: 'journeys', WIDGET_FILE: widget })
    browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    server?.process.kill('SIGTERM')
    await server?.exited
    rmSync(work, { recursive: true, force: true })
  })

  it('gives a link whose answers sit in the fragment, and opens the same plan in a fresh context', async () => {
    const first = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    const page = await first.newPage()
    await page.goto(`${server.url}/parcours/${JOURNEY}`)
    await answerJourney(page, scenarioAnswers(JOURNEY))
    const titles = await planTitles(page)
    expect(titles.length).toBeGreaterThan(5)

    await page.locator('mdv-plan .mdv-keep__summary').click()
    const link = await page.locator('#mdv-private-link').inputValue()
    const url = new URL(link)
    expect(url.origin + url.pathname).toBe(`${server.url}/parcours/${JOURNEY}`)
    expect(url.search).toBe('')
    expect(url.hash).toMatch(/^#mdv=[A-Za-z0-9_-]+$/)
    const mailto = await page.locator('mdv-plan a[href^="mailto:"]').getAttribute('href')
    expect(decodeURIComponent(mailto!)).toContain(link)
    await first.close()

    // Another device: nothing stored, nothing shared but the link.
    const second = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    const other = await second.newPage()
    const sent: string[] = []
    other.on('request', (request) => sent.push(request.url() + (request.postData() ?? '')))
    await other.goto(link)
    await expect.poll(() => other.locator('mdv-plan').count(), { timeout: 15_000 }).toBe(1)
    expect(await currentQuestion(other)).toBeNull()
    expect(await planTitles(other)).toEqual(titles)
    // The fragment leaves the address bar once read, and never travels to the server.
    expect(new URL(other.url()).hash).toBe('')
    const payload = url.hash.slice('#mdv='.length)
    expect(sent.length).toBeGreaterThan(0)
    expect(sent.filter((s) => s.includes(payload.slice(0, 24)))).toEqual([])
    await second.close()
  }, 120_000)

  it('starts the journey at its first question when the link is damaged', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${server.url}/parcours/${JOURNEY}#mdv=eyJqIjoiamUtcGVyZHMt`)
    await expect.poll(() => currentQuestion(page), { timeout: 15_000 }).not.toBeNull()
    expect(await page.locator('mdv-plan').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  }, 60_000)
})
