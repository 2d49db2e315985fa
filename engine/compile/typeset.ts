/**
 * The last pass of compilation: French typography on every text the usager reads (titles,
 * questions, options, help, descriptions, documents, period and rule labels), and the
 * addresses and phone numbers of descriptions and help turned into links. A separate pass
 * over the compiled journey, so that the Markdown parser can change without touching it.
 * @module
 */
import type { CompiledJourney, CompiledQuestion, CompiledTask } from '../journey/types.ts'
import { enrichBlocks } from '../text/autolink.ts'
import type { Block } from '../text/markdown.ts'
import { frenchTypography as fr } from '../text/typography.ts'

/** Help as a block tree, only when it holds something to tap (the plain `help` stays for the rest). */
function helpBlocks(help: string): Block[] | undefined {
  const blocks = enrichBlocks([{ type: 'paragraph', children: [{ type: 'text', text: help }] }])
  const linked = blocks.some((b) => b.type === 'paragraph' && b.children.some((c) => c.type === 'link'))
  return linked ? blocks : undefined
}

function typesetQuestion(question: CompiledQuestion): CompiledQuestion {
  const out: CompiledQuestion = { ...question, label: fr(question.label) }
  if (question.short) out.short = fr(question.short)
  if (question.help) {
    out.help = fr(question.help)
    const blocks = helpBlocks(question.help)
    if (blocks) out.helpBlocks = blocks
  }
  if (question.unit) out.unit = fr(question.unit)
  if (question.options) out.options = question.options.map((o) => ({ ...o, label: fr(o.label), ...(o.help ? { help: fr(o.help) } : {}) }))
  return out
}

function typesetTask(task: CompiledTask): CompiledTask {
  const out: CompiledTask = {
    ...task,
    title: fr(task.title),
    description: enrichBlocks(task.description),
    documents: task.documents.map(fr),
    organisation: { ...task.organisation, name: fr(task.organisation.name) },
    deadline: task.deadline.map((rule) => ('label' in rule && rule.label ? { ...rule, label: fr(rule.label) } : rule)),
  }
  if (task.start) out.start = task.start.map((rule) => ('label' in rule && rule.label ? { ...rule, label: fr(rule.label) } : rule))
  return out
}

export function typesetJourney(journey: CompiledJourney): CompiledJourney {
  return {
    ...journey,
    title: fr(journey.title),
    description: fr(journey.description),
    periods: journey.periods.map((p) => ({ ...p, label: fr(p.label) })),
    questions: journey.questions.map(typesetQuestion),
    tasks: journey.tasks.map(typesetTask),
  }
}
