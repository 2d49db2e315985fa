/**
 * Parses a `when:` condition into our {@link Expr} tree, with French errors for editors.
 *
 * jsep, configured by our {@link grammar} plugin, does the precedence parsing; this file
 * translates jsep's tree into ours (which owes jsep nothing, so browsers never load it)
 * and jsep's English errors into messages an editor can act on. It never throws.
 * @module
 */
import jsep from 'jsep'
import type { Expr, ExpressionProblem } from './ast.ts'
import { checkName, fail, grammar, isSpace, missingOperator, OPERATOR_TYPOS, problemOf, REJECTED, unexpected, WORD_OPERATORS, type Node } from './grammar.ts'

export type ParseResult = { ok: true; ast: Expr } | { ok: false; problem: ExpressionProblem }

jsep.plugins.register(grammar)

/** Deeper than any real condition, shallow enough for the recursive checker and evaluator. */
const MAX_DEPTH = 1000
const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>='])

export function parseExpression(text: string): ParseResult {
  if (typeof text !== 'string') return failure({ message: 'une condition doit être un texte', offset: 0, length: 0 })
  if (text.trim() === '') return failure({ message: 'la condition est vide', offset: 0, length: text.length })
  try {
    const root = jsep(text) as Node
    return { ok: true, ast: toExpr(root, text) }
  } catch (error) {
    return failure(translate(error, text))
  }
}

function failure(problem: ExpressionProblem): ParseResult {
  return { ok: false, problem }
}

/** Our problems pass through; jsep's own errors get a French message at a useful offset. */
function translate(error: unknown, text: string): ExpressionProblem {
  const ours = problemOf(error)
  if (ours) return clamp(ours, text)
  const { description, index } = (error ?? {}) as { description?: unknown; index?: unknown }
  if (typeof description !== 'string' || typeof index !== 'number') {
    // Only a stack overflow gets here: jsep recurses once per parenthesis or `not`.
    return { message: 'condition trop longue ou trop imbriquée', offset: 0, length: 0 }
  }
  const before = text.slice(0, index).trimEnd()
  let match: RegExpExecArray | null
  let problem: ExpressionProblem
  if (description.startsWith('Unexpected "')) {
    problem = problemOf(catching(() => unexpected(text, index)))!
  } else if ((match = /^Expected expression after (.+)$/.exec(description))) {
    const at = text.lastIndexOf(match[1]!, index)
    problem = { message: `il manque une valeur après « ${match[1]} »`, offset: at < 0 ? index : at, length: match[1]!.length }
  } else if (description === 'missing unaryOp argument') {
    const op = ['not', '!', '-'].find((candidate) => before.endsWith(candidate)) ?? 'not'
    problem = { message: `il manque une valeur après « ${op} »`, offset: before.length - op.length, length: op.length }
  } else if (description.startsWith('Unexpected token')) {
    const at = text.lastIndexOf(',', index)
    problem = { message: 'virgule « , » en trop', offset: at < 0 ? index : at, length: 1 }
  } else if (description === 'Expected comma') {
    problem = { message: 'il manque une virgule « , » entre deux valeurs', offset: index, length: 1 }
  } else {
    problem = { message: 'condition incorrecte', offset: index, length: 1 }
  }
  return clamp(problem, text)
}

function catching(run: () => void): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

/** Keeps a problem inside the text, whatever went wrong computing it. */
function clamp(problem: ExpressionProblem, text: string): ExpressionProblem {
  const offset = Math.min(Math.max(0, Math.trunc(problem.offset) || 0), text.length)
  const length = Math.min(Math.max(0, Math.trunc(problem.length) || 0), text.length - offset)
  return { ...problem, offset, length }
}

/** Offsets of a jsep node including its parentheses, for nodes that have not been converted. */
function first(node: Node): number {
  return node.outerStart ?? node.start ?? (node.left ? first(node.left as Node) : 0)
}
function last(node: Node): number {
  return node.outerEnd ?? node.end ?? (node.right ? last(node.right as Node) : 0)
}

