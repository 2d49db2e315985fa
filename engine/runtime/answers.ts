/**
 * Answers: whether a given answer is acceptable (and, re-exported, which questions apply).
 *
 * Runs in the browser on every answer, so it works on the compiled journey only.
 * @module
 */
import { isIsoDate, type IsoDate } from '../dates/iso-date.ts'
import type { AnswerValue, EvaluationEnv, Expr } from '../expressions/ast.ts'
import { evaluate, isTrue } from '../expressions/evaluate.ts'
import type { CompiledJourney, CompiledQuestion } from '../journey/types.ts'

export type Answers = Record<string, AnswerValue>

export { applicableQuestions, pruneAnswers, answerChanged } from './applicability.ts'

export type AnswerProblem =
  | { code: 'required' }
  | { code: 'not-an-option' }
  | { code: 'exclusive-option'; option: string }
  | { code: 'not-a-date' }
  | { code: 'date-too-early'; min: IsoDate }
  | { code: 'date-too-late'; max: IsoDate }
  | { code: 'not-a-number' }
  | { code: 'not-an-integer' }
  | { code: 'number-too-small'; min: number }
  | { code: 'number-too-large'; max: number }
  | { code: 'text-too-long'; maxLength: number }
  | { code: 'not-a-country' }
  | { code: 'not-a-commune' }

function dateBound(bound: Expr | number | undefined, today: IsoDate): IsoDate | undefined {
  if (bound === undefined || typeof bound === 'number') return undefined
  const value = evaluate(bound, { answers: {}, today })
  return typeof value === 'string' ? value : undefined
}

/** The date range a date question accepts today (for the widget's min/max attributes). */
export function dateRange(question: CompiledQuestion, today: IsoDate): { min?: IsoDate; max?: IsoDate } {
  return { min: dateBound(question.min, today), max: dateBound(question.max, today) }
}

/** `undefined` when the answer is acceptable; otherwise a problem code the UI words in its language. */
export function checkAnswer(question: CompiledQuestion, value: unknown, today: IsoDate): AnswerProblem | undefined {
  // « Je ne sais pas » (null) is an answer only where the editor allowed it.
  if (value === null && question.optional) return undefined
  if (value === undefined || value === null || value === '') return { code: 'required' }
  const options = question.options?.map((o) => o.value) ?? []
  switch (question.type) {
    case 'single':
      return typeof value === 'string' && options.includes(value) ? undefined : { code: 'not-an-option' }
    case 'multiple': {
      if (!Array.isArray(value) || value.length === 0) return { code: 'required' }
      if (!value.every((v) => typeof v === 'string' && options.includes(v)) || new Set(value).size !== value.length) {
        return { code: 'not-an-option' }
      }
      const exclusive = question.options?.find((o) => o.exclusive && value.includes(o.value))
      return exclusive && value.length > 1 ? { code: 'exclusive-option', option: exclusive.value } : undefined
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { code: 'required' }
    case 'date': {
      if (!isIsoDate(value)) return { code: 'not-a-date' }
      const { min, max } = dateRange(question, today)
      if (min && value < min) return { code: 'date-too-early', min }
      if (max && value > max) return { code: 'date-too-late', max }
      return undefined
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'not-a-number' }
      if (question.integer && !Number.isInteger(value)) return { code: 'not-an-integer' }
      if (typeof question.min === 'number' && value < question.min) return { code: 'number-too-small', min: question.min }
      if (typeof question.max === 'number' && value > question.max) return { code: 'number-too-large', max: question.max }
      return undefined
    }
    case 'text': {
      if (typeof value !== 'string' || !value.trim()) return { code: 'required' }
      const maxLength = question.maxLength ?? 200
      return value.length > maxLength ? { code: 'text-too-long', maxLength } : undefined
    }
    case 'country':
      return typeof value === 'string' && /^[A-Z]{2}$/.test(value) ? undefined : { code: 'not-a-country' }
    case 'commune':
      return typeof value === 'string' && /^(\d{5}|2[AB]\d{3})$/.test(value) ? undefined : { code: 'not-a-commune' }
  }
}

/** True when the task's condition holds for these answers (no condition: always). */
export function applies(condition: Expr | undefined, env: EvaluationEnv): boolean {
  return condition === undefined || isTrue(condition, env)
}
