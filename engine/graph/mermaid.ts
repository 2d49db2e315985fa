/**
 * A journey as a Mermaid flowchart: questions in asking order (a conditional
 * question has a "si …" arrow in and a "sinon" bypass), then the plan and each
 * démarche with its condition on the arrow; « Si besoin » and « Rien à faire » entries in
 * their own shapes, dotted arrows for « Peut-être » (an optional question) and `after:` order.
 * @module
 */
import { references } from '../expressions/references.ts'
import type { CompiledJourney, CompiledTask } from '../journey/types.ts'
import { expressionText } from './expression-text.ts'

/** Advice and automatic entries get their own shapes, so an editor sees them apart. */
function taskNode(task: CompiledTask): string {
  if (task.kind === 'advice') return `t_${task.id}([${label(`Si besoin : ${task.title}`)}])`
  if (task.kind === 'automatic') return `t_${task.id}[/${label(`Rien à faire : ${task.title}`)}/]`
  return `t_${task.id}[${label(task.title)}]`
}

/** Mermaid labels are quoted strings: quotes inside become #quot;. */
function label(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`
}

export function journeyToMermaid(journey: CompiledJourney): string {
  const lines = ['flowchart TD', `  start([${label(journey.title)}])`]
  const node = (id: string) => `q_${id}`
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
      lines.push(`  ${from} -->|${label('si ' + expressionText(question.when))}| ${to}`)
      lines.push(`  ${from} -.->|sinon| ${ids[i + 1]!}`)
    } else {
      lines.push(`  ${from} --> ${to}`)
    }
  })
  for (const task of journey.tasks) {
    lines.push(`  ${taskNode(task)}`)
    lines.push(task.when ? `  plan -->|${label(expressionText(task.when))}| t_${task.id}` : `  plan --> t_${task.id}`)
    // « Je ne sais pas » to one of these questions leaves the démarche in « Peut-être ».
    const unsure = task.when ? references(task.when).filter((id) => optional.has(id)) : []
    if (unsure.length) lines.push(`  plan -.->|${label(`peut-être si « Je ne sais pas » : ${unsure.join(', ')}`)}| t_${task.id}`)
  }
  for (const task of journey.tasks) for (const before of task.after ?? []) lines.push(`  t_${before} -.->|avant| t_${task.id}`)
  return lines.join('\n') + '\n'
}
