import { html, nothing, type TemplateResult } from 'lit'
import type { ApiClient } from '../../api/client.ts'
import { LightElement } from '../light-element.ts'
// The plan's words come with this chunk, not with the first question.
import '../../i18n/plan-words.ts'

const COMMENT_MAX = 1000

/**
 * "Cette aide vous a-t-elle été utile ?": a rating from 1 to 5 and an optional
 * comment, posted to the server.
 *
 * @event mdv-sent - Internal: feedback was accepted, `detail.rating`.
 * @csspart feedback - The feedback section.
 *
 * @tagname mdv-feedback
 */
export class MdvFeedback extends LightElement {
  static override properties = {
    ...LightElement.properties,
    journey: { attribute: false },
    api: { attribute: false },
    error: { state: true },
    status: { state: true },
    sent: { state: true },
  }

  declare journey: string
  declare api: ApiClient
  declare error: string
  declare status: string
  declare sent: boolean

  constructor() {
    super()
    this.error = ''
    this.status = ''
    this.sent = false
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const t = this.localize.t
    const data = new FormData(event.target as HTMLFormElement)
    const rating = Number(data.get('rating'))
    const comment = String(data.get('comment') ?? '').trim()
    this.error = !rating ? t.ratingRequired : comment.length > COMMENT_MAX ? t.commentTooLong(COMMENT_MAX) : ''
    if (this.error) {
      const target = !rating ? '#mdv-fb-rating-1' : '#mdv-fb-comment'
      void this.updateComplete.then(() => this.querySelector<HTMLElement>(target)?.focus())
      return
    }
    this.status = ''
    const ok = await this.api.feedback(this.journey, rating, comment || undefined)
    if (!ok) {
      this.status = t.feedbackError
      return
    }
    this.sent = true
    this.dispatchEvent(new CustomEvent('mdv-sent', { detail: { rating } }))
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('[data-mdv-feedback-thanks]')?.focus())
  }

  override render(): TemplateResult {
    const t = this.localize.t
    if (this.sent) {
      return html`<section class="mdv-feedback fr-no-print" part="feedback">
        <p class="fr-alert fr-alert--success fr-alert--sm" tabindex="-1" data-mdv-feedback-thanks>${t.feedbackThanks}</p>
      </section>`
    }
    const ratingError = this.error === t.ratingRequired
    return html`
      <section class="mdv-feedback fr-no-print" part="feedback">
        <form novalidate @submit=${this.onSubmit}>
          <fieldset class="fr-fieldset ${ratingError ? 'fr-fieldset--error' : ''}" aria-labelledby="mdv-fb-legend mdv-fb-messages">
            <legend class="fr-fieldset__legend mdv-feedback__title" id="mdv-fb-legend">${t.feedbackTitle}</legend>
            ${t.ratingLabels.map(
              (label, i) => html`<div class="fr-fieldset__element">
                <div class="fr-radio-group">
                  <input type="radio" name="rating" id="mdv-fb-rating-${i + 1}" value=${i + 1} aria-invalid=${ratingError ? 'true' : nothing} />
                  <label class="fr-label" for="mdv-fb-rating-${i + 1}">${label}</label>
                </div>
              </div>`,
            )}
            <div class="fr-messages-group" id="mdv-fb-messages">
              ${ratingError ? html`<p class="fr-message fr-message--error fr-error-text" part="error">${this.error}</p>` : nothing}
            </div>
          </fieldset>
          <div class="fr-input-group ${this.error && !ratingError ? 'fr-input-group--error' : ''}">
            <label class="fr-label" for="mdv-fb-comment">${t.commentLabel}<span class="fr-hint-text" id="mdv-fb-hint">${t.commentHint}</span></label>
            <textarea class="fr-input" id="mdv-fb-comment" name="comment" rows="3"
              aria-describedby="mdv-fb-hint ${this.error && !ratingError ? 'mdv-fb-comment-error' : ''}"></textarea>
            ${this.error && !ratingError ? html`<p class="fr-error-text" id="mdv-fb-comment-error" part="error">${this.error}</p>` : nothing}
          </div>
          <button class="fr-btn" type="submit" part="button button-primary">${t.sendFeedback}</button>
          <p class="mdv-status" role="status">${this.status}</p>
        </form>
      </section>
    `
  }
}
