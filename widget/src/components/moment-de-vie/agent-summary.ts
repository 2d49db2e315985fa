/**
 * The text the call-centre agent reads before calling back.
 * @module
 */
import { applicableQuestions, buildPlan, formatDateFr, questionName, type Answers, type CompiledJourney } from '../../../../engine/runtime/index.ts'
import { answerText } from '../../i18n/format.ts'
import { translations } from '../../i18n/index.ts'

/** The API keeps at most 8,000 characters of summary; never let a long plan block a booking. */
const MAX_SUMMARY = 8000

/**
 * In French (the call centre's language): the answers, then the démarches the usager
 * was shown, so nothing is asked twice.
 */
export function summaryForAgent(journey: CompiledJourney, answers: Answers, today: string): string {
  const fr = translations('fr')
  const lines = applicableQuestions(journey, answers, today)
    .filter((q) => answers[q.id] !== undefined)
    .map((q) => `${questionName(q)} : ${answerText(fr, q, answers[q.id]!)}`)
  const tasks = buildPlan(journey, answers, today).tasks.map(
    (task) => `- ${task.title}${task.due ? ` (au plus tard le ${formatDateFr(task.due)})` : ''}`,
  )
  return [journey.title, ...lines, '', 'Démarches affichées :', ...tasks].join('\n').slice(0, MAX_SUMMARY)
}
