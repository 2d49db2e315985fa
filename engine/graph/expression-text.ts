/**
 * An expression back in the editors' syntax, for labels (graphs, debugging).
 * @module
 */
import type { Expr } from '../expressions/ast.ts'

const PRECEDENCE: Record<string, number> = { or: 1, and: 2, compare: 3, in: 3, arith: 4 }

function precedence(expr: Expr): number {
  switch (expr.kind) {
    case 'logical':
      return PRECEDENCE[expr.op]!
    case 'compare':
    case 'in':
    case 'arith':
      return PRECEDENCE[expr.kind]!
    default:
      return 10
  }
}

export function expressionText(expr: Expr): string {
  const wrap = (child: Expr, parent: Expr) => (precedence(child) < precedence(parent) ? `(${expressionText(child)})` : expressionText(child))
  switch (expr.kind) {
    case 'literal':
      return typeof expr.value === 'string' ? JSON.stringify(expr.value) : String(expr.value)
    case 'duration':
      return `${expr.amount} ${expr.unit}`
    case 'today':
      return 'today'
    case 'ref':
      return expr.name
    case 'list':
      return `[${expr.items.map(expressionText).join(', ')}]`
    case 'not':
      return `not ${wrap(expr.operand, { kind: 'today' })}`
    case 'negate':
      return `-${wrap(expr.operand, { kind: 'today' })}`
    case 'logical':
    case 'compare':
    case 'arith':
      return `${wrap(expr.left, expr)} ${expr.op} ${wrap(expr.right, expr)}`
    case 'in':
      return `${wrap(expr.left, expr)} in ${wrap(expr.right, expr)}`
    case 'call':
      return `${expr.fn}(${expr.args.map(expressionText).join(', ')})`
  }
}
