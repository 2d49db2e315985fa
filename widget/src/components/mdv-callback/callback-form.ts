/**
 * The booking form: the day, then that day's times (one screen on a phone, where a
 * fieldset per day for two weeks would be several), the phone number, who calls, and
 * the two consents: to be called (required) and to share the answers (optional).
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { CallbackOffer, Slot } from '../../api/client.ts'
import { formatDay, parisDay } from '../../i18n/format.ts'
import type { Translations } from '../../i18n/index.ts'
import { renderCallerInfo } from './caller-info.ts'
import { slotRange } from './slot-time.ts'

export type Field = 'slot' | 'phone' | 'consent'

export interface Choice {
  slot: string
  phone: string
  e164: string
  name: string
  consent: boolean
  share: boolean
}

export interface FormView {
  t: Translations
  offer: CallbackOffer
  day: string
  choice: Choice
  errors: Partial<Record<Field, string>>
  sensitive: boolean
  onDay(day: string): void
  onSubmit(event: SubmitEvent): void
  onClose(): void
  focus(selector: string): void
}

/** Slots by Paris day, in order. */
export function slotsByDay(slots: readonly Slot[]): Map<string, Slot[]> {
  const days = new Map<string, Slot[]>()
  for (const s of slots) days.set(parisDay(s.start), [...(days.get(parisDay(s.start)) ?? []), s])
  return days
}

const TARGET: Record<Field, string> = { slot: 'mdv-cb-slot-0', phone: 'mdv-cb-phone', consent: 'mdv-cb-consent' }

function errorText(v: FormView, field: Field): TemplateResult | typeof nothing {
  const message = v.errors[field]
  return message
    ? html`<p class="fr-message fr-message--error fr-error-text" id="mdv-cb-${field}-error" part="error">
        <span class="fr-sr-only">${v.t.errorPrefix}</span> ${message}
      </p>`
    : nothing
}

function renderErrorSummary(v: FormView): TemplateResult | typeof nothing {
  const entries = (Object.entries(v.errors) as [Field, string][]).filter(([, m]) => m)
  if (!entries.length) return nothing
  const go = (event: Event, field: Field) => {
    event.preventDefault()
    v.focus(`#${TARGET[field]}`)
  }
  return html`
    <div class="fr-alert fr-alert--error mdv-error-summary" tabindex="-1" data-mdv-callback-errors part="error-summary"
      aria-labelledby="mdv-cb-errors-title">
      <h5 class="fr-alert__title" id="mdv-cb-errors-title">${v.t.errorSummaryTitle}</h5>
      <ul>
        ${entries.map(([field, message]) => html`<li><a href="#${TARGET[field]}" @click=${(e: Event) => go(e, field)}>${message}</a></li>`)}
      </ul>
    </div>
  `
}

function renderSlots(v: FormView): TemplateResult {
  const { t } = v
  const days = slotsByDay(v.offer.slots)
  const slots = days.get(v.day) ?? []
  const dayName = slots[0] ? formatDay(t, slots[0].start) : ''
  return html`
    <div class="fr-select-group">
      <label class="fr-label" for="mdv-cb-day">${t.chooseDay}</label>
      <select class="fr-select" id="mdv-cb-day" @change=${(e: Event) => v.onDay((e.target as HTMLSelectElement).value)}>
        ${[...days.keys()].map((d) => html`<option value=${d} ?selected=${d === v.day}>${formatDay(t, days.get(d)![0]!.start)}</option>`)}
      </select>
    </div>
    <fieldset class="fr-fieldset mdv-slots ${v.errors.slot ? 'fr-fieldset--error' : ''}" aria-labelledby="mdv-cb-slot-legend mdv-cb-slot-messages">
      <legend class="fr-fieldset__legend" id="mdv-cb-slot-legend">${t.slotsOfDay(dayName)}</legend>
      ${slots.map(
        (s, i) => html`<div class="fr-fieldset__element fr-fieldset__element--inline mdv-slots__slot">
          <div class="fr-radio-group">
            <input type="radio" name="slot" id="mdv-cb-slot-${i}" .value=${s.start} ?checked=${s.start === v.choice.slot} />
            <label class="fr-label" for="mdv-cb-slot-${i}">${slotRange(t, s.start, s.end)}</label>
          </div>
        </div>`,
      )}
      <div class="fr-messages-group" id="mdv-cb-slot-messages">${errorText(v, 'slot')}</div>
    </fieldset>
  `
}

function renderConsents(v: FormView): TemplateResult {
  const { t } = v
  return html`
    <div class="fr-checkbox-group ${v.errors.consent ? 'fr-checkbox-group--error' : ''}">
      <input type="checkbox" id="mdv-cb-consent" name="consent" value="yes" ?checked=${v.choice.consent}
        aria-describedby=${v.errors.consent ? 'mdv-cb-consent-error' : nothing} aria-invalid=${v.errors.consent ? 'true' : nothing} />
      <label class="fr-label" for="mdv-cb-consent">${t.consentLabel}</label>
    </div>
    ${errorText(v, 'consent')}
    <div class="fr-checkbox-group mdv-callback__share">
      <input type="checkbox" id="mdv-cb-share" name="share" value="yes" ?checked=${v.choice.share} aria-describedby="mdv-cb-share-hint" />
      <label class="fr-label" for="mdv-cb-share">${t.shareLabel}<span class="fr-hint-text" id="mdv-cb-share-hint">${t.shareHint}</span></label>
    </div>
  `
}

export function renderForm(v: FormView): TemplateResult {
  const { t } = v
  return html`
    <form novalidate @submit=${v.onSubmit} class="mdv-callback__form">
      <h4 class="mdv-callback__step" tabindex="-1" data-mdv-callback-heading>${t.callbackFormTitle}</h4>
      ${renderErrorSummary(v)} ${renderCallerInfo(t, v.offer.centre, v.sensitive)} ${renderSlots(v)}
      <div class="fr-input-group ${v.errors.phone ? 'fr-input-group--error' : ''}">
        <label class="fr-label" for="mdv-cb-phone">${t.phoneLabel}<span class="fr-hint-text" id="mdv-cb-phone-hint">${t.phoneHint}</span></label>
        <input class="fr-input" id="mdv-cb-phone" name="phone" type="tel" autocomplete="tel" .value=${v.choice.phone}
          aria-describedby="mdv-cb-phone-hint ${v.errors.phone ? 'mdv-cb-phone-error' : ''}" aria-invalid=${v.errors.phone ? 'true' : nothing} />
        ${errorText(v, 'phone')}
      </div>
      <div class="fr-input-group">
        <label class="fr-label" for="mdv-cb-name">${t.nameLabel}</label>
        <input class="fr-input" id="mdv-cb-name" name="name" type="text" autocomplete="name" .value=${v.choice.name} />
      </div>
      ${renderConsents(v)}
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit" part="button button-primary">${t.continue}</button></li>
        <li><button class="fr-btn fr-btn--secondary" type="button" part="button button-secondary" @click=${v.onClose}>${t.cancel}</button></li>
      </ul>
    </form>
  `
}
