/**
 * Our grammar as a jsep plugin: word operators, durations such as `6 months`, known
 * functions only, no member access, and the offsets of every token.
 *
 * jsep keeps its configuration on its module, so this plugin is registered by name
 * (jsep ignores a second registration) and keeps per-parse state on jsep's parser
 * instance, never here: a failed parse cannot leak into the next one. Only the jsep
 * *type* is imported, so this file adds nothing to a browser bundle.
 * @module
 */
import type jsep from 'jsep'
import { didYouMean } from '../text/did-you-mean.ts'
import { FUNCTION_NAMES, type DurationUnit, type ExpressionProblem } from './ast.ts'

/** jsep node with the offsets our hooks add; `outer*` include the parentheses around it. */
export type Node = jsep.Expression & { start?: number; end?: number; outerStart?: number; outerEnd?: number }
type Scope = jsep.HookScope & { starts?: number[] }

const FUNCTIONS: ReadonlySet<string> = new Set(FUNCTION_NAMES)
const UNITS: Readonly<Record<string, DurationUnit>> = {
  days: 'days', day: 'days', jours: 'days', jour: 'days',
  weeks: 'weeks', week: 'weeks', semaines: 'weeks', semaine: 'weeks',
  months: 'months', month: 'months', mois: 'months',
  years: 'years', year: 'years', ans: 'years', an: 'years', années: 'years', année: 'years',
}
export const WORD_OPERATORS = new Set(['and', 'or', 'in', 'not'])
/** Operators editors might write by habit (other languages, Word's autocorrect). */
export const OPERATOR_TYPOS: Readonly<Record<string, string>> = {
  et: 'and', ou: 'or', non: 'not', dans: 'in', AND: 'and', OR: 'or', NOT: 'not', IN: 'in', And: 'and', Or: 'or', Not: 'not',
}
const LOOKALIKES: Readonly<Record<string, string>> = {
  '–': '-', '—': '-', '−': '-', '≥': '>=', '≤': '<=', '≠': '!=', '“': '"', '”': '"', '«': '"', '»': '"', '‘': "'", '’': "'",
}
/** Operators we recognise only to reject them with a useful message (precedence as in JS). */
export const REJECTED: Readonly<Record<string, [number, string]>> = {
  '=': [6, "« = » n'est pas une comparaison : écrivez « == »"],
  '===': [6, '« === » n\'existe pas ici : écrivez « == »'],
  '!==': [6, '« !== » n\'existe pas ici : écrivez « != »'],
  '<>': [6, '« <> » n\'existe pas ici : écrivez « != »'],
  '=>': [7, '« => » n\'existe pas ici : écrivez « >= »'],
  '=<': [7, '« =< » n\'existe pas ici : écrivez « <= »'],
  '&': [2, '« & » n\'existe pas ici : écrivez « and »'],
  '|': [1, '« | » n\'existe pas ici : écrivez « or »'],
  '*': [10, 'les multiplications ne sont pas permises (seuls « + » et « - » le sont)'],
  '/': [10, 'les divisions ne sont pas permises (seuls « + » et « - » le sont)'],
  '%': [10, "l'opérateur « % » n'est pas permis"],
  '**': [11, "l'opérateur « ** » n'est pas permis"],
  '^': [4, "l'opérateur « ^ » n'est pas permis"],
  '<<': [8, "l'opérateur « << » n'est pas permis"],
  '>>': [8, "l'opérateur « >> » n'est pas permis"],
  '>>>': [8, "l'opérateur « >>> » n'est pas permis"],
  '??': [1, "l'opérateur « ?? » n'est pas permis"],
}
const BINARY: Readonly<Record<string, number>> = {
  or: 1, '||': 1, and: 2, '&&': 2, '==': 6, '!=': 6, '<': 7, '<=': 7, '>': 7, '>=': 7, in: 8, '+': 9, '-': 9,
}

/**
 * Throws a problem for editors from inside jsep. It is marked by a property rather than
 * a class so that it is recognised even if two copies of this module share one jsep.
 */
export function fail(message: string, offset: number, length = 1, suggestion?: string): never {
  const problem: ExpressionProblem = { message, offset, length }
  if (suggestion !== undefined) problem.suggestion = suggestion
  throw Object.assign(new Error(message), { mdvProblem: problem })
}

/** The problem {@link fail} attached to an error, if it is one of ours. */
export function problemOf(error: unknown): ExpressionProblem | undefined {
  return typeof error === 'object' && error !== null ? (error as { mdvProblem?: ExpressionProblem }).mdvProblem : undefined
}

const isDigit = (code: number) => code >= 48 && code <= 57
export const isSpace = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f ||
  code === 0xfeff || code === 0x205f || code === 0x3000 || (code >= 0x2000 && code <= 0x200b)
