/**
 * « Effacer mes réponses sur cet appareil » under the plan, or its confirmation once
 * pressed: in the plan's chunk.
 * @module
 */
import { html, type TemplateResult } from 'lit'
import type { Translations } from '../../i18n/index.ts'

export interface ForgetConfirm {
  confirming: boolean
  onAsk: () => void
  onConfirm: () => void
  onCancel: () => void
}

/** The « Effacer » button, or its confirmation once pressed. */
export function renderForget(t: Translations, props: ForgetConfirm): TemplateResult {
  if (!props.confirming) {
    return html`<button type="button" class="fr-btn fr-btn--tertiary-no-outline" part="button button-tertiary" @click=${props.onAsk}>
      ${t.forget}
    </button>`
  }
  return html`<div class="fr-alert fr-alert--warning" part="notice" tabindex="-1" data-mdv-forget role="group" aria-labelledby="mdv-forget-text">
    <p id="mdv-forget-text">${t.forgetConfirm}</p>
    <ul class="fr-btns-group fr-btns-group--inline-md">
      <li><button type="button" class="fr-btn" part="button button-primary" @click=${props.onConfirm}>${t.forgetYes}</button></li>
      <li><button type="button" class="fr-btn fr-btn--secondary" part="button button-secondary" @click=${props.onCancel}>${t.cancel}</button></li>
    </ul>
  </div>`
}
