/**
 * Why a condition holds: the questions whose answers make it true, for the "pourquoi
 * cette démarche" sentence. In `a or b` only the sides that are true count: a usager
 * told "vous avez indiqué : violences : non" for a démarche shown because of their
 * resources would rightly be confused.
 * @module
 */
import type { EvaluationEnv, Expr } from './ast.ts'
import { isTrue } from './evaluate.ts'
import { references } from './references.ts'

/** Question ids, each once, in order of appearance; empty when the condition does not hold. */
export function reasonsFor(ast: Expr, env: EvaluationEnv): string[] {
  const found = new Set<string>()
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
    // A comparison, a function, a negation: every answer it reads made it true.
    for (const id of references(e)) found.add(id)
  }
  if (isTrue(ast, env)) visit(ast)
  return [...found]
}