function toExpr(root: Node, text: string): Expr {
  // Parentheses are not nodes of ours, but parents must span them and they stop `not` rotation.
  const parens = new WeakMap<Expr, [number, number]>()
  const bareNots = new WeakSet<Expr>()
  const from = (e: Expr) => parens.get(e)?.[0] ?? e.start ?? 0
  const to = (e: Expr) => parens.get(e)?.[1] ?? e.end ?? 0

  /**
   * jsep binds a prefix operator to the next token only, so `not lien == "x"` arrives as
   * `(not lien) == "x"`. Editors mean `not (lien == "x")`, as in Python: unless the `not`
   * was parenthesised, move it above comparisons, `in` and arithmetic.
   */
  function lowerNot(left: Expr, right: Expr, make: (l: Expr, r: Expr) => Expr): Expr {
    if (left.kind !== 'not' || !bareNots.has(left)) return make(left, right)
    const operand = lowerNot(left.operand, right, make)
    const lowered: Expr = { kind: 'not', operand, start: left.start, end: to(operand) }
    bareNots.add(lowered)
    return lowered
  }

  function convert(node: Node | null | undefined, depth: number, listStart: number): Expr {
    if (!node) fail('élément vide dans la liste (virgule en trop ?)', listStart)
    if (depth > MAX_DEPTH) fail('condition trop imbriquée', node.start ?? 0, 0)
    const expr = build(node, depth)
    if (node.outerStart !== undefined && node.outerEnd !== undefined) {
      parens.set(expr, [node.outerStart, node.outerEnd])
      bareNots.delete(expr)
    }
    return expr
  }

  function build(node: Node, depth: number): Expr {
    const start = node.start ?? 0
    const end = node.end ?? start
    switch (node.type) {
      case 'Literal': {
        const value = (node as jsep.Literal).value
        if (typeof value === 'number' && !Number.isFinite(value)) fail('nombre trop grand', start, end - start)
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') unexpected(text, start)
        return { kind: 'literal', value, start, end }
      }
      case 'Duration':
        return { kind: 'duration', amount: node.amount as number, unit: node.unit as 'days', start, end }
      case 'Identifier': {
        const name = (node as jsep.Identifier).name
        checkName(text, name, start)
        if (WORD_OPERATORS.has(name)) fail(`il manque une valeur après « ${name} »`, start, name.length)
        if (name === 'today') return { kind: 'today', start, end }
        return { kind: 'ref', name, start, end }
      }
      case 'ArrayExpression':
        return { kind: 'list', items: items(node.elements as (Node | null)[], start, depth), start, end }
      case 'CallExpression': {
        const fn = ((node as jsep.CallExpression).callee as jsep.Identifier).name
        return { kind: 'call', fn, args: items(node.arguments as Node[], start, depth), start, end }
      }
      case 'UnaryExpression': {
        const operand = convert(node.argument as Node, depth + 1, start)
        const end = to(operand)
        if (node.operator !== '-') {
          const not: Expr = { kind: 'not', operand, start, end }
          bareNots.add(not)
          return not
        }
        // Fold `-12` and `-6 months` into the literal: simpler trees for the browser.
        if (!parens.has(operand) && operand.kind === 'literal' && typeof operand.value === 'number') {
          return { kind: 'literal', value: -operand.value, start, end }
        }
        if (!parens.has(operand) && operand.kind === 'duration') return { ...operand, amount: -operand.amount, start, end }
        return { kind: 'negate', operand, start, end }
      }
      case 'BinaryExpression':
        return binary(node as jsep.BinaryExpression & Node, depth)
      case 'Compound':
        return compound(node.body as Node[])
      default:
        return fail("cette écriture n'est pas permise dans une condition", start, end - start)
    }
  }

  /** Arguments or list elements; jsep also takes `["a" "b"]`, where a comma was surely forgotten. */
  function items(nodes: (Node | null)[], start: number, depth: number): Expr[] {
    const exprs = nodes.map((item) => convert(item, depth + 1, start))
    for (let i = 1; i < exprs.length; i++) {
      if (!text.slice(to(exprs[i - 1]!), from(exprs[i]!)).includes(',')) {
        fail('il manque une virgule « , » entre deux éléments', from(exprs[i]!), to(exprs[i]!) - from(exprs[i]!))
      }
    }
    return exprs
  }

  function binary(node: jsep.BinaryExpression & Node, depth: number): Expr {
    const op = node.operator
    const left = convert(node.left as Node, depth + 1, 0)
    const right = convert(node.right as Node, depth + 1, 0)
    const rejected = Object.hasOwn(REJECTED, op) ? REJECTED[op] : undefined
    if (rejected) fail(rejected[1], Math.max(0, text.indexOf(op, to(left))), op.length)
    const span = (l: Expr, r: Expr) => ({ start: from(l), end: to(r) })
    if (op === 'and' || op === '&&' || op === 'or' || op === '||') {
      return { kind: 'logical', op: op === 'and' || op === '&&' ? 'and' : 'or', left, right, ...span(left, right) }
    }
    if (COMPARISONS.has(op)) {
      const compareOp = op as '=='
      return lowerNot(left, right, (l, r) => ({ kind: 'compare', op: compareOp, left: l, right: r, ...span(l, r) }))
    }
    if (op === 'in') return lowerNot(left, right, (l, r) => ({ kind: 'in', left: l, right: r, ...span(l, r) }))
    const arithOp = op === '-' ? '-' : '+'
    return lowerNot(left, right, (l, r) => ({ kind: 'arith', op: arithOp, left: l, right: r, ...span(l, r) }))
  }

  /** jsep accepts juxtaposed expressions (`a b`, `a; b`); for us something is missing between them. */
  function compound(body: Node[]): never {
    for (let i = 1; i < body.length; i++) {
      for (const node of [body[i]!, body[i - 1]!]) {
        const name = node.type === 'Identifier' ? (node as jsep.Identifier).name : ''
        if (Object.hasOwn(OPERATOR_TYPOS, name)) {
          const word = OPERATOR_TYPOS[name]!
          fail(`écrivez « ${word} » au lieu de « ${name} »`, first(node), name.length, word)
        }
      }
      let gap = last(body[i - 1]!)
      while (gap < first(body[i]!) && isSpace(text.charCodeAt(gap))) gap++
      if (gap < first(body[i]!)) unexpected(text, gap)
      missingOperator(text, first(body[i]!))
    }
    return fail('condition incorrecte', 0, 0)
  }

  const ast = convert(root, 0, 0)
  // jsep skips stray `;` and `,` around a lone expression: anything outside it is an error.
  let head = 0
  while (head < text.length && isSpace(text.charCodeAt(head))) head++
  if (head < from(ast)) unexpected(text, head)
  let tail = to(ast)
  while (tail < text.length && isSpace(text.charCodeAt(tail))) tail++
  if (tail < text.length) unexpected(text, tail)
  return ast
}
