/**
 * Driving the real widget in Chromium from the server tests: build the bundle into a
 * temporary file (vitest runs before `npm run build`), find the question on screen,
 * answer a whole journey through its controls as an usager would.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { parse } from 'yaml'

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
export const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export type Answer = string | number | boolean | string[]

/** dist/widget.js as `npm run build` makes it (dynamic imports inlined), into `dir`. */
export async function buildTestWidget(dir: string): Promise<string> {
  const file = join(dir, 'widget.js')
  await build({
    entryPoints: ['widget/src/index.ts'],
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2021'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  })
  return file
}

/** The answers of a journey's first scenario (journeys/<id>.scenarios.yaml). */
export function scenarioAnswers(journey: string, index = 0): Record<string, Answer> {
  const file = parse(readFileSync(`journeys/${journey}.scenarios.yaml`, 'utf8')) as { scenarios: { answers: Record<string, Answer> }[] }
  return file.scenarios[index]!.answers
}

export async function currentQuestion(page: Page): Promise<{ id: string; type: string } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('moment-de-vie')
    const root = host?.shadowRoot ?? host
    const q = root?.querySelector('mdv-question') as (Element & { question?: { id: string; type: string } }) | null | undefined
    return q?.question ? { id: q.question.id, type: q.question.type } : null
  })
}

/** Answers every question the widget asks from `answers`, until the plan shows. Returns the ids asked. */
export async function answerJourney(page: Page, answers: Record<string, Answer>): Promise<string[]> {
  await expect.poll(() => currentQuestion(page), { timeout: 15_000 }).not.toBeNull()
  const asked: string[] = []
  for (let question = await currentQuestion(page); question; question = await currentQuestion(page)) {
    const value = answers[question.id]
    expect(value, `no answer for « ${question.id} »`).toBeDefined()
    asked.push(question.id)
    if (question.type === 'date') {
      const [year, month, day] = String(value).split('-')
      await page.locator('mdv-question input[name="day"]').fill(day!)
      await page.locator('mdv-question input[name="month"]').fill(month!)
      await page.locator('mdv-question input[name="year"]').fill(year!)
    } else if (question.type === 'commune') {
      await chooseCommune(page, String(value))
    } else if (['single', 'boolean', 'multiple'].includes(question.type)) {
      for (const v of Array.isArray(value) ? value : [value]) await page.locator(`mdv-question input[name="answer"][value="${String(v)}"]`).check()
    } else {
      await page.locator('mdv-question [name="answer"]').fill(String(value))
    }
    const before = question.id
    await page.locator('mdv-question button[type="submit"]').click()
    await expect.poll(async () => (await currentQuestion(page))?.id ?? 'plan', { timeout: 5_000 }).not.toBe(before)
    expect(asked.length).toBeLessThan(60)
  }
  await expect.poll(() => page.locator('mdv-plan').count()).toBe(1)
  return asked
}

/** Types the commune's name in the picker, as an usager would, and picks it by its code in the list. */
async function chooseCommune(page: Page, code: string): Promise<void> {
  const commune = (await page.evaluate(async (c) => (await fetch(`/api/communes/${c}`)).json(), code)) as { nom: string; departement: string }
  await page.locator('mdv-question input[role="combobox"]').fill(commune.nom)
  const option = page.locator('mdv-question [role="option"]').filter({ hasText: new RegExp(`^\\s*${commune.nom}\\s*\\(${commune.departement}\\)`) })
  await option.first().click()
  await expect.poll(() => page.locator('mdv-question input[type="hidden"][name="answer"]').inputValue()).toBe(code)
}
