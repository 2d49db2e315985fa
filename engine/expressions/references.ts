/**
 * Walks a condition: which questions it reads, and the tree without source offsets.
 *
 * `references` feeds the "why this démarche" text, dependency analysis and the "question
 * never used" warning; `stripSpans` shrinks the compiled journey shipped to browsers.
 * @module
 */
import type { Expr } from './ast.ts'

/** The question ids the expression reads, each once, in order of appearance. */
export function references(ast: Expr): string[] {
  const seen = new Set<string>()
  const visit = (e: Expr): void => {
    switch (e.kind) {
      case 'ref': seen.add(e.name); return
      case 'list': e.items.forEach(visit); return
      case 'call': e.args.forEach(visit); return
      case 'not': case 'negate': visit(e.operand); return
      case 'logical': case 'compare': case 'in': case 'arith': visit(e.left); visit(e.right); return
      default: return
    }
  }
  visit(ast)
  return [...seen]
}

/** A copy of the tree without `start`/`end`; the input is left untouched. */
export function stripSpans(ast: Expr): Expr {
  switch (ast.kind) {
    case 'literal': return { kind: 'literal', value: ast.value }
    case 'duration': return { kind: 'duration', amount: ast.amount, unit: ast.unit }
    case 'today': return { kind: 'today' }
    case 'ref': return { kind: 'ref', name: ast.name }
    case 'list': return { kind: 'list', items: ast.items.map(stripSpans) }
    case 'not': return { kind: 'not', operand: stripSpans(ast.operand) }
    case 'negate': return { kind: 'negate', operand: stripSpans(ast.operand) }
    case 'logical': return { kind: 'logical', op: ast.op, left: stripSpans(ast.left), right: stripSpans(ast.right) }
    case 'compare': return { kind: 'compare', op: ast.op, left: stripSpans(ast.left), right: stripSpans(ast.right) }
    case 'in': return { kind: 'in', left: stripSpans(ast.left), right: stripSpans(ast.right) }
    case 'arith': return { kind: 'arith', op: ast.op, left: stripSpans(ast.left), right: stripSpans(ast.right) }
    case 'call': return { kind: 'call', fn: ast.fn, args: ast.args.map(stripSpans) }
  }
}
