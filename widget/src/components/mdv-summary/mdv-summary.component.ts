import { html, nothing, type TemplateResult } from 'lit'
import { applicableQuestions, questionName, type Answers, type CompiledJourney } from '../../../../engine/runtime/index.ts'
import { answerText } from '../../i18n/format.ts'
import { LightElement } from '../light-element.ts'
// This chunk's words come with it, not with the first question.
import '../../i18n/extra-words.ts'

/**
 * The answers given so far, each with a button to change it. Answers reused from
 * another journey of the site are marked "déjà répondu — modifier".
 *
 * @event mdv-edit - Internal: change one answer, `detail.question`.
 * @csspart summary - The list of answers.
 *
 * @tagname mdv-summary
 */
export class MdvSummary extends LightElement {
  static override properties = {
    ...LightElement.properties,
    journey: { attribute: false },
    answers: { attribute: false },
    reused: { attribute: false },
    today: { attribute: false },
    only: { attribute: false },
    heading: { attribute: false },
  }

  declare journey: CompiledJourney
  declare answers: Answers
  /** Ids of questions whose answer came from another journey. */
  declare reused: readonly string[]
  declare today: string
  /** Show only these questions (the reused ones, on the first screen). */
  declare only: readonly string[] | undefined
  declare heading: string

  constructor() {
    super()
    this.reused = []
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.localize.t
    const questions = applicableQuestions(this.journey, this.answers, this.today).filter(
      (q) => this.answers[q.id] !== undefined && (!this.only || this.only.includes(q.id)),
    )
    if (!questions.length) return nothing
    return html`
      <section class="mdv-summary" part="summary" aria-labelledby="mdv-summary-title">
        ${this.only
          ? // Above a question, before its "Étape X sur Y" h2: a heading here would break the outline.
            html`<p id="mdv-summary-title" class="mdv-summary__title"><strong>${this.heading}</strong></p>`
          : html`<h3 id="mdv-summary-title" class="mdv-summary__title">${this.heading}</h3>`}
        <dl class="mdv-summary__list">
          ${questions.map((q) => {
            const name = questionName(q)
            const reused = this.reused.includes(q.id)
            return html`<div class="mdv-summary__row">
              <dt lang=${this.contentLang}>${name}</dt>
              <dd>
                <span lang=${q.type === 'boolean' || q.type === 'date' || q.type === 'country' ? nothing : this.contentLang}
                  >${answerText(t, q, this.answers[q.id]!)}</span>
                ${reused ? html`<span class="fr-badge fr-badge--sm fr-badge--info">${t.alreadyAnswered}</span>` : nothing}
                <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline mdv-link-button" part="button button-tertiary"
                  @click=${() => this.dispatchEvent(new CustomEvent('mdv-edit', { detail: { question: q.id } }))}>
                  ${reused ? html`<span aria-hidden="true">—\u00a0</span>` : nothing}${t.modify}<span class="fr-sr-only">
                    : ${name}</span>
                </button>
              </dd>
            </div>`
          })}
        </dl>
      </section>
    `
  }
}
