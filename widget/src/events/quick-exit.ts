/**
 * The usager pressed "Quitter ce site" (or Shift three times) on a sensitive journey.
 * Cancelable: a host that handles the exit itself (its own neutral page, clearing its own
 * state) calls `preventDefault()`; otherwise the widget replaces the page with `detail.url`.
 * Either way the journey's answers are already erased when the event is sent.
 */
import { forgetJourney } from '../storage/session-store.ts'
import { eraseAll, type Store } from '../storage/store.ts'

export interface MdvQuickExitDetail {
  journey: string
  url: string
}
export type MdvQuickExitEvent = CustomEvent<MdvQuickExitDetail>
export const quickExitEvent = (detail: MdvQuickExitDetail): MdvQuickExitEvent =>
  new CustomEvent('mdv:quick-exit', { detail, bubbles: true, composed: true, cancelable: true })

/** A neutral page that says nothing about what was being read. */
export const DEFAULT_EXIT_URL = 'https://www.google.fr/'

/** Only a web address: the attribute must not become a `javascript:` link. */
export function exitUrl(wanted: string | undefined): string {
  try {
    const url = new URL(wanted ?? '', document.baseURI)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : DEFAULT_EXIT_URL
  } catch {
    return DEFAULT_EXIT_URL
  }
}

/**
 * Erases what the widget kept for the journey — the whole tab session (answers, check-offs,
 * a booked call-back) and anything this journey ever left in localStorage — then tells the
 * host. Returns whether the widget should leave (the host did not take over).
 */
export function quickExit(target: EventTarget, journey: string, url: string, stores: readonly (Store | undefined)[]): boolean {
  for (const store of stores) {
    if (!store) continue
    if (store.kind === 'local') forgetJourney(store, journey)
    else eraseAll(store)
  }
  return target.dispatchEvent(quickExitEvent({ journey, url }))
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mdv:quick-exit': MdvQuickExitEvent
  }
}
