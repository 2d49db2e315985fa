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
  /** Options (and yes/no of boolean questions) chosen by at least one scenario. */
  answers: { reached: number; total: number }
  /** `question=value` never chosen by any scenario. */
  notChosen: string[]
  /** The lower of the two rates, in percent (100 when a list is empty). */
  percent: number
}

const rate = ({ reached, total }: { reached: number; total: number }) => (total ? (reached / total) * 100 : 100)

/** Every answer a scenario could choose: each option of a single or multiple question, true and false of a boolean one. */
function possibleAnswers(journey: CompiledJourney): string[] {
  return journey.questions.flatMap((q) => {
    if (q.type === 'boolean') return [`${q.id}=true`, `${q.id}=false`]
    return (q.options ?? []).map((o) => `${q.id}=${o.value}`)
  })
}

export function coverageOf(journey: CompiledJourney, run: Pick<ScenarioRun, 'asked' | 'shown'> & { chosen?: Set<string> }): Coverage {
  const notAsked = journey.questions.map((q) => q.id).filter((id) => !run.asked.has(id))
  const notShown = journey.tasks.map((t) => t.id).filter((id) => !run.shown.has(id))
  const questions = { reached: journey.questions.length - notAsked.length, total: journey.questions.length }
  const tasks = { reached: journey.tasks.length - notShown.length, total: journey.tasks.length }
  const possible = possibleAnswers(journey)
  const notChosen = possible.filter((answer) => !run.chosen?.has(answer))
  const answers = { reached: possible.length - notChosen.length, total: possible.length }
  // Answer coverage is reported, not (yet) enforced: `percent` stays questions and démarches.
  return { questions, tasks, answers, notChosen, notAsked, notShown, percent: Math.min(rate(questions), rate(tasks)) }
}

/** « 95.2 % », rounded down so that 99.95 % never reads as 100 %. */
export function formatPercent({ reached, total }: { reached: number; total: number }): string {
  return `${Math.floor(rate({ reached, total }) * 10) / 10} %`
}
