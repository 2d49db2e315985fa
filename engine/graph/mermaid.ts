/**
 * A journey as a Mermaid flowchart: questions in asking order (a conditional question has a
 * « si … » arrow in and a « sinon » bypass), then « Vos démarches » and one subgraph per
 * period of the plan (then « Si besoin » and « Rien à faire »), each démarche inside its
 * own. A démarche's condition, in words (question short labels, option labels), labels the
 * arrow from the last question it reads; long ones are cut near 60 characters with « … » and
 * given in full in a `%%` comment under the arrow (or on the arrow with `full`). Dotted
 * arrows for « Peut-être » (an optional question) and `after:` order.
 * @module
 */
import { references } from '../expressions/references.ts'
import type { CompiledJourney, CompiledTask } from '../journey/types.ts'
import { conditionWords, shorten } from './condition-words.ts'
import { sectionOf, sectionsOf } from './task-sections.ts'

export interface MermaidOptions {
  /** Whole conditions on the arrows instead of ~60 characters. */
  full?: boolean
}

export const LABEL_LIMIT = 60

/** Mermaid labels are quoted strings: quotes inside become #quot;. */
function label(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`
}

/** Advice and automatic entries get their own shapes too, so an editor sees them apart in any layout. */
function taskNode(task: CompiledTask): string {
  if (task.kind === 'advice') return `t_${task.id}([${label(task.title)}])`
  if (task.kind === 'automatic') return `t_${task.id}[/${label(task.title)}/]`
  return `t_${task.id}[${label(task.title)}]`
}

export function journeyToMermaid(journey: CompiledJourney, options: MermaidOptions = {}): string {
  const byId = new Map(journey.questions.map((q) => [q.id, q]))
  const order = new Map(journey.questions.map((q, i) => [q.id, i]))
  const lines = ['flowchart TD', `  start([${label(journey.title)}])`]
  const node = (id: string) => `q_${id}`
  /** An arrow labelled with `text`, cut unless `full`; the whole text in a comment when cut. */
  const arrow = (from: string, style: '-->' | '-.->', text: string, to: string) => {
    const shown = options.full ? text : shorten(text, LABEL_LIMIT)
    lines.push(`  ${from} ${style}|${label(shown)}| ${to}`)
    if (shown !== text) lines.push(`  %% ${text.replace(/\n/g, ' ')}`)
  }

  journey.questions.forEach((q) => lines.push(`  ${node(q.id)}{{${label((q.short ?? q.label) + (q.optional ? ' (ou « Je ne sais pas »)' : ''))}}}`))
  const optional = new Set(journey.questions.filter((q) => q.optional).map((q) => q.id))
  lines.push(`  plan[[${label('Vos démarches')}]]`)
  const ids = [...journey.questions.map((q) => node(q.id)), 'plan']
  // Arrows from each question (and the start) to the next one, skipping conditional ones when false.
  const sources = ['start', ...ids.slice(0, -1)]
  sources.forEach((from, i) => {
    const question = journey.questions[i]
    const to = ids[i]!
    if (question?.when) {
      arrow(from, '-->', 'si ' + conditionWords(question.when, byId), to)
      lines.push(`  ${from} -.->|sinon| ${ids[i + 1]!}`)
    } else {
      lines.push(`  ${from} --> ${to}`)
    }
  })

  // One subgraph per section that has démarches, in the plan's order.
  const sections = sectionsOf(journey)
  const bySection = new Map<string, CompiledTask[]>(sections.map((s) => [s.id, []]))
  for (const task of journey.tasks) bySection.get(sectionOf(journey, task).id)!.push(task)
  sections.forEach((section, i) => {
    const tasks = bySection.get(section.id)!
    if (!tasks.length) return
    lines.push(`  subgraph s_${i} [${label(section.label)}]`)
    for (const task of tasks) lines.push(`    ${taskNode(task)}`)
    lines.push('  end')
    lines.push(`  plan --> s_${i}`)
  })

  for (const task of journey.tasks) {
    if (!task.when) continue
    const read = references(task.when).filter((id) => order.has(id))
    // From the last question it reads: the answer that settles it.
    const last = read.sort((a, b) => order.get(b)! - order.get(a)!)[0]
    if (last) arrow(node(last), '-->', conditionWords(task.when, byId), `t_${task.id}`)
    // « Je ne sais pas » to one of these questions leaves the démarche in « Peut-être ».
    for (const id of read.filter((q) => optional.has(q))) lines.push(`  ${node(id)} -.->|${label('peut-être, si « Je ne sais pas »')}| t_${task.id}`)
  }
  for (const task of journey.tasks) for (const before of task.after ?? []) lines.push(`  t_${before} -.->|avant| t_${task.id}`)
  return lines.join('\n') + '\n'
}
