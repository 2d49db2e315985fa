/**
 * The question screen of a ready journey (with the answers reused from other journeys),
 * and what it shares with the plan screen (plan-screen.ts, in the plan's chunk).
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { Answers, CompiledJourney } from '../../../../engine/runtime/index.ts'
import type { BaseApiClient } from '../../api/base-client.ts'
import type { JourneyView } from '../../controllers/journey-controller.ts'
import type { Locale, Translations } from '../../i18n/index.ts'
import type { PartName } from './lazy-parts.ts'

/** What both screens share: the journey, where the usager is, and the inner parts' settings. */
export interface ScreenContext {
  t: Translations
  locale: Locale
  theme: 'dsfr' | 'default'
  journey: CompiledJourney
  answers: Answers
  today: string
  reused: readonly string[]
  /** Communes and statistics; the plan screen extends it with the call-back and feedback calls. */
  api: BaseApiClient
  onEdit: (e: CustomEvent<{ question: string }>) => void
  /** A part downloaded on demand: `ready` once it is there, else its loading or failure box. */
  part: (name: PartName, ready: () => TemplateResult) => TemplateResult
}

/** The answers reused from other journeys that a first question lists above it. */
export function reusedShown(answers: Answers, reused: readonly string[], firstStep: boolean): string[] {
  return firstStep ? reused.filter((id) => answers[id] !== undefined) : []
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
  const reused = reusedShown(c.answers, c.reused, s.firstStep)
  return html`
    ${reused.length
      ? c.part('summary', () => html`<mdv-summary .locale=${c.locale} .theme=${c.theme} .journey=${c.journey} .answers=${c.answers}
          .reused=${reused} .only=${reused} .today=${c.today} .heading=${c.t.reusedIntro} @mdv-edit=${c.onEdit}></mdv-summary>`)
      : nothing}
    <mdv-question .locale=${c.locale} .theme=${c.theme} .question=${question} .value=${c.answers[question.id]}
      .step=${s.view.step} .total=${s.view.total} .today=${c.today} .canGoBack=${s.canGoBack} .api=${c.api}
      @mdv-answer=${s.onAnswer} @mdv-back=${s.onBack} @mdv-restart=${s.onRestart}></mdv-question>
  `
}
