import { describe, expect, it } from 'vitest'
import type { Expr } from '../../../engine/expressions/ast.ts'
import { checkExpression, type CheckOptions } from '../../../engine/expressions/check.ts'
import { parse, pointedAt, scope } from './helpers.ts'

function check(text: string, options?: CheckOptions) {
  const result = checkExpression(parse(text), scope, options)
  return { ...result, problems: result.problems.map((p) => ({ ...p, at: pointedAt(text, p) })) }
}
/** The single problem of `text`. */
function problem(text: string, options?: CheckOptions) {
  const { problems } = check(text, options)
  expect(problems, text).toHaveLength(1)
  return problems[0]!
}

describe('checkExpression: valid conditions', () => {
  it.each([
    'lien == "conjoint" and age(date_naissance) < 55',
    'date_deces >= today - 6 months',
    '"salarie" in activites_defunt',
    'lien in ["conjoint", "pacs"] and not enfants_mineurs',
    'date_deces >= date("2024-07-12")',
    'not lien == "conjoint"',
    'lieu_deces != "etranger" or answered(pays)',
    'days_since(date_deces) <= 30 and count(activites_defunt) >= 2',
    'departement(commune) == "2A" or outre_mer(commune)',
    'eee(pays) and pays != "FR"',
    'nombre_enfants + 1 > 2',
    'date_deces + 14 jours >= today',
    '6 months + date_deces > today',
    'enfants_mineurs == false',
    'prenom == "Jean"',
    'today >= date("2026-07-01")', // a rule that switches on at a fixed date is not constant
  ])('%s', (text) => {
    expect(check(text)).toEqual({ type: { kind: 'boolean' }, problems: [] })
  })

  it('types a date for min/max', () => {
    expect(check('today - 2 years', { expect: 'date' })).toEqual({ type: { kind: 'date' }, problems: [] })
    expect(check('date("2020-01-01")', { expect: 'date' }).problems).toEqual([])
  })
})

