/**
 * The summary shown to the agent, built on the server from the usager's answers.
 *
 * A client may send only its answers (`{ answers: { question_id: value } }`): the server
 * words them and computes the plan with the same engine as the browser, so the agent
 * reads exactly what the usager saw and asks nothing twice. (Older widgets sent their own
 * text instead, kept as it is.)
 * @module
 */
import type { IsoDate } from '../../engine/dates/iso-date.ts'
import type { CompiledJourney } from '../../engine/journey/types.ts'
import { findCommune } from '../../engine/node/communes.ts'
import type { AnswerValue } from '../../engine/expressions/ast.ts'
import type { CompiledQuestion } from '../../engine/journey/types.ts'
import { buildPlan, checkAnswer, formatAnswer, pruneAnswers, questionName, type Answers } from '../../engine/runtime/index.ts'
import type { StructuredSummary } from '../storage/storage.ts'

export interface FieldError {
  field: string
  message: string
}

const PROBLEM_MESSAGES: Record<string, string> = {
  required: 'réponse manquante',
  'not-an-option': 'ce choix n’existe pas pour cette question',
  'exclusive-option': 'ce choix ne peut pas être combiné avec les autres',
  'not-a-date': 'une date AAAA-MM-JJ est attendue',
  'date-too-early': 'date trop ancienne',
  'date-too-late': 'date trop lointaine',
  'not-a-number': 'un nombre est attendu',
  'not-an-integer': 'un nombre entier est attendu',
  'number-too-small': 'nombre trop petit',
  'number-too-large': 'nombre trop grand',
  'text-too-long': 'texte trop long',
  'not-a-country': 'un code pays (FR, MA…) est attendu',
  'not-a-commune': 'un code INSEE de commune est attendu',
}

/** As formatAnswer, and a commune by its name (« Lyon (69) »): the agent should not look codes up. */
function answerInWords(question: CompiledQuestion, value: AnswerValue): string {
  if (question.type === 'commune' && typeof value === 'string') {
    const commune = findCommune(value)
    if (commune) return `${commune.nom} (${commune.departement})`
  }
  return formatAnswer(question, value)
}

export function buildSummary(
  journey: CompiledJourney,
  answers: Record<string, unknown>,
  today: IsoDate,
): { summary: StructuredSummary } | { errors: FieldError[] } {
  const errors: FieldError[] = []
  const byId = new Map(journey.questions.map((q) => [q.id, q]))
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id)
    if (!question) {
      errors.push({ field: `summary.answers.${id}`, message: `Question inconnue dans le parcours « ${journey.id} ».` })
      continue
    }
    const problem = checkAnswer(question, value, today)
    if (problem) errors.push({ field: `summary.answers.${id}`, message: `Réponse invalide : ${PROBLEM_MESSAGES[problem.code] ?? problem.code}.` })
  }
  if (errors.length) return { errors }

  // Answers to questions that no longer apply were not part of what the usager saw.
  const kept: Answers = pruneAnswers(journey, answers as Answers, today)
  const plan = buildPlan(journey, kept, today)
  const periodLabel = new Map(plan.groups.map((g) => [g.id, g.label]))
  return {
    summary: {
      journeyVersion: journey.version,
      answers: journey.questions
        .filter((q) => kept[q.id] !== undefined)
        .map((q) => ({ id: q.id, label: questionName(q), answer: answerInWords(q, kept[q.id]!) })),
      tasks: plan.tasks.map((t) => {
        const task: StructuredSummary['tasks'][number] = {
          id: t.id,
          title: t.title,
          period: periodLabel.get(t.period) ?? t.period,
          mandatory: t.mandatory,
          kind: t.kind,
        }
        if (t.due) task.due = t.due
        return task
      }),
    },
  }
}
