import { readFileSync } from 'node:fs'
import { isIsoDate, todayInParis } from '../../dates/iso-date.ts'
import { formatDateFr } from '../../dates/format-fr.ts'
import { formatDiagnostic } from '../../diagnostics.ts'
import { compileJourneyFile, journeysDirOf, loadJourneyContext } from '../../node/journey-files.ts'
import { pruneAnswers } from '../../runtime/answers.ts'
import { buildPlan } from '../../runtime/plan.ts'
import { asSentence, checkAnswersFile } from '../../scenarios/answer-messages.ts'
import { markdownToText } from '../../text/markdown.ts'
import { UsageError } from '../args.ts'
import type { Command } from '../command.ts'
import { resolveJourneyFile } from './resolve.ts'

export const plan: Command = {
  name: 'plan',
  summary: 'Affiche la liste des démarches pour des réponses données.',
  usage: 'mdv plan <parcours> --answers reponses.json [--today AAAA-MM-JJ] [--json]',
  valued: ['answers', 'today'],
  booleans: ['json'],
  run([target], flags, io) {
    if (!target || typeof flags.answers !== 'string') {
      io.err(`Usage : ${plan.usage}`)
      return 2
    }
    const today = typeof flags.today === 'string' ? flags.today : todayInParis()
    if (!isIsoDate(today)) throw new UsageError(`--today attend une date AAAA-MM-JJ, par exemple --today 2026-11-27 (reçu « ${today} »)`)
    let answers: unknown
    try {
      answers = JSON.parse(readFileSync(flags.answers, 'utf8'))
    } catch (error) {
      io.err(`Impossible de lire les réponses ${flags.answers} : ${(error as Error).message}`)
      return 2
    }
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
      io.err(`${flags.answers} doit contenir un objet JSON { "id_question": réponse, … }.`)
      return 2
    }
    const file = resolveJourneyFile(target)
    const result = compileJourneyFile(file, loadJourneyContext(journeysDirOf(file)), { today })
    if (!result.journey) {
      result.diagnostics.forEach((d) => io.err(formatDiagnostic(d)))
      return 1
    }
    const journey = result.journey
    // A wrong answer would silently close branches of the plan: refuse it, and say what is allowed.
    const refused = checkAnswersFile(journey, answers as Record<string, unknown>, today)
    if (refused.length) {
      refused.forEach((p) => io.err(`${flags.answers} : ${asSentence(p.message)}`))
      return 1
    }
    const result_ = buildPlan(journey, pruneAnswers(journey, answers as Record<string, never>, today), today)
    if (flags.json) {
      io.out(
        JSON.stringify(
          {
            journey: journey.id,
            counts: result_.counts,
            tasks: result_.tasks.map((t) => ({
              id: t.id,
              title: t.title,
              kind: t.kind,
              certainty: t.certainty,
              period: t.period,
              due: t.due ?? null,
              fiche: t.fiches.map((f) => f.id),
              why: t.why,
              ...(t.decidedBy ? { decidedBy: t.decidedBy.map((d) => d.text) } : {}),
            })),
          },
          null,
          2,
        ),
      )
      return 0
    }
    io.out(`${journey.title} — au ${formatDateFr(today)}\n`)
    for (const group of result_.groups) {
      io.out(`## ${group.label}`)
      for (const task of group.tasks) {
        const due = task.due ? ` — au plus tard le ${formatDateFr(task.due)}${task.overdue ? ' (délai dépassé)' : ''}` : ''
        io.out(`- [ ] ${task.title}${due}${task.mandatory ? '' : ' (conseillé)'}`)
        io.out(`      ${task.organisation.name}${task.organisation.phone ? ` · ${task.organisation.phone}` : ''}`)
        if (task.starts) io.out(`      À partir du ${formatDateFr(task.starts)}${task.startLabel ? ` (${task.startLabel})` : ''}`)
        if (task.deadline) io.out(`      Délai : ${task.deadline}`)
        io.out(`      Pourquoi : ${task.why}`)
        task.fiches.forEach((f) => io.out(`      Fiche : ${f.title} — ${f.url}`))
        const text = markdownToText(task.description)
        if (text) io.out(text.replace(/^/gm, '      '))
      }
      io.out('')
    }
    // The entries without a check box: undecided, if needed, done by the administrations.
    const sections = [
      ['Peut-être, selon votre situation', result_.maybe],
      ['Si besoin', result_.advice],
      ['Rien à faire : les administrations s\'en chargent', result_.automatic],
    ] as const
    for (const [label, tasks] of sections) {
      if (!tasks.length) continue
      io.out(`## ${label}`)
      for (const task of tasks) {
        io.out(`- ${task.title}${task.decidedBy ? ` (${task.decidedBy.map((d) => d.text).join(' ; ')})` : ''}`)
        io.out(`      ${task.organisation.name}`)
      }
      io.out('')
    }
    return 0
  },
}
