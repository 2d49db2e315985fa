/**
 * « Peut-être, selon votre situation »: a démarche whose condition is unknown because the
 * usager answered « Je ne sais pas ». Says which answer would decide, in the usager's
 * words (« si Situation professionnelle de la personne : Salariée »), never as a to-do.
 * @module
 */
import type { AnswerValue, EvaluationEnv, Expr } from '../expressions/ast.ts'
import { evaluate, isTrue } from '../expressions/evaluate.ts'
import { references } from '../expressions/references.ts'
import type { CompiledQuestion } from '../journey/types.ts'
import { frenchTypography } from '../text/typography.ts'
import { questionName } from './format-answer.ts'

export interface DecidingAnswer {
  question: string
  label: string
  /** « si … : Oui », or « selon votre réponse à … » when no single option decides. */
  text: string
}

/** The candidate answers of a question that an editor could test in a condition. */
function candidates(question: CompiledQuestion): AnswerValue[] {
  switch (question.type) {
    case 'single': return question.options?.map((o) => o.value) ?? []
    case 'multiple': return question.options?.map((o) => [o.value]) ?? []
    case 'boolean': return [true, false]
    default: return []
  }
}

function optionLabel(question: CompiledQuestion, value: AnswerValue): string {
  if (typeof value === 'boolean') return value ? 'oui' : 'non'
  const raw = Array.isArray(value) ? value[0] : value
  return question.options?.find((o) => o.value === raw)?.label ?? String(raw)
}

/**
 * `undefined` when the condition is not undecided by a « Je ne sais pas »; otherwise the
 * unknown answers that matter, each with the options that would make the démarche apply.
 */
export function decidingAnswers(
  when: Expr,
  env: EvaluationEnv,
  byId: ReadonlyMap<string, CompiledQuestion>,
): DecidingAnswer[] | undefined {
  if (evaluate(when, env) !== undefined) return undefined
  const unknown = references(when).filter((id) => env.answers[id] === null && byId.has(id))
  if (!unknown.length) return undefined
  return unknown.map((id) => {
    const question = byId.get(id)!
    const name = questionName(question)
    const deciding = candidates(question).filter((value) => isTrue(when, { ...env, answers: { ...env.answers, [id]: value } }))
    const text = deciding.length
      ? `si « ${name} » : ${deciding.map((value) => optionLabel(question, value)).join(' ou ')}`
      : `selon votre réponse à « ${name} »`
    return { question: id, label: name, text: frenchTypography(text) }
  })
}