describe('checkExpression: problems', () => {
  it('rejects an option that does not exist, suggesting the closest', () => {
    expect(problem('lien == "conjoin"')).toEqual({
      message: '« conjoin » n\'est pas une réponse possible à « lien ». Vouliez-vous dire « conjoint » ?',
      suggestion: 'conjoint',
      offset: 8,
      length: 9,
      at: '"conjoin"',
    })
    expect(problem('"conjoin" != lien').suggestion).toBe('conjoint')
    expect(problem('lien in ["conjoint", "pacse"]')).toMatchObject({ suggestion: 'pacs', at: '"pacse"' })
    expect(problem('"salarié" in activites_defunt')).toMatchObject({ suggestion: 'salarie', at: '"salarié"' })
    expect(problem('lien == "inconnu"').message).toMatch(/\(réponses : conjoint, pacs, autre\)/)
  })

  it('names unknown questions and suggests the closest one', () => {
    expect(problem('date_dece >= today - 6 months')).toEqual({
      message: 'Question inconnue « date_dece ». Vouliez-vous dire « date_deces » ?',
      suggestion: 'date_deces',
      offset: 0,
      length: 9,
      at: 'date_dece',
    })
    expect(problem('"salarie" in activites_defun').at).toBe('activites_defun')
    expect(problem('revenu_fiscal > 3').message).toBe('Question inconnue « revenu_fiscal ».')
    expect(problem('age > 18').message).toMatch(/« age » est une fonction/)
  })

  it('suggests date("…") when a date is compared with a text', () => {
    expect(problem('date_deces >= "2024-07-12"')).toMatchObject({ suggestion: 'date("2024-07-12")', at: '"2024-07-12"' })
    expect(problem('"hier" == today').message).toMatch(/date\("AAAA-MM-JJ"\)/)
  })

  it('requires booleans around and, or, not', () => {
    expect(problem('lien and enfants_mineurs')).toMatchObject({ at: 'lien', message: expect.stringMatching(/« and » relie deux conditions.*un texte/) })
    expect(problem('enfants_mineurs or nombre_enfants')).toMatchObject({ at: 'nombre_enfants' })
    expect(problem('not date_deces').at).toBe('date_deces')
  })

  it('requires the same type on both sides of == and numbers or dates for <', () => {
    expect(problem('lien == 3').message).toBe('on ne peut pas comparer un texte et un nombre')
    expect(problem('enfants_mineurs == "oui"').at).toBe('enfants_mineurs == "oui"')
    expect(problem('lien < "pacs"').message).toMatch(/« < » compare deux nombres ou deux dates/)
    expect(problem('date_deces > 3').message).toMatch(/une date et un nombre/)
    expect(problem('activites_defunt == activites_defunt').message).toMatch(/in/)
  })

  it('types in: a text in a list', () => {
    expect(problem('"salarie" in lien').at).toBe('lien')
    expect(problem('activites_defunt in "salarie"').message).toMatch(/écrivez "salarie" in/)
    expect(problem('3 in activites_defunt').at).toBe('3')
    expect(problem('lien in ["conjoint", 3]').at).toBe('3')
  })

  it('allows date ± duration and number ± number, nothing else', () => {
    expect(problem('lien + date_deces > today').message).toBe('on ne peut pas ajouter un texte et une date')
    expect(problem('date_deces - lien > today').message).toBe("on ne peut pas soustraire un texte d'une date")
    expect(problem('date_deces + 14 > today')).toMatchObject({ suggestion: '14 days', at: '14' })
    expect(problem('today - date_deces > 3').message).toMatch(/days_since/)
    expect(problem('6 months - today > date_deces').message).toBe("on ne peut pas soustraire une date d'une durée")
  })

  it('checks function names, arity and arguments', () => {
    expect(problem('age(date_naissance, date_deces) > 3').message).toBe('« age » attend 1 argument, pas 2')
    expect(problem('age(lien) > 3')).toMatchObject({ at: 'lien', message: expect.stringMatching(/« age » attend une date, or ceci est un texte/) })
    expect(problem('count(lien) > 1').at).toBe('lien')
    expect(problem('answered("lien")').message).toMatch(/nom d'une question/)
    expect(problem('answered(lein)').suggestion).toBe('lien')
    expect(problem('date_deces > date(today)').message).toMatch(/date fixe/)
    expect(problem('date_deces > date("2024-02-30")').message).toMatch(/n'est pas une date valide/)
    expect(problem('eee(commune)').message).toBe('« eee » attend un pays')
    expect(problem('outre_mer(pays)').message).toBe('« outre_mer » attend une commune')
    const call: Expr = { kind: 'call', fn: 'agee', args: [{ kind: 'ref', name: 'date_naissance' }], start: 0, end: 20 }
    expect(checkExpression(call, scope).problems[0]).toMatchObject({ suggestion: 'age', offset: 0, length: 20 })
  })

  it('checks the shape of codes: countries, communes, départements', () => {
    expect(problem('pays == "fr"')).toMatchObject({ suggestion: 'FR', at: '"fr"' })
    expect(problem('commune == "Paris"').message).toMatch(/code INSEE/)
    expect(problem('departement(commune) == "2a"').suggestion).toBe('2A')
    expect(problem('departement(commune) == "750"').message).toMatch(/code de département/)
    expect(problem('eee("France")').message).toMatch(/code de pays/)
    expect(check('departement(commune) in ["971", "972", "2B", "01"]').problems).toEqual([])
  })

  it('requires the expected type at the top', () => {
    expect(problem('date_deces')).toMatchObject({ message: 'une condition doit valoir vrai ou faux, or ceci est une date', at: 'date_deces' })
    expect(problem('lien == "pacs"', { expect: 'date' }).message).toMatch(/une date est attendue ici/)
    expect(problem('today + 3', { expect: 'date' }).suggestion).toBe('3 days')
  })

  it('flags conditions that depend on no answer', () => {
    expect(problem('1 == 1').message).toMatch(/toujours vraie ou toujours fausse/)
    expect(problem('true').at).toBe('true')
  })

  it('does not pile up errors: one mistake, one problem', () => {
    expect(check('date_dece >= today - 6 months and lien == "conjoint"').problems).toHaveLength(1)
    expect(check('age(date_nais) < 55 and not enfants_mineurs').problems).toHaveLength(1)
  })
})

describe('checkExpression never throws', () => {
  it('on a malformed tree', () => {
    for (const bad of [{ kind: 'bogus' }, { kind: 'logical', op: 'and' }, null, { kind: 'call', fn: 'age' }]) {
      const result = checkExpression(bad as unknown as Expr, scope)
      expect(result.problems.length).toBeGreaterThan(0)
    }
  })

  it('on a tree deeper than the stack', () => {
    let deep: Expr = { kind: 'ref', name: 'enfants_mineurs' }
    for (let i = 0; i < 200_000; i++) deep = { kind: 'not', operand: deep }
    expect(checkExpression(deep, scope).problems[0]?.message).toMatch(/imbriquée/)
  })
})
