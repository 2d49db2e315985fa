import { describe, expect, it } from 'vitest'
import type { AnswerValue, EvaluationEnv, Expr } from '../../../engine/expressions/ast.ts'
import { evaluate, isTrue } from '../../../engine/expressions/evaluate.ts'
import { parse } from './helpers.ts'

const TODAY = '2026-03-10'
const env = (answers: Record<string, unknown>, today = TODAY): EvaluationEnv => ({
  answers: answers as Record<string, AnswerValue | undefined>,
  today,
})
const run = (text: string, answers: Record<string, unknown> = {}, today = TODAY) => evaluate(parse(text), env(answers, today))

describe('evaluate: editor examples', () => {
  const widow = { lien: 'conjoint', date_naissance: '1975-04-02', date_deces: '2026-03-06' }

  it.each([
    ['lien == "conjoint" and age(date_naissance) < 55', widow, true],
    ['lien == "conjoint" and age(date_naissance) < 55', { ...widow, date_naissance: '1970-03-10' }, false], // 56
    ['lien == "conjoint" and age(date_naissance) < 55', { ...widow, lien: 'pacs' }, false],
    ['date_deces >= today - 6 months', widow, true],
    ['date_deces >= today - 6 months', { date_deces: '2025-09-10' }, true], // exactly 6 months
    ['date_deces >= today - 6 months', { date_deces: '2025-09-09' }, false],
    ['"salarie" in activites_defunt', { activites_defunt: ['retraite', 'salarie'] }, true],
    ['"salarie" in activites_defunt', { activites_defunt: [] }, false],
    ['lien in ["conjoint", "pacs"] and not enfants_mineurs', { lien: 'pacs', enfants_mineurs: false }, true],
    ['lien in ["conjoint", "pacs"] and not enfants_mineurs', { lien: 'pacs', enfants_mineurs: true }, false],
    ['lien in ["conjoint", "pacs"] and not enfants_mineurs', { lien: 'autre', enfants_mineurs: false }, false],
    ['date_deces >= date("2024-07-12")', { date_deces: '2024-07-12' }, true],
    ['date_deces >= date("2024-07-12")', { date_deces: '2024-07-11' }, false],
    ['not lien == "conjoint"', { lien: 'pacs' }, true],
  ])('%s with %j → %s', (text, answers, expected) => {
    expect(run(text, answers)).toBe(expected)
  })
})

describe('evaluate: unknown answers (Kleene logic)', () => {
  const T = { a: true }
  const F = { a: false }
  it.each([
    ['a and b', F, false], // false and unknown = false
    ['b and a', F, false],
    ['a and b', T, undefined],
    ['a or b', T, true], // true or unknown = true
    ['b or a', T, true],
    ['a or b', F, undefined],
    ['not b', {}, undefined],
    ['not a', F, true],
    ['a and b', { a: true, b: true }, true],
    ['a or b', { a: false, b: false }, false],
  ])('%s with %j → %s', (text, answers, expected) => {
    expect(run(text, answers)).toBe(expected)
  })

  it('makes every comparison with a missing answer unknown, and unknown is not true', () => {
    for (const text of ['lien == "conjoint"', 'lien != "conjoint"', 'age(date_naissance) < 55', 'date_deces >= today - 6 months', '"salarie" in activites', 'lien in ["a", "b"]', 'count(activites) > 1', 'nombre + 1 > 2']) {
      expect(run(text), text).toBeUndefined()
      expect(isTrue(parse(text), env({})), text).toBe(false)
    }
  })

  it('is unknown when a literal list holds an unknown item and no known item matches', () => {
    expect(run('lien in ["a", autre]', { lien: 'b' })).toBeUndefined()
    expect(run('lien in ["a", autre]', { lien: 'a' })).toBe(true)
    expect(run('lien in ["a", autre]', { lien: 'b', autre: 'c' })).toBe(false)
  })

  it('never makes answered() unknown', () => {
    expect(run('answered(lien)')).toBe(false)
    expect(run('answered(lien)', { lien: 'pacs' })).toBe(true)
    expect(run('answered(enfants)', { enfants: false })).toBe(true)
    expect(run('answered(activites)', { activites: [] })).toBe(true)
    expect(run('not answered(lien) or lien == "pacs"')).toBe(true)
  })
})

