/**
 * The journey map's data: what each answer brings or removes, démarches in words.
 */
import { describe, expect, it } from 'vitest'
import { answerEffects } from '../../../engine/graph/answer-effects.ts'
import { journeyMap } from '../../../engine/graph/journey-map.ts'
import { parse } from '../expressions/helpers.ts'
import { compileOk, JOURNEY_HEAD } from '../helpers.ts'

const journey = compileOk(`${JOURNEY_HEAD}questions:
  - id: activites
    type: multiple
    label: Quelles activités ?
    short: Activités
    options:
      - { value: salarie, label: Salarié }
      - { value: independant, label: Indépendant }
  - id: enfants
    type: boolean
    label: Avez-vous des enfants ?
    short: Enfants
  - id: naissance
    type: date
    label: Date de naissance ?
    short: Naissance
    max: today
    when: enfants
tasks:
  - id: employeur
    title: Prévenir l'employeur
    when: '"salarie" in activites'
    organisation: { name: Employeur }
    deadline: { from: naissance, add: 2, unit: mois }
  - id: sans_salaire
    title: Demander une aide
    when: not ("salarie" in activites) and not enfants
    organisation: { name: Caisse }
  - id: ages
    title: Selon l'âge
    when: age(naissance) < 3
    organisation: { name: Caisse }
    period: semaine
`)

describe('journeyMap', () => {
  const map = journeyMap(journey)
  const question = (id: string) => map.questions.find((q) => q.id === id)!
  const task = (id: string) => map.sections.flatMap((s) => s.tasks).find((t) => t.id === id)!

  it('says which démarches each option brings and removes', () => {
    const [salarie, independant] = question('activites').options
    expect(salarie).toEqual({ label: 'Salarié', brings: [{ id: 'employeur', title: "Prévenir l'employeur" }], removes: [{ id: 'sans_salaire', title: 'Demander une aide' }] })
    expect(independant).toEqual({ label: 'Indépendant', brings: [], removes: [] })
    const [oui, non] = question('enfants').options
    expect([oui!.label, oui!.removes.map((t) => t.id), non!.brings.map((t) => t.id)]).toEqual(['Oui', ['sans_salaire'], ['sans_salaire']])
  })

  it('names other reads, dates counted from an answer and the questions an answer opens', () => {
    expect(question('naissance').alsoUsedBy.map((t) => t.id)).toEqual(['ages'])
    expect(question('naissance').datesOf.map((t) => t.id)).toEqual(['employeur'])
    expect(question('naissance').askedIf).toBe('« Enfants » : oui')
    expect(question('enfants').opens).toEqual([{ id: 'naissance', name: 'Naissance' }])
  })

  it('gives each démarche its condition, deadline and period in words', () => {
    expect(task('employeur')).toMatchObject({ condition: '« Activités » comprend Salarié', section: { label: 'Dans les 6 mois' } })
    expect(task('employeur').deadlines[0]!.replace(/\u202F/g, ' ')).toBe('2 mois après « Naissance »')
    expect(task('sans_salaire').condition).toBe('« Activités » sans Salarié et « Enfants » : non')
    expect(task('ages')).toMatchObject({ condition: 'âge selon « Naissance » < 3', section: { label: 'Dans la semaine' }, deadlines: [] })
  })
})

describe('answerEffects', () => {
  const byId = new Map(journey.questions.map((q) => [q.id, q]))
  it('follows negations and both sides of and/or', () => {
    const effects = answerEffects(parse('not (enfants == true or "independant" in activites)'), byId)
    expect(Object.fromEntries(effects.options.get('enfants')!)).toEqual({ true: 'removes', false: 'brings' })
    expect(Object.fromEntries(effects.options.get('activites')!)).toEqual({ independant: 'removes' })
  })
})
