/**
 * Answering questions the way a usager does, through the controls (not the engine).
 */
import type { MomentDeVie } from '../../../widget/src/index.ts'
import { $, $$, settle } from './mount.ts'

type Value = string | number | boolean | string[]

async function nextScreen(el: MomentDeVie, before: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await settle(el)
    const heading = (el.shadowRoot ?? el).querySelector('[data-mdv-heading]')?.textContent ?? ''
    const question = (el.shadowRoot ?? el).querySelector('mdv-question')?.question?.id ?? 'plan'
    if (`${heading}|${question}` !== before || (el.shadowRoot ?? el).querySelector('[data-mdv-error-summary]')) return
    await new Promise((r) => setTimeout(r, 5))
  }
}

function currentKey(el: MomentDeVie): string {
  const heading = (el.shadowRoot ?? el).querySelector('[data-mdv-heading]')?.textContent ?? ''
  const question = (el.shadowRoot ?? el).querySelector('mdv-question')?.question?.id ?? 'plan'
  return `${heading}|${question}`
}

/** Fills the current question's controls with a value (without submitting). */
export function fill(el: MomentDeVie, value: Value): void {
  const q = $(el, 'mdv-question') as HTMLElementTagNameMap['mdv-question']
  const type = q.question.type
  if (type === 'date') {
    const [y, m, d] = String(value).split('-')
    ;($(el, 'input[name="day"]') as HTMLInputElement).value = d ?? ''
    ;($(el, 'input[name="month"]') as HTMLInputElement).value = m ?? ''
    ;($(el, 'input[name="year"]') as HTMLInputElement).value = y ?? ''
  } else if (type === 'single' || type === 'boolean' || type === 'multiple') {
    const wanted = Array.isArray(value) ? value.map(String) : [String(value)]
    for (const input of $$(el, 'input[name="answer"]') as HTMLInputElement[]) input.checked = wanted.includes(input.value)
  } else {
    ;($(el, '[name="answer"]') as HTMLInputElement | HTMLSelectElement).value = String(value)
  }
}

/** Fills and submits with "Continuer", then waits for the next screen (or the error summary). */
export async function answer(el: MomentDeVie, value: Value): Promise<void> {
  fill(el, value)
  await submit(el)
}

export async function submit(el: MomentDeVie): Promise<void> {
  const before = currentKey(el)
  $(el, 'mdv-question button[type="submit"]').click()
  await nextScreen(el, before)
}

export async function answerAll(el: MomentDeVie, values: Value[]): Promise<void> {
  for (const value of values) await answer(el, value)
}

export async function click(el: MomentDeVie, selector: string): Promise<void> {
  $(el, selector).click()
  await settle(el)
}

export function buttonByText(el: MomentDeVie, text: string | RegExp): HTMLButtonElement {
  const match = ($$(el, 'button') as HTMLButtonElement[]).find((b) => (typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!)))
  if (!match) throw new Error(`No button ${text}`)
  return match
}

/** Opens every line of the plan, as taps do; details render once the browser reports each toggle. */
export async function openAllEntries(el: MomentDeVie): Promise<void> {
  for (const details of $$(el, 'details.mdv-entry__disclosure') as HTMLDetailsElement[]) details.open = true
  for (let i = 0; i < 50 && $$(el, '.mdv-entry__details').length < $$(el, '.mdv-entry').length; i++) {
    await new Promise((r) => setTimeout(r, 5))
    await settle(el)
  }
}
