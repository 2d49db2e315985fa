import { describe, expect, it } from 'vitest'
import type { AnswerValue } from '../../../engine/expressions/ast.ts'
import { reasonsFor } from '../../../engine/expressions/explain.ts'
import { parse } from './helpers.ts'

const why = (text: string, answers: Record<string, AnswerValue>) => reasonsFor(parse(text), { answers, today: '2026-03-10' })

describe('reasonsFor: the answers that make a condition true', () => {
  it.each<[string, Record<string, AnswerValue>, string[]]>([
    // Only the true side of an "or" explains it.
    ['enfants_mineurs or lieu_deces == "etranger"', { enfants_mineurs: false, lieu_deces: 'etranger' }, ['lieu_deces']],
    ['enfants_mineurs or lieu_deces == "etranger"', { enfants_mineurs: true, lieu_deces: 'france' }, ['enfants_mineurs']],
    ['enfants_mineurs or lieu_deces == "etranger"', { enfants_mineurs: true, lieu_deces: 'etranger' }, ['enfants_mineurs', 'lieu_deces']],
    // An unanswered side of an "or" is not a reason either.
    ['enfants_mineurs or lieu_deces == "etranger"', { lieu_deces: 'etranger' }, ['lieu_deces']],
    // Every part of an "and" counts, nested "or"s keep only their true sides.
    ['lien == "conjoint" and (enfants_mineurs or age(date_naissance) < 55)', { lien: 'conjoint', enfants_mineurs: false, date_naissance: '1980-01-01' }, ['lien', 'date_naissance']],
    // A negation is explained by what it negates.
    ['not (enfants_mineurs or lieu_deces == "etranger")', { enfants_mineurs: false, lieu_deces: 'france' }, ['enfants_mineurs', 'lieu_deces']],
    ['"salarie" in activites_defunt', { activites_defunt: ['salarie'] }, ['activites_defunt']],
  ])('%s with %j → %j', (text, answers, expected) => {
    expect(why(text, answers)).toEqual(expected)
  })

  it('gives nothing when the condition does not hold', () => {
    expect(why('enfants_mineurs or lieu_deces == "etranger"', { enfants_mineurs: false, lieu_deces: 'france' })).toEqual([])
  })
})
