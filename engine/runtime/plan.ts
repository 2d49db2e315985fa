/**
 * The to-do plan: which démarches apply to these answers, by when, and why.
 *
 * Pure and isomorphic: the widget recomputes it in the browser after each answer,
 * the CLI and the scenario runner call it in Node.
 * @module
 */
import { daysBetween, type IsoDate } from '../dates/iso-date.ts'
import type { AnswerValue, EvaluationEnv } from '../expressions/ast.ts'
import type { CompiledDeadlineRule, CompiledJourney, CompiledTask, FicheRef, Organisation } from '../journey/types.ts'
import { computeDue, describeDeadline, nominalDays } from '../plan/deadline.ts'
import { periodForDays } from '../plan/periods.ts'
import type { Block } from '../text/markdown.ts'
import { applicableQuestions, applies, type Answers } from './answers.ts'
import { formatAnswer, questionName } from './format-answer.ts'

export interface PlanReason {
  question: string
  label: string
  answer: string
}

export interface PlanTask {
  id: string
  title: string
  description: Block[]
  organisation: Organisation
  fiches: FicheRef[]
  documents: string[]
  mandatory: boolean
  period: string
  /** Due date when its starting date is known. */
  due?: IsoDate
  /** The rule in words ("14 jours après « Date du décès »"). */
  deadline?: string
  /** The due date has passed: do it as soon as possible. */
  overdue: boolean
  /** The answers that made this démarche apply. */
  reasons: PlanReason[]
  /** "car vous avez indiqué : …", or a general sentence when it always applies. */
  why: string
}

export interface PlanGroup {
  id: string
  label: string
  tasks: PlanTask[]
}

export interface Plan {
  journey: string
  version: number
  today: IsoDate
  groups: PlanGroup[]
  /** All tasks in display order (groups flattened). */
  tasks: PlanTask[]
}

/** "1 jour ouvré" is nominally 1.4 days but belongs with "Dans les 24 heures". */
function nominalFloor(rule: CompiledDeadlineRule | undefined): number | undefined {
  const days = rule ? nominalDays(rule) : undefined
  return days === undefined ? undefined : Math.floor(days)
}

function selectRule(task: CompiledTask, env: EvaluationEnv): CompiledDeadlineRule | undefined {
  return task.deadline.find((rule) => applies(rule.when, env))
}

export function buildPlan(journey: CompiledJourney, answers: Readonly<Answers>, today: IsoDate): Plan {
  // Only answers to questions that apply count: a stale answer must not make a task appear.
  const asked = applicableQuestions(journey, answers, today)
  const byId = new Map(asked.map((q) => [q.id, q]))
  const current: Record<string, AnswerValue> = {}
  for (const q of asked) if (answers[q.id] !== undefined) current[q.id] = answers[q.id]!
  const env: EvaluationEnv = { answers: current, today }
  const dateAnswer = (id: string) => (typeof current[id] === 'string' ? (current[id] as string) : undefined)

  const order = new Map(journey.periods.map((p, i) => [p.id, i]))
  const tasks: (PlanTask & { index: number })[] = []
  journey.tasks.forEach((task, index) => {
    if (!applies(task.when, env)) return
    const rule = selectRule(task, env)
    const due = rule ? computeDue(rule, { today, answer: dateAnswer }) : undefined
    const anchor = rule && 'from' in rule && rule.from !== 'today' ? byId.get(rule.from) : undefined
    const reasons: PlanReason[] = task.because.flatMap((id) => {
      const question = byId.get(id)
      const value = current[id]
      return question && value !== undefined ? [{ question: id, label: questionName(question), answer: formatAnswer(question, value) }] : []
    })
    const period =
      task.period ?? periodForDays(due !== undefined ? daysBetween(today, due) : nominalFloor(rule))
    const planned: PlanTask & { index: number } = {
      index,
      id: task.id,
      title: task.title,
      description: task.description,
      organisation: task.organisation,
      fiches: task.fiches.map((id) => journey.fiches[id]).filter((f): f is FicheRef => Boolean(f)),
      documents: task.documents,
      mandatory: task.mandatory,
      period: order.has(period) ? period : journey.periods[journey.periods.length - 1]!.id,
      overdue: due !== undefined && due < today,
      reasons,
      why: reasons.length
        ? `car vous avez indiqué : ${reasons.map((r) => `${r.label} : ${r.answer}`).join(' ; ')}`
        : 'Cette démarche concerne toutes les situations de ce parcours.',
    }
    if (due) planned.due = due
    if (rule) planned.deadline = describeDeadline(rule, anchor ? `« ${questionName(anchor)} »` : undefined)
    tasks.push(planned)
  })

  tasks.sort(
    (a, b) =>
      order.get(a.period)! - order.get(b.period)! ||
      (a.due ?? '9999') .localeCompare(b.due ?? '9999') ||
      Number(b.mandatory) - Number(a.mandatory) ||
      a.index - b.index,
  )
  const groups: PlanGroup[] = journey.periods
    .map((p) => ({ id: p.id, label: p.label, tasks: tasks.filter((t) => t.period === p.id).map(stripIndex) }))
    .filter((g) => g.tasks.length > 0)
  return { journey: journey.id, version: journey.version, today, groups, tasks: groups.flatMap((g) => g.tasks) }
}

function stripIndex({ index: _index, ...task }: PlanTask & { index: number }): PlanTask {
  return task
}
