/**
 * Editors' scenario tests (`journeys/<id>.scenarios.yaml`): answers go through the
 * real journey machine, then the plan is compared with what the editor expects.
 *
 * Each failure is a diagnostic pointing at the scenario line concerned.
 * @module
 */
import type { Diagnostic } from '../diagnostics.ts'
import { todayInParis } from '../dates/iso-date.ts'
import type { AnswerValue } from '../expressions/ast.ts'
import type { CompiledJourney } from '../journey/types.ts'
import { checkSchema } from '../load/schema-check.ts'
import { YamlSource } from '../load/yaml-source.ts'
import { checkAnswer } from '../runtime/answers.ts'
import { buildPlan } from '../runtime/plan.ts'
import { startSession } from '../runtime/session.ts'
import { didYouMean } from '../text/did-you-mean.ts'
import { asSentence, describeAnswerProblem } from './answer-messages.ts'

interface Scenario {
  name: string
  today?: string
  answers: Record<string, AnswerValue>
  tasks?: (string | { id: string; due?: string; starts?: string })[]
  absent?: string[]
  /** Démarches expected in « Peut-être » (undecided by a « Je ne sais pas »). */
  maybe?: string[]
}

export interface ScenarioOutcome {
  name: string
  passed: boolean
}

export interface ScenarioRun {
  journeyId?: string
  outcomes: ScenarioOutcome[]
  diagnostics: Diagnostic[]
  /** Questions asked and tasks shown across all scenarios, for coverage. */
  asked: Set<string>
  shown: Set<string>
  /** Options chosen across all scenarios, as `question=value`, for answer coverage. */
  chosen: Set<string>
}

/** The journey id a scenario file is about (its `journey:` key, else its file name). */
export function scenarioJourneyId(file: string, text: string): string | undefined {
  const source = new YamlSource(file, text)
  const declared = (source.data as { journey?: unknown } | undefined)?.journey
  if (typeof declared === 'string') return declared
  return (file.split(/[\\/]/).pop() ?? '').replace(/\.scenarios\.ya?ml$/, '') || undefined
}

export interface ScenarioOptions {
  /** Whether an INSEE code is a real commune (Node passes engine/node/communes.ts). */
  communeExists?: (code: string) => boolean
}

