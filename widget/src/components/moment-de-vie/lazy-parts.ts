/**
 * The parts of the widget that not every usager reaches, downloaded on demand from the
 * origin of widget.js (relative `import()`: the host's `script-src` for it covers them).
 * Each part brings its styles, added to the widget's shadow root once downloaded; a
 * failed download can be retried.
 * @module
 */
import { supportsAdoptingStyleSheets, type CSSResult, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit'
import type { Translations } from '../../i18n/index.ts'
import { inWidgetUnits } from '../../styles/widget-units.ts'
import { renderPartStatus } from './part-status.ts'

const loaders = {
  plan: () => import('./plan-part.ts'),
  callback: () => import('./callback-part.ts'),
  feedback: () => import('./feedback-part.ts'),
  dsfr: () => import('./dsfr-part.ts'),
  'quick-exit': () => import('./quick-exit-part.ts'),
  summary: () => import('./summary-part.ts'),
  history: () => import('./history-part.ts'),
}

export type PartName = keyof typeof loaders
type PartModule<N extends PartName> = Awaited<ReturnType<(typeof loaders)[N]>>
export type PartState = 'idle' | 'loading' | 'ready' | 'failed'

export interface PartsHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment
}

/** Chunks are modules: one download per page, whichever widget asks first. */
const modules: { [N in PartName]?: Promise<PartModule<N>> } = {}

/**
 * Browsers remember a module that failed to download and fail again at once: a retry asks
 * for the same chunk under another URL (`?retry=…`). The URL comes from the error, where
 * Chromium and Firefox name it; elsewhere the retry is a plain second `import()`.
 */
const failedUrls: Partial<Record<PartName, string>> = {}
const MODULE_URL = /(https?:\/\/[^\s"']+?\.js)\b/

function fetchPart<N extends PartName>(name: N): Promise<PartModule<N>> {
  const existing = modules[name] as Promise<PartModule<N>> | undefined
  if (existing) return existing
  const failed = failedUrls[name]
  const load = failed
    ? () => import(/* @vite-ignore */ `${failed}?retry=${Date.now()}`) as Promise<PartModule<N>>
    : (loaders[name] as () => Promise<PartModule<N>>)
  const promise = load().catch((error: unknown) => {
    // Forgotten, so that « Réessayer » asks the network again.
    delete modules[name]
    const url = MODULE_URL.exec(String(error instanceof Error ? error.message : error))?.[1]
    if (url) failedUrls[name] = url.replace(/\?retry=\d+$/, '')
    throw error
  })
  ;(modules as Record<string, unknown>)[name] = promise
  return promise
}

export class LazyParts implements ReactiveController {
  private readonly states: Partial<Record<PartName, PartState>> = {}
  private readonly loaded: { [N in PartName]?: PartModule<N> } = {}
  private readonly prefetching = new Set<PartName>()
  private readonly inFlight = new Map<PartName, Promise<boolean>>()
  /** A part whose download is retried: its box, then the part, takes the focus. */
  private retried: PartName | undefined

  constructor(private readonly host: PartsHost) {
    host.addController(this)
  }

  hostConnected(): void {}

  state(name: PartName): PartState {
    return this.states[name] ?? 'idle'
  }

  get<N extends PartName>(name: N): PartModule<N> | undefined {
    return this.loaded[name] as PartModule<N> | undefined
  }

  /** Downloads the parts not asked for yet (a screen that needs them is about to render). */
  want(names: readonly PartName[]): void {
    for (const name of names) if (this.state(name) === 'idle') void this.load(name)
  }

  /** Downloads a part once the current frame is painted: it must not delay what is on screen. */
  prefetch(name: PartName): void {
    if (this.state(name) !== 'idle' || this.prefetching.has(name)) return
    this.prefetching.add(name)
    requestAnimationFrame(() => setTimeout(() => {
      this.prefetching.delete(name)
      if (this.state(name) === 'idle') void this.load(name)
    }))
  }

  /** A part's screen once downloaded, else what stands in for it (loading, or failed with « Réessayer »). */
  render(t: Translations, name: PartName, ready: () => TemplateResult): TemplateResult {
    const state = this.state(name)
    return state === 'ready' ? ready() : renderPartStatus(t, name, state, () => this.retry(name))
  }

  private retry(name: PartName): void {
    this.retried = name
    void this.load(name)
  }

  /**
   * After the host rendered: keeps the focus on a retried part's box, then moves it to the
   * part once there. Returns the part it is busy with, if any.
   */
  async focusRetried(): Promise<PartName | undefined> {
    const name = this.retried
    if (!name) return undefined
    const root = this.host.renderRoot
    const part = root.querySelector<HTMLElement & { focusHeading?(): Promise<void> }>(`mdv-${name}`)
    if (!part) {
      root.querySelector<HTMLElement>(`.mdv-part--${name}`)?.focus()
      return name
    }
    this.retried = undefined
    await part.focusHeading?.()
    return name
  }

  /** The downloads under way, for the host's `updateComplete`: a screen is complete with its parts. */
  get pending(): Promise<boolean>[] {
    return [...this.inFlight.values()]
  }

  /** Downloads a part (once); resolves when it is usable, false if the download failed. */
  load(name: PartName): Promise<boolean> {
    const state = this.state(name)
    if (state === 'ready') return Promise.resolve(true)
    const current = this.inFlight.get(name)
    if (current) return current
    this.states[name] = 'loading'
    this.host.requestUpdate()
    const done = fetchPart(name).then(
      (module) => {
        if (this.states[name] !== 'ready') {
          addStyles(this.host.renderRoot, module.styles)
          if ('install' in module) module.install(this.host.renderRoot)
          ;(this.loaded as Record<string, unknown>)[name] = module
          this.states[name] = 'ready'
          this.host.requestUpdate()
        }
        return true
      },
      () => {
        this.states[name] = 'failed'
        this.host.requestUpdate()
        return false
      },
    )
    this.inFlight.set(name, done)
    void done.then(() => this.inFlight.delete(name))
    return done
  }
}

/**
 * Adds a part's styles after the widget's own. Without constructable stylesheets (Safari
 * before 16.4), a <style> element carrying the page's nonce, as Lit itself does.
 */
export function addStyles(root: HTMLElement | DocumentFragment, parts: readonly CSSResult[]): void {
  // theme="dsfr" renders in the page, styled by the site's DSFR stylesheet.
  if (!(root instanceof ShadowRoot)) return
  const styles = inWidgetUnits([...parts]) as CSSResult[]
  if (supportsAdoptingStyleSheets) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...styles.map((s) => s.styleSheet!)]
    return
  }
  const nonce = (globalThis as { litNonce?: string }).litNonce
  for (const s of styles) {
    const style = document.createElement('style')
    if (nonce) style.setAttribute('nonce', nonce)
    style.textContent = s.cssText
    root.appendChild(style)
  }
}
