/**
 * Type-checks a parsed condition against the journey's questions, at load time.
 *
 * Every mistake caught here (a misspelt question, an option that does not exist, a date
 * compared with a text) would otherwise silently hide a démarche from users, since an
 * unknown comparison is false. Problems carry offsets so editors see the exact place.
 * @module
 */
import { didYouMean } from '../text/did-you-mean.ts'
import { isIsoDate } from '../dates/iso-date.ts'
import { FUNCTION_NAMES, type Expr, type ExpressionProblem, type ValueType } from './ast.ts'
import { references } from './references.ts'

export interface CheckOptions {
  /** What the whole expression must be: a condition (default) or a date (`min`/`max`). */
  expect?: 'boolean' | 'date'
}

export interface CheckResult {
  /** The expression's type, `undefined` when an error prevents knowing it. */
  type: ValueType | undefined
  problems: ExpressionProblem[]
}

type Kind = ValueType['kind']
const NOUN: Record<Kind, string> = {
  boolean: 'une condition (vrai/faux)', number: 'un nombre', date: 'une date', duration: 'une durée', string: 'un texte', list: 'une liste',
}
/** "de" + noun, elided: « d'une date ». */
const ofNoun = (kind: Kind) => `d'${NOUN[kind]}`
const BOOLEAN: ValueType = { kind: 'boolean' }
const NUMBER: ValueType = { kind: 'number' }
const DATE: ValueType = { kind: 'date' }
const FUNCTIONS: ReadonlySet<string> = new Set(FUNCTION_NAMES)
const ARGUMENT: Record<string, Kind> = { age: 'date', days_since: 'date', count: 'list', departement: 'string', outre_mer: 'string', eee: 'string' }
/** Shapes of codes, so `pays == "fr"` or `departement(c) == "750"` are caught. */
const CODE_FORMATS: Record<string, [RegExp, string]> = {
  country: [/^[A-Z]{2}$/, 'un code de pays ISO à deux lettres majuscules (« FR », « MA »)'],
  commune: [/^(\d{5}|2[AB]\d{3})$/, 'un code INSEE de commune (« 75056 », « 2A004 »)'],
  departement: [/^(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97\d|98\d)$/, 'un code de département (« 75 », « 2A », « 974 »)'],
}

export function checkExpression(ast: Expr, scope: ReadonlyMap<string, ValueType>, options: CheckOptions = {}): CheckResult {
  const problems: ExpressionProblem[] = []
  try {
    const type = new Checker(scope, problems).typeOf(ast)
    const expect = options.expect ?? 'boolean'
    if (type && type.kind !== expect) {
      const wanted = expect === 'boolean' ? 'une condition doit valoir vrai ou faux' : 'une date est attendue ici (par exemple « today - 2 years »)'
      problems.push({ message: `${wanted}, or ceci est ${NOUN[type.kind]}`, ...at(ast) })
    }
    if (expect === 'boolean' && problems.length === 0 && references(ast).length === 0 && !usesToday(ast)) {
      problems.push({ message: "cette condition ne dépend d'aucune réponse : elle est toujours vraie ou toujours fausse", ...at(ast) })
    }
    return { type, problems }
  } catch {
    // Only a hand-built tree deep enough to overflow the stack, or not a tree at all.
    return { type: undefined, problems: [{ message: 'condition illisible ou trop imbriquée', offset: 0, length: 0 }] }
  }
}

function at(e: Expr): { offset: number; length: number } {
  const offset = typeof e.start === 'number' && e.start >= 0 ? e.start : 0
  const end = typeof e.end === 'number' ? e.end : offset
  return { offset, length: Math.max(0, end - offset) }
}

function usesToday(e: Expr): boolean {
  switch (e.kind) {
    case 'today': return true
    case 'list': return e.items.some(usesToday)
    case 'call': return e.args.some(usesToday)
    case 'not': case 'negate': return usesToday(e.operand)
    case 'logical': case 'compare': case 'in': case 'arith': return usesToday(e.left) || usesToday(e.right)
    default: return false
  }
}

const isStringLiteral = (e: Expr): e is Expr & { kind: 'literal'; value: string } => e.kind === 'literal' && typeof e.value === 'string'

class Checker {
  constructor(
    private readonly scope: ReadonlyMap<string, ValueType>,
    private readonly problems: ExpressionProblem[],
  ) {}

