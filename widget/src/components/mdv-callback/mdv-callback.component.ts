import { html, type TemplateResult } from 'lit'
import type { ApiClient, CallbackOffer, SummaryAnswers } from '../../api/client.ts'
import { parisDay } from '../../i18n/format.ts'
import { loadBooking, saveBooking, type StoredBooking } from '../../storage/callback-store.ts'
import type { Store } from '../../storage/store.ts'
import { LightElement } from '../light-element.ts'
import { renderConfirmed } from './callback-confirmed.ts'
import { renderIntro, renderOfferProblem } from './callback-intro.ts'
import { renderForm, type Choice, type Field } from './callback-form.ts'
import { renderRecap } from './callback-recap.ts'
import { bookingNow } from './clock.ts'
import { newIdempotencyKey } from './idempotency-key.ts'
import { readChoice } from './read-choice.ts'
// The plan's words come with this chunk, not with the first question.
import '../../i18n/plan-words.ts'

type Step = 'closed' | 'form' | 'recap' | 'confirmed' | 'cancelled'

/**
 * "Être rappelé par un conseiller": a slot picker fed by the server, who calls and from
 * which number, a phone number (French formats, overseas included), consent to be called
 * and, separately, to share the summary of answers; a recap to confirm, then the
 * reference and cancel code to note down, a calendar entry and cancellation.
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
    sensitive: { attribute: false },
    api: { attribute: false },
    store: { attribute: false },
    summary: { attribute: false },
    today: { attribute: false },
    step: { state: true },
    offer: { state: true },
    day: { state: true },
    errors: { state: true },
    status: { state: true },
    booking: { state: true },
    confirmingCancel: { state: true },
    busy: { state: true },
  }

  declare journey: string
  /** A sensitive journey: safety advice before booking, a caution before the calendar entry. */
  declare sensitive: boolean
  declare api: ApiClient
  declare store: Store
  /** The summary of answers, sent to the agent only with the usager's consent to share. */
  /** Sent as `{ answers }` (its JSON); `text` is what the recap shows the usager. */
  declare summary: SummaryAnswers & { text: string }
  declare today: string
  declare step: Step
  declare offer: CallbackOffer | 'loading' | 'error'
  declare day: string
  declare errors: Partial<Record<Field, string>>
  /** A message about the last server call (slot full, network…). */
  declare status: string
  declare booking: StoredBooking | undefined
  declare confirmingCancel: boolean
  declare busy: boolean

  /** Who cancelled, for the message: the usager here, or the call centre (found on arrival). */
  private cancelledBy: 'usager' | 'centre' = 'usager'
  private choice: Choice = { slot: '', phone: '', e164: '', name: '', consent: false, share: false }
  private idempotencyKey = ''

  constructor() {
    super()
    this.sensitive = false
    this.step = 'closed'
    this.offer = 'loading'
    this.day = ''
    this.errors = {}
    this.status = ''
    this.confirmingCancel = false
    this.busy = false
  }

  override connectedCallback(): void {
    super.connectedCallback()
    const booking = loadBooking(this.store, this.journey, this.now())
    // A booking whose call is over is kept only to ask whether it helped: a new one can be booked.
    if (booking && Date.parse(booking.end) > this.now()) {
      this.booking = booking
      this.step = 'confirmed'
      void this.checkStillBooked(booking)
    }
  }

  /** The call centre may have cancelled it since: say so rather than promise a call. */
  private async checkStillBooked(booking: StoredBooking): Promise<void> {
    const result = await this.api.callbackStatus(booking.reference, booking.cancelToken)
    // Only a clear « cancelled »: an unknown answer (network, 404) keeps what the usager was told.
    const cancelled = result.kind === 'found' && result.status === 'cancelled'
    if (!cancelled || this.booking?.reference !== booking.reference) return
    saveBooking(this.store, this.journey, undefined)
    this.booking = undefined
    this.confirmingCancel = false
    this.cancelledBy = 'centre'
    // Not focused: this happens on arrival, and focus stays where the usager is.
    this.step = 'cancelled'
  }

  private now(): number {
    return bookingNow(this.today)
  }

  private focusOn(selector: string): void {
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(selector)?.focus())
  }

  private go(step: Step): void {
    this.step = step
    this.focusOn('[data-mdv-callback-heading]')
  }

  private async open(): Promise<void> {
    this.status = ''
    this.go('form')
    this.offer = 'loading'
    const offer = await this.api.slots(this.journey, this.today)
    this.offer = offer ?? 'error'
    if (offer && !offer.slots.some((s) => s.start === this.choice.slot)) this.choice.slot = ''
    const first = offer?.slots[0]
    this.day = this.choice.slot ? parisDay(this.choice.slot) : first ? parisDay(first.start) : ''
    // The loading message had focus and is gone: give it to what replaced it.
    this.go('form')
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault()
    const { choice, errors } = readChoice(event.target as HTMLFormElement, this.localize.t)
    this.choice = choice
    this.errors = errors
    if (Object.keys(errors).length) {
      this.focusOn('[data-mdv-callback-errors]')
      return
    }
    this.idempotencyKey = newIdempotencyKey()
    this.status = ''
    this.go('recap')
  }

  private async confirm(): Promise<void> {
    const t = this.localize.t
    if (this.busy || typeof this.offer !== 'object') return
    const centre = this.offer.centre
    this.status = t.booking
    this.busy = true
    const result = await this.api.book(
      {
        journey: this.journey,
        start: this.choice.slot,
        phone: this.choice.e164,
        ...(this.choice.name ? { name: this.choice.name } : {}),
        consent: true,
        shareAnswers: this.choice.share,
        // Without consent to share, the summary does not leave the browser.
        ...(this.choice.share ? { summary: this.summary } : {}),
      },
      this.idempotencyKey,
    )
    this.busy = false
    if (result.ok) {
      this.booking = { ...result.booking, centre, shareAnswers: this.choice.share }
      saveBooking(this.store, this.journey, this.booking)
      this.status = ''
      this.confirmingCancel = false
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

  private askCancel(): void {
    this.status = ''
    this.confirmingCancel = true
    this.focusOn('[data-mdv-cancel-confirm]')
  }

  private keep(): void {
    this.confirmingCancel = false
    this.focusOn('[data-mdv-cancel]')
  }

  private async cancelBooking(): Promise<void> {
    const t = this.localize.t
    if (!this.booking || this.busy) return
    this.busy = true
    this.status = t.cancelling
    const result = await this.api.cancel(this.booking.reference, this.booking.cancelToken)
    this.busy = false
    if (result !== 'cancelled') {
      this.status = result === 'too-late' ? t.cancelTooLate : t.cancelError
      return
    }
    this.booking = undefined
    this.confirmingCancel = false
    saveBooking(this.store, this.journey, undefined)
    this.status = ''
    this.cancelledBy = 'usager'
    this.go('cancelled')
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
    const t = this.localize.t
    switch (this.step) {
      case 'closed':
      case 'cancelled':
        if (this.step === 'closed') return renderIntro(t, undefined, () => void this.open())
        return renderIntro(t, this.cancelledBy === 'centre' ? t.cancelledByCentre : t.cancelled, () => void this.open())
      case 'form':
        return this.renderFormStep()
      case 'recap': {
        const offer = this.offer as CallbackOffer
        return renderRecap({
          t,
          slot: offer.slots.find((s) => s.start === this.choice.slot),
          centre: offer.centre,
          choice: this.choice,
          summary: this.summary.text,
          contentLang: this.contentLang,
          onConfirm: () => void this.confirm(),
          onModify: () => this.go('form'),
        })
      }
      case 'confirmed':
        return renderConfirmed({
          t,
          booking: this.booking!,
          sensitive: this.sensitive,
          icsUrl: this.api.icsUrl(this.booking!.reference, this.booking!.cancelToken),
          cancelPageUrl: this.api.cancelPageUrl(),
          cancellable: Date.parse(this.booking!.start) > this.now(),
          confirmingCancel: this.confirmingCancel,
          busy: this.busy,
          onAskCancel: () => this.askCancel(),
          onCancel: () => void this.cancelBooking(),
          onKeep: () => this.keep(),
        })
    }
  }

  private renderFormStep(): TemplateResult {
    const t = this.localize.t
    if (this.offer === 'loading' || this.offer === 'error') return renderOfferProblem(t, this.offer)
    if (!this.offer.slots.length) return renderOfferProblem(t, 'empty')
    return renderForm({
      t,
      offer: this.offer,
      day: this.day,
      choice: this.choice,
      errors: this.errors,
      sensitive: this.sensitive,
      onDay: (day) => (this.day = day),
      onSubmit: (e) => this.onSubmit(e),
      onClose: () => this.go('closed'),
      focus: (selector) => this.querySelector<HTMLElement>(selector)?.focus(),
    })
  }
}