export function runScenarios(journey: CompiledJourney, file: string, text: string, options: ScenarioOptions = {}): ScenarioRun {
  const source = new YamlSource(file, text)
  const run: ScenarioRun = { journeyId: journey.id, outcomes: [], diagnostics: [...source.syntaxDiagnostics], asked: new Set(), shown: new Set(), chosen: new Set() }
  if (source.syntaxDiagnostics.length) return run
  const schemaProblems = checkSchema(source, 'scenarios')
  if (schemaProblems.length) {
    run.diagnostics.push(...schemaProblems)
    return run
  }
  const scenarios = (source.data as { scenarios: Scenario[] }).scenarios
  const questionIds = journey.questions.map((q) => q.id)
  const taskIds = journey.tasks.map((t) => t.id)
  const byId = new Map(journey.questions.map((q) => [q.id, q]))

  scenarios.forEach((scenario, index) => {
    const at = (...path: (string | number)[]) => ['scenarios', index, ...path]
    const problems: Diagnostic[] = []
    const fail = (path: (string | number)[], message: string, suggestion?: string, key = false) =>
      problems.push(source.diagnostic(path, 'scenario', `Scénario « ${scenario.name} » : ${message}`, { suggestion, key }))
    const today = scenario.today ?? todayInParis()

    for (const id of Object.keys(scenario.answers)) {
      if (!byId.has(id)) {
        const suggestion = didYouMean(id, questionIds)
        fail(at('answers', id), `question inconnue « ${id} »${suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : '.'}`, suggestion, true)
      }
    }
    const { actor } = startSession(journey, { today })
    const asked: string[] = []
    // Each step answers one question, so the journey cannot loop for longer than it has questions.
    for (let step = 0; step <= journey.questions.length * 2; step++) {
      const snapshot = actor.getSnapshot()
      const current = snapshot.context.current
      if (snapshot.matches('plan') || current === null) break
      const value = scenario.answers[current]
      if (value === undefined) {
        fail(at('answers'), `la question « ${current} » est posée mais le scénario n'y répond pas.`, current)
        break
      }
      const question = byId.get(current)!
      const problem =
        checkAnswer(question, value, today) ??
        // `null` is « Je ne sais pas » (an optional question; checkAnswer refuses it elsewhere).
        (question.type === 'commune' && value !== null && options.communeExists && !options.communeExists(String(value)) ? { code: 'unknown-commune' } : undefined)
      if (problem) {
        fail(at('answers', current), asSentence(describeAnswerProblem(question, value, problem)))
        break
      }
      asked.push(current)
      for (const chosen of Array.isArray(value) ? value : [value]) run.chosen.add(`${current}=${String(chosen)}`)
      actor.send({ type: 'ANSWER', value })
    }
    const finalSnapshot = actor.getSnapshot()
    actor.stop()
    asked.forEach((id) => run.asked.add(id))
    if (!problems.length) {
      for (const id of Object.keys(scenario.answers)) {
        if (byId.has(id) && !asked.includes(id)) fail(at('answers', id), `la question « ${id} » n'est pas posée dans cette situation : retirez cette réponse.`, undefined, true)
      }
    }
    if (!problems.length) {
      const plan = buildPlan(journey, finalSnapshot.context.answers, today)
      const shown = new Map(plan.tasks.map((t) => [t.id, t]))
      shown.forEach((_, id) => run.shown.add(id))
      ;(scenario.tasks ?? []).forEach((expected, i) => {
        const { id, due, starts } = typeof expected === 'string' ? { id: expected, due: undefined, starts: undefined } : expected
        const task = shown.get(id)
        if (!taskIds.includes(id)) {
          const suggestion = didYouMean(id, taskIds)
          fail(at('tasks', i), `démarche inconnue « ${id} »${suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : '.'}`, suggestion)
        } else if (!task) fail(at('tasks', i), `la démarche « ${id} » devrait apparaître, mais elle n'apparaît pas.`)
        else if (task.certainty === 'maybe') fail(at('tasks', i), `la démarche « ${id} » n'apparaît qu'en « Peut-être » (réponse « Je ne sais pas ») : listez-la dans maybe.`)
        else if (due !== undefined && task.due !== due) fail(at('tasks', i), `la démarche « ${id} » devrait être due le ${due}, elle l'est le ${task.due ?? '(aucune date)'}.`)
        else if (starts !== undefined && task.starts !== starts) fail(at('tasks', i), `la démarche « ${id} » devrait être possible à partir du ${starts}, elle l'est à partir du ${task.starts ?? '(aucune date)'}.`)
      })
      ;(scenario.absent ?? []).forEach((id, i) => {
        if (!taskIds.includes(id)) {
          const suggestion = didYouMean(id, taskIds)
          fail(at('absent', i), `démarche inconnue « ${id} »${suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : '.'}`, suggestion)
        } else if (shown.has(id)) fail(at('absent', i), `la démarche « ${id} » ne devrait pas apparaître, mais elle apparaît.`)
      })
      ;(scenario.maybe ?? []).forEach((id, i) => {
        const task = shown.get(id)
        if (!taskIds.includes(id)) {
          const suggestion = didYouMean(id, taskIds)
          fail(at('maybe', i), `démarche inconnue « ${id} »${suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : '.'}`, suggestion)
        } else if (!task) fail(at('maybe', i), `la démarche « ${id} » devrait apparaître en « Peut-être », mais elle n'apparaît pas.`)
        else if (task.certainty !== 'maybe') fail(at('maybe', i), `la démarche « ${id} » devrait apparaître en « Peut-être », mais elle est certaine.`)
      })
    }
    run.diagnostics.push(...problems)
    run.outcomes.push({ name: scenario.name, passed: problems.length === 0 })
  })
  return run
}
