/**
 * Evaluates a condition against the answers, in Node and in the browser widget.
 *
 * Logic is three-valued (Kleene): a question not answered yet is "unknown", which
 * spreads through comparisons but not past a decisive `false and …` / `true or …`, and a
 * condition counts only when it is `true`. This runs for every condition after every
 * answer, so it is a plain switch that allocates nothing on the usual paths, and it
 * never throws: a stored answer of the wrong type (stale localStorage) is just unknown.
 * @module
 */
import { addDays, addMonths, addYears, daysBetween, fullYearsBetween } from '../dates/iso-date.ts'
import type { DurationUnit, EvaluationEnv, Expr, Value } from './ast.ts'

/** European Economic Area (EU 27 + Iceland, Liechtenstein, Norway) and Switzerland, ISO alpha-2. */
const EEE: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO', 'CH',
])

type Duration = { duration: number; unit: DurationUnit }

export function evaluate(ast: Expr, env: EvaluationEnv): Value {
  try {
    return ev(ast, env)
  } catch {
    // Only a malformed tree or environment, or a date pushed past year 275760, gets here.
    return undefined
  }
}

/** A condition holds only when it is certainly true: unknown counts as false. */
export function isTrue(ast: Expr, env: EvaluationEnv): boolean {
  return evaluate(ast, env) === true
}

const isDigit = (code: number) => code >= 48 && code <= 57

/** `YYYY-MM-DD` shape, checked without a regex or a Date: enough for the date helpers not to throw. */
function isDateLike(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10) return false
  return value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45 &&
    isDigit(value.charCodeAt(0)) && isDigit(value.charCodeAt(1)) && isDigit(value.charCodeAt(2)) && isDigit(value.charCodeAt(3)) &&
    isDigit(value.charCodeAt(5)) && isDigit(value.charCodeAt(6)) && isDigit(value.charCodeAt(8)) && isDigit(value.charCodeAt(9))
}

/** An answer as a value; anything an answer cannot be (null, an object, NaN, `constructor`…) is unknown. */
function answer(value: unknown): Value {
  switch (typeof value) {
    case 'string': case 'boolean': return value
    case 'number': return Number.isNaN(value) ? undefined : value
    case 'object': return Array.isArray(value) ? (value as string[]) : undefined
    default: return undefined
  }
}

function isDuration(value: Value): value is Duration {
  return typeof value === 'object' && !Array.isArray(value)
}

function ev(e: Expr, env: EvaluationEnv): Value {
  switch (e.kind) {
    case 'literal': return e.value
    case 'ref': return answer(env.answers[e.name])
    case 'today': return isDateLike(env.today) ? env.today : undefined
    case 'duration': return { duration: e.amount, unit: e.unit }
    case 'not': {
      const value = ev(e.operand, env)
      return value === true ? false : value === false ? true : undefined
    }
    case 'logical': {
      // The decisive value wins even against unknown: `false and ?` is false, `true or ?` is true.
      const decisive = e.op === 'or'
      const left = ev(e.left, env)
      if (left === decisive) return decisive
      const right = ev(e.right, env)
      if (right === decisive) return decisive
      return left === !decisive && right === !decisive ? !decisive : undefined
    }
    case 'compare': return compare(e.op, ev(e.left, env), ev(e.right, env))
    case 'in': return contains(e.left, e.right, env)
    case 'arith': return arith(e.op, e.left, e.right, env)
    case 'negate': {
      const value = ev(e.operand, env)
      if (typeof value === 'number') return -value
      return isDuration(value) ? { duration: -value.duration, unit: value.unit } : undefined
    }
    case 'call': return call(e.fn, e.args[0], env)
    case 'list': {
      const items: string[] = []
      for (const item of e.items) {
        const value = ev(item, env)
        if (typeof value !== 'string') return undefined
        items.push(value)
      }
      return items
    }
    default: return undefined
  }
}

function compare(op: string, left: Value, right: Value): Value {
  // Also rules out unknown (undefined), lists and durations (objects): comparing them means nothing here.
  const type = typeof left
  if (type !== typeof right || type === 'undefined' || type === 'object') return undefined
  switch (op) {
    case '==': return left === right
    case '!=': return left !== right
  }
  // Only numbers and dates are ordered; dates are ISO strings, which order correctly as text.
  if (type === 'boolean' || (type === 'string' && !(isDateLike(left) && isDateLike(right)))) return undefined
  const l = left as string | number
  const r = right as string | number
  switch (op) {
    case '<': return l < r
    case '<=': return l <= r
    case '>': return l > r
    case '>=': return l >= r
    default: return undefined
  }
}

