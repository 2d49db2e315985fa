/**
 * The two embed lines of the docs, on another site, in a real Chromium: a host page on
 * http://localhost:<port> — another site than the server's http://127.0.0.1:<port> — under
 * a strict CSP that allows scripts and connections to the widget's origin only, with the
 * preload hints of docs/integration.md. The widget (the real build, chunks included) loads,
 * the usager answers, sees the plan and books a callback; nothing is refused on the way.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWidget } from '../../scripts/build-widget.ts'
import { startServer, type ServerProcess } from './helpers/server-process.ts'

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const JOURNEY = 'rappel-test'

/** The host page, as an administration would write it from docs/integration.md. */
function hostPage(widgetOrigin: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Mairie d'exemple — Je perds un proche</title>
  <link rel="modulepreload" href="${widgetOrigin}/widget.js">
  <link rel="preload" href="${widgetOrigin}/journeys/${JOURNEY}.json" as="fetch" crossorigin="anonymous">
  <script type="module" src="${widgetOrigin}/widget.js"></script>
</head>
<body>
  <main>
    <h1>Je perds un proche</h1>
    <moment-de-vie journey="${JOURNEY}"></moment-de-vie>
  </main>
</body>
</html>`
}

function startHost(widgetOrigin: string): Promise<Server> {
  const csp = `default-src 'none'; script-src ${widgetOrigin}; connect-src ${widgetOrigin}; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'`
  const server = createServer((req, res) => {
    // The browser asks for the host's icon by itself.
    if (req.url === '/favicon.ico') return res.writeHead(204).end()
    if (req.url !== '/') return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(hostPage(widgetOrigin))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

async function currentQuestion(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('moment-de-vie')
    const q = (host?.shadowRoot ?? host)?.querySelector('mdv-question') as (Element & { question?: { id: string } }) | null | undefined
    return q?.question?.id ?? null
  })
}

/** Ten days ago, in the widget's day/month/year fields. */
function recentDate(): [string, string, string] {
  const d = new Date(Date.now() - 10 * 86_400_000)
  return [String(d.getDate()), String(d.getMonth() + 1), String(d.getFullYear())]
}

describe.skipIf(!existsSync(CHROME))('embedding from another site under a strict CSP', () => {
  const work = mkdtempSync(join(tmpdir(), 'mdv-cross-origin-'))
  let server: ServerProcess
  let host: Server
  let browser: Browser

  beforeAll(async () => {
    const widgetFile = join(work, 'widget', 'widget.js')
    await buildWidget(widgetFile)
    server = await startServer({ DATA_DIR: join(work, 'data'), WIDGET_FILE: widgetFile })
    host = await startHost(server.url)
    browser = await chromium.launch({
      executablePath: CHROME,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => (host ? host.close(resolve) : resolve(undefined)))
    server?.process.kill('SIGTERM')
    await server?.exited
    rmSync(work, { recursive: true, force: true })
  })

  it('loads the widget and its chunks, answers, shows the plan and books a callback', async () => {
    const hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`
    const page = await browser.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    const problems: string[] = []
    const scripts: Promise<{ url: string; allowOrigin?: string; encoding?: string; bytes: number }>[] = []
    let journeyRequests = 0
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    // CSP violations and CORS refusals are reported as console errors.
    page.on('console', (message) => {
      if (message.type() === 'error' || /preload|Content Security Policy|CORS/i.test(message.text())) problems.push(`console: ${message.text()}`)
    })
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`))
    page.on('request', (request) => {
      if (request.url().endsWith(`/journeys/${JOURNEY}.json`)) journeyRequests += 1
    })
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
      if (response.url().startsWith(server.url) && response.url().endsWith('.js')) {
        const headers = response.headers()
        scripts.push(response.body().then((body) => ({ url: response.url(), allowOrigin: headers['access-control-allow-origin'], encoding: headers['content-encoding'], bytes: body.length })))
      }
    })

    await page.goto(hostUrl)
    expect(new URL(page.url()).origin).not.toBe(server.url)
    await expect.poll(() => currentQuestion(page), { timeout: 15_000 }).toBe('lieu')

    await page.locator('mdv-question input[name="answer"][value="france"]').check()
    await page.locator('mdv-question button[type="submit"]').click()
    await expect.poll(() => currentQuestion(page)).toBe('date_evenement')
    const [day, month, year] = recentDate()
    await page.locator('mdv-question input[name="day"]').fill(day)
    await page.locator('mdv-question input[name="month"]').fill(month)
    await page.locator('mdv-question input[name="year"]').fill(year)
    await page.locator('mdv-question button[type="submit"]').click()
    await expect.poll(() => page.locator('mdv-plan').count(), { timeout: 20_000 }).toBe(1)
    await expect.poll(() => page.locator('mdv-plan').innerText()).toContain("Déclarer l'événement à la mairie")

    // The callback, through whatever screens the widget shows: slot, phone, consent, recap.
    await page.locator('mdv-callback').getByRole('button', { name: /rappel/i }).first().click()
    await page.locator('mdv-callback input[name="slot"]').first().check({ timeout: 10_000 })
    await page.locator('mdv-callback input[type="tel"]').fill('06 12 34 56 78')
    await page.locator('mdv-callback input[name="consent"]').check()
    await page.locator('mdv-callback form button[type="submit"]').click()
    const booked = page.waitForResponse((r) => r.url() === `${server.url}/api/callbacks` && r.request().method() === 'POST')
    await page.locator('mdv-callback').getByRole('button', { name: /confirmer/i }).click()
    const response = await booked
    expect(response.status()).toBe(201)
    expect(response.headers()['access-control-allow-origin']).toBe('*')
    const { reference } = (await response.json()) as { reference: string }
    await expect.poll(() => page.locator('mdv-callback').innerText(), { timeout: 10_000 }).toContain(reference)

    // Every script came from the widget's origin, readable cross-origin, compressed unless tiny.
    const loaded = await Promise.all(scripts)
    expect(loaded.map((s) => new URL(s.url).pathname)).toContain('/widget.js')
    for (const script of loaded) {
      expect(script.allowOrigin, script.url).toBe('*')
      if (script.bytes >= 512) expect(['br', 'gzip'], script.url).toContain(script.encoding)
    }
    // The preload hint was used: the journey was fetched once.
    expect(journeyRequests).toBe(1)
    expect(problems).toEqual([])
  }, 120_000)

  it('on the server’s own demo page too, the journey is preloaded and fetched once', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' })
    const problems: string[] = []
    // Who asked for the journey: the page's <link rel="preload"> (parser) or the widget (script).
    const initiators: string[] = []
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    cdp.on('Network.requestWillBeSent', (event) => {
      if (event.request.url.endsWith(`/journeys/${JOURNEY}.json`)) initiators.push(event.initiator.type)
    })
    page.on('console', (message) => {
      if (message.type() === 'error' || /preload/i.test(message.text())) problems.push(message.text())
    })
    await page.goto(`${server.url}/parcours/${JOURNEY}`)
    await expect.poll(() => currentQuestion(page), { timeout: 15_000 }).toBe('lieu')
    expect(initiators).toEqual(['parser'])
    expect(problems).toEqual([])
  }, 60_000)
})
