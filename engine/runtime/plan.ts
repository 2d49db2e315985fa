/**
 * The to-do plan: which démarches apply to these answers, by when, and why.
 *
 * Pure and isomorphic: the widget recomputes it in the browser after each answer,
 * the CLI and the scenario runner call it in Node.
 * @module
 */
import { daysBetween, type IsoDate } from '../dates/iso-date.ts'
import type { AnswerValue, EvaluationEnv, Expr } from '../expressions/ast.ts'
import type { CompiledDeadlineRule, CompiledJourney, CompiledQuestion, CompiledTask, FicheRef, Organisation, TaskKind } from '../journey/types.ts'
import { reasonDetails } from '../expressions/explain.ts'
import { references } from '../expressions/references.ts'
import { computeDue, describeDeadline, nominalDays, type DeadlineRule } from '../plan/deadline.ts'
import { respectAfter } from '../plan/order.ts'
import { periodEnded, periodForDays } from '../plan/periods.ts'
import type { Block } from '../text/markdown.ts'
import { frenchTypography } from '../text/typography.ts'
import { applies, pruneAnswers, type Answers } from './answers.ts'
import { changedSince } from './applicability.ts'
import { perJourney } from './per-journey.ts'
import { formatAnswer, questionName } from './format-answer.ts'
import { decidingAnswers, type DecidingAnswer } from './undecided.ts'

export interface PlanReason {
  question: string
  label: string
  answer: string
}

export interface PlanTask {
  id: string
  title: string
  /** todo (to do, ticked when done), advice (« Si besoin »), automatic (« Rien à faire »). */
  kind: TaskKind
  /** `maybe`: its condition is unknown because of a « Je ne sais pas »; never a certain to-do. */
  certainty: 'certain' | 'maybe'
  /** For `maybe`: the answers that would decide (« si … : Salariée »). */
  decidedBy?: DecidingAnswer[]
  /** The démarches the editor put before this one (`after:`). */
  after: string[]
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
  /** The same rule as data, for wording it in another language; `anchor` names its start date. */
  rule?: DeadlineRule & { anchor?: string }
  /** Days from today to `due`; negative once it has passed. */
  dueInDays?: number
  /**
   * Late: the due date has passed, or, without a due date, the editor's period counted from
   * the journey's event is over (« Dans les 24 heures » of a death 23 days ago). Either way
   * it goes in the `overdue` group: to do as soon as possible.
   */
  overdue: boolean
  /** Not before this date (« à partir du… »), when the journey says so. */
  starts?: IsoDate
  /** Days from today to `starts`. */
  startsInDays?: number
  /** The start rule's own words, when the editor gave them (« dès vos 16 ans »). */
  startLabel?: string
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
  /** The certain to-dos by period, computed from today; first `overdue` when a due date has passed. */
  groups: PlanGroup[]
  /** « Peut-être, selon votre situation ». */
  maybe: PlanTask[]
  /** « Si besoin ». */
  advice: PlanTask[]
  /** « Rien à faire : … est prévenu(e) automatiquement ». */
  automatic: PlanTask[]
  counts: { todo: number; advice: number; automatic: number; maybe: number }
  /** Every entry in display order: the groups' to-dos, then maybe, advice, automatic. */
  tasks: PlanTask[]
}

/** The group of to-dos whose due date has passed; its label is worded by the widget in English. */
export const OVERDUE_GROUP = { id: 'overdue', label: 'En retard : à faire dès que possible' } as const

/** "1 jour ouvré" is nominally 1.4 days but belongs with "Dans les 24 heures". */
function nominalFloor(rule: CompiledDeadlineRule | undefined): number | undefined {
  const days = rule ? nominalDays(rule) : undefined
  return days === undefined ? undefined : Math.floor(days)
}

function selectRule<R extends { when?: Expr }>(rules: readonly R[] | undefined, env: EvaluationEnv): R | undefined {
  return rules?.find((rule) => applies(rule.when, env))
}

