/**
 * An answer in words, as the usager gave it ("En France", "12 mars 2026", "Oui").
 * @module
 */
import { formatDateFr } from '../dates/format-fr.ts'
import type { AnswerValue } from '../expressions/ast.ts'
import type { CompiledQuestion } from '../journey/types.ts'

let countryNames: Intl.DisplayNames | undefined

/** "Maroc" for `MA`; the code itself where Intl has no name for it. */
function countryName(code: string): string {
  try {
    countryNames ??= new Intl.DisplayNames(['fr'], { type: 'region' })
    return countryNames.of(code) ?? code
  } catch {
    return code
  }
}

export function formatAnswer(question: CompiledQuestion, value: AnswerValue): string {
  const label = (v: string) => question.options?.find((o) => o.value === v)?.label ?? v
  if (value === null) return 'Je ne sais pas'
  switch (question.type) {
    case 'single':
      return label(String(value))
    case 'multiple':
      return Array.isArray(value) ? value.map(label).join(', ') : label(String(value))
    case 'boolean':
      return value ? 'Oui' : 'Non'
    case 'date':
      return formatDateFr(String(value))
    case 'number':
      return question.unit ? `${value} ${question.unit}` : String(value)
    case 'country':
      return countryName(String(value))
    default:
      return String(value)
  }
}

/** The short name of a question for summaries ("Lieu du décès"), falling back to its label. */
export function questionName(question: CompiledQuestion): string {
  return question.short ?? question.label
}
