/**
 * What the call-centre agent reads before calling back: the usager's answers, which the
 * server words and turns into the plan with the same engine (a structured summary the
 * console shows as questions → answers and démarches), and the same in French text for
 * the recap the usager reads before sharing.
 * @module
 */
import { applicableQuestions, buildPlan, formatDateFr, questionName, type Answers, type CompiledJourney } from '../../../../engine/runtime/index.ts'
import { answerText } from '../../i18n/format.ts'
import { translations } from '../../i18n/index.ts'
// The plan's words come with this chunk, not with the first question.
import '../../i18n/plan-words.ts'

/** What the API receives as `summary`: the raw answers (docs/api.md, « Réserver »). */
export interface AgentSummaryBody {
  answers: Answers
}

/**
 * The summary handed to the call-back component: it sends it as JSON (`{ answers }`, by
 * toJSON) and shows it as text (the recap, by toString), so neither the booking nor the
 * recap has to know its shape.
 */
export class AgentSummary {
  constructor(
    /** Only the answers to questions that apply: what the usager was shown. */
    readonly answers: Answers,
    /** In French (the call centre's language): the answers, then the démarches shown. */
    readonly text: string,
  ) {}

  toJSON(): AgentSummaryBody {
    return { answers: this.answers }
  }

  toString(): string {
    return this.text
  }
}

export function summaryForAgent(journey: CompiledJourney, answers: Answers, today: string): AgentSummary {
  const fr = translations('fr')
  const applicable = applicableQuestions(journey, answers, today).filter((q) => answers[q.id] !== undefined)
  const lines = applicable.map((q) => `${questionName(q)} : ${answerText(fr, q, answers[q.id]!)}`)
  const tasks = buildPlan(journey, answers, today).tasks.map(
    (task) => `- ${task.title}${task.due ? ` (au plus tard le ${formatDateFr(task.due)})` : ''}`,
  )
  const shared: Answers = Object.fromEntries(applicable.map((q) => [q.id, answers[q.id]!]))
  return new AgentSummary(shared, [journey.title, ...lines, '', 'Démarches affichées :', ...tasks].join('\n'))
}
