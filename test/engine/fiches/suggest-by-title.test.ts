/**
 * An unknown fiche id is answered with fiches close by spelling AND by the démarche's
 * title, each named with its title.
 */
import { describe, expect, it } from 'vitest'
import { suggestFiches, suggestionSentence } from '../../../engine/fiches/lookup.ts'
import { buildTitleIndex, fichesByTitle, titleStems } from '../../../engine/fiches/title-match.ts'
import { BASE_JOURNEY, compile } from '../helpers.ts'

describe('fiche suggestions by title', () => {
  it('finds the fiche of « Déclarer le décès » whatever the digits typed', () => {
    const found = suggestFiches('F99999', { title: 'Déclarer le décès' })
    expect(found[0]).toEqual({ id: 'F909', title: 'Déclaration de décès' })
    // The id spelled closest is still offered, after.
    expect(found.map((s) => s.id)).toContain('F33999')
  })

  it('puts first a fiche found both by spelling and by title', () => {
    expect(suggestFiches('F9099', { title: 'Déclarer le décès' })[0]!.id).toBe('F909')
  })

  it('keeps to the kind of reference typed', () => {
    for (const s of suggestFiches('N99999', { title: 'Déclarer le décès' })) expect(s.id).toMatch(/^N/)
  })

  it('offers nothing by title when no fiche shares two words with it', () => {
    const index = buildTitleIndex([
      ['F1', 'Déclaration de décès'],
      ['F2', 'Carte grise : changement d’adresse'],
      ['F3', 'Décès et succession'],
    ])
    expect(fichesByTitle(index, 'Déclarer le décès')).toEqual(['F1'])
    expect(fichesByTitle(index, 'Renouveler un passeport')).toEqual([])
    expect(titleStems('Déclarer les décès')).toEqual(['declar', 'deces'])
  })

  it('words the suggestions with their titles', () => {
    expect(suggestionSentence([{ id: 'F909', title: 'Déclaration de décès' }])).toBe('Vouliez-vous dire F909 (« Déclaration de décès ») ?')
    expect(suggestionSentence([{ id: 'F1', title: 'A' }, { id: 'F2', title: 'B' }, { id: 'F3', title: 'C' }])).toBe('Vouliez-vous dire F1 (« A »), F2 (« B ») ou F3 (« C ») ?')
    expect(suggestionSentence([])).toBe('')
  })

  it('an unknown fiche in a démarche is reported with suggestions by its title', () => {
    const yaml = BASE_JOURNEY.replace('fiche: F909', 'fiche: F99999')
    const d = compile(yaml).diagnostics.find((x) => x.code === 'unknown-fiche')!
    expect(d.message).toMatch(/^Fiche service-public « F99999 » introuvable dans les données DILA\. Vouliez-vous dire F909 \(« Déclaration de décès »\)/)
    expect(d.message).toContain('F33999 (« Licenciement abusif')
    expect(d.suggestion).toBe('F909')
  })
})

describe('an unknown source of the journey', () => {
  it('is suggested by the journey title', () => {
    const yaml = BASE_JOURNEY.replace('title: Parcours de test', 'title: Déclaration de décès').replace('sources: [F16507]', 'sources: [F99999]')
    const d = compile(yaml).diagnostics.find((x) => x.code === 'unknown-fiche')!
    expect(d.message).toContain('F909 (« Déclaration de décès »)')
  })
})
