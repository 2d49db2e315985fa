/**
 * The compiled journey as shipped to browsers: expressions without their source
 * offsets (only editors' tools need those), so the JSON stays small.
 * @module
 */
import type { Expr } from '../expressions/ast.ts'
import { stripSpans } from '../expressions/index.ts'
import type { CompiledJourney, CompiledTask } from '../journey/types.ts'

const strip = <T extends Expr | number | undefined>(value: T): T =>
  (value === undefined || typeof value === 'number' ? value : stripSpans(value)) as T

export function shipJourney(journey: CompiledJourney): CompiledJourney {
  return {
    ...journey,
    questions: journey.questions.map((q) => {
      const out = { ...q }
      if (q.when) out.when = strip(q.when)
      if (q.min !== undefined) out.min = strip(q.min)
      if (q.max !== undefined) out.max = strip(q.max)
      return out
    }),
    tasks: journey.tasks.map((t) => {
      const rules = <R extends { when?: Expr }>(list: R[]): R[] => list.map((r) => (r.when ? { ...r, when: strip(r.when) } : r))
      const out = { ...t, deadline: rules(t.deadline) }
      if (t.start) out.start = rules(t.start)
      if (t.mandatoryWhen) out.mandatoryWhen = strip(t.mandatoryWhen)
      if (t.when) out.when = strip(t.when)
      return out
    }),
  }
}
