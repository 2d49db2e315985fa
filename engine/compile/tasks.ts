/**
 * Tasks (démarches) of a journey: conditions, deadlines, periods, fiches and
 * descriptions checked and compiled.
 * @module
 */
import type { Diagnostic } from '../diagnostics.ts'
import type { ValueType } from '../expressions/ast.ts'
import { lookupFiche, suggestFiches, suggestionSentence } from '../fiches/lookup.ts'
import type {
  CompiledDeadlineRule,
  CompiledQuestion,
  CompiledStartRule,
  CompiledTask,
  FicheRef,
  Period,
  SourceDeadlineRule,
  SourceStartRule,
  SourceTask,
} from '../journey/types.ts'
import type { YamlPath, YamlSource } from '../load/yaml-source.ts'
import { didYouMean } from '../text/did-you-mean.ts'
import type { MarkdownProblem } from '../text/markdown.ts'
import { parseEditorMarkdown } from '../text/parse-markdown.ts'
import { markdownDiagnostic } from './markdown-diagnostics.ts'
import { compileExpression, type Site } from './expression-site.ts'

export interface TaskOrigin {
  task: Site
  when?: Site
  deadlineWhen: (Site | undefined)[]
  startWhen: (Site | undefined)[]
  mandatory?: Site
}

export interface TaskContext {
  source: YamlSource
  questions: CompiledQuestion[]
  scope: ReadonlyMap<string, ValueType>
  periods: Period[]
  customPeriods: boolean
  reviewed: string
  fiches: Record<string, FicheRef>
  diagnostics: Diagnostic[]
}

/** Resolves a fiche id against the DILA data, recording it for the compiled journey. */
export function resolveFiche(id: string, path: YamlPath, context: TaskContext, title?: string): void {
  const fiche = lookupFiche(id)
  if (!fiche) {
    // Suggested by spelling and by the démarche's title, each with its own title.
    const suggestions = suggestFiches(id, { title })
    context.diagnostics.push(
      context.source.diagnostic(
        path,
        'unknown-fiche',
        `Fiche service-public « ${id} » introuvable dans les données DILA.${suggestions.length ? ' ' + suggestionSentence(suggestions) : ''}`,
        { suggestion: suggestions[0]?.id },
      ),
    )
    return
  }
  if (fiche.modified > context.reviewed) {
    context.diagnostics.push(
      context.source.diagnostic(
        path,
        'fiche-modified',
        `La fiche ${id} « ${fiche.title} » a été modifiée le ${fiche.modified}, après la dernière relecture du parcours (reviewed: ${context.reviewed}) : vérifiez le contenu puis mettez à jour reviewed.`,
        { severity: 'warning' },
      ),
    )
  }
  context.fiches[id] = { id, kind: fiche.kind, title: fiche.title, url: fiche.url }
}

/** The question whose answer names the place whose public holidays count: a commune, or a choice of département codes. */
function checkCalendarQuestion(id: string, path: YamlPath, context: TaskContext): void {
  const question = context.questions.find((q) => q.id === id)
  if (question && (question.type === 'commune' || question.type === 'single' || question.type === 'text')) return
  const places = context.questions.filter((q) => q.type === 'commune').map((q) => q.id)
  const suggestion = question ? undefined : didYouMean(id, places)
  context.diagnostics.push(
    context.source.diagnostic(
      path,
      'unknown-question',
      question
        ? `« ${id} » est une question de type ${question.type} : le calendrier d'un délai suit une question de type commune (ou un choix de codes de département).`
        : `Question inconnue « ${id} » pour le calendrier du délai${suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : places.length ? ` : questions de type commune : ${places.join(', ')}.` : '.'}`,
      { suggestion },
    ),
  )
}

