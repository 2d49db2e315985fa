import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AnswerValue, DurationUnit, Expr, ExpressionProblem } from '../../../engine/expressions/ast.ts'
import { FUNCTION_NAMES } from '../../../engine/expressions/ast.ts'
import { checkExpression } from '../../../engine/expressions/check.ts'
import { evaluate, isTrue } from '../../../engine/expressions/evaluate.ts'
import { parseExpression } from '../../../engine/expressions/parse.ts'
import { references, stripSpans } from '../../../engine/expressions/references.ts'
import { addDays, addMonths, addYears, daysBetween, fullYearsBetween } from '../../../engine/dates/iso-date.ts'
import { expectSpansNested, parse as parseOk, scope } from './helpers.ts'

const VALID = [
  'lien == "conjoint" and age(date_naissance) < 55',
  'date_deces >= today - 6 months',
  '"salarie" in activites_defunt',
  'lien in ["conjoint", "pacs"] and not enfants_mineurs',
  'date_deces >= date("2024-07-12")',
  '(answered(pays) and eee(pays)) or departement(commune) == "2A" or outre_mer(commune)',
  'count(activites_defunt) >= 2 && days_since(date_deces) <= 30 || !enfants_mineurs',
  "date_deces + 14 jours >= today and nombre_enfants - 1 > -2 and lieu_deces != 'etranger'",
]

const TOKENS = [
  ...scope.keys(), 'today', 'inconnu', ...FUNCTION_NAMES, 'foo',
  '"conjoint"', "'pacs'", '"2024-07-12"', '"FR"', '"2A"', '55', '6', '1.5', '0', 'true', 'false', 'null', 'this',
  'months', 'jours', 'ans', 'semaines', 'mois', 'moi',
  'and', 'or', 'not', 'in', 'et', 'AND', '==', '!=', '<', '<=', '>', '>=', '+', '-', '&&', '||', '!',
  '=', '===', '*', '/', '%', '?', ':', '.', '?.', '(', ')', '[', ']', ',', ';', '"', "'", '\\',
  '«', '»', '≥', '–', '“', '\u00a0', '😀', '$', '#', '{', '}', '`',
]
const SEPARATORS = ['', ' ', ' ', '  ', '\t', '\n', '\u00a0']

const tokenSoup = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...SEPARATORS)), { maxLength: 25 })
  .map((parts) => parts.map(([token, separator]) => token + separator).join(''))

const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 3 })) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat() }),
)
const mutated = fc
  .tuple(fc.constantFrom(...VALID), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, mutations]) =>
    mutations.reduce((current, m) => {
      const at = current.length === 0 ? 0 : m.at % (current.length + 1)
      if (m.op === 'delete') return current.slice(0, at) + current.slice(at + m.count)
      if (m.op === 'insert') return current.slice(0, at) + m.text + current.slice(at)
      if (at + 1 >= current.length) return current
      return current.slice(0, at) + current[at + 1] + current[at] + current.slice(at + 2)
    }, text),
  )

const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const answerValue = fc.oneof(
  isoDate,
  fc.constantFrom('conjoint', 'pacs', 'salarie', '97411', '2A004', '75056', 'FR', 'CH', '2026-01-31', '', 'hier'),
  fc.array(fc.constantFrom('salarie', 'retraite', 'x')),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.anything(),
)
const answers = fc.dictionary(fc.constantFrom(...scope.keys(), 'inconnu', 'constructor', 'toString'), answerValue)
const today = fc.oneof(isoDate, fc.constant('2026-03-10'), fc.string({ maxLength: 12 }))

function expectWithin(problem: ExpressionProblem, text: string): void {
  expect(problem.message).toBeTypeOf('string')
  expect(problem.message.length).toBeGreaterThan(0)
  expect(Number.isInteger(problem.offset) && Number.isInteger(problem.length)).toBe(true)
  expect(problem.offset).toBeGreaterThanOrEqual(0)
  expect(problem.offset).toBeLessThanOrEqual(text.length)
  expect(problem.length).toBeGreaterThanOrEqual(0)
  expect(problem.offset + problem.length).toBeLessThanOrEqual(text.length)
}

/** Everything an expression goes through, from the YAML file to the browser. */
function exercise(text: string, given: Record<string, unknown> = {}, day = '2026-03-10'): void {
  const result = parseExpression(text)
  if (!result.ok) return expectWithin(result.problem, text)
  expectSpansNested(result.ast, text)
  for (const expect of ['boolean', 'date'] as const) {
    for (const problem of checkExpression(result.ast, scope, { expect }).problems) expectWithin(problem, text)
  }
  const env = { answers: given as Record<string, AnswerValue>, today: day }
  const value = evaluate(result.ast, env)
  expect(evaluate(stripSpans(result.ast), env)).toEqual(value)
  expect(isTrue(result.ast, env)).toBe(value === true)
  for (const name of references(result.ast)) expect(text).toContain(name)
}