  private report(message: string, node: Expr, suggestion?: string): undefined {
    const problem: ExpressionProblem = { message, ...at(node) }
    if (suggestion !== undefined) problem.suggestion = suggestion
    this.problems.push(problem)
    return undefined
  }

  typeOf(e: Expr): ValueType | undefined {
    switch (e.kind) {
      case 'literal':
        return typeof e.value === 'string' ? { kind: 'string' } : typeof e.value === 'number' ? NUMBER : BOOLEAN
      case 'duration': return { kind: 'duration' }
      case 'today': return DATE
      case 'ref': return this.ref(e.name, e)
      case 'list':
        for (const item of e.items) {
          const type = this.typeOf(item)
          if (type && type.kind !== 'string') this.report(`une liste ne contient que des textes, pas ${NOUN[type.kind]}`, item)
        }
        return { kind: 'list' }
      case 'not':
        this.expectKind(e.operand, 'boolean', '« not » s\'applique à une condition (vrai/faux)')
        return BOOLEAN
      case 'negate': {
        const type = this.typeOf(e.operand)
        if (type && type.kind !== 'number' && type.kind !== 'duration') return this.report(`« - » s'applique à un nombre ou une durée, pas à ${NOUN[type.kind]}`, e)
        return type
      }
      case 'logical':
        this.expectKind(e.left, 'boolean', `« ${e.op} » relie deux conditions (vrai/faux)`)
        this.expectKind(e.right, 'boolean', `« ${e.op} » relie deux conditions (vrai/faux)`)
        return BOOLEAN
      case 'compare': this.compare(e); return BOOLEAN
      case 'in': this.in(e.left, e.right, e); return BOOLEAN
      case 'arith': return this.arith(e)
      case 'call': return this.call(e)
      default: return this.report('élément de condition inconnu', e)
    }
  }

  private ref(name: string, node: Expr): ValueType | undefined {
    const type = this.scope.get(name)
    if (type) return type
    if (FUNCTIONS.has(name)) return this.report(`« ${name} » est une fonction : écrivez ${name}(…)`, node)
    const suggestion = didYouMean(name, this.scope.keys())
    const hint = suggestion ? ` Vouliez-vous dire « ${suggestion} » ?` : ''
    return this.report(`Question inconnue « ${name} ».${hint}`, node, suggestion)
  }

  private expectKind(e: Expr, kind: Kind, what: string): ValueType | undefined {
    const type = this.typeOf(e)
    if (type && type.kind !== kind) return this.report(`${what}, or ceci est ${NOUN[type.kind]}`, e)
    return type
  }

  /** A text literal facing a question: it must be one of its options, or a well-formed code. */
  private literalFor(literal: Expr, type: ValueType, owner: Expr): void {
    if (!isStringLiteral(literal) || (type.kind !== 'string' && type.kind !== 'list')) return
    const value = literal.value
    const question = owner.kind === 'ref' ? `« ${owner.name} »` : 'cette question'
    if (type.options && !type.options.includes(value)) {
      const suggestion = didYouMean(value, type.options)
      const hint = suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : ` (réponses : ${type.options.join(', ')})`
      this.report(`« ${value} » n'est pas une réponse possible à ${question}${hint}`, literal, suggestion)
    }
    const format = type.kind === 'string' && type.domain ? CODE_FORMATS[type.domain] : undefined
    if (format && !format[0].test(value)) {
      const upper = value.toUpperCase()
      this.report(`« ${value} » n'est pas ${format[1]}`, literal, format[0].test(upper) ? upper : undefined)
    }
  }

  private compare(e: Expr & { kind: 'compare' }): void {
    const left = this.typeOf(e.left)
    const right = this.typeOf(e.right)
    if (!left || !right) return
    if (left.kind === 'date' && isStringLiteral(e.right)) return this.dateText(e.right)
    if (right.kind === 'date' && isStringLiteral(e.left)) return this.dateText(e.left)
    if (e.op === '==' || e.op === '!=') {
      if (left.kind !== right.kind) return void this.report(`on ne peut pas comparer ${NOUN[left.kind]} et ${NOUN[right.kind]}`, e)
      if (left.kind === 'list') return void this.report('on ne compare pas deux listes : utilisez « "valeur" in liste »', e)
      if (left.kind === 'duration') return void this.report('on ne compare pas deux durées', e)
      this.literalFor(e.right, left, e.left)
      this.literalFor(e.left, right, e.right)
      return
    }
    const ordered = left.kind === right.kind && (left.kind === 'number' || left.kind === 'date')
    if (!ordered) this.report(`« ${e.op} » compare deux nombres ou deux dates, pas ${NOUN[left.kind]} et ${NOUN[right.kind]}`, e)
  }

