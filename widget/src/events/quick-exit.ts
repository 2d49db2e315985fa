/**
 * The usager pressed "Quitter ce site" on a sensitive journey. Cancelable: a host that
 * handles the exit itself (its own neutral page, clearing its own state) calls
 * `preventDefault()`; otherwise the widget replaces the page with `detail.url`.
 */
export interface MdvQuickExitDetail {
  journey: string
  url: string
}
export type MdvQuickExitEvent = CustomEvent<MdvQuickExitDetail>
export const quickExitEvent = (detail: MdvQuickExitDetail): MdvQuickExitEvent =>
  new CustomEvent('mdv:quick-exit', { detail, bubbles: true, composed: true, cancelable: true })

declare global {
  interface GlobalEventHandlersEventMap {
    'mdv:quick-exit': MdvQuickExitEvent
  }
}
