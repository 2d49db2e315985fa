import { describe, expect, it } from 'vitest'
import { findCommune, searchCommunes } from '../../engine/node/communes.ts'

describe('communes (@etalab/decoupage-administratif)', () => {
  it('finds a commune by INSEE code, with its département', () => {
    expect(findCommune('75056')).toMatchObject({ nom: 'Paris', departement: '75' })
    expect(findCommune('2A004')).toMatchObject({ nom: 'Ajaccio', departement: '2A' })
    expect(findCommune('97411')).toMatchObject({ nom: 'Saint-Denis', departement: '974' })
    expect(findCommune('00000')).toBeUndefined()
  })

  it('searches by name without accents, largest communes first, and by postcode', () => {
    expect(searchCommunes('saint denis', 2).map((c) => c.code)).toEqual(['97411', '93066'])
    expect(searchCommunes('Besançon', 1)[0]).toMatchObject({ code: '25056' })
    expect(searchCommunes('69003', 3).map((c) => c.nom)).toContain('Lyon 3e Arrondissement')
    expect(searchCommunes('  ')).toEqual([])
  })
})
