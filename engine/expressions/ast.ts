/**
 * The condition language's syntax tree and value types.
 *
 * Parsed once (in Node, when a journey is loaded) and shipped to the browser inside
 * the compiled journey, so the widget evaluates conditions without a parser.
 * `start`/`end` are offsets in the expression text, used for error positions; the
 * compiler strips them from what it ships.
 * @module
 */

export type DurationUnit = 'days' | 'weeks' | 'months' | 'years'

interface Span {
  start?: number
  end?: number
}

export type Expr =
  | ({ kind: 'literal'; value: string | number | boolean } & Span)
  | ({ kind: 'duration'; amount: number; unit: DurationUnit } & Span)
  | ({ kind: 'today' } & Span)
  | ({ kind: 'ref'; name: string } & Span)
  | ({ kind: 'list'; items: Expr[] } & Span)
  | ({ kind: 'not'; operand: Expr } & Span)
  | ({ kind: 'negate'; operand: Expr } & Span)
  | ({ kind: 'logical'; op: 'and' | 'or'; left: Expr; right: Expr } & Span)
  | ({ kind: 'compare'; op: '==' | '!=' | '<' | '<=' | '>' | '>='; left: Expr; right: Expr } & Span)
  | ({ kind: 'in'; left: Expr; right: Expr } & Span)
  | ({ kind: 'arith'; op: '+' | '-'; left: Expr; right: Expr } & Span)
  | ({ kind: 'call'; fn: string; args: Expr[] } & Span)

/**
 * What a question's answer (or a sub-expression) is, for type-checking.
 * `options` lists the allowed values of a single/multiple choice question, so that
 * `lien == "conjoin"` is caught at load time.
 */
export type ValueType =
  | { kind: 'boolean' }
  | { kind: 'number' }
  | { kind: 'date' }
  | { kind: 'duration' }
  | { kind: 'string'; options?: readonly string[]; domain?: StringDomain }
  | { kind: 'list'; options?: readonly string[] }

/**
 * What a text holds, so literals compared with it can be checked: a country is an ISO
 * code (`FR`), a commune an INSEE code (`75056`), a département what `departement()`
 * returns (`75`, `2A`, `974`).
 */
export type StringDomain = 'country' | 'commune' | 'text' | 'departement'

/** The functions a condition may call; parser, checker and evaluator agree on this list. */
export const FUNCTION_NAMES = ['age', 'days_since', 'answered', 'count', 'departement', 'outre_mer', 'eee', 'date'] as const
export type FunctionName = (typeof FUNCTION_NAMES)[number]

/**
 * An answer as stored: dates are `YYYY-MM-DD`, multiple choices are string arrays;
 * `null` is « Je ne sais pas » to an optional question: answered, but unknown to conditions.
 */
export type AnswerValue = string | number | boolean | string[] | null

/** A value during evaluation. `undefined` means "unknown" (a question not answered). */
export type Value = string | number | boolean | string[] | { duration: number; unit: DurationUnit } | undefined

export interface EvaluationEnv {
  answers: Readonly<Record<string, AnswerValue | undefined>>
  /** Today in Europe/Paris, `YYYY-MM-DD`. */
  today: string
}

/** A problem found in an expression; `offset`/`length` are relative to the expression text. */
export interface ExpressionProblem {
  message: string
  offset: number
  length: number
  suggestion?: string
}
