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
import type { YamlSource } from '../load/yaml-source.ts'
import type { DeadlineUnit } from '../plan/deadline.ts'

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

  const journeySource = [...origins.tasks.values()][0]?.task.source
  const relevant = relevantQuestions(journey)
  for (const question of journey.questions) {
    if (relevant.has(question.id)) continue
    const site = origins.questions.get(question.id)?.question
    if (!site) continue
    // A shared question is fixed at this journey's `use:` line: removing it from _shared/ would break the other journeys.
    const useIndex = question.shared && journeySource ? useLineIndex(journeySource.data, question.id) : -1
    diagnostics.push(
      useIndex >= 0 && journeySource
        ? journeySource.diagnostic(
            ['questions', useIndex, 'use'],
            'unused-question',
            `La réponse à la question partagée « ${question.id} » ne change aucune démarche de ce parcours : retirez cette ligne use:, ou utilisez la réponse dans une condition ou un délai.`,
            { severity: 'warning' },
          )
        : site.source.diagnostic(
            [...site.path, 'id'],
            'unused-question',
            `La réponse à « ${question.id} » ne change aucune démarche (aucune condition ni aucun délai ne l'utilise) : retirez la question ou utilisez-la.`,
            { severity: 'warning' },
          ),
    )
  }
  // The real date, not the simulated `today`: a review cannot have happened in the future, whatever day a test simulates.
  if (journeySource) diagnostics.push(...contradictions(journey, origins, journeySource, todayInParis()))
  return diagnostics
}

function useLineIndex(data: unknown, id: string): number {
  const questions = (data as { questions?: unknown[] } | undefined)?.questions
  return Array.isArray(questions) ? questions.findIndex((q) => (q as { use?: unknown } | null)?.use === id) : -1
}

/** Rough length of a rule's offset in days: enough to tell a start that comes after its deadline. */
const DAYS: Record<DeadlineUnit, number> = { jours: 1, jours_ouvrables: 7 / 6, jours_ouvres: 7 / 5, semaines: 7, mois: 30.4, ans: 365.25 }

/**
 * Dates that contradict each other: a démarche that starts after its deadline (both
 * counted from the same answer, or both fixed), and a `reviewed` date in the future
 * (which would silently hide every « fiche modifiée » warning).
 */
function contradictions(journey: CompiledJourney, origins: Origins, source: YamlSource, today: string): Diagnostic[] {
  const found: Diagnostic[] = []
  if (journey.reviewed > today) {
    found.push(
      source.diagnostic(
        ['reviewed'],
        'contradiction',
        `La date de relecture ${journey.reviewed} est dans le futur (nous sommes le ${today}) : indiquez le jour où le parcours a vraiment été relu, sinon les avertissements « fiche modifiée » ne s'afficheront plus.`,
      ),
    )
  }
  for (const task of journey.tasks) {
    const site = origins.tasks.get(task.id)?.task
    if (!site) continue
    const starts = (task.start ?? []).filter((rule) => !rule.when)
    const deadlines = task.deadline.filter((rule) => !rule.when)
    for (const start of starts) {
      for (const deadline of deadlines) {
        const after =
          'on' in start && 'before' in deadline
            ? start.on > deadline.before
            : 'from' in start && 'from' in deadline && start.from === deadline.from
              ? start.add * DAYS[start.unit] > deadline.add * DAYS[deadline.unit]
              : false
        if (!after) continue
        const words = (rule: typeof start | typeof deadline) =>
          'on' in rule ? `le ${rule.on}` : 'before' in rule ? `le ${rule.before}` : `${rule.add} ${rule.unit.replace('_', ' ')} après « ${rule.from} »`
        found.push(
          source.diagnostic(
            [...site.path, 'start'],
            'contradiction',
            `« ${task.id} » commence (${words(start)}) après sa date limite (${words(deadline)}) : l'usager lirait « À partir du … » après « À faire avant le … ». Vérifiez start et deadline.`,
          ),
        )
      }
    }
  }
  return found
}
