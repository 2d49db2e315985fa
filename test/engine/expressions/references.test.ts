import { describe, expect, it } from 'vitest'
import { references, stripSpans } from '../../../engine/expressions/references.ts'
import { parse } from './helpers.ts'

describe('references', () => {
  it('lists each question once, in order of appearance, including answered() and function arguments', () => {
    expect(references(parse('lien == "conjoint" and age(date_naissance) < 55 or lien == "pacs"'))).toEqual(['lien', 'date_naissance'])
    expect(references(parse('not answered(pays) or "x" in [autre, lien] and -n < count(activites)'))).toEqual(['pays', 'autre', 'lien', 'n', 'activites'])
  })

  it('does not count today, literals or function names', () => {
    expect(references(parse('today > date("2024-01-01") + 6 months'))).toEqual([])
  })
})

describe('stripSpans', () => {
  it('removes every start/end and leaves the input untouched', () => {
    const ast = parse('lien in ["a", "b"] and not (date_deces >= today - 6 months or age(d) > 3)')
    const before = JSON.stringify(ast)
    const stripped = JSON.stringify(stripSpans(ast))
    expect(stripped).not.toMatch(/"start"|"end"/)
    expect(JSON.stringify(ast)).toBe(before)
    expect(before).toMatch(/"start"/)
    expect(JSON.parse(stripped)).toEqual(stripSpans(parse('lien in ["a","b"] and not (date_deces >= today - 6 months or age(d) > 3)')))
  })
})
