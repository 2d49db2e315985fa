/**
 * Which questions apply to a set of answers: a question applies when its `when` is
 * true given the answers to the applicable questions before it.
 *
 * Runs after every answer, on journeys of up to a thousand questions, so results are
 * cached per answers object (the machine never mutates one) and, after a single
 * answer changes, only the conditions that read a changed value are evaluated again.
 * @module
 */
import type { IsoDate } from '../dates/iso-date.ts'
import type { AnswerValue, EvaluationEnv } from '../expressions/ast.ts'
import { isTrue } from '../expressions/evaluate.ts'
import { references } from '../expressions/references.ts'
import type { CompiledJourney, CompiledQuestion } from '../journey/types.ts'
import { perJourney } from './per-journey.ts'

export type Answers = Record<string, AnswerValue>

interface Applicability {
  journey: CompiledJourney
  today: IsoDate
  /** 1 when the question at that index applies. */
  applies: Uint8Array
  questions: CompiledQuestion[]
}

const cache = new WeakMap<object, Applicability>()
const referencesOf = perJourney((journey) => journey.questions.map((q) => (q.when ? references(q.when) : [])))

function cached(journey: CompiledJourney, answers: object, today: IsoDate): Applicability | undefined {
  const entry = cache.get(answers)
  return entry && entry.journey === journey && entry.today === today ? entry : undefined
}

function store(journey: CompiledJourney, answers: object, today: IsoDate, applies: Uint8Array): Applicability {
  const entry = { journey, today, applies, questions: journey.questions.filter((_, i) => applies[i] === 1) }
  cache.set(answers, entry)
  return entry
}

function countGiven(answers: Readonly<Answers>): number {
  let given = 0
  for (const id in answers) if (answers[id] !== undefined) given += 1
  return given
}

/** From scratch: only answers of applicable questions are visible to later conditions. */
function compute(journey: CompiledJourney, answers: Readonly<Answers>, today: IsoDate): Uint8Array {
  const applies = new Uint8Array(journey.questions.length)
  // Fast path: evaluate against the answers as given; exact when no given answer is stale.
  let answered = 0
  journey.questions.forEach((q, i) => {
    if (!q.when || isTrue(q.when, { answers, today })) {
      applies[i] = 1
      if (answers[q.id] !== undefined) answered += 1
    }
  })
  if (answered === countGiven(answers)) return applies
  const visible: Record<string, AnswerValue> = {}
  const env: EvaluationEnv = { answers: visible, today }
  journey.questions.forEach((q, i) => {
    applies[i] = !q.when || isTrue(q.when, env) ? 1 : 0
    if (applies[i] && answers[q.id] !== undefined) visible[q.id] = answers[q.id]!
  })
  return applies
}

export function applicableQuestions(journey: CompiledJourney, answers: Readonly<Answers>, today: IsoDate): CompiledQuestion[] {
  return (cached(journey, answers, today) ?? store(journey, answers, today, compute(journey, answers, today))).questions
}

/**
 * Seeds the cache for `after`, which differs from `before` by the answer to `question`
 * only: conditions that read no changed value keep their previous outcome.
 */
export function answerChanged(journey: CompiledJourney, before: Readonly<Answers>, after: Readonly<Answers>, question: string, today: IsoDate): void {
  lineage.set(after, { parent: before, changed: question })
  const previous = cached(journey, before, today)
  const start = journey.questions.findIndex((q) => q.id === question)
  if (!previous || start < 0 || previous.applies[start] !== 1) return
  const applies = previous.applies.slice()
  const lists = referencesOf(journey)
  const changed = new Set([question])
  const env: EvaluationEnv = { answers: after, today }
  for (let i = start + 1; i < applies.length; i++) {
    const q = journey.questions[i]!
    if (!q.when || !lists[i]!.some((id) => changed.has(id))) continue
    const now = isTrue(q.when, env) ? 1 : 0
    if (now === applies[i]) continue
    // An answered question stopping to apply leaves a stale answer visible to later
    // conditions: recompute from scratch (rare: only when an edit changes the path).
    if (after[q.id] !== undefined && now === 0) return
    applies[i] = now
    if (after[q.id] !== undefined) changed.add(q.id)
  }
  store(journey, after, today, applies)
}

const lineage = new WeakMap<object, { parent: object; changed: string }>()

/**
 * The questions whose answers differ between `previous` and `answers`, when `answers`
 * was derived from `previous` by `answerChanged` (and kept as is by pruneAnswers);
 * `undefined` when that is not known (then everything must be compared).
 */
export function changedSince(answers: object, previous: object | undefined): string[] | undefined {
  if (!previous) return undefined
  if (answers === previous) return []
  const step = lineage.get(answers)
  return step && step.parent === previous ? [step.changed] : undefined
}

/** Drops the answers of questions that no longer apply (after an earlier answer changed). */
export function pruneAnswers(journey: CompiledJourney, answers: Readonly<Answers>, today: IsoDate): Answers {
  const { questions, applies } = cached(journey, answers, today) ?? store(journey, answers, today, compute(journey, answers, today))
  let kept = 0
  for (const question of questions) if (answers[question.id] !== undefined) kept += 1
  // Nothing to drop (the usual case): the same object, so caches keyed on it keep working.
  if (kept === countGiven(answers)) return answers as Answers
  const pruned: Answers = {}
  for (const question of questions) if (answers[question.id] !== undefined) pruned[question.id] = answers[question.id]!
  cache.set(pruned, { journey, today, applies, questions })
  return pruned
}
