/**
 * The recap before booking: when, who calls, the number, and both consents in words
 * (what the agent will see, or that they will see only the journey's name).
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { CallbackCentre, Slot } from '../../api/client.ts'
import type { Translations } from '../../i18n/index.ts'
import { callerLine } from './caller-info.ts'
import type { Choice } from './callback-form.ts'
import { slotWhen } from './slot-time.ts'

export interface RecapView {
  t: Translations
  slot: Slot | undefined
  centre: CallbackCentre
  choice: Choice
  summary: string
  contentLang: string | typeof nothing
  onConfirm(): void
  onModify(): void
}

export function renderRecap(v: RecapView): TemplateResult {
  const { t, choice } = v
  return html`
    <h4 class="mdv-callback__step" tabindex="-1" data-mdv-callback-heading>${t.recapTitle}</h4>
    <dl class="mdv-recap">
      <dt>${t.recapSlot}</dt>
      <dd>${v.slot ? slotWhen(t, v.slot.start, v.slot.end) : ''}</dd>
      <dt>${t.callerTitle}</dt>
      <dd>${callerLine(t, v.centre)}</dd>
      <dt>${t.recapPhone}</dt>
      <dd>${choice.phone}</dd>
      ${choice.name ? html`<dt>${t.recapName}</dt><dd>${choice.name}</dd>` : nothing}
      <dt>${t.recapConsent}</dt>
      <dd data-mdv-recap-consent>${t.yes}</dd>
      <dt>${t.summaryTitle}</dt>
      <dd data-mdv-recap-share>
        ${choice.share
          ? html`<p class="mdv-recap__line">${t.recapShared}</p><p class="mdv-recap__summary" lang=${v.contentLang}>${v.summary}</p>`
          : html`<p class="mdv-recap__line">${t.recapNotShared}</p>`}
      </dd>
    </dl>
    <ul class="fr-btns-group fr-btns-group--inline-md">
      <li><button class="fr-btn" type="button" part="button button-primary" @click=${v.onConfirm}>${t.confirmBooking}</button></li>
      <li><button class="fr-btn fr-btn--secondary" type="button" part="button button-secondary" @click=${v.onModify}>${t.modify}</button></li>
    </ul>
  `
}
