/**
 * The booked call-back: when and who calls, the reference and the short cancel code to
 * note down with the server's /annuler page, the calendar entry (with a caution in
 * sensitive journeys), and cancelling behind an inline « Oui, annuler / Non, garder ».
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { Translations } from '../../i18n/index.ts'
import type { StoredBooking } from '../../storage/callback-store.ts'
import { callerLine } from './caller-info.ts'
import { slotWhen } from './slot-time.ts'

export interface ConfirmedView {
  t: Translations
  booking: StoredBooking
  sensitive: boolean
  icsUrl: string
  cancelPageUrl: string
  /** The call has not started: it can still be cancelled. */
  cancellable: boolean
  confirmingCancel: boolean
  busy: boolean
  onAskCancel(): void
  onCancel(): void
  onKeep(): void
}

function renderCancel(v: ConfirmedView): TemplateResult | typeof nothing {
  const { t } = v
  if (!v.cancellable) return nothing
  if (!v.confirmingCancel) {
    return html`<button class="fr-btn fr-btn--secondary" type="button" part="button button-secondary" data-mdv-cancel @click=${v.onAskCancel}>
      ${t.cancelBooking}
    </button>`
  }
  return html`<div class="fr-alert fr-alert--warning mdv-callback__confirm" part="notice" tabindex="-1" data-mdv-cancel-confirm
    role="group" aria-labelledby="mdv-cb-cancel-text">
    <p id="mdv-cb-cancel-text">${t.cancelConfirm(slotWhen(t, v.booking.start, v.booking.end))}</p>
    <ul class="fr-btns-group fr-btns-group--inline-md">
      <li><button type="button" class="fr-btn" part="button button-primary" ?disabled=${v.busy} @click=${v.onCancel}>${t.cancelYes}</button></li>
      <li><button type="button" class="fr-btn fr-btn--secondary" part="button button-secondary" @click=${v.onKeep}>${t.cancelNo}</button></li>
    </ul>
  </div>`
}

export function renderConfirmed(v: ConfirmedView): TemplateResult {
  const { t, booking: b } = v
  const when = slotWhen(t, b.start, b.end)
  return html`
    <div class="fr-alert fr-alert--success" part="notice">
      <h4 class="fr-alert__title" tabindex="-1" data-mdv-callback-heading>${t.confirmedTitle}</h4>
      <p data-mdv-confirmed-when>${b.centre ? callerLine(t, b.centre, when) : t.confirmedText(when)}</p>
      ${b.shareAnswers === undefined ? nothing : html`<p data-mdv-confirmed-share>${b.shareAnswers ? t.sharedConfirmed : t.notSharedConfirmed}</p>`}
    </div>
    <div class="mdv-callback__note">
      <h5 class="mdv-callback__note-title">${t.noteTitle}</h5>
      <dl class="mdv-recap">
        <dt>${t.reference}</dt>
        <dd><strong class="mdv-reference">${b.reference}</strong></dd>
        ${b.cancelCode ? html`<dt>${t.cancelCode}</dt><dd><strong class="mdv-cancel-code">${b.cancelCode}</strong></dd>` : nothing}
      </dl>
      ${b.cancelCode ? html`<p>${t.cancelElsewhere} <a href=${v.cancelPageUrl} data-mdv-cancel-page>${v.cancelPageUrl}</a>.</p>` : nothing}
    </div>
    ${v.sensitive ? html`<p class="fr-alert fr-alert--warning fr-alert--sm mdv-callback__caution" data-mdv-calendar-caution>${t.calendarCaution}</p>` : nothing}
    <p><a class="fr-link" href=${v.icsUrl} download="rappel-${b.reference}.ics" data-mdv-ics>${t.addCallToCalendar}</a></p>
    ${renderCancel(v)}
  `
}