function planTask(
  journey: CompiledJourney,
  task: CompiledTask,
  env: EvaluationEnv,
  byId: ReadonlyMap<string, CompiledQuestion>,
  today: IsoDate,
): PlanTask | null {
  const holds = applies(task.when, env)
  const decidedBy = !holds && task.when ? decidingAnswers(task.when, env, byId) : undefined
  if (!holds && !decidedBy) return null
  const current = env.answers
  const dateAnswer = (id: string) => (typeof current[id] === 'string' ? (current[id] as string) : undefined)
  const rule = selectRule(task.deadline, env)
  // A rule's `calendar` names a commune (or département) answer: also a string.
  const due = rule ? computeDue(rule, { today, answer: dateAnswer, place: dateAnswer }) : undefined
  const startRule = selectRule(task.start, env)
  const starts = startRule ? computeDue(startRule, { today, answer: dateAnswer, place: dateAnswer }) : undefined
  const anchor = rule && 'from' in rule && rule.from !== 'today' ? byId.get(rule.from) : undefined
  const reasons: PlanReason[] = (task.when ? reasonDetails(task.when, env) : []).flatMap(({ question: id, options }) => {
    const question = byId.get(id)
    const value = current[id]
    // Of a multiple choice, only the boxes the condition tests, in the order they were ticked.
    const shown = options && Array.isArray(value) ? value.filter((v) => options.includes(v)) : value
    return question && shown !== undefined ? [{ question: id, label: questionName(question), answer: formatAnswer(question, shown) }] : []
  })
  // Grouped by when it must be done, else by when it becomes possible.
  const when = due ?? starts
  const wanted = task.period ?? periodForDays(when !== undefined ? daysBetween(today, when) : nominalFloor(rule))
  // A journey with its own periods has no "semaine"…: the compiler requires explicit periods there.
  const period = periodOrder(journey).has(wanted) ? wanted : journey.periods[journey.periods.length - 1]!.id
  const planned: PlanTask = {
    id: task.id,
    title: task.title,
    kind: task.kind ?? 'todo',
    certainty: decidedBy ? 'maybe' : 'certain',
    after: task.after ?? [],
    description: task.description,
    organisation: task.organisation,
    fiches: task.fiches.map((id) => journey.fiches[id]).filter((f): f is FicheRef => Boolean(f)),
    documents: task.documents,
    mandatory: task.mandatoryWhen ? applies(task.mandatoryWhen, env) : task.mandatory,
    period,
    overdue: due !== undefined ? due < today : periodLapsed(journey, task, current, today),
    reasons,
    why: reasons.length
      ? frenchTypography(`car vous avez indiqué : ${reasons.map((r) => `${r.label} : ${r.answer}`).join(' ; ')}`)
      : 'Cette démarche concerne toutes les situations de ce parcours.',
  }
  if (decidedBy) planned.decidedBy = decidedBy
  if (due) {
    planned.due = due
    planned.dueInDays = daysBetween(today, due)
  }
  if (starts) {
    planned.starts = starts
    planned.startsInDays = daysBetween(today, starts)
  }
  if (startRule && 'label' in startRule && startRule.label) planned.startLabel = startRule.label
  if (rule) {
    const anchorName = anchor ? questionName(anchor) : undefined
    planned.deadline = frenchTypography(describeDeadline(rule, anchorName ? `« ${anchorName} »` : undefined))
    planned.rule =
      'before' in rule
        ? { before: rule.before }
        : { from: rule.from, add: rule.add, unit: rule.unit, ...(rule.nextWorkingDay ? { nextWorkingDay: true } : {}), ...(rule.label ? { label: rule.label } : {}), ...(anchorName ? { anchor: anchorName } : {}) }
  }
  return planned
}

/**
 * The journey's event: the date answer most of its deadlines count from (the death, the
 * move). Explicit periods of démarches without a due date are counted from it.
 */
const eventQuestion = perJourney((journey): string | undefined => {
  const uses = new Map<string, number>()
  for (const task of journey.tasks) {
    for (const rule of [...task.deadline, ...(task.start ?? [])]) {
      if ('from' in rule && rule.from !== 'today') uses.set(rule.from, (uses.get(rule.from) ?? 0) + 1)
    }
  }
  return [...uses].sort((a, b) => b[1] - a[1])[0]?.[0]
})

/** A démarche without a due date whose explicit period, counted from the event, is over. */
function periodLapsed(journey: CompiledJourney, task: CompiledTask, answers: EvaluationEnv['answers'], today: IsoDate): boolean {
  const event = eventQuestion(journey)
  const date = event ? answers[event] : undefined
  if (!task.period || typeof date !== 'string' || task.kind) return false
  return periodEnded(task.period, daysBetween(date, today))
}