describe('properties: parse, check and evaluate never throw', () => {
  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => exercise(text)), { numRuns: 1000 })
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => exercise(text)), { numRuns: 500 })
  })

  it('on soups of our grammar’s tokens', () => {
    fc.assert(fc.property(tokenSoup, answers, today, exercise), { numRuns: 3000 })
  })

  it('on mutations of valid expressions', () => {
    fc.assert(fc.property(mutated, answers, today, exercise), { numRuns: 3000 })
  })

  it('on valid expressions with any answers and any today', () => {
    fc.assert(fc.property(fc.constantFrom(...VALID), answers, today, exercise), { numRuns: 1000 })
  })

  it('gives the same result for a text whatever was parsed before', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID), fc.oneof(tokenSoup, mutated), (text, noise) => {
        const first = parseExpression(text)
        parseExpression(noise)
        expect(parseExpression(text)).toEqual(first)
      }),
      { numRuns: 500 },
    )
  })
})

describe('properties: date arithmetic matches the iso-date helpers', () => {
  const units = { days: 'days', months: 'months', years: 'years' } as const
  it('for any date, amount and unit, evaluated many times in a row (memo slots are shared)', () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: -500, max: 500 }), fc.constantFrom('days', 'months', 'years' as const), (d, day, n, unit) => {
        const env = { answers: { d }, today: day }
        const shifted = evaluate(parseOk(`d + ${n} ${units[unit]}`), env)
        const expected = unit === 'days' ? addDays(d, n) : unit === 'months' ? addMonths(d, n) : addYears(d, n)
        expect(shifted).toBe(expected)
        expect(evaluate(parseOk('age(d)'), env)).toBe(fullYearsBetween(d, day))
        expect(evaluate(parseOk('days_since(d)'), env)).toBe(daysBetween(d, day))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('properties: random trees', () => {
  const units: DurationUnit[] = ['days', 'weeks', 'months', 'years']
  const leaf: fc.Arbitrary<Expr> = fc.oneof(
    fc.record({ kind: fc.constant('literal' as const), value: fc.oneof(fc.string(), fc.double(), fc.boolean(), isoDate) }),
    fc.record({ kind: fc.constant('duration' as const), amount: fc.integer({ min: -1e7, max: 1e7 }), unit: fc.constantFrom(...units) }),
    fc.constant<Expr>({ kind: 'today' }),
    fc.record({ kind: fc.constant('ref' as const), name: fc.constantFrom(...scope.keys(), 'inconnu', '__proto__') }),
  )
  const { tree } = fc.letrec<{ tree: Expr }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({ kind: fc.constant('not' as const), operand: tie('tree') }),
      fc.record({ kind: fc.constant('negate' as const), operand: tie('tree') }),
      fc.record({ kind: fc.constant('logical' as const), op: fc.constantFrom('and' as const, 'or' as const), left: tie('tree'), right: tie('tree') }),
      fc.record({ kind: fc.constant('compare' as const), op: fc.constantFrom('==' as const, '!=' as const, '<' as const, '>=' as const), left: tie('tree'), right: tie('tree') }),
      fc.record({ kind: fc.constant('in' as const), left: tie('tree'), right: tie('tree') }),
      fc.record({ kind: fc.constant('arith' as const), op: fc.constantFrom('+' as const, '-' as const), left: tie('tree'), right: tie('tree') }),
      fc.record({ kind: fc.constant('list' as const), items: fc.array(tie('tree'), { maxLength: 3 }) }),
      fc.record({ kind: fc.constant('call' as const), fn: fc.constantFrom(...FUNCTION_NAMES, 'agee'), args: fc.array(tie('tree'), { maxLength: 2 }) }),
    ),
  }))

  it('check and evaluate never throw, and evaluation is a Value', () => {
    fc.assert(
      fc.property(tree, answers, today, (ast, given, day) => {
        const checked = checkExpression(ast, scope)
        for (const problem of checked.problems) expect(problem.offset).toBe(0) // no spans: offset 0
        const value = evaluate(ast, { answers: given as Record<string, AnswerValue>, today: day })
        expect(['undefined', 'string', 'number', 'boolean', 'object']).toContain(typeof value)
        expect(stripSpans(ast)).toEqual(ast)
      }),
      { numRuns: 2000 },
    )
  })
})
