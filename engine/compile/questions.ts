/**
 * Questions of a journey: shared ones resolved, ids checked, conditions and date
 * bounds compiled in the order the editor wrote them.
 * @module
 */
import type { Diagnostic } from '../diagnostics.ts'
import type { ValueType } from '../expressions/ast.ts'
import { isIsoDate } from '../dates/iso-date.ts'
import type { CompiledQuestion, SourceQuestion, SourceSharedUse } from '../journey/types.ts'
import type { SharedQuestions } from '../load/shared-questions.ts'
import type { YamlPath, YamlSource } from '../load/yaml-source.ts'
import { didYouMean } from '../text/did-you-mean.ts'
import { compileExpression, referenceSpans, type Site } from './expression-site.ts'

/** Where each part of a compiled question came from, for later diagnostics. */
export interface QuestionOrigin {
  question: Site
  when?: Site
}

export function valueTypeOf(question: Pick<CompiledQuestion, 'type' | 'options'>): ValueType {
  const options = question.options?.map((o) => o.value)
  switch (question.type) {
    case 'single':
      return { kind: 'string', options }
    case 'multiple':
      return { kind: 'list', options }
    case 'boolean':
      return { kind: 'boolean' }
    case 'date':
      return { kind: 'date' }
    case 'number':
      return { kind: 'number' }
    case 'text':
      return { kind: 'string', domain: 'text' }
    case 'country':
      return { kind: 'string', domain: 'country' }
    case 'commune':
      return { kind: 'string', domain: 'commune' }
  }
}

interface Resolved {
  question: SourceQuestion
  shared: boolean
  site: Site
  when?: { text: string; site: Site }
}

function resolve(
  items: (SourceQuestion | SourceSharedUse)[],
  source: YamlSource,
  shared: SharedQuestions,
  diagnostics: Diagnostic[],
): Resolved[] {
  const resolved: Resolved[] = []
  const seen = new Map<string, YamlPath>()
  items.forEach((item, index) => {
    const path: YamlPath = ['questions', index]
    let entry: Resolved
    if ('use' in item) {
      const found = shared.byId.get(item.use)
      if (!found) {
        const suggestion = didYouMean(item.use, shared.byId.keys())
        diagnostics.push(
          source.diagnostic([...path, 'use'], 'unknown-shared-question', `Question partagée inconnue « ${item.use} »${suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : ' (voir journeys/_shared/).'}`, {
            suggestion,
          }),
        )
        return
      }
      const whenText = item.when ?? found.question.when
      entry = {
        question: { ...found.question, when: whenText },
        shared: true,
        site: { source: found.source, path: found.path },
        when: item.when
          ? { text: item.when, site: { source, path: [...path, 'when'] } }
          : found.question.when
            ? { text: found.question.when, site: { source: found.source, path: [...found.path, 'when'] } }
            : undefined,
      }
    } else {
      entry = {
        question: item,
        shared: false,
        site: { source, path },
        when: item.when ? { text: item.when, site: { source, path: [...path, 'when'] } } : undefined,
      }
    }
    const id = entry.question.id
    if (seen.has(id)) {
      const where = 'use' in item ? [...path, 'use'] : [...path, 'id']
      const first = source.locate(seen.get(id)!).line
      diagnostics.push(source.diagnostic(where, 'duplicate-id', `La question « ${id} » apparaît deux fois dans le parcours (déjà ligne ${first}).`))
      return
    }
    seen.set(id, path)
    resolved.push(entry)
  })
  return resolved
}

function checkOptions(entry: Resolved, diagnostics: Diagnostic[]): void {
  const values = new Set<string>()
  entry.question.options?.forEach((option, index) => {
    if (values.has(option.value)) {
      diagnostics.push(
        entry.site.source.diagnostic(
          [...entry.site.path, 'options', index, 'value'],
          'duplicate-id',
          `L'option « ${option.value} » apparaît deux fois (déjà ligne ${entry.site.source.locate([...entry.site.path, 'options', entry.question.options!.findIndex((o) => o.value === option.value), 'value']).line}).`,
        ),
      )
    }
    values.add(option.value)
  })
}

function compileDateBound(
  value: string | number | undefined,
  site: Site,
  diagnostics: Diagnostic[],
): CompiledQuestion['min'] {
  if (value === undefined) return undefined
  const text = String(value)
  if (isIsoDate(text)) return { kind: 'call', fn: 'date', args: [{ kind: 'literal', value: text }] }
  return compileExpression(text, site, new Map(), diagnostics, 'date')
}

export function compileQuestions(
  items: (SourceQuestion | SourceSharedUse)[],
  source: YamlSource,
  shared: SharedQuestions,
  diagnostics: Diagnostic[],
): { questions: CompiledQuestion[]; origins: Map<string, QuestionOrigin>; scope: Map<string, ValueType> } {
  const resolved = resolve(items, source, shared, diagnostics)
  const scope = new Map<string, ValueType>()
  for (const entry of resolved) scope.set(entry.question.id, valueTypeOf(entry.question))
  const order = new Map(resolved.map((entry, index) => [entry.question.id, index]))
  const origins = new Map<string, QuestionOrigin>()
  const questions: CompiledQuestion[] = []

  resolved.forEach((entry, index) => {
    const { question } = entry
    checkOptions(entry, diagnostics)
    const compiled: CompiledQuestion = { id: question.id, type: question.type, label: question.label }
    if (question.short) compiled.short = question.short
    if (question.help) compiled.help = question.help
    if (question.options) compiled.options = question.options
    if (question.unit) compiled.unit = question.unit
    if (question.integer !== undefined) compiled.integer = question.integer
    if (question.maxLength !== undefined) compiled.maxLength = question.maxLength
    if (question.optional) compiled.optional = true
    if (entry.shared) compiled.shared = true
    if (question.type === 'date') {
      compiled.min = compileDateBound(question.min, { ...entry.site, path: [...entry.site.path, 'min'] }, diagnostics)
      compiled.max = compileDateBound(question.max, { ...entry.site, path: [...entry.site.path, 'max'] }, diagnostics)
      if (compiled.min === undefined) delete compiled.min
      if (compiled.max === undefined) delete compiled.max
    } else if (question.type === 'number') {
      if (typeof question.min === 'number') compiled.min = question.min
      if (typeof question.max === 'number') compiled.max = question.max
    }
    if (entry.when) {
      const before = diagnostics.length
      const ast = compileExpression(entry.when.text, entry.when.site, scope, diagnostics)
      // A question can only depend on questions asked before it: this is also what rules out cycles.
      if (ast) {
        for (const ref of referenceSpans(ast)) {
          const refIndex = order.get(ref.name)
          if (refIndex !== undefined && refIndex >= index) {
            diagnostics.push(
              entry.when.site.source.diagnostic(
                entry.when.site.path,
                'forward-reference',
                refIndex === index
                  ? `La condition de « ${question.id} » utilise sa propre réponse : elle ne peut dépendre que des questions posées avant elle.`
                  : `La condition de « ${question.id} » utilise « ${ref.name} », qui est posée après : déplacez « ${ref.name} » avant « ${question.id} », ou changez la condition.`,
                { offset: ref.start },
              ),
            )
          }
        }
      }
      if (ast && diagnostics.length === before) compiled.when = ast
      origins.set(question.id, { question: entry.site, when: entry.when.site })
    } else {
      origins.set(question.id, { question: entry.site })
    }
    questions.push(compiled)
  })
  return { questions, origins, scope }
}