export function buildPlan(journey: CompiledJourney, answers: Readonly<Answers>, today: IsoDate): Plan {
  // Only answers to questions that apply count: a stale answer must not make a task appear.
  const current = pruneAnswers(journey, answers, today)
  const memo = journeyMemo(journey)
  const sameDay = memo.last?.today === today
  if (sameDay && memo.lastAnswers === current) return memo.last!

  const env: EvaluationEnv = { answers: current, today }
  const byId = questionsById(journey)
  let dirty = !sameDay
  const recompute = (index: number) => {
    const entry = memo.tasks[index]!
    const planned = planTask(journey, journey.tasks[index]!, env, byId, today)
    entry.today = today
    entry.values = entry.dependencies.map((id) => current[id])
    entry.result = planned
    entry.key = planned ? sortKey(journey, planned, index) : 0
    dirty = true
  }
  // A task's outcome depends on a few answers only: recompute the tasks that read a changed one.
  const changed = sameDay ? changedSince(current, memo.lastAnswers) : undefined
  if (changed) for (const id of changed) for (const index of memo.dependents.get(id) ?? []) recompute(index)
  else memo.tasks.forEach((entry, index) => entry.today === today && sameValues(entry, current) ? undefined : recompute(index))
  memo.lastAnswers = current
  // Nothing changed since the last plan of this journey: the same plan (plans are never mutated).
  if (!dirty && memo.last) return memo.last

  const tasks = memo.tasks
    .filter((entry) => entry.result !== null)
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.result!)
  memo.last = arrange(journey, today, tasks)
  return memo.last
}

/** Sorted entries → the plan's sections: to-dos by period (overdue first), maybe, advice, automatic. */
function arrange(journey: CompiledJourney, today: IsoDate, sorted: PlanTask[]): Plan {
  const todos = sorted.filter((t) => t.kind === 'todo' && t.certainty === 'certain')
  const groups: PlanGroup[] = []
  const overdue = todos.filter((t) => t.overdue)
  if (overdue.length) groups.push({ id: OVERDUE_GROUP.id, label: OVERDUE_GROUP.label, tasks: respectAfter(overdue) })
  for (const period of journey.periods) {
    const inPeriod = todos.filter((t) => !t.overdue && t.period === period.id)
    if (inPeriod.length) groups.push({ id: period.id, label: period.label, tasks: respectAfter(inPeriod) })
  }
  const maybe = respectAfter(sorted.filter((t) => t.certainty === 'maybe'))
  const advice = respectAfter(sorted.filter((t) => t.kind === 'advice' && t.certainty === 'certain'))
  const automatic = respectAfter(sorted.filter((t) => t.kind === 'automatic' && t.certainty === 'certain'))
  const inGroups = groups.flatMap((g) => g.tasks)
  return {
    journey: journey.id,
    version: journey.version,
    today,
    groups,
    maybe,
    advice,
    automatic,
    counts: { todo: inGroups.length, advice: advice.length, automatic: automatic.length, maybe: maybe.length },
    tasks: [...inGroups, ...maybe, ...advice, ...automatic],
  }
}

/** Period, then due (or start) date, then mandatory before advised, then authoring order, as one number. */
function sortKey(journey: CompiledJourney, task: PlanTask, index: number): number {
  const period = periodOrder(journey).get(task.period)!
  const date = task.due ?? task.starts
  const due = date ? Number(date.replace(/-/g, '')) : 99_999_999
  return period * 1e13 + due * 1e5 + (task.mandatory ? 0 : 1e4) + Math.min(index, 9_999)
}

function sameValues(entry: TaskMemo, answers: Readonly<Answers>): boolean {
  for (let i = 0; i < entry.dependencies.length; i++) if (answers[entry.dependencies[i]!] !== entry.values[i]) return false
  return true
}

interface TaskMemo {
  dependencies: string[]
  today: IsoDate | undefined
  values: unknown[]
  result: PlanTask | null
  key: number
}

interface JourneyMemo {
  tasks: TaskMemo[]
  /** Question id → indexes of the tasks that read its answer. */
  dependents: Map<string, number[]>
  lastAnswers?: object
  last?: Plan
}

/** Per task: the answers it depends on (condition, deadline rules, start date) and its last outcome. */
const journeyMemo = perJourney((journey): JourneyMemo => {
  const dependents = new Map<string, number[]>()
  const tasks = journey.tasks.map((task, index) => {
    const dependencies = new Set([...(task.when ? references(task.when) : []), ...(task.mandatoryWhen ? references(task.mandatoryWhen) : [])])
    for (const rule of [...task.deadline, ...(task.start ?? [])]) {
      if (rule.when) references(rule.when).forEach((id) => dependencies.add(id))
      if ('from' in rule && rule.from !== 'today') dependencies.add(rule.from)
      if ('calendar' in rule && rule.calendar) dependencies.add(rule.calendar)
    }
    // Whether an explicit period is over depends on the event's date.
    const event = eventQuestion(journey)
    if (task.period && event) dependencies.add(event)
    for (const id of dependencies) dependents.set(id, [...(dependents.get(id) ?? []), index])
    return { dependencies: [...dependencies], today: undefined, values: [] as unknown[], result: null, key: 0 }
  })
  return { tasks, dependents }
})

const questionsById = perJourney((journey) => new Map(journey.questions.map((q) => [q.id, q])))

const periodOrder = perJourney((journey) => new Map(journey.periods.map((p, i) => [p.id, i])))
