/**
 * The plan's words, shared by the screen, the calendar file and print: when a démarche
 * is due relative to today, why it applies, and its plain-text description.
 * @module
 */
import { markdownToText, type Answers, type CompiledJourney, type PlanTask } from '../../../../engine/runtime/index.ts'
import { answerText, formatDate } from '../../i18n/format.ts'
import type { Translations } from '../../i18n/index.ts'

/** « 16 décembre », with the year only when it is not this year's. */
function shortDate(t: Translations, iso: string, today: string): string {
  const full = formatDate(t, iso)
  return iso.slice(0, 4) === today.slice(0, 4) ? full.replace(/\s+\d{4}$/, '') : full
}

/** « aujourd'hui », « dans 13 jours », « avant le 16 décembre », « dépassé depuis 3 jours », « à partir du 20 janvier ». */
export function whenWords(t: Translations, task: PlanTask, today: string): string | undefined {
  if (task.starts && task.starts > today && task.startsInDays !== undefined) return t.startsRelative(shortDate(t, task.starts, today))
  if (task.due && task.dueInDays !== undefined) return t.dueRelative(task.dueInDays, shortDate(t, task.due, today))
  return undefined
}

/** Due within 48 hours, or already past: what to do first, shown open. */
export function isUrgent(task: PlanTask): boolean {
  return task.kind === 'todo' && task.certainty === 'certain' && task.dueInDays !== undefined && task.dueInDays <= 2
}

/** « Vous avez indiqué : Lieu du décès : À l'hôpital », worded in the interface language. */
export function whyWords(t: Translations, task: PlanTask, journey: CompiledJourney, answers: Readonly<Answers>): string {
  if (!task.reasons.length) return t.whyAlways
  const parts = task.reasons.map((r) => {
    const question = journey.questions.find((q) => q.id === r.question)
    const value = answers[r.question]
    return `${r.label} : ${question && value !== undefined ? answerText(t, question, value) : r.answer}`
  })
  return `${t.whyBecause} ${parts.join(' ; ')}`
}

/** The plain-text form of a démarche, for the calendar file. */
export function describeTask(t: Translations, task: PlanTask, journey: CompiledJourney, answers: Readonly<Answers>, today: string): string {
  return [
    task.starts && task.starts > today ? t.startsOn(formatDate(t, task.starts)) : undefined,
    task.due ? (task.overdue ? t.overdue(formatDate(t, task.due)) : t.dueBefore(formatDate(t, task.due))) : undefined,
    task.rule ? t.deadlineRule(task.rule) : undefined,
    markdownToText(task.description),
    `${t.contact}${t.colon} ${[task.organisation.name, task.organisation.phone, task.organisation.url].filter(Boolean).join(', ')}`,
    ...task.fiches.map((f) => `${t.fiche}${t.colon} ${f.title} ${f.url}`),
    task.documents.length ? `${t.documents}${t.colon}\n${task.documents.map((d) => `- ${d}`).join('\n')}` : undefined,
    `${t.why} ${whyWords(t, task, journey, answers)}`,
  ]
    .filter(Boolean)
    .join('\n\n')
}
