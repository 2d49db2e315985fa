import { describe, expect, it } from 'vitest'
import { formatPhone, nationalPhone, normalisePhone } from '../../../server/callbacks/phone.ts'

const e164 = (input: string) => {
  const result = normalisePhone(input)
  return result.ok ? result.e164 : `invalid: ${result.message}`
}

describe('normalisePhone', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['01 23 45 67 89', '+33123456789'],
    ['09 70 12 34 56', '+33970123456'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['+330612345678', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['\u00a006\u202f12 34 56 78 ', '+33612345678'],
  ])('metropolitan %s → %s', (input, expected) => expect(e164(input)).toBe(expected))

  it.each([
    ['0692 12 34 56', '+262692123456'], // La Réunion mobile dialled from France
    ['0262 12 34 56', '+262262123456'], // La Réunion fixed
    ['+262 692 12 34 56', '+262692123456'],
    ['+262 0692 12 34 56', '+262692123456'],
    ['+33 692 12 34 56', '+262692123456'], // +33 with an overseas prefix: the right code
    ['0639 12 34 56', '+262639123456'], // Mayotte mobile
    ['0269 61 23 45', '+262269612345'], // Mayotte fixed
    ['+269 639 12 34 56', '+262639123456'], // Mayotte with its former code
    ['+269 773 12 34', '+2697731234'], // former Mayotte / Comoros numbering, kept as given
    ['0690 12 34 56', '+590690123456'], // Guadeloupe
    ['+590 590 12 34 56', '+590590123456'],
    ['0694 12 34 56', '+594694123456'], // Guyane
    ['+594 594 12 34 56', '+594594123456'],
    ['0696 12 34 56', '+596696123456'], // Martinique
    ['+596 596 12 34 56', '+596596123456'],
    ['+687 75 12 34', '+687751234'], // Nouvelle-Calédonie
    ['+689 87 12 34 56', '+68987123456'], // Polynésie française
    ['+508 41 23 45', '+508412345'], // Saint-Pierre-et-Miquelon
    ['+681 72 12 34', '+681721234'], // Wallis-et-Futuna
  ])('overseas %s → %s', (input, expected) => expect(e164(input)).toBe(expected))

  it.each([
    ['', 'invalid'],
    ['06 12 34 56', 'invalid'],
    ['06 12 34 56 78 90', 'invalid'],
    ['6 12 34 56 78', 'invalid'],
    ['00 12 34 56 78', 'invalid'],
    ['+262 612 34 56 78', 'invalid'], // a metropolitan number with the Réunion code
    ['+687 75 12 34 5', 'invalid'],
    ['06 12 AB 56 78', 'invalid'],
  ])('refuses %j', (input) => expect(normalisePhone(input).ok).toBe(false))

  it('explains why special-rate and foreign numbers are refused', () => {
    expect(e164('08 92 68 12 34')).toMatch(/numéros spéciaux/)
    expect(e164('+44 20 7946 0958')).toMatch(/Seuls les numéros français/)
  })
})

describe('formatPhone', () => {
  it('groups digits as agents read them aloud', () => {
    expect(formatPhone('+33612345678')).toBe('+33 6 12 34 56 78')
    expect(formatPhone('+262692123456')).toBe('+262 692 12 34 56')
    expect(formatPhone('+687751234')).toBe('+687 75 12 34')
  })
})

describe('nationalPhone', () => {
  it('writes numbers as dialled from France, never starting with +', () => {
    expect(nationalPhone('+33612345678')).toBe('06 12 34 56 78')
    expect(nationalPhone('+262692123456')).toBe('0692 12 34 56')
    expect(nationalPhone('+596696123456')).toBe('0696 12 34 56')
    expect(nationalPhone('+687751234')).toBe('+687 75 12 34')
  })
})