function contains(left: Expr, right: Expr, env: EvaluationEnv): Value {
  const item = ev(left, env)
  if (typeof item !== 'string') return undefined
  if (right.kind === 'list') {
    // Walk a literal list in place rather than building an array on every evaluation.
    let unknown = false
    for (const element of right.items) {
      const value = ev(element, env)
      if (value === item) return true
      if (typeof value !== 'string') unknown = true
    }
    return unknown ? undefined : false
  }
  const list = ev(right, env)
  return Array.isArray(list) ? list.includes(item) : undefined
}

/**
 * A small direct-mapped memo of date computations. Formatting a date costs about a
 * microsecond (Date#toISOString), far above our per-condition budget, yet the same few
 * computations (`today - 6 months`, `age(date_naissance)`) recur on every answer. A slot
 * is a plain array cell compared field by field: no Map, no allocation on a hit.
 */
const SLOTS = 128
const memoOp = new Int8Array(SLOTS).fill(-1)
const memoDate: string[] = new Array<string>(SLOTS).fill('')
const memoOther: (string | number)[] = new Array<string | number>(SLOTS).fill(0)
const memoResult: (string | number)[] = new Array<string | number>(SLOTS).fill(0)
const DAYS = 0
const MONTHS = 1
const YEARS = 2
const AGE = 3
const DAYS_SINCE = 4

/** `date` is date-like; `other` is an amount or today's date. */
function dateComputation(op: number, date: string, other: number | string): string | number {
  let slot = op * 7 + (typeof other === 'number' ? other * 31 : other.charCodeAt(9) * 31 + other.charCodeAt(6))
  for (let i = 2; i < 10; i++) slot = slot * 17 + date.charCodeAt(i)
  slot &= SLOTS - 1
  if (memoOp[slot] === op && memoDate[slot] === date && memoOther[slot] === other) return memoResult[slot]!
  const result =
    op === DAYS ? addDays(date, other as number)
    : op === MONTHS ? addMonths(date, other as number)
    : op === YEARS ? addYears(date, other as number)
    : op === AGE ? fullYearsBetween(date, other as string)
    : daysBetween(date, other as string)
  memoOp[slot] = op
  memoDate[slot] = date
  memoOther[slot] = other
  memoResult[slot] = result
  return result
}

function shift(date: Value, amount: number, unit: DurationUnit): Value {
  if (!isDateLike(date) || !Number.isInteger(amount)) return undefined
  switch (unit) {
    case 'days': return dateComputation(DAYS, date, amount)
    case 'weeks': return dateComputation(DAYS, date, amount * 7)
    case 'months': return dateComputation(MONTHS, date, amount)
    case 'years': return dateComputation(YEARS, date, amount)
    default: return undefined
  }
}

function arith(op: '+' | '-', leftExpr: Expr, rightExpr: Expr, env: EvaluationEnv): Value {
  const left = ev(leftExpr, env)
  const sign = op === '-' ? -1 : 1
  // `today - 6 months`: read the duration straight from the tree, no object.
  if (rightExpr.kind === 'duration') return shift(left, sign * rightExpr.amount, rightExpr.unit)
  const right = ev(rightExpr, env)
  if (typeof left === 'number' && typeof right === 'number') return left + sign * right
  if (isDuration(right)) return shift(left, sign * right.duration, right.unit)
  if (op === '+' && isDuration(left)) return shift(right, left.duration, left.unit)
  return undefined
}

/** INSEE commune code → département: `75056` → `75`, `2A004` → `2A`, `97411` → `974`. */
function departement(code: Value): string | undefined {
  if (typeof code !== 'string' || code.length !== 5) return undefined
  const first = code.charCodeAt(0)
  const second = code.charCodeAt(1)
  if (first === 50 && (second === 65 || second === 66)) return code.slice(0, 2) // Corse: 2A, 2B
  if (!isDigit(first) || !isDigit(second)) return undefined
  return first === 57 && (second === 55 || second === 56) ? code.slice(0, 3) : code.slice(0, 2) // 97x, 98x
}

function call(fn: string, arg: Expr | undefined, env: EvaluationEnv): Value {
  if (!arg) return undefined
  // Answered is never unknown: it is the way to ask "do we know yet?".
  if (fn === 'answered') return arg.kind === 'ref' && answer(env.answers[arg.name]) !== undefined
  const value = ev(arg, env)
  switch (fn) {
    case 'age': return isDateLike(value) && isDateLike(env.today) ? dateComputation(AGE, value, env.today) : undefined
    case 'days_since': return isDateLike(value) && isDateLike(env.today) ? dateComputation(DAYS_SINCE, value, env.today) : undefined
    case 'count': return Array.isArray(value) ? value.length : undefined
    case 'departement': return departement(value)
    case 'outre_mer': {
      const code = departement(value)
      return code === undefined ? undefined : code.length === 3
    }
    case 'eee': return typeof value === 'string' ? EEE.has(value) : undefined
    case 'date': return isDateLike(value) ? value : undefined
    default: return undefined
  }
}
