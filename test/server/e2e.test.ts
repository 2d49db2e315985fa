/**
 * End to end, in a real Chromium: the demo page of « Je perds un proche », every
 * question answered through the widget's controls, the plan shown, a callback booked;
 * then the agents' console lists it with the summary the usager shared. Runs against
 * the real journeys and the real widget bundle (built here into a temporary file).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerJourney, buildTestWidget, CHROME, CHROME_ARGS, scenarioAnswers } from './helpers/drive-widget.ts'
import { runNode, startServer, type ServerProcess } from './helpers/server-process.ts'
import { DATABASE_URL, dropSchema, randomSchema } from './helpers/storages.ts'

const JOURNEY = 'je-perds-un-proche'

describe.skipIf(!existsSync(CHROME))('end to end: demo page, widget, booking, agents’ console', () => {
  const work = mkdtempSync(join(tmpdir(), 'mdv-e2e-'))
  const schema = randomSchema()
  let server: ServerProcess
  let browser: Browser
  let token: string
  const problems: string[] = []

  beforeAll(async () => {
    const widgetFile = await buildTestWidget(work)
    const env: Record<string, string> = DATABASE_URL
      ? { DATABASE_URL, DATABASE_SCHEMA: schema, JOURNEYS_DIR: 'journeys', WIDGET_FILE: widgetFile }
      : { DATA_DIR: join(work, 'data'), JOURNEYS_DIR: 'journeys', WIDGET_FILE: widgetFile }
    const cli = runNode('server/cli/agent-token.ts', ['Conseiller E2E'], env)
    let out = ''
    cli.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c))
    expect(await new Promise((resolve) => cli.on('exit', resolve))).toBe(0)
    token = out.trim()
    server = await startServer(env)
    browser = await chromium.launch({
      executablePath: CHROME,
      args: CHROME_ARGS,
    })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    server?.process.kill('SIGTERM')
    await server?.exited
    if (DATABASE_URL) await dropSchema(DATABASE_URL, schema)
    rmSync(work, { recursive: true, force: true })
  })

  it('answers « Je perds un proche », shows the plan, books a callback that the agent sees with the summary', async () => {
    const page = await browser.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
    })
    await page.goto(`${server.url}/parcours/${JOURNEY}`)
    const asked = await answerJourney(page, scenarioAnswers(JOURNEY))
    expect(asked.length).toBeGreaterThan(5)

    // The plan.
    await expect.poll(() => page.locator('mdv-plan').count()).toBe(1)
    await expect.poll(() => page.locator('mdv-plan').innerText()).toContain('Déclarer le décès')

    // The callback: a slot, a phone number, consent to be called and to share the answers, then confirm.
    await page.locator('mdv-callback').getByRole('button', { name: 'Être rappelé par un conseiller' }).click()
    await page.locator('mdv-callback input[name="slot"]').first().check()
    const slot = await page.locator('mdv-callback input[name="slot"]:checked').inputValue()
    await page.locator('#mdv-cb-phone').fill('06 12 34 56 78')
    await page.locator('#mdv-cb-name').fill('Dominique Bout-en-bout')
    // Who calls, before booking (journeys/callbacks.yaml, centre « deces »).
    expect(await page.locator('mdv-callback [data-mdv-caller]').innerText()).toMatch(/depuis le 01\s23\s45\s67\s89/)
    await page.locator('#mdv-cb-consent').check()
    // Sharing is separate and unticked: without it the agent would see only the journey's name.
    expect(await page.locator('#mdv-cb-share').isChecked()).toBe(false)
    await page.locator('#mdv-cb-share').check()
    await page.locator('mdv-callback form button[type="submit"]').click()
    await page.getByRole('button', { name: 'Confirmer le rendez-vous' }).click()
    const reference = (await page.locator('.mdv-reference').textContent({ timeout: 10_000 }))!.trim()
    expect(reference).toMatch(/^MDV-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    // The short code to note down, and the calendar entry served by the real server.
    expect((await page.locator('.mdv-cancel-code').textContent())!.trim()).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(await page.locator('[data-mdv-cancel-page]').getAttribute('href')).toBe(`${server.url}/annuler`)
    const ics = await page.request.get((await page.locator('[data-mdv-ics]').getAttribute('href'))!)
    expect(ics.status()).toBe(200)
    expect(await ics.text()).toContain(reference)

    // The agents' console: sign in with the token from the command line, open the slot's day.
    const agent = await browser.newPage({ locale: 'fr-FR' })
    agent.on('pageerror', (error) => problems.push(`agent pageerror: ${error.message}`))
    await agent.goto(`${server.url}/agent`)
    await agent.getByLabel('Jeton d’agent').fill(token)
    await agent.getByRole('button', { name: 'Se connecter' }).click()
    await agent.waitForURL(`${server.url}/agent`)
    await agent.goto(`${server.url}/agent?date=${slot.slice(0, 10)}`)
    const card = agent.locator(`article#${reference}`)
    await expect.poll(() => card.count()).toBe(1)
    const text = await card.innerText()
    expect(text).toContain('Dominique Bout-en-bout')
    expect(text).toContain('+33 6 12 34 56 78')
    expect(text).toContain('Je perds un proche')
    expect(text).toContain('Ce que l’usager a déjà indiqué')
    expect(text).toMatch(/Lien avec la personne décédée|lien/i)

    // Before its slot the call cannot have happened: no « Appelé », and « Annulé… » asks to confirm.
    expect(await card.getByRole('button', { name: 'Appelé' }).count()).toBe(0)
    await card.getByRole('link', { name: 'Annulé…' }).click()
    await agent.getByRole('button', { name: 'Oui, annuler le rappel' }).click()
    await agent.waitForURL(/maj=/)
    // The card's status badge (the shared démarches carry badges of their own).
    expect(await agent.locator(`article#${reference} .badge`).first().innerText()).toMatch(/annulé/i)

    expect(problems).toEqual([])
  }, 120_000)
})