describe('evaluate: dates', () => {
  it.each([
    ['2026-01-31', '1 month', '2026-02-28'], // clamped to the end of February
    ['2024-01-31', '1 month', '2024-02-29'],
    ['2024-02-29', '1 year', '2025-02-28'],
    ['2026-03-31', '-1 mois', '2026-02-28'],
    ['2026-03-10', '2 weeks', '2026-03-24'],
    ['2026-03-10', '3 semaines', '2026-03-31'],
    ['2026-12-25', '14 jours', '2027-01-08'],
    ['2026-03-10', '-6 months', '2025-09-10'],
    ['2026-03-10', '2 ans', '2028-03-10'],
  ])('%s + %s = %s', (date, duration, expected) => {
    expect(run(`d + ${duration}`, { d: date })).toBe(expected)
  })

  it('subtracts, adds a duration on the left, and a negated duration', () => {
    expect(run('today - 6 months')).toBe('2025-09-10')
    expect(run('6 months + today')).toBe('2026-09-10')
    expect(run('today + -(6 months)')).toBe('2025-09-10')
    expect(run('today - 1 year + 1 day')).toBe('2025-03-11')
  })

  it('computes age in full years and days since', () => {
    expect(run('age(d)', { d: '1976-03-10' })).toBe(50) // birthday today
    expect(run('age(d)', { d: '1976-03-11' })).toBe(49)
    expect(run('age(d)', { d: '2000-02-29' }, '2026-02-28')).toBe(25)
    expect(run('days_since(d)', { d: '2026-03-06' })).toBe(4)
    expect(run('days_since(d)', { d: '2025-03-10' })).toBe(365)
    expect(run('days_since(d)', { d: '2026-03-12' })).toBe(-2)
  })

  it('compares dates as ISO strings', () => {
    expect(run('d < date("2026-10-01")', { d: '2026-09-30' })).toBe(true)
    expect(run('d > today', { d: '2027-01-01' })).toBe(true)
    expect(run('today == date("2026-03-10")')).toBe(true)
  })
})

describe('evaluate: functions', () => {
  it.each([
    ['75056', '75'], ['01053', '01'], ['2A004', '2A'], ['2B033', '2B'], ['97411', '974'], ['97105', '971'],
    ['97611', '976'], ['98818', '988'], ['abcde', undefined], ['7505', undefined], [75056, undefined],
  ])('departement(%j) = %j', (commune, expected) => {
    expect(run('departement(c)', { c: commune })).toBe(expected)
  })

  it.each([
    ['97105', true], ['97411', true], ['98735', true], ['75056', false], ['2A004', false], ['xx', undefined],
  ])('outre_mer(%j) = %j', (commune, expected) => {
    expect(run('outre_mer(c)', { c: commune })).toBe(expected)
  })

  it.each([
    ['FR', true], ['DE', true], ['GR', true], ['HR', true], ['IS', true], ['LI', true], ['NO', true], ['CH', true],
    ['GB', false], ['MA', false], ['US', false], ['TR', false], ['UA', false],
  ])('eee(%s) = %s', (country, expected) => {
    expect(run('eee(p)', { p: country })).toBe(expected)
  })

  it('counts choices and does arithmetic on numbers', () => {
    expect(run('count(a)', { a: ['x', 'y'] })).toBe(2)
    expect(run('count(a)', { a: [] })).toBe(0)
    expect(run('n + 1 - 3', { n: 5 })).toBe(3)
    expect(run('-n', { n: 5 })).toBe(-5)
    expect(run('n >= 3', { n: 3 })).toBe(true)
  })
})

describe('evaluate: wrong runtime types are unknown, never errors', () => {
  it.each([
    ['date_deces >= today - 6 months', { date_deces: 42 }],
    ['date_deces >= today - 6 months', { date_deces: 'hier' }],
    ['date_deces + 1 month > today', { date_deces: 'abcd-ef-gh' }],
    ['age(d) > 3', { d: '2020/01/01' }],
    ['"salarie" in activites', { activites: 'salarie' }],
    ['count(activites) > 1', { activites: 'ab' }],
    ['lien == "conjoint"', { lien: null }],
    ['lien == "conjoint"', { lien: { value: 'conjoint' } }],
    ['n > 3', { n: Number.NaN }],
    ['n > 3', { n: '5' }],
    ['a and b', { a: 'yes', b: true }],
    ['not a', { a: 1 }],
    ['constructor == "x"', {}],
    ['answered(toString) or toString == "x"', {}],
    ['today + 999999999 years > today', {}],
    ['b < true', { b: false }],
  ])('%s with %j', (text, answers) => {
    expect(run(text, answers)).toBeFalsy()
    expect(isTrue(parse(text), env(answers))).toBe(false)
  })

  it('treats a malformed today as unknown', () => {
    expect(run('today > date("2020-01-01")', {}, 'demain')).toBeUndefined()
    expect(run('age(d)', { d: '2000-01-01' }, '')).toBeUndefined()
  })

  it('survives malformed trees and environments', () => {
    const bad = [{ kind: 'bogus' }, { kind: 'logical', op: 'and' }, { kind: 'call', fn: 'age', args: [] }, null] as unknown as Expr[]
    for (const ast of bad) expect(() => evaluate(ast, env({}))).not.toThrow()
    expect(evaluate(parse('a == 1'), undefined as unknown as EvaluationEnv)).toBeUndefined()
    let deep: Expr = { kind: 'ref', name: 'a' }
    for (let i = 0; i < 200_000; i++) deep = { kind: 'not', operand: deep }
    expect(isTrue(deep, env({ a: true }))).toBe(false)
  })
})
