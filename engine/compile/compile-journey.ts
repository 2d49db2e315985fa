/**
 * YAML journey → checked, compiled journey (the JSON the browser loads).
 *
 * Every problem becomes a positioned diagnostic; nothing here throws on bad input.
 * A journey with errors compiles to `undefined`; warnings still compile.
 * @module
 */
import { hasErrors, type Diagnostic } from '../diagnostics.ts'
import { DEFAULT_PERIODS } from '../plan/periods.ts'
import type { CompiledJourney, SourceJourney } from '../journey/types.ts'
import { analyseJourney } from '../analysis/analyse-journey.ts'
import { checkSchema } from '../load/schema-check.ts'
import type { SharedQuestions } from '../load/shared-questions.ts'
import { YamlSource } from '../load/yaml-source.ts'
import { didYouMean } from '../text/did-you-mean.ts'
import { compileQuestions, type QuestionOrigin } from './questions.ts'
import { checkTaskOrder } from './task-order.ts'
import { typesetJourney } from './typeset.ts'
import { compileTask, resolveFiche, type TaskContext, type TaskOrigin } from './tasks.ts'

export interface CompileOptions {
  shared: SharedQuestions
  /** Known call-centre ids (journeys/callbacks.yaml); unchecked when omitted. */
  centres?: readonly string[]
  /** The date static analysis reasons about (defaults to today in Paris). */
  today?: string
  /** Skip the always-true/false and unused-question analysis (faster, for previews). */
  skipAnalysis?: boolean
}

export interface CompileResult {
  journey?: CompiledJourney
  diagnostics: Diagnostic[]
  /** Where each question and task was written, for tools that point back at the YAML. */
  origins?: { questions: Map<string, QuestionOrigin>; tasks: Map<string, TaskOrigin> }
}

function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file
  return base.replace(/\.ya?ml$/, '')
}

export function compileJourney(file: string, text: string, options: CompileOptions): CompileResult {
  const source = new YamlSource(file, text)
  if (source.syntaxDiagnostics.length) return { diagnostics: source.syntaxDiagnostics }
  const schemaDiagnostics = checkSchema(source, 'journey')
  if (schemaDiagnostics.length) return { diagnostics: schemaDiagnostics }

  const data = source.data as SourceJourney
  const diagnostics: Diagnostic[] = []
  if (data.id !== fileStem(file)) {
    diagnostics.push(
      source.diagnostic(['id'], 'schema', `L'identifiant « ${data.id} » doit être le nom du fichier (« ${fileStem(file)} »).`, {
        suggestion: fileStem(file),
      }),
    )
  }
  if (data.callback && options.centres && !options.centres.includes(data.callback.centre)) {
    const suggestion = didYouMean(data.callback.centre, options.centres)
    diagnostics.push(
      source.diagnostic(['callback', 'centre'], 'unknown-centre', `Centre d'appel inconnu « ${data.callback.centre} » (voir journeys/callbacks.yaml).`, {
        suggestion,
      }),
    )
  }

  const periods = data.periods ?? DEFAULT_PERIODS.map((p) => ({ id: p.id, label: p.label }))
  const periodIds = new Set<string>()
  data.periods?.forEach((period, index) => {
    if (periodIds.has(period.id)) {
      const first = source.locate(['periods', data.periods!.findIndex((p) => p.id === period.id), 'id']).line
      diagnostics.push(source.diagnostic(['periods', index, 'id'], 'duplicate-id', `La période « ${period.id} » est définie deux fois (déjà ligne ${first}).`))
    }
    periodIds.add(period.id)
  })

  const { questions, origins: questionOrigins, scope } = compileQuestions(data.questions, source, options.shared, diagnostics)
  const context: TaskContext = {
    source,
    questions,
    scope,
    periods,
    customPeriods: Boolean(data.periods),
    reviewed: data.reviewed,
    fiches: {},
    diagnostics,
  }
  // An unknown source is also suggested by the journey's title, as a démarche's fiche by its own.
  data.sources.forEach((id, index) => resolveFiche(id, ['sources', index], context, data.title))

  const taskOrigins = new Map<string, TaskOrigin>()
  const tasks = data.tasks.flatMap((task, index) => {
    if (taskOrigins.has(task.id)) {
      const first = source.locate(['tasks', data.tasks.findIndex((t) => t.id === task.id), 'id']).line
      diagnostics.push(source.diagnostic(['tasks', index, 'id'], 'duplicate-id', `La démarche « ${task.id} » est définie deux fois (déjà ligne ${first}) : renommez l'une des deux.`))
      return []
    }
    const compiled = compileTask(task, index, context)
    taskOrigins.set(task.id, compiled.origin)
    return [compiled.task]
  })
  checkTaskOrder(data.tasks, source, diagnostics)

  const journey: CompiledJourney = {
    format: 1,
    id: data.id,
    title: data.title,
    description: data.description,
    version: data.version,
    reviewed: data.reviewed,
    sources: data.sources,
    periods,
    questions,
    tasks,
    fiches: context.fiches,
  }
  if (data.callback) journey.callback = data.callback
  if (data.sensitive) journey.sensitive = true
  const origins = { questions: questionOrigins, tasks: taskOrigins }
  if (hasErrors(diagnostics)) return { diagnostics, origins }
  if (!options.skipAnalysis) diagnostics.push(...analyseJourney(journey, origins, { today: options.today }))
  return hasErrors(diagnostics) ? { diagnostics, origins } : { journey: typesetJourney(journey), diagnostics, origins }
}
