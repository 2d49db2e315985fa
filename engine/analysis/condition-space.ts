/**
 * Decides whether a condition can ever be true, or is always true, by evaluating it
 * over a small set of representative answers.
 *
 * Candidates come from the condition itself: each option of a choice question, each
 * number literal and its neighbours, dates on either side of every `today - N months`
 * or `age(x) < N` boundary. Questions are made unanswered exactly when their own
 * `when` is false, so "asked only if married" is taken into account; an optional
 * question is also tried answered « Je ne sais pas ». Past a fixed
 * number of combinations the verdict is "unknown" rather than a guess.
 * @module
 */
import { addDays, addMonths, addYears } from '../dates/iso-date.ts'
import type { AnswerValue, DurationUnit, Expr } from '../expressions/ast.ts'
import { isTrue, references } from '../expressions/index.ts'
import type { CompiledJourney, CompiledQuestion } from '../journey/types.ts'

export type Verdict = 'always-true' | 'always-false' | 'depends' | 'unknown'

const MAX_COMBINATIONS = 4096
/** With at least two candidates each, more questions than this exceed MAX_COMBINATIONS. */
const MAX_QUESTIONS = 12

interface Pool {
  numbers: Set<number>
  strings: Set<string>
  durations: { amount: number; unit: DurationUnit }[]
  dates: Set<string>
}

function collect(expr: Expr, pool: Pool): void {
  switch (expr.kind) {
    case 'literal':
      if (typeof expr.value === 'number') pool.numbers.add(expr.value)
      if (typeof expr.value === 'string') pool.strings.add(expr.value)
      return
    case 'duration':
      pool.durations.push({ amount: expr.amount, unit: expr.unit })
      return
    case 'call':
      if (expr.fn === 'date' && expr.args[0]?.kind === 'literal') pool.dates.add(String(expr.args[0].value))
      expr.args.forEach((a) => collect(a, pool))
      return
    case 'list':
      expr.items.forEach((i) => collect(i, pool))
      return
    case 'not':
    case 'negate':
      collect(expr.operand, pool)
      return
    case 'logical':
    case 'compare':
    case 'in':
    case 'arith':
      collect(expr.left, pool)
      collect(expr.right, pool)
      return
    default:
      return
  }
}

function shift(date: string, amount: number, unit: DurationUnit): string {
  switch (unit) {
    case 'days':
      return addDays(date, amount)
    case 'weeks':
      return addDays(date, amount * 7)
    case 'months':
      return addMonths(date, amount)
    case 'years':
      return addYears(date, amount)
  }
}

export class ConditionSpace {
  private readonly byId: Map<string, CompiledQuestion>
  private readonly index: Map<string, number>
  private readonly closures = new Map<string, string[] | undefined>()

  constructor(
    journey: CompiledJourney,
    private readonly today: string,
  ) {
    this.byId = new Map(journey.questions.map((q) => [q.id, q]))
    this.index = new Map(journey.questions.map((q, i) => [q.id, i]))
  }

  /**
   * The questions an expression depends on, directly or through their own `when`, in
   * asking order; `undefined` past MAX_QUESTIONS (too many combinations to enumerate).
   * Closures are memoised per question, so a long chain of conditions stays linear.
   */
  private closure(expr: Expr): string[] | undefined {
    const found = new Set<string>()
    for (const id of references(expr)) {
      const sub = this.questionClosure(id)
      if (!sub) return undefined
      sub.forEach((c) => found.add(c))
      if (found.size > MAX_QUESTIONS) return undefined
    }
    return [...found].sort((a, b) => this.index.get(a)! - this.index.get(b)!)
  }