function compileDeadline(
  deadline: SourceTask['deadline'] | SourceTask['start'],
  path: YamlPath,
  context: TaskContext,
): { rules: CompiledStartRule[]; sites: (Site | undefined)[] } {
  if (!deadline) return { rules: [], sites: [] }
  const list: (SourceDeadlineRule | SourceStartRule)[] = Array.isArray(deadline) ? deadline : [deadline]
  const dateQuestions = context.questions.filter((q) => q.type === 'date').map((q) => q.id)
  const rules: CompiledStartRule[] = []
  const sites: (Site | undefined)[] = []
  list.forEach((rule, index) => {
    const rulePath = Array.isArray(deadline) ? [...path, index] : path
    const whenSite = rule.when ? { source: context.source, path: [...rulePath, 'when'] } : undefined
    const when = rule.when && whenSite ? compileExpression(rule.when, whenSite, context.scope, context.diagnostics) : undefined
    if ('before' in rule) {
      rules.push(when ? { when, before: rule.before } : { before: rule.before })
    } else if ('on' in rule) {
      // A published date (Parcoursup's calendar…): the schema allows it under start: only.
      rules.push({ ...(when ? { when } : {}), on: rule.on, ...(rule.label ? { label: rule.label } : {}) })
    } else {
      if (rule.calendar !== undefined) checkCalendarQuestion(rule.calendar, [...rulePath, 'calendar'], context)
      if (rule.from !== 'today' && !dateQuestions.includes(rule.from)) {
        const known = context.questions.find((q) => q.id === rule.from)
        const suggestion = known ? undefined : didYouMean(rule.from, [...dateQuestions, 'today'])
        context.diagnostics.push(
          context.source.diagnostic(
            [...rulePath, 'from'],
            'unknown-question',
            known
              ? `« ${rule.from} » n'est pas une question de type date : un délai part d'une date (ou de today).`
              : `Question inconnue « ${rule.from} » : un délai part d'une question de type date ou de today${suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : '.'}`,
            { suggestion },
          ),
        )
      }
      if (rule.from === 'today' && rule.add < 0) {
        // "3 mois avant aujourd'hui" would always be past: only a date the usager gives can be counted back from.
        context.diagnostics.push(
          context.source.diagnostic(
            [...rulePath, 'add'],
            'schema',
            `Un délai compté à partir de today ne peut pas être négatif (${rule.add}) : il serait toujours dépassé. Comptez à rebours depuis une question de type date.`,
          ),
        )
      }
      const compiled: CompiledDeadlineRule = { from: rule.from, add: rule.add, unit: rule.unit }
      if ('next_working_day' in rule && rule.next_working_day) compiled.nextWorkingDay = true
      if (rule.calendar !== undefined) compiled.calendar = rule.calendar
      if (rule.label) compiled.label = rule.label
      if (when) compiled.when = when
      rules.push(compiled)
    }
    sites.push(whenSite)
  })
  return { rules, sites }
}

export function compileTask(task: SourceTask, index: number, context: TaskContext): { task: CompiledTask; origin: TaskOrigin } {
  const path: YamlPath = ['tasks', index]
  const { source, diagnostics } = context
  const whenSite = task.when ? { source, path: [...path, 'when'] } : undefined
  const when = task.when && whenSite ? compileExpression(task.when, whenSite, context.scope, diagnostics) : undefined
  const mandatorySite = typeof task.mandatory === 'string' ? { source, path: [...path, 'mandatory'] } : undefined
  const mandatoryWhen = mandatorySite ? compileExpression(task.mandatory as string, mandatorySite, context.scope, diagnostics) : undefined

  const fiches = task.fiche === undefined ? [] : Array.isArray(task.fiche) ? task.fiche : [task.fiche]
  fiches.forEach((id, i) => resolveFiche(id, Array.isArray(task.fiche) ? [...path, 'fiche', i] : [...path, 'fiche'], context, task.title))

  if (task.period !== undefined && !context.periods.some((p) => p.id === task.period)) {
    const suggestion = didYouMean(task.period, context.periods.map((p) => p.id))
    diagnostics.push(
      source.diagnostic([...path, 'period'], 'unknown-period', `Période inconnue « ${task.period} ». Périodes possibles : ${context.periods.map((p) => p.id).join(', ')}.`, {
        suggestion,
      }),
    )
  } else if (task.period === undefined && context.customPeriods) {
    diagnostics.push(
      source.diagnostic(path, 'unknown-period', `Indiquez la période de « ${task.id} » : le parcours définit ses propres périodes (periods).`),
    )
  }

  const markdownProblems: MarkdownProblem[] = []
  // A CommonMark parser at build time (not shipped to the browser); problems point at file:line:col.
  const description = parseEditorMarkdown(task.description ?? '', markdownProblems)
  for (const problem of markdownProblems) {
    diagnostics.push(markdownDiagnostic(source, [...path, 'description'], task.description ?? '', problem))
  }

  const deadline = compileDeadline(task.deadline, [...path, 'deadline'], context)
  const start = compileDeadline(task.start, [...path, 'start'], context)
  const compiled: CompiledTask = {
    id: task.id,
    title: task.title,
    description,
    organisation: task.organisation,
    fiches,
    documents: task.documents ?? [],
    mandatory: typeof task.mandatory === 'boolean' ? task.mandatory : true,
    deadline: deadline.rules.filter((rule): rule is CompiledDeadlineRule => !('on' in rule)),
  }
  if (start.rules.length) compiled.start = start.rules
  if (task.kind && task.kind !== 'todo') compiled.kind = task.kind
  if (task.after) compiled.after = task.after
  if (mandatoryWhen) compiled.mandatoryWhen = mandatoryWhen
  if (when) compiled.when = when
  if (task.period) compiled.period = task.period
  return { task: compiled, origin: { task: { source, path }, when: whenSite, deadlineWhen: deadline.sites, startWhen: start.sites, ...(mandatorySite ? { mandatory: mandatorySite } : {}) } }
}
