import { readdirSync, readFileSync } from 'node:fs'
import jsep from 'jsep'
import { describe, expect, it } from 'vitest'
import { grammar } from '../../../engine/expressions/grammar.ts'
import { parseExpression } from '../../../engine/expressions/parse.ts'
import { stripSpans } from '../../../engine/expressions/references.ts'
import { expectSpansNested, parse, parseProblem } from './helpers.ts'

const ref = (name: string) => ({ kind: 'ref', name })
const lit = (value: string | number | boolean) => ({ kind: 'literal', value })
const shape = (text: string) => stripSpans(parse(text))

describe('parseExpression: editor examples', () => {
  it('lien == "conjoint" and age(date_naissance) < 55', () => {
    expect(shape('lien == "conjoint" and age(date_naissance) < 55')).toEqual({
      kind: 'logical',
      op: 'and',
      left: { kind: 'compare', op: '==', left: ref('lien'), right: lit('conjoint') },
      right: { kind: 'compare', op: '<', left: { kind: 'call', fn: 'age', args: [ref('date_naissance')] }, right: lit(55) },
    })
  })

  it('date_deces >= today - 6 months', () => {
    expect(shape('date_deces >= today - 6 months')).toEqual({
      kind: 'compare',
      op: '>=',
      left: ref('date_deces'),
      right: { kind: 'arith', op: '-', left: { kind: 'today' }, right: { kind: 'duration', amount: 6, unit: 'months' } },
    })
  })

  it('"salarie" in activites_defunt', () => {
    expect(shape('"salarie" in activites_defunt')).toEqual({ kind: 'in', left: lit('salarie'), right: ref('activites_defunt') })
  })

  it('lien in ["conjoint", "pacs"] and not enfants_mineurs', () => {
    expect(shape('lien in ["conjoint", "pacs"] and not enfants_mineurs')).toEqual({
      kind: 'logical',
      op: 'and',
      left: { kind: 'in', left: ref('lien'), right: { kind: 'list', items: [lit('conjoint'), lit('pacs')] } },
      right: { kind: 'not', operand: ref('enfants_mineurs') },
    })
  })

  it('date_deces >= date("2024-07-12")', () => {
    expect(shape('date_deces >= date("2024-07-12")')).toEqual({
      kind: 'compare',
      op: '>=',
      left: ref('date_deces'),
      right: { kind: 'call', fn: 'date', args: [lit('2024-07-12')] },
    })
  })
})

