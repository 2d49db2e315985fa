/**
 * Static analysis of a compiled journey: conditions that can never be true (a
 * question never asked, a démarche never shown) or are always true, and questions
 * whose answer changes nothing in the plan.
 * @module
 */
import type { Diagnostic } from '../diagnostics.ts'
import { todayInParis } from '../dates/iso-date.ts'
import type { Expr } from '../expressions/ast.ts'
import { references } from '../expressions/index.ts'
import type { CompiledJourney } from '../journey/types.ts'
import type { QuestionOrigin } from '../compile/questions.ts'
import type { TaskOrigin } from '../compile/tasks.ts'
import type { Site } from '../compile/expression-site.ts'
import { ConditionSpace } from './condition-space.ts'

export interface Origins {
  questions: Map<string, QuestionOrigin>
  tasks: Map<string, TaskOrigin>
}

/** Questions whose answers can change the plan, directly or by deciding which questions are asked. */
export function relevantQuestions(journey: CompiledJourney): Set<string> {
  const relevant = new Set<string>()
  const add = (expr: Expr | undefined) => expr && references(expr).forEach((id) => relevant.add(id))
  for (const task of journey.tasks) {
    add(task.when)
    add(task.mandatoryWhen)
    for (const rule of [...task.deadline, ...(task.start ?? [])]) {
      add(rule.when)
      if ('from' in rule && rule.from !== 'today') relevant.add(rule.from)
      // The place whose public holidays count changes the due date.
      if ('calendar' in rule && rule.calendar) relevant.add(rule.calendar)
    }
  }
  const byId = new Map(journey.questions.map((q) => [q.id, q]))
  const pending = [...relevant]
  while (pending.length) {
    const when = byId.get(pending.pop()!)?.when
    if (!when) continue
    for (const id of references(when)) {
      if (!relevant.has(id)) {
        relevant.add(id)
        pending.push(id)
      }
    }
  }
  return relevant
}

export function analyseJourney(journey: CompiledJourney, origins: Origins, options: { today?: string } = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const space = new ConditionSpace(journey, options.today ?? todayInParis())
  const report = (site: Site | undefined, expr: Expr, subject: string) => {
    if (!site) return
    const verdict = space.verdict(expr)
    if (verdict === 'always-false') {
      diagnostics.push(
        site.source.diagnostic(site.path, 'always-false', `Cette condition n'est jamais vraie, quelles que soient les réponses : ${subject} n'apparaîtra jamais.`),
      )
    } else if (verdict === 'always-true') {
      diagnostics.push(
        site.source.diagnostic(site.path, 'always-true', `Cette condition est toujours vraie, quelles que soient les réponses : retirez-la (${subject} s'affichera toujours).`),
      )
    }
  }

  for (const question of journey.questions) {
    if (question.when) report(origins.questions.get(question.id)?.when, question.when, `la question « ${question.id} »`)
  }
  for (const task of journey.tasks) {
    const origin = origins.tasks.get(task.id)
    if (task.when) report(origin?.when, task.when, `la démarche « ${task.id} »`)
    task.deadline.forEach((rule, i) => {
      if (rule.when) report(origin?.deadlineWhen[i], rule.when, `cette règle de délai de « ${task.id} »`)
    })
    task.start?.forEach((rule, i) => {
      if (rule.when) report(origin?.startWhen[i], rule.when, `cette règle de début de « ${task.id} »`)
    })
    if (task.mandatoryWhen && origin?.mandatory) {
      const site = origin.mandatory
      const verdict = space.verdict(task.mandatoryWhen)
      if (verdict === 'always-false' || verdict === 'always-true') {
        const always = verdict === 'always-true'
        diagnostics.push(
          site.source.diagnostic(
            site.path,
            verdict,
            `Cette condition est toujours ${always ? 'vraie' : 'fausse'} : « ${task.id} » serait ${always ? 'toujours obligatoire' : 'toujours conseillée'} ; écrivez mandatory: ${always}.`,
          ),
        )
      }
    }
  }

  const relevant = relevantQuestions(journey)
  for (const question of journey.questions) {
    if (relevant.has(question.id)) continue
    const site = origins.questions.get(question.id)?.question
    if (!site) continue
    diagnostics.push(
      site.source.diagnostic(
        [...site.path, 'id'],
        'unused-question',
        `La réponse à « ${question.id} » ne change aucune démarche (aucune condition ni aucun délai ne l'utilise) : retirez la question ou utilisez-la.`,
        { severity: 'warning' },
      ),
    )
  }
  return diagnostics
}
