/**
 * « Pourquoi cette démarche ? » for a multiple choice: only the boxes the condition tests
 * are named, not every box the usager ticked.
 */
import { describe, expect, it } from 'vitest'
import { reasonDetails } from '../../../engine/expressions/explain.ts'
import { buildPlan } from '../../../engine/runtime/plan.ts'
import { parse } from '../expressions/helpers.ts'
import { compileOk, JOURNEY_HEAD } from '../helpers.ts'

const journey = compileOk(`${JOURNEY_HEAD}questions:
  - id: activites
    type: multiple
    label: Quelles étaient ses activités ?
    short: Activités
    options:
      - { value: salarie, label: Salarié }
      - { value: independant, label: Indépendant }
      - { value: fonctionnaire, label: Fonctionnaire }
  - id: enfants
    type: boolean
    label: Des enfants ?
tasks:
  - id: employeur
    title: Prévenir l'employeur
    when: '"salarie" in activites'
    organisation: { name: Employeur }
  - id: caisse
    title: Prévenir la caisse
    when: '"salarie" in activites or "independant" in activites'
    organisation: { name: Caisse }
  - id: nombre
    title: Plusieurs activités
    when: count(activites) >= 2
    organisation: { name: Caisse }
  - id: mixte
    title: Salarié avec enfants
    when: enfants and "salarie" in activites
    organisation: { name: Caisse }
`)

const ticked = { activites: ['fonctionnaire', 'salarie', 'independant'], enfants: true }
const why = (id: string) => buildPlan(journey, ticked, '2026-03-10').tasks.find((t) => t.id === id)!

describe('« Pourquoi » names only the options the condition tests', () => {
  it('names the one box tested when three are ticked', () => {
    expect(why('employeur').reasons).toEqual([{ question: 'activites', label: 'Activités', answer: 'Salarié' }])
    expect(why('employeur').why).not.toContain('Fonctionnaire')
  })

  it('names each tested box that is ticked, in the order the usager ticked them', () => {
    expect(why('caisse').reasons.map((r) => r.answer)).toEqual(['Salarié, Indépendant'])
  })

  it('names every ticked box when the condition reads the whole answer', () => {
    expect(why('nombre').reasons.map((r) => r.answer)).toEqual(['Fonctionnaire, Salarié, Indépendant'])
  })

  it('keeps the other questions of the condition', () => {
    expect(why('mixte').reasons.map((r) => [r.question, r.answer])).toEqual([['enfants', 'Oui'], ['activites', 'Salarié']])
  })

  it('says which options of a question a condition tests, the whole answer winning', () => {
    const env = { answers: { a: ['x', 'y'], b: 'z' }, today: '2026-03-10' }
    expect(reasonDetails(parse('"x" in a and b == "z"'), env)).toEqual([{ question: 'a', options: ['x'] }, { question: 'b' }])
    expect(reasonDetails(parse('"x" in a and count(a) > 1'), env)).toEqual([{ question: 'a' }])
  })
})
