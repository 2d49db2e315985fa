/**
 * « Recommencer »: its confirmation box and what confirming removes from the store
 * (« Effacer mes réponses sur cet appareil », under the plan only, is in forget-confirm.ts).
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { CompiledJourney } from '../../../../engine/runtime/index.ts'
import type { Translations } from '../../i18n/index.ts'
import { sessionKey, sharedKey } from '../../storage/keys.ts'
import type { Store } from '../../storage/store.ts'

/** Id of the « also forget shared answers » checkbox in the restart confirmation. */
export const RESTART_SHARED_ID = 'mdv-restart-shared'

export interface RestartConfirm {
  /** Offer to forget shared answers too (the journey uses or reused some). */
  offerShared: boolean
  onConfirm: () => void
  onCancel: () => void
}

export function renderRestartConfirm(t: Translations, props: RestartConfirm): TemplateResult {
  return html`<div class="fr-alert fr-alert--warning fr-no-print" part="notice" tabindex="-1" data-mdv-restart
    role="group" aria-labelledby="mdv-restart-text">
    <p id="mdv-restart-text">${t.restartConfirm}</p>
    ${props.offerShared
      ? html`<div class="fr-checkbox-group mdv-restart__shared">
          <input type="checkbox" id=${RESTART_SHARED_ID} />
          <label class="fr-label" for=${RESTART_SHARED_ID}>${t.restartForgetShared}</label>
        </div>`
      : nothing}
    <ul class="fr-btns-group fr-btns-group--inline-md">
      <li><button type="button" class="fr-btn" part="button button-primary" @click=${props.onConfirm}>${t.restartYes}</button></li>
      <li><button type="button" class="fr-btn fr-btn--secondary" part="button button-secondary" @click=${props.onCancel}>${t.cancel}</button></li>
    </ul>
  </div>`
}

/** Shared answers (date of birth…) are reused by every journey: forgetting them means starting this one without any. */
export function forgetSharedAnswers(store: Store, journey: CompiledJourney): void {
  for (const key of store.keys()) if (key.startsWith(sharedKey(''))) store.remove(key)
  store.remove(sessionKey(journey.id, journey.version))
}
