/**
 * Autocomplete tokens (WCAG 1.3.5) for questions about the usager, guessed from the
 * question id since the journey format has no field for it: `date_naissance` → bday,
 * `prenom` → given-name, `nom` → name, `telephone` → tel.
 * @module
 */
import type { CompiledQuestion } from '../../../../engine/runtime/index.ts'

export function autocompleteFor(question: CompiledQuestion): string | undefined {
  const id = question.id.toLowerCase()
  if (question.type === 'date') return /naissance|birth/.test(id) ? 'bday' : undefined
  if (question.type !== 'text') return undefined
  if (/prenom|given/.test(id)) return 'given-name'
  if (/(^|_)(nom|name)($|_)/.test(id)) return 'name'
  if (/tel|phone/.test(id)) return 'tel'
  return undefined
}