describe('parseExpression: grammar', () => {
  it('binds or < and < comparisons < in < + -', () => {
    expect(shape('a or b and c')).toMatchObject({ op: 'or', right: { op: 'and' } })
    expect(shape('a and b or c')).toMatchObject({ op: 'or', left: { op: 'and' } })
    expect(shape('a == 1 and b')).toMatchObject({ op: 'and', left: { kind: 'compare' } })
    expect(shape('"x" in l == true')).toMatchObject({ kind: 'compare', left: { kind: 'in' } })
    expect(shape('a + 1 < b - 2')).toMatchObject({ kind: 'compare', left: { kind: 'arith', op: '+' }, right: { kind: 'arith', op: '-' } })
    expect(shape('(a or b) and c')).toMatchObject({ op: 'and', left: { op: 'or' } })
  })

  it('reads `not x == y` as not (x == y), as editors mean it, unless parenthesised', () => {
    expect(shape('not lien == "conjoint"')).toEqual({ kind: 'not', operand: { kind: 'compare', op: '==', left: ref('lien'), right: lit('conjoint') } })
    expect(shape('not "salarie" in activites')).toMatchObject({ kind: 'not', operand: { kind: 'in' } })
    expect(shape('(not a) == b')).toMatchObject({ kind: 'compare', left: { kind: 'not' } })
    expect(shape('not a and b')).toMatchObject({ kind: 'logical', left: { kind: 'not', operand: ref('a') } })
  })

  it('accepts &&, || and ! as aliases', () => {
    expect(shape('a && b || !c')).toEqual(shape('a and b or not c'))
  })

  it.each([
    ['14 days', 14, 'days'], ['1 day', 1, 'days'], ['14 jours', 14, 'days'], ['1 jour', 1, 'days'],
    ['3 weeks', 3, 'weeks'], ['1 week', 1, 'weeks'], ['3 semaines', 3, 'weeks'], ['1 semaine', 1, 'weeks'],
    ['6 months', 6, 'months'], ['1 month', 1, 'months'], ['6 mois', 6, 'months'],
    ['2 years', 2, 'years'], ['1 year', 1, 'years'], ['2 ans', 2, 'years'], ['1 an', 1, 'years'],
    ['2 années', 2, 'years'], ['1 année', 1, 'years'], ['6months', 6, 'months'], ['-6 months', -6, 'months'],
  ])('duration %s', (text, amount, unit) => {
    expect(shape(text)).toEqual({ kind: 'duration', amount, unit })
  })

  it('reads literals, lists and today', () => {
    expect(shape("'pacs'")).toEqual(lit('pacs'))
    expect(shape('true')).toEqual(lit(true))
    expect(shape('false')).toEqual(lit(false))
    expect(shape('-12.5')).toEqual(lit(-12.5))
    expect(shape('today')).toEqual({ kind: 'today' })
    expect(shape('[]')).toEqual({ kind: 'list', items: [] })
    expect(shape('- nombre')).toEqual({ kind: 'negate', operand: ref('nombre') })
  })

  it('treats non-breaking spaces (French keyboards) as spaces', () => {
    expect(shape('lien\u00a0==\u202f"conjoint"')).toEqual(shape('lien == "conjoint"'))
  })

  it('explains a non-breaking space that jsep would glue to a word operator', () => {
    expect(parseProblem('a and\u00a0b')).toMatchObject({ message: expect.stringMatching(/espace spéciale/), offset: 5 })
    expect(parseProblem('not\u00a0a')).toMatchObject({ message: expect.stringMatching(/espace spéciale/), offset: 3 })
    expect(shape('6\u00a0mois')).toEqual({ kind: 'duration', amount: 6, unit: 'months' })
  })

  it('keeps `and`, `or`, `in` inside identifiers as identifiers', () => {
    expect(shape('android or origine or index')).toMatchObject({ left: { left: ref('android'), right: ref('origine') }, right: ref('index') })
  })
})

describe('parseExpression: offsets', () => {
  const text = 'lien in ["conjoint", "pacs"] and (age(date_naissance) < 55 or not enfants_mineurs)'
  const ast = parse(text)

  it('gives every node a span nested in its parent’s', () => {
    expectSpansNested(ast, text)
    expect([ast.start, ast.end]).toEqual([0, text.length])
  })

  it('spans exactly the text of each token', () => {
    const slice = (e: { start?: number; end?: number }) => text.slice(e.start, e.end)
    if (ast.kind !== 'logical' || ast.left.kind !== 'in' || ast.right.kind !== 'logical') throw new Error('shape')
    expect(slice(ast.left.right)).toBe('["conjoint", "pacs"]')
    expect(slice(ast.left)).toBe('lien in ["conjoint", "pacs"]')
    expect(slice(ast.right)).toBe('age(date_naissance) < 55 or not enfants_mineurs')
    expect(slice(ast.right.left)).toBe('age(date_naissance) < 55')
    expect(slice(ast.right.right)).toBe('not enfants_mineurs')
    const duration = parse('today -  6 months ')
    expect(duration.kind === 'arith' && [duration.right.start, duration.right.end]).toEqual([9, 17])
  })
})

