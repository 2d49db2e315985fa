/**
 * Mounting the widget in a test and waiting for it, plus small DOM helpers that work in
 * both themes (shadow root by default, light DOM with theme="dsfr").
 */
import '../../../widget/src/index.ts'
import type { MomentDeVie } from '../../../widget/src/index.ts'

export const FIXTURES = new URL('../fixtures/', import.meta.url).href
export const TODAY = '2026-11-24'

export function fixture(name: string): string {
  return `${FIXTURES}${name}.json`
}

/** The tree the widget renders into. */
export function rootOf(el: MomentDeVie): ParentNode {
  return el.shadowRoot ?? el
}

export function $(el: MomentDeVie, selector: string): HTMLElement {
  const found = rootOf(el).querySelector<HTMLElement>(selector)
  if (!found) throw new Error(`Nothing matches ${selector}`)
  return found
}

export function $$(el: MomentDeVie, selector: string): HTMLElement[] {
  return [...rootOf(el).querySelectorAll<HTMLElement>(selector)]
}

export async function waitFor<T>(check: () => T | undefined | null | false, what = 'condition', timeout = 5000): Promise<T> {
  const start = performance.now()
  for (;;) {
    const value = check()
    if (value) return value
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** Lets every Lit element inside the widget finish rendering. */
export async function settle(el: MomentDeVie): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete
    await Promise.all([...rootOf(el).querySelectorAll('*')].map((n) => (n as Partial<MomentDeVie>).updateComplete))
  }
}

export interface MountOptions {
  src?: string
  journey?: string
  lang?: string
  theme?: string
  attrs?: Record<string, string>
  /** Wait for a question, the plan or an error (default) or not at all. */
  wait?: boolean
}

export async function mount(options: MountOptions = {}): Promise<MomentDeVie> {
  const el = document.createElement('moment-de-vie')
  el.setAttribute('today', TODAY)
  if (options.src) el.setAttribute('src', options.src)
  if (options.journey) el.setAttribute('journey', options.journey)
  if (options.lang) el.setAttribute('lang', options.lang)
  if (options.theme) el.setAttribute('theme', options.theme)
  for (const [k, v] of Object.entries(options.attrs ?? {})) el.setAttribute(k, v)
  document.body.append(el)
  if (options.wait !== false) await screen(el)
  return el
}

/** Waits until the widget shows a question, the plan or an error, and has rendered. */
export async function screen(el: MomentDeVie): Promise<void> {
  await waitFor(() => rootOf(el).querySelector('mdv-question, mdv-plan, .fr-alert--error'), 'a screen')
  await settle(el)
}

export function heading(el: MomentDeVie): string {
  return $(el, '[data-mdv-heading]').textContent!.replace(/\s+/g, ' ').trim()
}

export function cleanup(): void {
  document.querySelectorAll('moment-de-vie').forEach((el) => el.remove())
  localStorage.clear()
}

/** The focused element inside the widget (its shadow root's, or the document's in DSFR mode). */
export function active(el: MomentDeVie): Element | null {
  return (el.shadowRoot ?? document).activeElement
}

function describe_(node: Element | null): string {
  if (!node) return 'nothing'
  const attrs = [...node.attributes].filter((a) => a.name === 'id' || a.name.startsWith('data-')).map((a) => `[${a.name}]`)
  return `<${node.localName}${attrs.join('')}> "${(node.textContent ?? '').trim().slice(0, 40)}"`
}

/**
 * Asserts that focus is on the element matching `selector`. Compares descriptions, not
 * elements: a failing chai comparison of DOM nodes tries to print the whole tree.
 */
export function expectFocus(el: MomentDeVie, selector: string): void {
  const expected = rootOf(el).querySelector(selector)
  const actual = active(el)
  if (!expected || actual !== expected) throw new Error(`Focus expected on ${describe_(expected)} (${selector}), found on ${describe_(actual)}`)
}
