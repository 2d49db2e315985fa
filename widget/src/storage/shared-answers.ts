/**
 * Answers to shared questions (date of birth, family situation…) are kept per site,
 * not per journey, so that another journey on the same site does not ask them again.
 * @module
 */
// Not the runtime's index: it would bring the plan builder into the first question's download.
import { checkAnswer } from '../../../engine/runtime/answers.ts'
import type { Answers, CompiledJourney } from '../../../engine/runtime/index.ts'
import { sharedKey } from './keys.ts'
import type { Store } from './store.ts'

/** The stored answers to this journey's shared questions that are still valid today. */
export function loadSharedAnswers(store: Store, journey: CompiledJourney, today: string): Answers {
  const reused: Answers = {}
  for (const question of journey.questions) {
    if (!question.shared) continue
    const read = store.read(sharedKey(question.id))
    if (read.kind !== 'value') continue
    // A stale or tampered value is ignored, the question is simply asked.
    if (checkAnswer(question, read.value, today) === undefined) reused[question.id] = read.value as Answers[string]
  }
  return reused
}

export function saveSharedAnswers(store: Store, journey: CompiledJourney, answers: Readonly<Answers>): void {
  for (const question of journey.questions) {
    const value = answers[question.id]
    if (question.shared && value !== undefined) store.write(sharedKey(question.id), value)
  }
}
