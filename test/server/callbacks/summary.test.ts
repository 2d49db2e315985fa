/** The summary shown to the agent, built from the usager's raw answers: in words, names not codes. */
import { describe, expect, it } from 'vitest'
import { buildSummary } from '../../../server/callbacks/summary.ts'
import { compileOk } from '../../engine/helpers.ts'

const journey = compileOk(`id: test
title: Test
description: Un parcours.
version: 3
reviewed: 2026-11-24
sources: [F909]
questions:
  - id: commune
    type: commune
    label: Dans quelle commune ?
    short: Commune
  - id: pays
    type: country
    label: Dans quel pays ?
    short: Pays
tasks:
  - id: mairie
    title: Aller à la mairie
    when: departement(commune) == "69" or eee(pays)
    organisation: { name: Mairie }
`)

describe('buildSummary', () => {
  it('names communes and countries for the agent, with the plan', () => {
    const result = buildSummary(journey, { commune: '69123', pays: 'MA' }, '2026-11-24')
    expect(result).toEqual({
      summary: {
        journeyVersion: 3,
        answers: [
          { id: 'commune', label: 'Commune', answer: 'Lyon (69)' },
          { id: 'pays', label: 'Pays', answer: 'Maroc' },
        ],
        tasks: [{ id: 'mairie', title: 'Aller à la mairie', period: expect.any(String), mandatory: true, kind: 'todo' }],
      },
    })
  })

  it('refuses an answer that is not one, field by field', () => {
    const result = buildSummary(journey, { commune: 'Lyon', pays: 'MA' }, '2026-11-24')
    expect('errors' in result && result.errors.map((e) => e.field)).toEqual(['summary.answers.commune'])
  })
})
