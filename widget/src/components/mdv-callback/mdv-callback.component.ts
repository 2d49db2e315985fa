import { html, nothing, type TemplateResult } from 'lit'
import type { ApiClient, Slot } from '../../api/client.ts'
import { formatDay, formatTime, parisDay } from '../../i18n/format.ts'
import { loadBooking, saveBooking, type StoredBooking } from '../../storage/callback-store.ts'
import type { Store } from '../../storage/store.ts'
import { normalizePhone } from '../../validation/phone.ts'
import { LightElement } from '../light-element.ts'
import { newIdempotencyKey } from './idempotency-key.ts'

type Step = 'closed' | 'form' | 'recap' | 'confirmed' | 'cancelled'
type Field = 'slot' | 'phone' | 'consent'

/**
 * "Être rappelé par un conseiller": a slot picker fed by the server, a phone number
 * (French formats, overseas included), consent to share the summary of answers,
 * a recap to confirm, then the booking reference and a cancel button.
 *
 * @event mdv-booked - Internal: a call-back was booked.
 * @csspart callback - The call-back section.
 *
 * @tagname mdv-callback
 */
export class MdvCallback extends LightElement {
  static override properties = {
    ...LightElement.properties,
    journey: { attribute: false },
    api: { attribute: false },
    store: { attribute: false },
    summary: { attribute: false },
    today: { attribute: false },
    step: { state: true },
    slots: { state: true },
    day: { state: true },
    errors: { state: true },
    status: { state: true },
    booking: { state: true },
  }

  declare journey: string
  declare api: ApiClient
  declare store: Store
  /** The summary of answers, shared with the agent only with consent. */
  declare summary: string
  declare today: string
  declare step: Step
  declare slots: Slot[] | 'loading' | 'error'
  declare day: string
  declare errors: Partial<Record<Field, string>>
  /** A message about the last server call (slot full, network…). */
  declare status: string
  declare booking: StoredBooking | undefined

  private choice = { slot: '', phone: '', e164: '', name: '', consent: false }
  private idempotencyKey = ''

  constructor() {
    super()
    this.step = 'closed'
    this.slots = 'loading'
    this.day = ''
    this.errors = {}
    this.status = ''
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.booking = loadBooking(this.store, this.journey)
    if (this.booking) this.step = 'confirmed'
  }

