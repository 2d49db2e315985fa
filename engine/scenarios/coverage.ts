/**
 * How much of a journey its scenarios reach: the questions never asked and the
 * démarches never shown, and the smaller of the two rates (what `--min-coverage` checks).
 * @module
 */
import type { CompiledJourney } from '../journey/types.ts'
import type { ScenarioRun } from './run-scenarios.ts'

export interface Coverage {
  questions: { reached: number; total: number }
  tasks: { reached: number; total: number }
  notAsked: string[]
  notShown: string[]
  /** The lower of the two rates, in percent (100 when a list is empty). */
  percent: number
}

const rate = ({ reached, total }: { reached: number; total: number }) => (total ? (reached / total) * 100 : 100)

export function coverageOf(journey: CompiledJourney, run: Pick<ScenarioRun, 'asked' | 'shown'>): Coverage {
  const notAsked = journey.questions.map((q) => q.id).filter((id) => !run.asked.has(id))
  const notShown = journey.tasks.map((t) => t.id).filter((id) => !run.shown.has(id))
  const questions = { reached: journey.questions.length - notAsked.length, total: journey.questions.length }
  const tasks = { reached: journey.tasks.length - notShown.length, total: journey.tasks.length }
  return { questions, tasks, notAsked, notShown, percent: Math.min(rate(questions), rate(tasks)) }
}

/** « 95.2 % », rounded down so that 99.95 % never reads as 100 %. */
export function formatPercent({ reached, total }: { reached: number; total: number }): string {
  return `${Math.floor(rate({ reached, total }) * 10) / 10} %`
}
