/**
 * The root's information boxes: loading errors, how the journey started (resumed,
 * restored from a link, discarded) and the safety banner of sensitive journeys.
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

export function renderNotice(t: Translations, notice: Notice | undefined): TemplateResult | typeof nothing {
  if (!notice) return nothing
  const text = {
    'other-version': t.discardedOtherVersion,
    unreadable: t.discardedUnreadable,
    resumed: t.resumed,
    link: t.restoredFromLink,
    'link-older': t.restoredOlderLink,
  }[notice]
  const kind = notice === 'resumed' || notice === 'link' ? 'info' : 'warning'
  return html`<div class="fr-alert fr-alert--${kind} fr-alert--sm fr-no-print" part="notice"><p>${text}</p></div>`
}

export function renderQuickExit(t: Translations, onExit: () => void): TemplateResult {
  return html`<div class="mdv-quick-exit fr-no-print" part="quick-exit">
    <p>${t.sensitiveNotice}</p>
    <button type="button" class="fr-btn fr-btn--secondary" part="button quick-exit-button" @click=${onExit}>${t.quickExit}</button>
  </div>`
}