  private go(step: Step): void {
    this.step = step
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('[data-mdv-callback-heading]')?.focus())
  }

  private async open(): Promise<void> {
    this.status = ''
    this.go('form')
    this.slots = 'loading'
    const slots = await this.api.slots(this.journey, this.today)
    this.slots = slots ?? 'error'
    if (slots && !slots.some((s) => s.start === this.choice.slot)) this.choice.slot = ''
    this.day = this.choice.slot ? parisDay(this.choice.slot) : slots?.[0] ? parisDay(slots[0].start) : ''
    // The loading message had focus and is gone: give it to what replaced it.
    this.go('form')
  }

  private get days(): Map<string, Slot[]> {
    const days = new Map<string, Slot[]>()
    if (Array.isArray(this.slots)) for (const s of this.slots) days.set(parisDay(s.start), [...(days.get(parisDay(s.start)) ?? []), s])
    return days
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault()
    const t = this.localize.t
    const data = new FormData(event.target as HTMLFormElement)
    this.choice.slot = String(data.get('slot') ?? '')
    this.choice.phone = String(data.get('phone') ?? '').trim()
    this.choice.name = String(data.get('name') ?? '').trim()
    this.choice.consent = data.get('consent') === 'yes'
    const e164 = normalizePhone(this.choice.phone)
    const errors: Partial<Record<Field, string>> = {}
    if (!this.choice.slot) errors.slot = t.slotRequired
    if (!this.choice.phone) errors.phone = t.phoneRequired
    else if (!e164) errors.phone = t.phoneInvalid
    if (!this.choice.consent) errors.consent = t.consentRequired
    this.errors = errors
    if (Object.keys(errors).length) {
      void this.updateComplete.then(() => this.querySelector<HTMLElement>('[data-mdv-callback-errors]')?.focus())
      return
    }
    this.choice.e164 = e164!
    this.idempotencyKey = newIdempotencyKey()
    this.status = ''
    this.go('recap')
  }

  private async confirm(): Promise<void> {
    const t = this.localize.t
    this.status = t.booking
    const result = await this.api.book(
      {
        journey: this.journey,
        start: this.choice.slot,
        phone: this.choice.e164,
        ...(this.choice.name ? { name: this.choice.name } : {}),
        consent: true,
        // The one box (for now) covers both being called and sharing the summary.
        shareAnswers: true,
        summary: this.summary,
      },
      this.idempotencyKey,
    )
    if (result.ok) {
      this.booking = result.booking
      saveBooking(this.store, this.journey, result.booking)
      this.status = ''
      this.go('confirmed')
      this.dispatchEvent(new CustomEvent('mdv-booked'))
      return
    }
    if (result.reason === 'full') {
      this.choice.slot = ''
      await this.open()
      this.status = t.slotFull
      return
    }
    if (result.reason === 'invalid') {
      this.errors = { ...(result.errors.phone ? { phone: result.errors.phone } : {}), ...(result.errors.start ? { slot: result.errors.start } : {}) }
      this.status = Object.keys(this.errors).length ? '' : t.bookingError
      this.go('form')
      return
    }
    this.status = t.bookingError
  }

  private async cancelBooking(): Promise<void> {
    if (!this.booking) return
    const ok = await this.api.cancel(this.booking.reference, this.booking.cancelToken)
    if (!ok) {
      this.status = this.localize.t.cancelError
      return
    }
    this.booking = undefined
    saveBooking(this.store, this.journey, undefined)
    this.status = ''
    this.go('cancelled')
  }

  private when(start: string, end: string): string {
    const t = this.localize.t
    return t.slotWhen(formatDay(t, start), formatTime(t, start), formatTime(t, end))
  }

  override render(): TemplateResult {
    const t = this.localize.t
    return html`
      <section class="mdv-callback fr-no-print" part="callback" aria-labelledby="mdv-callback-title">
        <h3 id="mdv-callback-title" class="mdv-callback__title" tabindex="-1" ?data-mdv-callback-heading=${this.step === 'closed'}>
          ${t.callbackTitle}
        </h3>
        ${this.renderStep()}
        <p class="mdv-status" role="status">${this.status}</p>
      </section>
    `
  }

  private renderStep(): TemplateResult {
    switch (this.step) {
      case 'closed':
      case 'cancelled':
        return html`
          ${this.step === 'cancelled' ? html`<p class="fr-alert fr-alert--info fr-alert--sm" tabindex="-1" data-mdv-callback-heading>${this.localize.t.cancelled}</p>` : nothing}
          <p>${this.localize.t.callbackIntro}</p>
          <button type="button" class="fr-btn" part="button button-primary" @click=${this.open}>${this.localize.t.openCallback}</button>`
      case 'form':
        return this.renderForm()
      case 'recap':
        return this.renderRecap()
      case 'confirmed':
        return this.renderConfirmed()
    }
  }

  private errorText(field: Field): TemplateResult | typeof nothing {
    const message = this.errors[field]
    return message
      ? html`<p class="fr-message fr-message--error fr-error-text" id="mdv-cb-${field}-error" part="error">
          <span class="fr-sr-only">${this.localize.t.errorPrefix}</span> ${message}
        </p>`
      : nothing
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    const entries = (Object.entries(this.errors) as [Field, string][]).filter(([, m]) => m)
    if (!entries.length) return nothing
    const target: Record<Field, string> = { slot: 'mdv-cb-slot-0', phone: 'mdv-cb-phone', consent: 'mdv-cb-consent' }
    const go = (event: Event, field: Field) => {
      event.preventDefault()
      this.querySelector<HTMLElement>(`#${target[field]}`)?.focus()
    }
    return html`
      <div class="fr-alert fr-alert--error mdv-error-summary" tabindex="-1" data-mdv-callback-errors part="error-summary"
        aria-labelledby="mdv-cb-errors-title">
        <h4 class="fr-alert__title" id="mdv-cb-errors-title">${this.localize.t.errorSummaryTitle}</h4>
        <ul>
          ${entries.map(([field, message]) => html`<li><a href="#${target[field]}" @click=${(e: Event) => go(e, field)}>${message}</a></li>`)}
        </ul>
      </div>
    `
  }

  private renderForm(): TemplateResult {
    const t = this.localize.t
    if (this.slots === 'loading') return html`<p data-mdv-callback-heading tabindex="-1">${t.slotsLoading}</p>`
    if (this.slots === 'error' || !this.slots.length) {
      return html`<div class="fr-alert fr-alert--warning" tabindex="-1" data-mdv-callback-heading>
        <p>${this.slots === 'error' ? t.slotsError : t.noSlots}</p>
      </div>`
    }
    const days = this.days
    const slots = days.get(this.day) ?? []
    return html`
      <form novalidate @submit=${this.onSubmit} class="mdv-callback__form">
        <h4 class="mdv-callback__step" tabindex="-1" data-mdv-callback-heading>${t.callbackFormTitle}</h4>
        ${this.renderErrorSummary()}
        <div class="fr-select-group">
          <label class="fr-label" for="mdv-cb-day">${t.chooseDay}</label>
          <select class="fr-select" id="mdv-cb-day" @change=${(e: Event) => (this.day = (e.target as HTMLSelectElement).value)}>
            ${[...days.keys()].map((d) => html`<option value=${d} ?selected=${d === this.day}>${formatDay(t, days.get(d)![0]!.start)}</option>`)}
          </select>
        </div>
        <fieldset class="fr-fieldset ${this.errors.slot ? 'fr-fieldset--error' : ''}" aria-labelledby="mdv-cb-slot-legend mdv-cb-slot-messages">
          <legend class="fr-fieldset__legend" id="mdv-cb-slot-legend">${t.chooseSlot}</legend>
          ${slots.map(
            (s, i) => html`<div class="fr-fieldset__element">
              <div class="fr-radio-group">
                <input type="radio" name="slot" id="mdv-cb-slot-${i}" .value=${s.start} ?checked=${s.start === this.choice.slot} />
                <label class="fr-label" for="mdv-cb-slot-${i}">${t.slotLabel(formatTime(t, s.start), formatTime(t, s.end), s.remaining)}</label>
              </div>
            </div>`,
          )}
          <div class="fr-messages-group" id="mdv-cb-slot-messages">${this.errorText('slot')}</div>
        </fieldset>
        <div class="fr-input-group ${this.errors.phone ? 'fr-input-group--error' : ''}">
          <label class="fr-label" for="mdv-cb-phone">${t.phoneLabel}<span class="fr-hint-text" id="mdv-cb-phone-hint">${t.phoneHint}</span></label>
          <input class="fr-input" id="mdv-cb-phone" name="phone" type="tel" autocomplete="tel" .value=${this.choice.phone}
            aria-describedby="mdv-cb-phone-hint ${this.errors.phone ? 'mdv-cb-phone-error' : ''}" aria-invalid=${this.errors.phone ? 'true' : nothing} />
          ${this.errorText('phone')}
        </div>
        <div class="fr-input-group">
          <label class="fr-label" for="mdv-cb-name">${t.nameLabel}</label>
          <input class="fr-input" id="mdv-cb-name" name="name" type="text" autocomplete="name" .value=${this.choice.name} />
        </div>
        <div class="fr-checkbox-group ${this.errors.consent ? 'fr-checkbox-group--error' : ''}">
          <input type="checkbox" id="mdv-cb-consent" name="consent" value="yes" ?checked=${this.choice.consent}
            aria-describedby=${this.errors.consent ? 'mdv-cb-consent-error' : nothing} aria-invalid=${this.errors.consent ? 'true' : nothing} />
          <label class="fr-label" for="mdv-cb-consent">${t.consentLabel}</label>
        </div>
        ${this.errorText('consent')}
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li><button class="fr-btn" type="submit" part="button button-primary">${t.continue}</button></li>
          <li><button class="fr-btn fr-btn--secondary" type="button" part="button button-secondary" @click=${() => this.go('closed')}>${t.cancel}</button></li>
        </ul>
      </form>
    `
  }

  private renderRecap(): TemplateResult {
    const t = this.localize.t
    const slot = Array.isArray(this.slots) ? this.slots.find((s) => s.start === this.choice.slot) : undefined
    return html`
      <h4 class="mdv-callback__step" tabindex="-1" data-mdv-callback-heading>${t.recapTitle}</h4>
      <dl class="mdv-recap">
        <dt>${t.recapSlot}</dt>
        <dd>${slot ? this.when(slot.start, slot.end) : ''}</dd>
        <dt>${t.recapPhone}</dt>
        <dd>${this.choice.phone}</dd>
        ${this.choice.name ? html`<dt>${t.recapName}</dt><dd>${this.choice.name}</dd>` : nothing}
        <dt>${t.recapSummary}</dt>
        <dd class="mdv-recap__summary" lang=${this.contentLang}>${this.summary}</dd>
      </dl>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="button" part="button button-primary" @click=${this.confirm}>${t.confirmBooking}</button></li>
        <li><button class="fr-btn fr-btn--secondary" type="button" part="button button-secondary" @click=${() => this.go('form')}>${t.modify}</button></li>
      </ul>
    `
  }

  private renderConfirmed(): TemplateResult {
    const t = this.localize.t
    const b = this.booking!
    return html`
      <div class="fr-alert fr-alert--success" part="notice">
        <h4 class="fr-alert__title" tabindex="-1" data-mdv-callback-heading>${t.confirmedTitle}</h4>
        <p>${t.confirmedText(this.when(b.start, b.end))}</p>
        <p>${t.reference}${t.colon} <strong class="mdv-reference">${b.reference}</strong></p>
      </div>
      <button class="fr-btn fr-btn--secondary" type="button" part="button button-secondary" @click=${this.cancelBooking}>${t.cancelBooking}</button>
    `
  }
}
