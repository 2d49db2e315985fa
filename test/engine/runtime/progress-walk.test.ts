/**
 * « Étape X sur Y » on every shipped journey, along random answer paths: each answer moves
 * the step by exactly one, the total never grows, and it shrinks only by the questions
 * that the answer ruled out. (A question whose condition depends on one that can no longer
 * be asked used to stay in the count: « Étape 5 » was followed by « Étape 7 sur 12 ».)
 */
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween } from '../../../engine/dates/iso-date.ts'
import type { AnswerValue } from '../../../engine/expressions/ast.ts'
import type { CompiledJourney, CompiledQuestion } from '../../../engine/journey/types.ts'
import { dateRange } from '../../../engine/runtime/answers.ts'
import { nextQuestion, progress } from '../../../engine/runtime/navigation.ts'
import { applicableQuestions, pruneAnswers, type Answers } from '../../../engine/runtime/answers.ts'
import { loadJourneys } from '../../../engine/node/journey-files.ts'

const TODAY = '2026-12-03'
const NONE = new Set<string>()

/** A small seeded generator: the same paths on every run, different for each seed. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
}

function randomAnswer(question: CompiledQuestion, next: () => number): AnswerValue {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  if (question.optional && next() < 0.2) return null
  const options = question.options?.map((o) => o.value) ?? []
  switch (question.type) {
    case 'single': return pick(options)
    case 'multiple': {
      const exclusive = question.options!.filter((o) => o.exclusive).map((o) => o.value)
      if (exclusive.length && next() < 0.2) return [pick(exclusive)]
      const free = options.filter((o) => !exclusive.includes(o))
      const chosen = free.filter(() => next() < 0.4)
      return chosen.length ? chosen : [pick(free)]
    }
    case 'boolean': return next() < 0.5
    case 'date': {
      const { min, max } = dateRange(question, TODAY)
      const from = min ?? addDays(max ?? TODAY, -30 * 365)
      const to = max ?? addDays(TODAY, 3 * 365)
      return addDays(from, Math.floor(next() * (daysBetween(from, to) + 1)))
    }
    case 'number': {
      const low = typeof question.min === 'number' ? question.min : 0
      const high = typeof question.max === 'number' ? question.max : 100
      return low + Math.floor(next() * (high - low + 1))
    }
    case 'country': return pick(['FR', 'MA', 'DE', 'US', 'SN'])
    case 'commune': return pick(['75056', '57463', '67482', '97411', '97209', '13055', '2A004'])
    default: return 'réponse'
  }
}

/** One path from the first question to the plan, checking « Étape X sur Y » after each answer. */
function walk(journey: CompiledJourney, seed: number): void {
  const next = random(seed)
  let answers: Answers = {}
  let current = nextQuestion(journey, answers, TODAY, null, 'sequence', NONE)
  let before = progress(journey, answers, TODAY, current, NONE)
  expect(before.step).toBe(1)
  while (current !== null) {
    const question = journey.questions.find((q) => q.id === current)!
    answers = pruneAnswers(journey, { ...answers, [current]: randomAnswer(question, next) }, TODAY)
    const following = nextQuestion(journey, answers, TODAY, current, 'sequence', NONE)
    if (following === null) break
    const after = progress(journey, answers, TODAY, following, NONE)
    const where = `${journey.id}, seed ${seed}, after « ${current} »`
    expect(after.step, where).toBe(before.step + 1)
    expect(after.total, where).toBeLessThanOrEqual(before.total)
    expect(after.step, where).toBeLessThanOrEqual(after.total)
    current = following
    before = after
  }
  // The last step shown is the number of questions actually asked.
  expect(applicableQuestions(journey, answers, TODAY).length, journey.id).toBe(before.step)
}

describe('progress along random paths', () => {
  const { journeys } = loadJourneys('journeys', { today: TODAY })
  it('loads the ten journeys', () => expect(journeys.size).toBe(10))
  for (const [id, { journey }] of journeys) {
    it(`never skips or grows in « ${id} »`, () => {
      for (let seed = 1; seed <= 60; seed++) walk(journey, seed * 7919)
    })
  }
})
