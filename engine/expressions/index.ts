/**
 * The condition language (`when:`): parse and check in Node at load time, evaluate anywhere.
 *
 * The browser widget should import `evaluate.ts` directly rather than this barrel, which
 * also pulls in the parser and jsep.
 * @module
 */
export type { AnswerValue, DurationUnit, EvaluationEnv, Expr, ExpressionProblem, FunctionName, StringDomain, Value, ValueType } from './ast.ts'
export { FUNCTION_NAMES } from './ast.ts'
export { parseExpression, type ParseResult } from './parse.ts'
export { checkExpression, type CheckOptions, type CheckResult } from './check.ts'
export { evaluate, isTrue } from './evaluate.ts'
export { references, stripSpans } from './references.ts'
