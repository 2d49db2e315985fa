/**
 * Which answers a condition tests, and which way: `lieu == "france"` is brought by « En
 * France », `not ("salarie" in activites)` is removed by ticking « Salarié ». Read from the
 * condition's text (through `not`, `and`, `or`), so a reviewer sees each option's effect
 * without trying answers; tests of a date, a number or a function are « other » reads.
 * @module
 */
import type { Expr } from '../expressions/ast.ts'
import { references } from '../expressions/references.ts'
import type { CompiledQuestion } from '../journey/types.ts'

/** Option values as strings; a yes/no question's are `true` and `false`. */
export interface AnswerEffects {
  /** question id → option value → 'brings' | 'removes' | 'both' */
  options: Map<string, Map<string, Effect>>
  /** Questions read otherwise (dates, numbers, count(), age()…). */
  other: Set<string>
}

export type Effect = 'brings' | 'removes' | 'both'

export function answerEffects(expr: Expr, questions: ReadonlyMap<string, CompiledQuestion>): AnswerEffects {
  const effects: AnswerEffects = { options: new Map(), other: new Set() }
  const mark = (id: string, value: string, positive: boolean) => {
    const byValue = effects.options.get(id) ?? new Map<string, Effect>()
    const effect: Effect = positive ? 'brings' : 'removes'
    const seen = byValue.get(value)
    byValue.set(value, seen && seen !== effect ? 'both' : effect)
    effects.options.set(id, byValue)
  }
  const literal = (e: Expr): string | undefined => (e.kind === 'literal' ? String(e.value) : undefined)
  const visit = (e: Expr, positive: boolean): void => {
    switch (e.kind) {
      case 'not':
        return visit(e.operand, !positive)
      case 'logical':
        visit(e.left, positive)
        visit(e.right, positive)
        return
      case 'ref':
        if (questions.get(e.name)?.type === 'boolean') {
          mark(e.name, 'true', positive)
          return mark(e.name, 'false', !positive)
        }
        break
      case 'compare': {
        const [ref, value] = e.left.kind === 'ref' ? [e.left, literal(e.right)] : e.right.kind === 'ref' ? [e.right, literal(e.left)] : [undefined, undefined]
        if (ref && value !== undefined && (e.op === '==' || e.op === '!=')) {
          const equal = e.op === '==' ? positive : !positive
          mark(ref.name, value, equal)
          // A yes/no answer tested one way is brought the other way by its opposite.
          if (questions.get(ref.name)?.type === 'boolean') mark(ref.name, value === 'true' ? 'false' : 'true', !equal)
          return
        }
        break
      }
      case 'in':
        if (e.right.kind === 'ref' && literal(e.left) !== undefined) return mark(e.right.name, literal(e.left)!, positive)
        if (e.left.kind === 'ref' && e.right.kind === 'list' && e.right.items.every((i) => i.kind === 'literal')) {
          for (const item of e.right.items) mark(e.left.name, literal(item)!, positive)
          return
        }
        break
    }
    for (const id of references(e)) effects.other.add(id)
  }
  visit(expr, true)
  return effects
}
