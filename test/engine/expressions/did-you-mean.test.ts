import { describe, expect, it } from 'vitest'
import { didYouMean, editDistance } from '../../../engine/text/did-you-mean.ts'

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['lein', 'lien', 1], // a transposition is one typo
    ['ca', 'abc', 3], // optimal string alignment, not full Damerau
    ['', 'abc', 3],
    ['date_deces', 'date_deces', 0],
  ])('%s → %s = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
  })

  it('stops early past the limit, answering limit + 1', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3)
    expect(editDistance('a', 'abcdef', 2)).toBe(3)
  })
})

describe('didYouMean', () => {
  const questions = ['date_deces', 'date_naissance', 'lien', 'lieu_deces', 'activites_defunt']

  it.each([
    ['date_dece', 'date_deces'],
    ['date_décès', 'date_deces'], // accents ignored
    ['Lien', 'lien'], // case ignored
    ['lein', 'lien'],
    ['activite_defunt', 'activites_defunt'],
    ['lieu_deses', 'lieu_deces'],
  ])('%s → %s', (word, suggestion) => {
    expect(didYouMean(word, questions)).toBe(suggestion)
  })

  it('suggests nothing for an exact match or a distant word', () => {
    expect(didYouMean('lien', questions)).toBeUndefined()
    expect(didYouMean('revenus_fiscaux', questions)).toBeUndefined()
    expect(didYouMean('x', ['y', 'z'])).toBeUndefined()
    expect(didYouMean('abc', [])).toBeUndefined()
  })

  it('picks the closest of several candidates, whatever their order', () => {
    expect(didYouMean('conjoin', ['conjointe', 'conjoint'])).toBe('conjoint')
    expect(didYouMean('conjoin', ['conjoint', 'conjointe'])).toBe('conjoint')
  })

  it('accepts any iterable, such as a Map’s keys', () => {
    expect(didYouMean('pacse', new Map([['pacs', 1]]).keys())).toBe('pacs')
  })
})
