/**
 * Which scenarios name the official source of what they assert (`source:` on the scenario
 * or on one of its `tasks:` expectations), so that `mdv test` can say how many do.
 * Reads the parsed scenario file; its shape is checked by the schema beforehand.
 * @module
 */

type SourceValue = string | string[]
interface SourcedScenario {
  source?: SourceValue
  tasks?: (string | { source?: SourceValue })[]
}

/** True when the scenario or one of its expectations has a `source:`. */
export function scenarioHasSource(scenario: SourcedScenario): boolean {
  if (scenario.source !== undefined) return true
  return (scenario.tasks ?? []).some((task) => typeof task === 'object' && task !== null && task.source !== undefined)
}

/** `{ sourced, total }` over the scenarios of a parsed scenario file (zero for anything else). */
export function countSourcedScenarios(data: unknown): { sourced: number; total: number } {
  const scenarios = (data as { scenarios?: unknown } | undefined)?.scenarios
  if (!Array.isArray(scenarios)) return { sourced: 0, total: 0 }
  const objects = scenarios.filter((s): s is SourcedScenario => typeof s === 'object' && s !== null)
  return { sourced: objects.filter(scenarioHasSource).length, total: scenarios.length }
}