  /** The classic slip: `date_deces >= "2024-07-12"`. */
  private dateText(literal: Expr & { value: string }): void {
    const fixed = isIsoDate(literal.value) ? `date("${literal.value}")` : 'date("AAAA-MM-JJ")'
    this.report(`on ne peut pas comparer une date et un texte : pour une date fixe, écrivez ${fixed}`, literal, fixed)
  }

  private in(left: Expr, right: Expr, whole: Expr): void {
    const item = this.typeOf(left)
    const list = this.typeOf(right)
    if (list && list.kind !== 'list') {
      if (item?.kind === 'list' && isStringLiteral(right)) {
        return void this.report(`« in » s'écrit « valeur in liste » : écrivez "${right.value}" in …`, whole)
      }
      this.report(`« in » attend à droite une liste (question à choix multiples ou ["a", "b"]), or ceci est ${NOUN[list.kind]}`, right)
    }
    if (item && item.kind !== 'string') this.report(`« in » cherche un texte dans une liste, or ceci est ${NOUN[item.kind]}`, left)
    if (list?.kind === 'list') this.literalFor(left, list, right)
    if (item?.kind === 'string' && right.kind === 'list') for (const element of right.items) this.literalFor(element, item, left)
  }

  private arith(e: Expr & { kind: 'arith' }): ValueType | undefined {
    const left = this.typeOf(e.left)
    const right = this.typeOf(e.right)
    if (!left || !right) return undefined
    const [l, r] = [left.kind, right.kind]
    if (l === 'number' && r === 'number') return NUMBER
    if (l === 'date' && r === 'duration') return DATE
    if (e.op === '+' && l === 'duration' && r === 'date') return DATE
    if (l === 'date' && r === 'number' && e.right.kind === 'literal') {
      return this.report(`précisez l'unité : « ${e.right.value} days », « ${e.right.value} months »…`, e.right, `${e.right.value} days`)
    }
    if (e.op === '-' && l === 'date' && r === 'date') return this.report('pour compter les jours depuis une date, utilisez days_since(…)', e)
    if (e.op === '+') return this.report(`on ne peut pas ajouter ${NOUN[l]} et ${NOUN[r]}`, e)
    return this.report(`on ne peut pas soustraire ${NOUN[r]} ${ofNoun(l)}`, e)
  }

  private call(e: Expr & { kind: 'call' }): ValueType | undefined {
    if (!FUNCTIONS.has(e.fn)) {
      const suggestion = didYouMean(e.fn, FUNCTIONS)
      return this.report(`Fonction inconnue « ${e.fn} »${suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : ''}`, e, suggestion)
    }
    const arg = e.args[0]
    if (e.args.length !== 1 || !arg) return this.report(`« ${e.fn} » attend 1 argument, pas ${e.args.length}`, e)
    if (e.fn === 'answered') {
      if (arg.kind !== 'ref') return this.report('« answered » attend le nom d\'une question, par exemple answered(date_deces)', arg)
      this.typeOf(arg)
      return BOOLEAN
    }
    if (e.fn === 'date') {
      if (!isStringLiteral(arg)) return this.report('« date » attend une date fixe entre guillemets, par exemple date("2024-07-12")', arg)
      if (!isIsoDate(arg.value)) return this.report(`« ${arg.value} » n'est pas une date valide écrite AAAA-MM-JJ`, arg)
      return DATE
    }
    const wanted = ARGUMENT[e.fn]!
    const type = this.expectKind(arg, wanted, `« ${e.fn} » attend ${NOUN[wanted]}`)
    if (type?.kind === 'string') {
      const domain = e.fn === 'eee' ? 'country' : 'commune'
      if (type.domain && type.domain !== 'text' && type.domain !== domain) {
        this.report(`« ${e.fn} » attend ${domain === 'country' ? 'un pays' : 'une commune'}`, arg)
      }
      this.literalFor(arg, { kind: 'string', domain }, arg)
    }
    if (e.fn === 'count' || e.fn === 'age' || e.fn === 'days_since') return NUMBER
    return e.fn === 'departement' ? { kind: 'string', domain: 'departement' } : BOOLEAN
  }
}
