import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../../engine/diagnostics.ts'
import { loadCentres, parseCentres } from '../../../server/callbacks/centres.ts'

const problems = (yaml: string) => parseCentres('callbacks.yaml', yaml).diagnostics.map(formatDiagnostic)

const valid = `centres:
  - id: deces
    name: Conseillers
    slotMinutes: 30
    capacity: 3
    minNoticeHours: 2
    horizonDays: 14
    hours:
      monday: ["09:00-12:30"]
`

describe('call centres configuration', () => {
  it('loads the project’s journeys/callbacks.yaml without problems', () => {
    const { centres, diagnostics } = loadCentres('journeys/callbacks.yaml')
    expect(diagnostics.map(formatDiagnostic)).toEqual([])
    expect(centres.size).toBeGreaterThan(0)
    for (const centre of centres.values()) expect(centre.hours.flat().length).toBeGreaterThan(0)
  })

  it('reads a valid file', () => {
    const { centres } = parseCentres('callbacks.yaml', valid)
    expect(centres.get('deces')?.hours[1]).toEqual([{ open: 540, close: 750 }])
  })

  it('points at a misspelt key with its line and a suggestion', () => {
    expect(problems(valid.replace('capacity', 'capacty'))).toEqual([
      'callbacks.yaml:5:5 erreur : Propriété inconnue « capacty ». Vouliez-vous dire « capacity » ?',
    ])
  })

  it('reports a missing key, a wrong type and a malformed range at their place', () => {
    const text = valid.replace('    horizonDays: 14\n', '').replace('capacity: 3', 'capacity: trois').replace('09:00-12:30', '9h-12h30')
    expect(problems(text)).toEqual(
      expect.arrayContaining([
        'callbacks.yaml:2:5 erreur : La propriété « horizonDays » est obligatoire ici.',
        'callbacks.yaml:5:15 erreur : « capacity » doit être un nombre entier.',
        'callbacks.yaml:8:16 erreur : Plage horaire mal écrite « 9h-12h30 » : « HH:MM-HH:MM » attendu (par exemple 09:00-12:30).',
      ]),
    )
  })

  it('checks ranges: order, overlap, whole slots', () => {
    const text = valid.replace('["09:00-12:30"]', '["12:00-09:00", "09:00-10:00", "09:30-11:00", "14:00-14:45"]')
    expect(problems(text)).toEqual([
      'callbacks.yaml:9:16 erreur : La plage 12:00-09:00 finit avant de commencer.',
      'callbacks.yaml:9:46 erreur : La plage 09:30-11:00 chevauche une autre plage du même jour.',
      'callbacks.yaml:9:61 erreur : La plage 14:00-14:45 ne se découpe pas en créneaux entiers de 30 minutes.',
    ])
  })

  it('refuses duplicate centres and YAML syntax errors', () => {
    expect(problems(valid + valid.replace('centres:\n', ''))).toEqual([
      'callbacks.yaml:10:9 erreur : Le centre « deces » est déjà défini plus haut.',
    ])
    expect(problems('centres: [')[0]).toMatch(/^callbacks\.yaml:\d+:\d+ erreur : Syntaxe YAML/)
  })
})