const isWordStart = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code >= 128
const IDENTIFIER_START = /[\p{L}_]/u
const IDENTIFIER_PART = /[\p{L}\p{M}\p{N}_]/u

/** The message for a character that cannot appear where it stands. */
export function unexpected(text: string, offset: number): never {
  const ch = String.fromCodePoint(text.codePointAt(offset) ?? 32)
  const ascii = LOOKALIKES[ch]
  if (ascii !== undefined) fail(`« ${ch} » n'est pas reconnu : écrivez « ${ascii} »`, offset)
  if (ch === '=') fail("« = » n'est pas une comparaison : écrivez « == »", offset)
  if (ch === ')') fail('parenthèse « ) » en trop', offset)
  if (ch === ']') fail('crochet « ] » en trop', offset)
  if (ch === ',' || ch === ';') fail(`« ${ch} » inattendu : une condition est une seule expression`, offset)
  if (ch === '.' && (isDigit(text.charCodeAt(offset - 1)) || isDigit(text.charCodeAt(offset + 1)))) {
    fail('nombre mal écrit : écrivez par exemple « 0.5 » ou « 12 »', offset)
  }
  if (ch === '.') fail("l'accès à une propriété n'est pas permis", offset)
  const code = ch.charCodeAt(0)
  if (isSpace(code)) fail('espace spéciale (insécable ou invisible) : remplacez-la par une espace ordinaire', offset)
  if (isWordStart(code) || isDigit(code) || ch === '"' || ch === "'" || ch === '(' || ch === '[') missingOperator(text, offset)
  fail(`caractère « ${ch} » inattendu`, offset, ch.length)
}

/** Something starts at `offset` where an operator was expected: `a b`, `(a b)`. */
export function missingOperator(text: string, offset: number): never {
  const word = /^[^\s()[\],;]{1,30}/u.exec(text.slice(offset))?.[0] ?? text.charAt(offset)
  fail(`il manque un opérateur (and, or, ==…) avant « ${word} »`, offset, word.length)
}

/** Reads an identifier with jsep, stopping at the first Unicode space jsep would swallow. */
function readWord(scope: Scope): string {
  const start = scope.index
  let name = (scope.gobbleIdentifier() as jsep.Identifier).name
  const cut = name.search(/\s/)
  if (cut > 0) {
    name = name.slice(0, cut)
    scope.index = start + cut
  }
  checkName(scope.expr, name, start)
  return name
}

/** Question ids are letters, digits and `_`; jsep would also take any non-ASCII character. */
export function checkName(text: string, name: string, start: number): void {
  for (let i = 0; i < name.length; i++) {
    if (!(i === 0 ? IDENTIFIER_START : IDENTIFIER_PART).test(name[i]!)) unexpected(text, start + i)
  }
}

/** jsep's argument/element list, with "never closed" reported at the opening bracket. */
function readList(scope: Scope, open: number, close: number): Node[] {
  scope.index = open + 1
  try {
    return scope.gobbleArguments(close) as unknown as Node[]
  } catch (error) {
    if ((error as { description?: string }).description === `Expected ${String.fromCharCode(close)}`) {
      fail(close === 41 ? 'parenthèse « ( » jamais fermée' : 'crochet « [ » jamais fermé', open)
    }
    throw error
  }
}

function gobbleNumber(scope: Scope, start: number): Node {
  while (isDigit(scope.code)) scope.index++
  if (scope.code === 46 && isDigit(scope.expr.charCodeAt(scope.index + 1))) {
    scope.index++
    while (isDigit(scope.code)) scope.index++
  }
  const end = scope.index
  const value = Number(scope.expr.slice(start, end))
  scope.gobbleSpaces()
  if (isWordStart(scope.code) && !LOOKALIKES[scope.char]) {
    const wordStart = scope.index
    const word = readWord(scope)
    const unit = UNITS[word.toLowerCase()]
    if (unit !== undefined && Object.hasOwn(UNITS, word.toLowerCase())) {
      if (!Number.isInteger(value)) fail('une durée se compte en nombre entier (« 6 months », pas « 0.5 years »)', start, end - start)
      return { type: 'Duration', amount: value, unit, start, end: scope.index }
    }
    if (!WORD_OPERATORS.has(word) || wordStart === end) {
      const suggestion = didYouMean(word.toLowerCase(), Object.keys(UNITS))
      const hint = suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : ' (days, weeks, months, years ou jours, semaines, mois, ans)'
      fail(`« ${word} » n'est pas une unité de durée${hint}`, wordStart, word.length, suggestion)
    }
  }
  scope.index = end
  return { type: 'Literal', value, raw: scope.expr.slice(start, end), start, end }
}

