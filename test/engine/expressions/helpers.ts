import { expect } from 'vitest'
import type { Expr, ExpressionProblem, ValueType } from '../../../engine/expressions/ast.ts'
import { parseExpression } from '../../../engine/expressions/parse.ts'

/** The questions of a typical "je perds un proche" journey. */
export const scope: ReadonlyMap<string, ValueType> = new Map<string, ValueType>([
  ['lien', { kind: 'string', options: ['conjoint', 'pacs', 'autre'] }],
  ['lieu_deces', { kind: 'string', options: ['france', 'etranger'] }],
  ['date_naissance', { kind: 'date' }],
  ['date_deces', { kind: 'date' }],
  ['activites_defunt', { kind: 'list', options: ['salarie', 'independant', 'fonctionnaire', 'retraite'] }],
  ['enfants_mineurs', { kind: 'boolean' }],
  ['nombre_enfants', { kind: 'number' }],
  ['pays', { kind: 'string', domain: 'country' }],
  ['commune', { kind: 'string', domain: 'commune' }],
  ['prenom', { kind: 'string', domain: 'text' }],
])

export function parse(text: string): Expr {
  const result = parseExpression(text)
  if (!result.ok) throw new Error(`${text}: ${result.problem.message} at ${result.problem.offset}`)
  return result.ast
}

/** The problem and the text it points at, which is what an editor sees underlined. */
export function parseProblem(text: string): ExpressionProblem & { at: string } {
  const result = parseExpression(text)
  if (result.ok) throw new Error(`${text} should not parse`)
  return { ...result.problem, at: text.slice(result.problem.offset, result.problem.offset + result.problem.length) }
}

export function pointedAt(text: string, problem: ExpressionProblem): string {
  return text.slice(problem.offset, problem.offset + problem.length)
}

/** Every node's span lies inside the text and inside its parent's span. */
export function expectSpansNested(node: Expr, text: string, parent = { start: 0, end: text.length }): void {
  expect(node.start).toBeTypeOf('number')
  expect(node.end).toBeTypeOf('number')
  const span = { start: node.start!, end: node.end! }
  expect(span.start).toBeGreaterThanOrEqual(parent.start)
  expect(span.end).toBeLessThanOrEqual(parent.end)
  expect(span.start).toBeLessThanOrEqual(span.end)
  for (const child of children(node)) expectSpansNested(child, text, span)
}

export function children(node: Expr): Expr[] {
  switch (node.kind) {
    case 'list': return node.items
    case 'call': return node.args
    case 'not': case 'negate': return [node.operand]
    case 'logical': case 'compare': case 'in': case 'arith': return [node.left, node.right]
    default: return []
  }
}
