/**
 * Why a condition holds: the questions whose answers make it true, for the "pourquoi
 * cette démarche" sentence. In `a or b` only the sides that are true count: a usager
 * told "vous avez indiqué : violences : non" for a démarche shown because of their
 * resources would rightly be confused. Likewise for a multiple choice tested box by box
 * (`"salarie" in activites`): only the boxes the condition tests are named, not every
 * box ticked.
 * @module
 */
import type { EvaluationEnv, Expr } from './ast.ts'
import { isTrue } from './evaluate.ts'
import { references } from './references.ts'

export interface Reason {
  question: string
  /** The options of a multiple choice the condition tests (`"x" in id`); absent when the whole answer counts. */
  options?: string[]
}

/** Each question once, in order of appearance; empty when the condition does not hold. */
export function reasonDetails(ast: Expr, env: EvaluationEnv): Reason[] {
  // Question id → the options tested, or 'all' when some part reads the whole answer.
  const found = new Map<string, Set<string> | 'all'>()
  const visit = (e: Expr): void => {
    if (e.kind === 'logical') {
      if (e.op === 'and') {
        visit(e.left)
        visit(e.right)
        return
      }
      if (isTrue(e.left, env)) visit(e.left)
      if (isTrue(e.right, env)) visit(e.right)
      return
    }
    // `"x" in id`, reached only where it is true: box x is ticked, and it alone matters here.
    if (e.kind === 'in' && e.left.kind === 'literal' && typeof e.left.value === 'string' && e.right.kind === 'ref' && Array.isArray(env.answers[e.right.name])) {
      const seen = found.get(e.right.name)
      if (seen === 'all') return
      found.set(e.right.name, (seen ?? new Set<string>()).add(e.left.value))
      return
    }
    // A comparison, a function, a negation: every answer it reads made it true.
    for (const id of references(e)) found.set(id, 'all')
  }
  if (isTrue(ast, env)) visit(ast)
  return [...found].map(([question, options]) => (options === 'all' ? { question } : { question, options: [...options] }))
}

/** Question ids, each once, in order of appearance; empty when the condition does not hold. */
export function reasonsFor(ast: Expr, env: EvaluationEnv): string[] {
  return reasonDetails(ast, env).map((r) => r.question)
}
