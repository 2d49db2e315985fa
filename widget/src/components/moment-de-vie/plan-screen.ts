/**
 * The plan screen: the plan, the answers, « Recommencer », the call-back, the feedback.
 * In the plan's chunk, with the plan's element.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { Plan } from '../../../../engine/runtime/index.ts'
import { ApiClient, type BaseApiClient } from '../../api/client.ts'
import type { Store } from '../../storage/store.ts'
import { renderJdma } from '../mdv-jdma/jdma-button.ts'
import { renderSatisfaction } from '../mdv-satisfaction/satisfaction-gate.ts'
import type { ScreenContext } from './journey-screens.ts'
import type { LazyParts, PartName } from './lazy-parts.ts'
// The plan's words come with this chunk, not with the first question.
import '../../i18n/plan-words.ts'

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

/** The call-back and feedback calls over the first question's client (one per client: the parts keep theirs). */
const fullClients = new WeakMap<BaseApiClient, ApiClient>()
function fullClient(base: BaseApiClient): ApiClient {
  let client = fullClients.get(base)
  if (!client) fullClients.set(base, (client = new ApiClient(base.base)))
  return client
}

export function renderPlanScreen(c: ScreenContext, s: PlanScreen): TemplateResult {
  const { journey, answers } = c
  const api = fullClient(c.api)
  return html`
    ${journey.callback ? renderSatisfaction({ locale: c.locale, theme: c.theme, journey: journey.id, api, store: s.store, today: c.today }) : nothing}
    <mdv-plan .locale=${c.locale} .theme=${c.theme} .plan=${s.plan} .journey=${journey} .answers=${answers} .done=${s.done}
      @mdv-toggle=${s.onToggle} @mdv-callback-request=${s.onCallbackRequest}></mdv-plan>
    <details class="mdv-answers fr-no-print" part="answers">
      <summary class="mdv-answers__summary">${c.t.summaryToggle(Object.keys(answers).length)}</summary>
      ${c.part('summary', () => html`<mdv-summary .locale=${c.locale} .theme=${c.theme} .journey=${journey} .answers=${answers}
        .reused=${c.reused} .today=${c.today} .heading=${c.t.summaryTitle} @mdv-edit=${c.onEdit}></mdv-summary>`)}
    </details>
    ${s.restartRow}
    ${journey.callback
      ? s.part('callback', () => html`<mdv-callback .locale=${c.locale} .theme=${c.theme} .journey=${journey.id} .sensitive=${journey.sensitive === true} .api=${api}
          .store=${s.store} .today=${c.today} .summary=${s.parts.get('callback')!.summaryForAgent(journey, answers, c.today)}
          @mdv-booked=${s.onBooked}></mdv-callback>`)
      : nothing}
    ${s.part('feedback', () => html`<mdv-feedback .locale=${c.locale} .theme=${c.theme} .journey=${journey.id} .api=${api}
      @mdv-sent=${s.onFeedback}></mdv-feedback>`)}
    ${renderJdma(s.jdma, c.t)}
  `
}