  private questionClosure(id: string): string[] | undefined {
    if (this.closures.has(id)) return this.closures.get(id)
    const question = this.byId.get(id)
    if (!question) return []
    this.closures.set(id, undefined) // guards against cycles (none after compilation, but cheap)
    const found = new Set<string>([id])
    let result: string[] | undefined
    if (question.when) {
      result = this.closure(question.when)
      result?.forEach((c) => found.add(c))
    }
    result = question.when && result === undefined ? undefined : found.size > MAX_QUESTIONS ? undefined : [...found]
    this.closures.set(id, result)
    return result
  }

  /** An optional question may also be answered « Je ne sais pas » (`null`, unknown to conditions). */
  private candidates(question: CompiledQuestion, pool: Pool): AnswerValue[] {
    const values = this.typedCandidates(question, pool)
    return question.optional ? [...values, null] : values
  }

  private typedCandidates(question: CompiledQuestion, pool: Pool): AnswerValue[] {
    const T = this.today
    switch (question.type) {
      case 'boolean':
        return [true, false]
      case 'single':
        return question.options?.map((o) => o.value) ?? []
      case 'multiple': {
        const values = question.options?.map((o) => o.value) ?? []
        return [[], ...values.map((v) => [v]), values]
      }
      case 'number': {
        const out = new Set<number>([0])
        for (const n of pool.numbers) [n - 1, n, n + 1].forEach((v) => out.add(v))
        return [...out]
      }
      case 'date': {
        const out = new Set<string>([T, addDays(T, -1), addDays(T, 1), addDays(T, -400)])
        for (const d of pool.durations) {
          for (const sign of [-1, 1]) {
            const edge = shift(T, sign * d.amount, d.unit)
            ;[-1, 0, 1].forEach((delta) => out.add(addDays(edge, delta)))
          }
        }
        for (const literal of pool.dates) [-1, 0, 1].forEach((delta) => out.add(addDays(literal, delta)))
        for (const n of pool.numbers) {
          if (!Number.isInteger(n) || Math.abs(n) > 200) continue
          out.add(addYears(T, -n))
          out.add(addDays(addYears(T, -n), 1))
          out.add(addDays(T, -n))
          out.add(addDays(T, -n - 1))
        }
        return [...out]
      }
      case 'commune': {
        const out = new Set<string>(['75056', '97411', '2A004'])
        for (const s of pool.strings) [s, `${s}000`, `${s}00`].forEach((v) => out.add(v))
        return [...out]
      }
      case 'country':
        return [...new Set(['FR', 'MA', ...pool.strings])]
      case 'text':
        return [...new Set(['', 'autre', ...pool.strings])]
    }
  }

  verdict(expr: Expr): Verdict {
    const ids = this.closure(expr)
    if (!ids) return 'unknown'
    const pool: Pool = { numbers: new Set(), strings: new Set(), durations: [], dates: new Set() }
    collect(expr, pool)
    for (const id of ids) {
      const when = this.byId.get(id)!.when
      if (when) collect(when, pool)
    }
    const questions = ids.map((id) => this.byId.get(id)!)
    const values = questions.map((q) => this.candidates(q, pool))
    let combinations = 1
    for (const v of values) {
      combinations *= Math.max(1, v.length)
      if (combinations > MAX_COMBINATIONS) return 'unknown'
    }
    let sawTrue = false
    let sawFalse = false
    const cursor = values.map(() => 0)
    for (let n = 0; n < combinations; n++) {
      const answers: Record<string, AnswerValue | undefined> = {}
      const env = { answers, today: this.today }
      questions.forEach((q, i) => {
        if (q.when && !isTrue(q.when, env)) return
        answers[q.id] = values[i]![cursor[i]!]
      })
      if (isTrue(expr, env)) sawTrue = true
      else sawFalse = true
      if (sawTrue && sawFalse) return 'depends'
      for (let i = cursor.length - 1; i >= 0; i--) {
        cursor[i] = cursor[i]! + 1
        if (cursor[i]! < Math.max(1, values[i]!.length)) break
        cursor[i] = 0
      }
    }
    return sawTrue ? 'always-true' : 'always-false'
  }
}