function gobbleWord(scope: Scope, start: number): Node | undefined {
  const name = readWord(scope)
  const end = scope.index
  if (WORD_OPERATORS.has(name)) {
    // jsep takes `and` + non-breaking space for an identifier, not an operator: say why.
    if (isSpace(scope.expr.charCodeAt(end)) && scope.expr.charCodeAt(end) >= 128) unexpected(scope.expr, end)
    if (scope.expr.slice(end).trim() === '') fail(`il manque une valeur après « ${name} »`, start, name.length)
    if (name === 'not') {
      scope.index = start // jsep parses the unary operator itself
      return undefined
    }
    fail(`il manque une valeur avant « ${name} »`, start, name.length)
  }
  if (name === 'true' || name === 'false') return { type: 'Literal', value: name === 'true', raw: name, start, end }
  scope.gobbleSpaces()
  const next = scope.code
  if (next === 40 && (FUNCTIONS.has(name) || scope.index === end)) {
    if (!FUNCTIONS.has(name)) {
      if (name === 'today') fail('« today » s\'écrit sans parenthèses', start, scope.index + 1 - start, 'today')
      const suggestion = didYouMean(name, FUNCTIONS)
      const hint = suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : ` (fonctions : ${FUNCTION_NAMES.join(', ')})`
      fail(`Fonction inconnue « ${name} »${hint}`, start, name.length, suggestion)
    }
    const args = readList(scope, scope.index, 41)
    return { type: 'CallExpression', callee: { type: 'Identifier', name, start, end }, arguments: args, start, end: scope.index }
  }
  if ((next === 46 || next === 91) && scope.index === end) fail("l'accès à une propriété n'est pas permis", end)
  scope.index = end
  return { type: 'Identifier', name, start, end }
}

function gobbleGroup(scope: Scope, start: number): Node {
  scope.index++
  const inner = scope.gobbleExpression() as Node | false
  scope.gobbleSpaces()
  if (scope.index >= scope.expr.length) fail('parenthèse « ( » jamais fermée', start)
  if (!inner && scope.code === 41) fail('parenthèses vides', start, scope.index + 1 - start)
  if (!inner || scope.code !== 41) unexpected(scope.expr, scope.index)
  scope.index++
  inner.outerStart = start
  inner.outerEnd = scope.index
  return inner
}

/** Our token reader, tried before jsep's: it returns nothing for unary operators and leaves them to jsep. */
function gobbleToken(this: Scope, env: { node?: jsep.Expression }): void {
  const start = this.index
  ;(this.starts ??= []).push(start)
  const code = this.code
  if (isDigit(code)) env.node = gobbleNumber(this, start)
  else if (code === 34 || code === 39) {
    try {
      env.node = Object.assign(this.gobbleStringLiteral() as Node, { start, end: this.index })
    } catch {
      fail(`guillemet « ${this.expr[start]} » jamais fermé`, start)
    }
  } else if (code === 40) env.node = gobbleGroup(this, start)
  else if (code === 91) {
    const elements = readList(this, start, 93)
    env.node = { type: 'ArrayExpression', elements, start, end: this.index }
  } else if (code === 46 || LOOKALIKES[this.char] !== undefined) unexpected(this.expr, start)
  else if (isWordStart(code)) env.node = gobbleWord(this, start)
}

/** Gives every token jsep builds itself (unary operators) the offsets its reader started at. */
function afterToken(this: Scope, env: { node?: jsep.Expression }): void {
  const start = this.starts?.pop() ?? this.index
  const node = env.node as Node | undefined
  if (!node || node.start !== undefined || node.type === 'BinaryExpression') return
  let end = this.index
  while (end > start && isSpace(this.expr.charCodeAt(end - 1))) end--
  node.start = start
  node.end = end
}

function skipUnicodeSpaces(this: Scope): void {
  while (this.index < this.expr.length && isSpace(this.code)) this.index++
}

function rejectTernary(this: Scope): void {
  if (this.code === 63) fail("« ? » n'est pas permis : une condition s'écrit avec and, or, not", this.index)
}

export const grammar: jsep.IPlugin = {
  name: 'moments-de-vie-conditions',
  // jsep passes itself as the argument (its typings say `this`): accept both.
  init(this: typeof jsep, given?: typeof jsep) {
    const j = given ?? this
    j.removeAllUnaryOps()
    for (const op of ['not', '!', '-']) j.addUnaryOp(op)
    j.removeAllBinaryOps()
    for (const [op, precedence] of Object.entries(BINARY)) j.addBinaryOp(op, precedence)
    for (const [op, [precedence]] of Object.entries(REJECTED)) j.addBinaryOp(op, precedence)
    j.removeLiteral('null')
    j.removeIdentifierChar('$')
    j.hooks.add('gobble-token', gobbleToken)
    j.hooks.add('after-token', afterToken)
    j.hooks.add('gobble-spaces', skipUnicodeSpaces)
    j.hooks.add('after-expression', rejectTernary, true) // before jsep's own ternary plugin
  },
}
