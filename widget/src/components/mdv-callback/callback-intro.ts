/**
 * The call-back section before a form: the offer to be called (after a cancellation,
 * with its message), and the slots loading or failing to load.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { Translations } from '../../i18n/index.ts'

/** `cancelled`: the message to show first, when a booking was just cancelled (by the usager or the centre). */
export function renderIntro(t: Translations, cancelled: string | undefined, onOpen: () => void): TemplateResult {
  return html`
    ${cancelled ? html`<p class="fr-alert fr-alert--info fr-alert--sm" tabindex="-1" data-mdv-callback-heading>${cancelled}</p>` : nothing}
    <p>${t.callbackIntro}</p>
    <button type="button" class="fr-btn" part="button button-primary" data-mdv-open-callback @click=${onOpen}>${t.openCallback}</button>`
}

export function renderOfferProblem(t: Translations, problem: 'loading' | 'error' | 'empty'): TemplateResult {
  if (problem === 'loading') return html`<p data-mdv-callback-heading tabindex="-1">${t.slotsLoading}</p>`
  return html`<div class="fr-alert fr-alert--warning" tabindex="-1" data-mdv-callback-heading>
    <p>${problem === 'error' ? t.slotsError : t.noSlots}</p>
  </div>`
}
