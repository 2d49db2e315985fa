/**
 * Starting and resuming a journey (start-session.ts), and what a UI needs from a snapshot,
 * the plan included.
 * @module
 */
import type { CompiledJourney } from '../journey/types.ts'
import { buildPlan, type Plan } from './plan.ts'
import { screenOf, type JourneySnapshot } from './start-session.ts'

export * from './start-session.ts'

/** What a UI needs from a snapshot: the question on screen, the step count, the plan. */
export function viewOf(journey: CompiledJourney, snapshot: JourneySnapshot): {
  question: string | null
  step: number
  total: number
  plan: Plan | null
} {
  const { question, step, total, atPlan } = screenOf(journey, snapshot)
  const { answers, today } = snapshot.context
  return { question, step, total, plan: atPlan ? buildPlan(journey, answers, today) : null }
}
