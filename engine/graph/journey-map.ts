/**
 * A journey as a map for review, in the spirit of publicodes' rule pages: each question
 * with its options and the démarches each answer brings or removes, each démarche with its
 * condition, deadline and start in words, and its period. Pure data for the preview's page.
 * @module
 */
import { references } from '../expressions/references.ts'
import type { CompiledJourney, CompiledQuestion, CompiledStartRule, CompiledTask } from '../journey/types.ts'
import { describeDeadline } from '../plan/deadline.ts'
import { questionName } from '../runtime/format-answer.ts'
import { answerEffects } from './answer-effects.ts'
import { conditionWords } from './condition-words.ts'
import { sectionOf, sectionsOf, type Section } from './task-sections.ts'

export interface TaskLink {
  id: string
  title: string
}

export interface MapOption {
  label: string
  brings: TaskLink[]
  removes: TaskLink[]
}

export interface MapQuestion {
  id: string
  name: string
  label: string
  type: CompiledQuestion['type']
  optional: boolean
  /** « Posée si … », in words. */
  askedIf?: string
  options: MapOption[]
  /** Démarches whose condition reads this answer otherwise (a date, a number). */
  alsoUsedBy: TaskLink[]
  /** Démarches whose deadline or start is counted from this answer. */
  datesOf: TaskLink[]
  /** Questions asked only depending on this answer. */
  opens: { id: string; name: string }[]
}

export interface MapTask {
  id: string
  title: string
  kindLabel?: string
  section: Section
  condition?: string
  /** Each rule in words, with its own condition when it has one. */
  deadlines: string[]
  starts: string[]
  questions: { id: string; name: string }[]
  fiches: { id: string; title: string; url: string }[]
}

export interface JourneyMap {
  id: string
  title: string
  questions: MapQuestion[]
  sections: { section: Section; tasks: MapTask[] }[]
}

const KIND_LABELS = { advice: 'Si besoin', automatic: 'Rien à faire (automatique)' } as const

function ruleWords(rule: CompiledStartRule, byId: ReadonlyMap<string, CompiledQuestion>): string {
  const anchor = 'from' in rule && rule.from !== 'today' ? byId.get(rule.from) : undefined
  const text = describeDeadline(rule, anchor ? `« ${questionName(anchor)} »` : undefined)
  return rule.when ? `si ${conditionWords(rule.when, byId)} : ${text}` : text
}

function optionsOf(question: CompiledQuestion): { value: string; label: string }[] {
  if (question.type === 'boolean') return [{ value: 'true', label: 'Oui' }, { value: 'false', label: 'Non' }]
  return (question.options ?? []).map((o) => ({ value: o.value, label: o.label }))
}

export function journeyMap(journey: CompiledJourney): JourneyMap {
  const byId = new Map(journey.questions.map((q) => [q.id, q]))
  const link = (task: CompiledTask): TaskLink => ({ id: task.id, title: task.title })
  const named = (id: string) => ({ id, name: byId.has(id) ? questionName(byId.get(id)!) : id })
  const effects = journey.tasks.map((task) => (task.when ? answerEffects(task.when, byId) : undefined))

  const questions = journey.questions.map((q): MapQuestion => {
    const options = optionsOf(q).map(({ value, label }) => {
      const brings: TaskLink[] = []
      const removes: TaskLink[] = []
      journey.tasks.forEach((task, i) => {
        const effect = effects[i]?.options.get(q.id)?.get(value)
        if (effect === 'brings' || effect === 'both') brings.push(link(task))
        if (effect === 'removes' || effect === 'both') removes.push(link(task))
      })
      return { label, brings, removes }
    })
    const alsoUsedBy = journey.tasks.filter((_, i) => effects[i]?.other.has(q.id)).map(link)
    const datesOf = journey.tasks
      .filter((task) => [...task.deadline, ...(task.start ?? [])].some((r) => ('from' in r && r.from === q.id) || (r.when && references(r.when).includes(q.id))))
      .map(link)
    const opens = journey.questions.filter((other) => other.when && references(other.when).includes(q.id)).map((other) => named(other.id))
    return {
      id: q.id,
      name: questionName(q),
      label: q.label,
      type: q.type,
      optional: Boolean(q.optional),
      ...(q.when ? { askedIf: conditionWords(q.when, byId) } : {}),
      options,
      alsoUsedBy,
      datesOf,
      opens,
    }
  })

  const tasks = journey.tasks.map((task): MapTask => ({
    id: task.id,
    title: task.title,
    ...(task.kind ? { kindLabel: KIND_LABELS[task.kind] } : {}),
    section: sectionOf(journey, task),
    ...(task.when ? { condition: conditionWords(task.when, byId) } : {}),
    deadlines: task.deadline.map((r) => ruleWords(r, byId)),
    starts: (task.start ?? []).map((r) => ruleWords(r, byId)),
    questions: [...new Set([...(task.when ? references(task.when) : []), ...task.deadline.flatMap((r) => ('from' in r && r.from !== 'today' ? [r.from] : []))])]
      .filter((id) => byId.has(id))
      .map(named),
    fiches: task.fiches.flatMap((id) => (journey.fiches[id] ? [{ id, title: journey.fiches[id]!.title, url: journey.fiches[id]!.url }] : [])),
  }))

  const sections = sectionsOf(journey)
    .map((section) => ({ section, tasks: tasks.filter((t) => t.section.id === section.id) }))
    .filter((s) => s.tasks.length)
  return { id: journey.id, title: journey.title, questions, sections }
}
