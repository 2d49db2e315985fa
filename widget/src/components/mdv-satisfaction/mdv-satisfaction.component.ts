import { html, nothing, type TemplateResult } from 'lit'
import type { ApiClient } from '../../api/client.ts'
import { forgetBooking, type StoredBooking } from '../../storage/callback-store.ts'
import type { Store } from '../../storage/store.ts'
import { LightElement } from '../light-element.ts'
// The plan's words come with this chunk, not with the first question.
import '../../i18n/plan-words.ts'

const COMMENT_MAX = 1000

type State = 'checking' | 'ask' | 'thanks' | 'dismissed' | 'hidden'

/**
 * « Cet appel vous a-t-il aidé ? », asked once when the usager comes back after the
 * agent marked the call « Appelé »: a rating from 1 to 5 and an optional comment, or
 * « Pas maintenant ». Either way the booking is then forgotten, so it is never asked
 * again. Loaded on demand: few usagers ever reach it.
 *
 * @csspart satisfaction - The post-call question.
 *
 * @tagname mdv-satisfaction
 */
export class MdvSatisfaction extends LightElement {
  static override properties = {
    ...LightElement.properties,
    journey: { attribute: false },
    api: { attribute: false },
    store: { attribute: false },
    booking: { attribute: false },
    state: { state: true },
    error: { state: true },
    status: { state: true },
  }

  declare journey: string
  declare api: ApiClient
  declare store: Store
  declare booking: StoredBooking
  declare state: State
  declare error: string
  declare status: string
  private checked = false

  constructor() {
    super()
    this.state = 'checking'
    this.error = ''
    this.status = ''
  }

  // Not in connectedCallback: an element upgraded after its module loads gets its properties at the first update.
  protected override firstUpdated(): void {
    if (!this.checked) void this.check()
  }

  /** Asks the server whether the call took place and was already rated. */
  private async check(): Promise<void> {
    this.checked = true
    const { reference, cancelToken } = this.booking
    const result = await this.api.callbackStatus(reference, cancelToken)
    if (result.kind === 'found' && result.status === 'called' && !result.satisfaction) {
      this.state = 'ask'
      return
    }
    // Rated already (another tab), cancelled, or unknown to the server: nothing more to ask.
    const over = result.kind === 'gone' || (result.kind === 'found' && (result.status === 'cancelled' || result.satisfaction !== null))
    if (over) forgetBooking(this.store, this.journey, reference)
    this.state = 'hidden'
  }

  private finish(state: 'thanks' | 'dismissed'): void {
    forgetBooking(this.store, this.journey, this.booking.reference)
    this.state = state
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('[data-mdv-satisfaction-done]')?.focus())
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const t = this.localize.t
    const data = new FormData(event.target as HTMLFormElement)
    const rating = Number(data.get('rating'))
    const comment = String(data.get('comment') ?? '').trim()
    this.error = !rating ? t.ratingRequired : comment.length > COMMENT_MAX ? t.commentTooLong(COMMENT_MAX) : ''
    if (this.error) {
      const target = !rating ? '#mdv-sat-rating-1' : '#mdv-sat-comment'
      void this.updateComplete.then(() => this.querySelector<HTMLElement>(target)?.focus())
      return
    }
    this.status = ''
    const sent = await this.api.callbackSatisfaction(this.booking.reference, this.booking.cancelToken, rating, comment || undefined)
    if (sent === 'error') {
      this.status = t.satisfactionError
      return
    }
    this.finish('thanks')
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.localize.t
    if (this.state === 'checking' || this.state === 'hidden') return nothing
    if (this.state !== 'ask') {
      return html`<section class="mdv-satisfaction fr-no-print" part="satisfaction">
        <p class="fr-alert fr-alert--success fr-alert--sm" tabindex="-1" data-mdv-satisfaction-done>
          ${this.state === 'thanks' ? t.satisfactionThanks : t.satisfactionDismissed}
        </p>
      </section>`
    }
    const ratingError = this.error === t.ratingRequired
    const commentError = this.error && !ratingError
    return html`
      <section class="mdv-satisfaction fr-no-print" part="satisfaction">
        <form novalidate @submit=${this.onSubmit}>
          <fieldset class="fr-fieldset mdv-scale ${ratingError ? 'fr-fieldset--error' : ''}" aria-labelledby="mdv-sat-legend mdv-sat-messages">
            <legend class="fr-fieldset__legend mdv-feedback__title" id="mdv-sat-legend">
              ${t.satisfactionTitle}<span class="fr-hint-text">${t.satisfactionIntro}</span>
            </legend>
            ${[1, 2, 3, 4, 5].map(
              (n) => html`<div class="fr-fieldset__element fr-fieldset__element--inline">
                <div class="fr-radio-group">
                  <input type="radio" name="rating" id="mdv-sat-rating-${n}" value=${n} aria-invalid=${ratingError ? 'true' : nothing} />
                  <label class="fr-label" for="mdv-sat-rating-${n}">${n}${n === 1
                    ? html` <span class="mdv-scale__word">${t.satisfactionLow}</span>`
                    : n === 5 ? html` <span class="mdv-scale__word">${t.satisfactionHigh}</span>` : nothing}</label>
                </div>
              </div>`,
            )}
            <div class="fr-messages-group" id="mdv-sat-messages">
              ${ratingError ? html`<p class="fr-message fr-message--error fr-error-text" part="error">${this.error}</p>` : nothing}
            </div>
          </fieldset>
          <div class="fr-input-group ${commentError ? 'fr-input-group--error' : ''}">
            <label class="fr-label" for="mdv-sat-comment">${t.satisfactionComment}<span class="fr-hint-text" id="mdv-sat-hint">${t.satisfactionCommentHint(COMMENT_MAX)}</span></label>
            <textarea class="fr-input" id="mdv-sat-comment" name="comment" rows="3" aria-invalid=${commentError ? 'true' : nothing}
              aria-describedby="mdv-sat-hint ${commentError ? 'mdv-sat-comment-error' : ''}"></textarea>
            ${commentError ? html`<p class="fr-error-text" id="mdv-sat-comment-error" part="error">${this.error}</p>` : nothing}
          </div>
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li><button class="fr-btn" type="submit" part="button button-primary">${t.satisfactionSend}</button></li>
            <li><button class="fr-btn fr-btn--secondary" type="button" part="button button-secondary" @click=${() => this.finish('dismissed')}>
              ${t.satisfactionLater}
            </button></li>
          </ul>
          <p class="mdv-status" role="status">${this.status}</p>
        </form>
      </section>
    `
  }
}
