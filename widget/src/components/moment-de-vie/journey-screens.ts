/**
 * The two screens of a ready journey: the current question (with the answers reused
 * from other journeys), and the plan with its summary, call-back and feedback.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { Answers, CompiledJourney, Plan } from '../../../../engine/runtime/index.ts'
import type { ApiClient } from '../../api/client.ts'
import type { JourneyView } from '../../controllers/journey-controller.ts'
import type { Locale, Translations } from '../../i18n/index.ts'
import type { Store } from '../../storage/store.ts'
import { renderSatisfaction } from '../mdv-satisfaction/satisfaction-gate.ts'
import { renderJdma } from '../mdv-jdma/jdma-button.ts'
import type { LazyParts, PartName } from './lazy-parts.ts'

/** What both screens share: the journey, where the usager is, and the inner parts' settings. */
export interface ScreenContext {
  t: Translations
  locale: Locale
  theme: 'dsfr' | 'default'
  journey: CompiledJourney
  answers: Answers
  today: string
  reused: readonly string[]
  api: ApiClient
  onEdit: (e: CustomEvent<{ question: string }>) => void
}

export interface QuestionScreen {
  view: JourneyView
  canGoBack: boolean
  firstStep: boolean
  onAnswer: (e: CustomEvent<{ value: Answers[string] }>) => void
  onBack: () => void
  onRestart: () => void
}

export function renderQuestionScreen(c: ScreenContext, s: QuestionScreen): TemplateResult {
  const question = c.journey.questions.find((q) => q.id === s.view.question)!
  const reused = c.reused.filter((id) => c.answers[id] !== undefined)
  return html`
    ${s.firstStep && reused.length
      ? html`<mdv-summary .locale=${c.locale} .theme=${c.theme} .journey=${c.journey} .answers=${c.answers} .reused=${reused}
          .only=${reused} .today=${c.today} .heading=${c.t.reusedIntro} @mdv-edit=${c.onEdit}></mdv-summary>`
      : nothing}
    <mdv-question .locale=${c.locale} .theme=${c.theme} .question=${question} .value=${c.answers[question.id]}
      .step=${s.view.step} .total=${s.view.total} .today=${c.today} .canGoBack=${s.canGoBack} .api=${c.api}
      @mdv-answer=${s.onAnswer} @mdv-back=${s.onBack} @mdv-restart=${s.onRestart}></mdv-question>
  `
}

export interface PlanScreen {
  plan: Plan
  done: ReadonlySet<string>
  store: Store
  /** The « Recommencer » / « Effacer » row under the summary. */
  restartRow: TemplateResult
  parts: LazyParts
  /** A part downloaded on demand: `ready` once it is there, else its loading or failure box. */
  part: (name: PartName, ready: () => TemplateResult) => TemplateResult
  onToggle: (e: CustomEvent<{ task: string; title: string; done: boolean }>) => void
  onCallbackRequest: () => void
  onBooked: () => void
  onFeedback: (e: CustomEvent<{ rating: number }>) => void
  /** The host's « Je donne mon avis » address (jdma attribute), shown last. */
  jdma?: string | undefined
}

export function renderPlanScreen(c: ScreenContext, s: PlanScreen): TemplateResult {
  const { journey, answers } = c
  return html`
    ${journey.callback ? renderSatisfaction({ locale: c.locale, theme: c.theme, journey: journey.id, api: c.api, store: s.store, today: c.today }) : nothing}
    <mdv-plan .locale=${c.locale} .theme=${c.theme} .plan=${s.plan} .journey=${journey} .answers=${answers} .done=${s.done}
      @mdv-toggle=${s.onToggle} @mdv-callback-request=${s.onCallbackRequest}></mdv-plan>
    <details class="mdv-answers fr-no-print" part="answers">
      <summary class="mdv-answers__summary">${c.t.summaryToggle(Object.keys(answers).length)}</summary>
      <mdv-summary .locale=${c.locale} .theme=${c.theme} .journey=${journey} .answers=${answers} .reused=${c.reused}
        .today=${c.today} .heading=${c.t.summaryTitle} @mdv-edit=${c.onEdit}></mdv-summary>
    </details>
    ${s.restartRow}
    ${journey.callback
      ? s.part('callback', () => html`<mdv-callback .locale=${c.locale} .theme=${c.theme} .journey=${journey.id} .sensitive=${journey.sensitive === true} .api=${c.api}
          .store=${s.store} .today=${c.today} .summary=${s.parts.get('callback')!.summaryForAgent(journey, answers, c.today)}
          @mdv-booked=${s.onBooked}></mdv-callback>`)
      : nothing}
    ${s.part('feedback', () => html`<mdv-feedback .locale=${c.locale} .theme=${c.theme} .journey=${journey.id} .api=${c.api}
      @mdv-sent=${s.onFeedback}></mdv-feedback>`)}
    ${renderJdma(s.jdma, c.t)}
  `
}
