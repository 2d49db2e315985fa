/**
 * The agents' console in a real Chromium at 390 px (a phone) and 1280 px: the landing
 * « À venir » view, a card with a structured summary, the confirmation of « Annulé » and
 * the « avis » page, with axe-core and no horizontal scrolling. The console's strict CSP
 * forbids injected scripts: axe runs through page.evaluate (the DevTools protocol).
 * Screenshots go to /tmp/console/ (or SCREENSHOTS_DIR) for a look.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { booking, createAgent, createTestApp, NOW, type TestApp } from './helpers/app.ts'
import { pgliteCase, type OpenedStorage } from './helpers/storages.ts'

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const SHOTS = process.env.SCREENSHOTS_DIR ?? '/tmp/console'
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8')
const STRUCTURED = 'MDV-K1ND-0002'

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[]
}

describe.skipIf(!existsSync(CHROME))('agents’ console in Chromium', () => {
  let opened: OpenedStorage
  let t: TestApp
  let server: ServerType
  let url: string
  let browser: Browser
  let token: string

  beforeAll(async () => {
    opened = await pgliteCase.open()
    t = createTestApp(opened.storage, { env: { RATE_LIMIT_BOOKING: '0', RATE_LIMIT_CANCEL: '0' } })
    token = await createAgent(t.storage, { name: 'Camille' })
    const people = ['Dominique Martin', 'Camille Nguyen-Lefèvre', 'Sami Benali', 'Jeanne Durand']
    const starts = ['2026-11-24T14:00:00+01:00', '2026-11-25T09:00:00+01:00', '2026-11-25T09:00:00+01:00', '2026-11-26T15:30:00+01:00']
    for (const [i, start] of starts.entries()) {
      expect((await t.json('POST', '/api/callbacks', booking({ start, name: people[i] }))).status).toBe(201)
    }
    await t.storage.bookCallback({
      reference: STRUCTURED,
      journey: 'rappel-test',
      centre: 'test',
      start: new Date('2026-11-24T09:30:00Z'),
      end: new Date('2026-11-24T10:00:00Z'),
      capacity: 3,
      phone: '+33612345678',
      name: 'Marie-Claude Dupont-Aignan',
      consent: true,
      summary: {
        journeyVersion: 2,
        answers: [
          { id: 'lieu', label: 'Lieu', answer: 'À l’étranger' },
          { id: 'date_evenement', label: 'Date de l’événement', answer: '20 novembre 2026' },
          { id: 'precision', label: 'Précision', answer: 'Décès survenu au Maroc, rapatriement du corps envisagé vers Lyon.' },
        ],
        tasks: [
          { id: 'consulat', title: 'Prévenir le consulat', period: 'Dans les 15 jours', due: '2026-12-04', mandatory: true, kind: 'todo' },
          { id: 'aide', title: 'Demander une aide aux frais d’obsèques', period: 'Dans le mois', mandatory: false, kind: 'advice' },
          { id: 'caf', title: 'Les droits sont recalculés par la CAF', period: 'Dans les 3 mois', mandatory: false, kind: 'automatic' },
        ],
      },
      cancelTokenHash: 'a'.repeat(64),
      cancelCodeHash: null,
      idempotencyKeyHash: null,
      requestHash: null,
      now: NOW,
    })
    // 10:40 in Paris: the structured one's slot (10:30) has started, and it was called and rated.
    t.clock.now = new Date('2026-11-24T09:40:00Z')
    await t.storage.setCallbackStatus(STRUCTURED, { status: 'called', by: 'Camille', now: t.clock.now })
    await t.storage.addCallSatisfaction({ reference: STRUCTURED, rating: 5, comment: 'Très à l’écoute, merci.', now: t.clock.now })

    server = serve({ fetch: t.app.fetch, port: 3452, hostname: '127.0.0.1' })
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await chromium.launch({ executablePath: CHROME, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] })
    mkdirSync(SHOTS, { recursive: true })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
    await opened?.dispose()
  })

  async function signedIn(width: number, height: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height }, locale: 'fr-FR' })
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    await page.goto(`${url}/agent`)
    await page.getByLabel('Jeton d’agent').fill(token)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(`${url}/agent`)
    problems.length = 0 // the sign-in page itself answers 401
    ;(page as Page & { problems: string[] }).problems = problems
    return page
  }

  async function check(page: Page, name: string): Promise<void> {
    // No sideways scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, `${name}: horizontal overflow`).toBeLessThanOrEqual(0)
    await page.evaluate(AXE)
    const result = (await page.evaluate(() => (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as AxeResult
    expect(result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), name).toEqual([])
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
    expect((page as Page & { problems: string[] }).problems, `${name}: console errors`).toEqual([])
  }

  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    it(`« À venir », a structured card, the cancel confirmation and the avis page at ${width} px`, async () => {
      const page = await signedIn(width, height)
      try {
        await expect.poll(() => page.locator('h1').innerText()).toBe('Rappels à venir')
        expect(await page.locator('.upcoming-day h2').allInnerTexts()).toEqual(['mardi 24 novembre 2026', 'mercredi 25 novembre 2026', 'jeudi 26 novembre 2026'])
        expect(await page.getByText('Centre de test').count()).toBeGreaterThan(0)
        await check(page, `a-venir-${width}`)

        await page.getByLabel('Référence du rappel').fill(STRUCTURED.toLowerCase().replace(/-/g, ''))
        await page.getByRole('button', { name: 'Rechercher' }).click()
        const card = page.locator(`article#${STRUCTURED}`)
        await expect.poll(() => card.count()).toBe(1)
        expect(await card.locator('dt').allInnerTexts()).toEqual(['Lieu', 'Date de l’événement', 'Précision'])
        expect(await card.locator('.summary__tasks li').allInnerTexts()).toEqual([
          expect.stringMatching(/^Prévenir le consulat\s*Avant le vendredi 4 décembre 2026 · Dans les 15 jours$/),
          expect.stringMatching(/^Si besoin\s+Demander une aide aux frais d’obsèques\s*Dans le mois$/i),
          expect.stringMatching(/^Automatique\s+Les droits sont recalculés par la CAF\s*Dans les 3 mois$/i),
        ])
        expect(await card.innerText()).toContain('Avis de l’usager sur l’appel : 5 / 5')
        await check(page, `fiche-${width}`)

        await card.getByRole('link', { name: 'Annulé…' }).click()
        await expect.poll(() => page.locator('h1').innerText()).toBe(`Annuler le rappel ${STRUCTURED} ?`)
        await check(page, `confirmer-annulation-${width}`)
        await page.getByRole('link', { name: 'Non, revenir' }).click()
        await expect.poll(() => page.locator(`article#${STRUCTURED}`).count()).toBe(1)
        expect((await t.storage.findCallback(STRUCTURED))?.status).toBe('called')

        await page.goto(`${url}/agent?date=2026-11-25`)
        await check(page, `jour-${width}`)
        await page.goto(`${url}/agent/avis`)
        expect(await page.locator('table').first().innerText()).toContain('Très à l’écoute, merci.')
        await check(page, `avis-${width}`)
      } finally {
        await page.close()
      }
    }, 120_000)
  }
})
