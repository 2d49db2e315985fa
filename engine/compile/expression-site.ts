/**
 * Parses and type-checks one expression written at a place in a YAML file, turning
 * its problems into positioned diagnostics.
 * @module
 */
import type { Diagnostic } from '../diagnostics.ts'
import type { Expr, ValueType } from '../expressions/ast.ts'
import { checkExpression, parseExpression } from '../expressions/index.ts'
import type { YamlPath, YamlSource } from '../load/yaml-source.ts'

export interface Site {
  source: YamlSource
  /** Path to the string holding the expression. */
  path: YamlPath
}

export function compileExpression(
  text: string,
  site: Site,
  scope: ReadonlyMap<string, ValueType>,
  diagnostics: Diagnostic[],
  expect: 'boolean' | 'date' = 'boolean',
): Expr | undefined {
  const parsed = parseExpression(text)
  if (!parsed.ok) {
    const { message, offset, suggestion } = parsed.problem
    diagnostics.push(site.source.diagnostic(site.path, 'expression-syntax', message, { offset, suggestion }))
    return undefined
  }
  const { problems } = checkExpression(parsed.ast, scope, { expect })
  for (const { message, offset, suggestion } of problems) {
    diagnostics.push(site.source.diagnostic(site.path, 'expression-type', message, { offset, suggestion }))
  }
  return problems.length ? undefined : parsed.ast
}

/** Every question reference in an expression, with its offset. */
export function referenceSpans(ast: Expr): { name: string; start: number }[] {
  const found: { name: string; start: number }[] = []
  const walk = (node: Expr): void => {
    switch (node.kind) {
      case 'ref':
        found.push({ name: node.name, start: node.start ?? 0 })
        return
      case 'list':
        node.items.forEach(walk)
        return
      case 'not':
      case 'negate':
        walk(node.operand)
        return
      case 'logical':
      case 'compare':
      case 'in':
      case 'arith':
        walk(node.left)
        walk(node.right)
        return
      case 'call':
        node.args.forEach(walk)
        return
      default:
        return
    }
  }
  walk(ast)
  return found
}
