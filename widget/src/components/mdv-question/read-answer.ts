/**
 * Turns what the usager typed or ticked into an answer value, then asks the engine
 * whether it is acceptable. Parsing is forgiving (French decimal comma, spaces,
 * "2a004"), checking is the engine's.
 * @module
 */
// Not the runtime's index: it would bring the plan builder into the first question's download.
import { checkAnswer } from '../../../../engine/runtime/answers.ts'
import type { CompiledQuestion } from '../../../../engine/runtime/index.ts'
import type { AnswerValue } from '../../answer-value.ts'
import type { InputProblem } from '../../i18n/index.ts'

/** The « Je ne sais pas » control's value; the answer it gives is `null` (optional questions only). */
export const DONT_KNOW = '__je-ne-sais-pas__'

export type ReadResult = { ok: true; value: AnswerValue } | { ok: false; problem: InputProblem; field: string }

/** Field ids inside a question form, shared by the template and the error summary links. */
export const fieldId = (question: string, part = 'input') => `mdv-${question}-${part}`

function readDate(data: FormData, question: string): ReadResult | string {
  const parts = ['day', 'month', 'year'].map((k) => String(data.get(k) ?? '').trim())
  const [day, month, year] = parts as [string, string, string]
  if (parts.every((p) => !p)) return { ok: false, problem: { code: 'required' }, field: fieldId(question, 'day') }
  const empty = ['day', 'month', 'year'].find((_, i) => !parts[i])
  if (empty) return { ok: false, problem: { code: 'date-incomplete' }, field: fieldId(question, empty) }
  if (!/^\d{4}$/.test(year)) return { ok: false, problem: { code: 'year-format' }, field: fieldId(question, 'year') }
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month)) {
    return { ok: false, problem: { code: 'not-a-date' }, field: fieldId(question, 'day') }
  }
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}

function readNumber(text: string): number | undefined {
  const normalised = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : undefined
}

export function readAnswer(question: CompiledQuestion, form: HTMLFormElement, today: string): ReadResult {
  const data = new FormData(form)
  if (question.optional && (data.getAll('answer').includes(DONT_KNOW) || data.get('dont-know') === DONT_KNOW)) return { ok: true, value: null }
  const text = String(data.get('answer') ?? '').trim()
  const firstField = question.type === 'date' ? fieldId(question.id, 'day') : fieldId(question.id, question.options || question.type === 'boolean' ? 'option-0' : 'input')
  let value: unknown
  switch (question.type) {
    case 'multiple':
      value = data.getAll('answer').map(String)
      break
    case 'boolean':
      value = text === 'true' ? true : text === 'false' ? false : undefined
      break
    case 'date': {
      const date = readDate(data, question.id)
      if (typeof date !== 'string') return date
      value = date
      break
    }
    case 'number':
      if (text && readNumber(text) === undefined) return { ok: false, problem: { code: 'not-a-number' }, field: firstField }
      value = text ? readNumber(text) : undefined
      break
    case 'commune':
      // The picker's chosen code, else what was typed (an INSEE code typed by hand).
      value = (text || String(data.get('commune-text') ?? '').trim()).toUpperCase()
      break
    default:
      value = text
  }
  const problem = checkAnswer(question, value, today)
  if (problem) {
    // For an exclusive-option problem, point at the option that conflicts.
    const index = problem.code === 'exclusive-option' ? (question.options?.findIndex((o) => o.value === problem.option) ?? 0) : 0
    const field = question.options && index > 0 ? fieldId(question.id, `option-${index}`) : firstField
    return { ok: false, problem, field }
  }
  return { ok: true, value: value as AnswerValue }
}
