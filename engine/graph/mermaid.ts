/**
 * A journey as a Mermaid flowchart: questions in asking order (a conditional
 * question has a "si …" arrow in and a "sinon" bypass), then the plan and each
 * démarche with its condition on the arrow.
 * @module
 */
import type { CompiledJourney } from '../journey/types.ts'
import { expressionText } from './expression-text.ts'

/** Mermaid labels are quoted strings: quotes inside become #quot;. */
function label(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`
}

export function journeyToMermaid(journey: CompiledJourney): string {
  const lines = ['flowchart TD', `  start([${label(journey.title)}])`]
  const node = (id: string) => `q_${id}`
  journey.questions.forEach((q) => lines.push(`  ${node(q.id)}{{${label(q.short ?? q.label)}}}`))
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
    lines.push(`  t_${task.id}[${label(task.title)}]`)
    lines.push(task.when ? `  plan -->|${label(expressionText(task.when))}| t_${task.id}` : `  plan --> t_${task.id}`)
  }
  return lines.join('\n') + '\n'
}
