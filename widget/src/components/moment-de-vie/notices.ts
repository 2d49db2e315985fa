/**
 * The root's information boxes: loading errors, how the journey started (resumed,
 * restored from a link, discarded). The safety banner of sensitive journeys is mdv-quick-exit.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { Notice } from '../../controllers/journey-controller.ts'
import type { Translations } from '../../i18n/index.ts'

export function renderError(t: Translations, message: string): TemplateResult {
  return html`<div class="fr-alert fr-alert--error" role="alert" part="notice">
    <h2 class="fr-alert__title">${t.errorTitle}</h2>
    <p>${message}</p>
  </div>`
}

/** `sensitive`: the answers were kept in the tab only (sessionStorage), and the notice says so. */
export function renderNotice(t: Translations, notice: Notice | undefined, sensitive = false): TemplateResult | typeof nothing {
  if (!notice) return nothing
  const text = {
    'other-version': t.discardedOtherVersion,
    unreadable: t.discardedUnreadable,
    resumed: sensitive ? t.resumedInTab : t.resumed,
    link: t.restoredFromLink,
    'link-older': t.restoredOlderLink,
  }[notice]
  const kind = notice === 'resumed' || notice === 'link' ? 'info' : 'warning'
  return html`<div class="fr-alert fr-alert--${kind} fr-alert--sm fr-no-print" part="notice"><p>${text}</p></div>`
}
