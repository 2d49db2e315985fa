/**
 * Where a démarche shows in the plan, known without answers: its period (explicit, or from
 * its deadline's nominal length, as the plan does with a date), « Si besoin » or « Rien à
 * faire ». For the graph's subgraphs and the journey map, which have no answers to date it.
 * @module
 */
import type { CompiledJourney, CompiledTask } from '../journey/types.ts'
import { nominalDays } from '../plan/deadline.ts'
import { periodForDays } from '../plan/periods.ts'

export interface Section {
  id: string
  label: string
}

export const ADVICE_SECTION: Section = { id: 'si-besoin', label: 'Si besoin' }
export const AUTOMATIC_SECTION: Section = { id: 'rien-a-faire', label: 'Rien à faire' }

/** The journey's periods in order, then « Si besoin » and « Rien à faire ». */
export function sectionsOf(journey: CompiledJourney): Section[] {
  return [...journey.periods, ADVICE_SECTION, AUTOMATIC_SECTION]
}

/** The period a to-do falls in when its deadline is as nominal: the rule without condition, else the first. */
export function periodOf(journey: CompiledJourney, task: CompiledTask): Section {
  const rule = task.deadline.find((r) => !r.when) ?? task.deadline[0]
  const days = rule ? nominalDays(rule) : undefined
  const wanted = task.period ?? periodForDays(days === undefined ? undefined : Math.floor(days))
  // As in the plan: a journey with its own periods puts an unknown default one last.
  return journey.periods.find((p) => p.id === wanted) ?? journey.periods[journey.periods.length - 1]!
}

export function sectionOf(journey: CompiledJourney, task: CompiledTask): Section {
  if (task.kind === 'advice') return ADVICE_SECTION
  if (task.kind === 'automatic') return AUTOMATIC_SECTION
  return periodOf(journey, task)
}
