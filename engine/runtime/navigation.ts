/**
 * Where the usager goes next: pure functions over the answers, used by the journey
 * machine's actions (and unit-tested without an actor).
 * @module
 */
import type { IsoDate } from '../dates/iso-date.ts'
import { evaluate } from '../expressions/evaluate.ts'
import type { CompiledJourney } from '../journey/types.ts'
import { applicableQuestions, type Answers } from './answers.ts'
import { references } from '../expressions/references.ts'
import { perJourney } from './per-journey.ts'

const referencesOf = perJourney((journey) => journey.questions.map((q) => (q.when ? references(q.when) : [])))

export type Mode = 'sequence' | 'edit'

/**
 * The question to ask after `after` (or the first one when `after` is null).
 * - sequence: the next applicable question in order, skipping answers reused from
 *   other journeys (already answered elsewhere, nothing asked twice);
 * - edit (changing one answer from the summary): the next applicable question that
 *   has no answer yet, so later answers that still apply are kept and not asked again.
 * `null` means every applicable question is answered: show the plan.
 */
export function nextQuestion(
  journey: CompiledJourney,
  answers: Readonly<Answers>,
  today: IsoDate,
  after: string | null,
  mode: Mode,
  reused: ReadonlySet<string>,
): string | null {
  const index = questionIndex(journey)
  const position = after === null ? -1 : (index.get(after) ?? -1)
  for (const question of applicableQuestions(journey, answers, today)) {
    if (index.get(question.id)! <= position) continue
    const answered = answers[question.id] !== undefined
    if (mode === 'edit' ? !answered : !(answered && reused.has(question.id))) return question.id
  }
  // Something applicable earlier may still be unanswered (after an edit changed the path).
  const missing = applicableQuestions(journey, answers, today).find((q) => answers[q.id] === undefined)
  return missing ? missing.id : null
}

/** "Étape X sur Y": Y counts the questions still possibly ahead, not the whole file. */
export function progress(
  journey: CompiledJourney,
  answers: Readonly<Answers>,
  today: IsoDate,
  current: string | null,
  reused: ReadonlySet<string>,
): { step: number; total: number } {
  const env = { answers, today }
  let step = 1
  let total = 0
  let passedCurrent = current === null
  // Questions that may still be asked and have no answer yet: only they can turn an unknown condition true.
  const open = new Set<string>()
  const refs = referencesOf(journey)
  journey.questions.forEach((question, index) => {
    if (question.id === current) passedCurrent = true
    // true, or unknown because of a question that may still be answered, count as "may be asked".
    // Unknown because of a question that can no longer be asked (or a « Je ne sais pas ») is not.
    const value = question.when ? evaluate(question.when, env) : true
    const mayApply = value === true || (value === undefined && refs[index]!.some((id) => open.has(id)))
    if (mayApply && answers[question.id] === undefined) open.add(question.id)
    if (!mayApply || (reused.has(question.id) && answers[question.id] !== undefined)) return
    total += 1
    if (!passedCurrent) step += 1
  })
  return { step: Math.min(step, Math.max(total, 1)), total: Math.max(total, 1) }
}

/** Position of each question in asking order, computed once per journey. */
export const questionIndex = perJourney((journey) => new Map(journey.questions.map((q, i) => [q.id, i])))
