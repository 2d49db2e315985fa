/**
 * What stands in for a part while it downloads, or after its download failed: a box
 * that keeps the space of a screen (no jump when it arrives), can hold the focus, and
 * says what happens in words, with « Réessayer » rather than a blank.
 * @module
 */
import { html, type TemplateResult } from 'lit'
import type { Translations } from '../../i18n/index.ts'
import type { PartName, PartState } from './lazy-parts.ts'

export function renderPartStatus(t: Translations, name: PartName, state: PartState, onRetry: () => void): TemplateResult {
  if (state === 'failed') {
    return html`<div class="fr-alert fr-alert--error mdv-part mdv-part--${name}" role="alert" tabindex="-1" data-mdv-pending part="notice">
      <p>${t.partFailed}</p>
      <button type="button" class="fr-btn fr-btn--secondary" part="button button-secondary" @click=${onRetry}>${t.partRetry}</button>
    </div>`
  }
  return html`<div class="mdv-part mdv-part--${name}" tabindex="-1" data-mdv-pending>
    <p class="mdv-loading" role="status">${t.partLoading}</p>
  </div>`
}
