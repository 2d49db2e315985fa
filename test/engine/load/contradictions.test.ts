/**
 * Issue 13, checks: contradictions that used to pass every check, and advice given
 * where the editor can act on it.
 */
import { describe, expect, it } from 'vitest'
import { BASE_JOURNEY, compile, SHARED_YAML } from '../helpers.ts'

function variant(from: string, to: string): string {
  if (!BASE_JOURNEY.includes(from)) throw new Error(`fragment not found: ${from}`)
  return BASE_JOURNEY.replace(from, to)
}
const lineOf = (yaml: string, text: string) => yaml.split('\n').findIndex((l) => l.includes(text)) + 1

describe('contradictions', () => {
  it('a démarche that starts after its deadline', () => {
    const yaml = variant(
      '    deadline: { from: date_deces, add: 1, unit: jours_ouvres }\n',
      '    deadline: { from: date_deces, add: 1, unit: jours_ouvres }\n    start: { from: date_deces, add: 2, unit: semaines }\n',
    )
    const found = compile(yaml).diagnostics.filter((d) => d.code === 'contradiction')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'error', line: lineOf(yaml, '    start: {') })
    expect(found[0]!.message).toBe(
      "« declarer » commence (2 semaines après « date_deces ») après sa date limite (1 jours ouvres après « date_deces ») : l'usager lirait « À partir du … » après « À faire avant le … ». Vérifiez start et deadline.",
    )
  })

  it('a start before the deadline is fine', () => {
    const yaml = variant(
      '    deadline: { from: date_deces, add: 1, unit: jours_ouvres }\n',
      '    deadline: { from: date_deces, add: 2, unit: semaines }\n    start: { from: date_deces, add: 3, unit: jours }\n',
    )
    expect(compile(yaml).diagnostics.filter((d) => d.code === 'contradiction')).toEqual([])
  })

  it('a reviewed date in the future', () => {
    const yaml = variant('reviewed: 2026-11-01', 'reviewed: 2099-01-01')
    const found = compile(yaml).diagnostics.filter((d) => d.code === 'contradiction')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ line: lineOf(yaml, 'reviewed:'), column: 11 })
    expect(found[0]!.message).toMatch(/^La date de relecture 2099-01-01 est dans le futur \(nous sommes le \d{4}-\d\d-\d\d\) : .*« fiche modifiée »/)
  })
})

describe('an unused shared question', () => {
  it('is reported at the journey’s use: line, not in _shared/', () => {
    const yaml = variant('questions:\n', 'questions:\n  - use: date_naissance\n')
    const found = compile(yaml, { shared: SHARED_YAML }).diagnostics.filter((d) => d.code === 'unused-question')
    expect(found).toEqual([
      expect.objectContaining({
        file: 'journeys/test.yaml',
        line: lineOf(yaml, '- use: date_naissance'),
        column: 10,
        severity: 'warning',
        message:
          'La réponse à la question partagée « date_naissance » ne change aucune démarche de ce parcours : retirez cette ligne use:, ou utilisez la réponse dans une condition ou un délai.',
      }),
    ])
  })
})

describe('duplicate ids', () => {
  it('name the line of the first one', () => {
    const yaml = variant('  - id: reversion\n', '  - id: declarer\n')
    const found = compile(yaml).diagnostics.filter((d) => d.code === 'duplicate-id')
    expect(found).toHaveLength(1)
    const lines = yaml.split('\n').map((l, i) => [l, i + 1] as const).filter(([l]) => l === '  - id: declarer').map(([, n]) => n)
    expect(found[0]!.line).toBe(lines[1])
    expect(found[0]!.message).toBe(`La démarche « declarer » est définie deux fois (déjà ligne ${lines[0]}) : renommez l'une des deux.`)
  })

  it('for questions and options too', () => {
    const yaml = variant('  - id: date_deces\n', '  - id: lieu\n')
    const question = compile(yaml).diagnostics.find((d) => d.code === 'duplicate-id')
    expect(question?.message).toBe(`La question « lieu » apparaît deux fois dans le parcours (déjà ligne ${lineOf(yaml, '  - id: lieu')}).`)
    const option = compile(variant('      - { value: autre, label: Autre }', '      - { value: conjoint, label: Autre }')).diagnostics.find((d) => d.code === 'duplicate-id')
    expect(option?.message).toMatch(/^L'option « conjoint » apparaît deux fois \(déjà ligne \d+\)\.$/)
  })
})