describe('parseExpression: errors for editors', () => {
  it.each([
    ['lien = "conjoint"', /« = » n'est pas une comparaison : écrivez « == »/, '='],
    ['lien === "conjoint"', /écrivez « == »/, '==='],
    ['lien <> "conjoint"', /écrivez « != »/, '<>'],
    ['a ≥ b', /écrivez « >= »/, '≥'],
    ['lien == “conjoint”', /écrivez « " »/, '“'],
    ['(lien == "conjoint"', /parenthèse « \( » jamais fermée/, '('],
    ['age(date_naissance < 55', /parenthèse « \( » jamais fermée/, '('],
    ['lien in ["conjoint"', /crochet « \[ » jamais fermé/, '['],
    ['lien == "conjoint', /guillemet « " » jamais fermé/, '"'],
    ['lien == "conjoint")', /parenthèse « \) » en trop/, ')'],
    ['lien.valeur == "x"', /l'accès à une propriété n'est pas permis/, '.'],
    ['activites[0] == "x"', /l'accès à une propriété n'est pas permis/, '['],
    ['nombre_enfants * 2 > 3', /multiplications ne sont pas permises/, '*'],
    ['nombre_enfants % 2', /« % »/, '%'],
    ['a & b', /écrivez « and »/, '&'],
    ['a ? b : c', /« \? » n'est pas permis/, '?'],
    ['lien == "a";', /« ; » inattendu/, ';'],
    [';lien == "a"', /« ; » inattendu/, ';'],
    ['  , lien == "a"', /« , » inattendu/, ','],
    ['lien == "a", b', /« , » inattendu/, ','],
    ['lien "conjoint"', /il manque un opérateur/, '"conjoint"'],
    ['a and', /il manque une valeur après « and »/, 'and'],
    ['and a', /il manque une valeur avant « and »/, 'and'],
    ['a and not', /il manque une valeur après « not »/, 'not'],
    ['lien ==', /il manque une valeur après « == »/, '=='],
    ['a et b', /écrivez « and » au lieu de « et »/, 'et'],
    ['non enfants_mineurs', /écrivez « not » au lieu de « non »/, 'non'],
    ['date_deces > today - 6 moi', /« moi » n'est pas une unité de durée. Vouliez-vous dire « mois » \?/, 'moi'],
    ['today + 1.5 years', /nombre entier/, '1.5'],
    ['agee(date_naissance) > 18', /Fonction inconnue « agee ». Vouliez-vous dire « age » \?/, 'agee'],
    ['today() > x', /« today » s'écrit sans parenthèses/, 'today('],
    ['lien in ["conjoint" "pacs"]', /il manque une virgule/, '"pacs"'],
    ['()', /parenthèses vides/, '()'],
    ['a == .5', /nombre mal écrit/, '.'],
    ['a == b$', /caractère « \$ » inattendu/, '$'],
  ])('%s', (text, message, at) => {
    const problem = parseProblem(text)
    expect(problem.message).toMatch(message)
    expect(problem.at).toBe(at)
  })

  it('suggests the fix when there is one', () => {
    expect(parseProblem('agee(x)').suggestion).toBe('age')
    expect(parseProblem('6 moiss').suggestion).toBe('mois')
    expect(parseProblem('a ou b').suggestion).toBe('or')
  })

  it('reports an empty condition, and a non-text one, without throwing', () => {
    expect(parseProblem('   ').message).toBe('la condition est vide')
    expect(parseExpression(42 as unknown as string)).toMatchObject({ ok: false, problem: { offset: 0 } })
    expect(parseExpression(undefined as unknown as string).ok).toBe(false)
  })

  it('survives nesting deeper than the stack, with an error instead of a crash', () => {
    const deep = '('.repeat(20_000) + 'a' + ')'.repeat(20_000)
    const result = parseExpression(deep)
    expect(result.ok).toBe(false)
    const nots = parseExpression('not '.repeat(2_000) + 'a')
    expect(nots.ok ? 'parsed' : nots.problem.message).toMatch(/imbriquée/)
  })
})

describe('parseExpression: jsep’s global configuration', () => {
  it('does not carry state from a failed parse into the next one', () => {
    const before = parse('not lien == "conjoint"')
    for (const broken of ['(not (a', 'not not', '[a, (b', '"x', 'age(a, ']) parseExpression(broken)
    expect(parse('not lien == "conjoint"')).toEqual(before)
  })

  it('is applied once: registering the grammar again changes nothing', () => {
    const before = parse('not a == b and -c < 2')
    jsep.plugins.register(grammar)
    expect(parse('not a == b and -c < 2')).toEqual(before)
  })
})

describe('engine/expressions runs in browsers', () => {
  const folder = new URL('../../../engine/expressions/', import.meta.url)
  const imports = (file: string) =>
    [...readFileSync(new URL(file, folder), 'utf8').matchAll(/^import (type )?.* from '([^']+)'/gm)].map(([, type, from]) => ({ type: !!type, from: from! }))

  it('imports nothing but our own modules, and jsep only in parse.ts (types only in grammar.ts)', () => {
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
      for (const { type, from } of imports(file)) {
        if (from === 'jsep') expect(file === 'parse.ts' || (file === 'grammar.ts' && type), `${file} imports jsep`).toBe(true)
        else expect(from, file).toMatch(/^\.\.?\/[\w/-]+\.ts$/)
      }
    }
  })
})
