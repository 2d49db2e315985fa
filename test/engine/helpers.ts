/**
 * Small journeys written inline for engine tests.
 */
import { compileJourney, type CompileResult } from '../../engine/compile/compile-journey.ts'
import { loadSharedQuestions } from '../../engine/load/shared-questions.ts'

export const SHARED_YAML = `questions:
  - id: date_naissance
    type: date
    label: Quelle est votre date de naissance ?
    short: Votre date de naissance
    max: today
  - id: activite
    type: single
    label: Quelle est votre activité ?
    options:
      - { value: salarie, label: Salarié }
      - { value: retraite, label: Retraité }
`

/** A valid journey; tests replace parts of it to provoke one problem at a time. */
export const BASE_JOURNEY = `id: test
title: Parcours de test
description: Un parcours pour les tests.
version: 1
reviewed: 2026-11-01
sources: [F16507]
questions:
  - id: lieu
    type: single
    label: Où ?
    short: Lieu du décès
    options:
      - value: france
        label: En France
      - value: etranger
        label: À l'étranger
  - id: date_deces
    type: date
    label: Quand ?
    short: Date du décès
    max: today
  - id: lien
    type: single
    label: Quel lien ?
    options:
      - { value: conjoint, label: Conjoint }
      - { value: autre, label: Autre }
  - id: age
    type: number
    label: Quel âge avez-vous ?
    min: 0
    max: 120
    when: lien == "conjoint"
tasks:
  - id: declarer
    title: Déclarer le décès
    when: lieu == "france"
    organisation: { name: Mairie }
    fiche: F909
    deadline: { from: date_deces, add: 1, unit: jours_ouvres }
  - id: reversion
    title: Demander la pension de réversion
    when: lien == "conjoint" and age >= 55
    organisation: { name: Assurance retraite, phone: "39 60" }
    fiche: [F13104]
  - id: veuvage
    title: Demander l'allocation veuvage
    when: lien == "conjoint" and age < 55
    organisation: { name: Assurance retraite }
    deadline: { from: date_deces, add: 2, unit: ans }
  - id: succession
    title: Déclarer la succession
    organisation: { name: Impôts }
    deadline:
      - when: lieu == "france"
        from: date_deces
        add: 6
        unit: mois
      - from: date_deces
        add: 12
        unit: mois
`

export function compile(yaml: string, options: { shared?: string; centres?: string[]; file?: string } = {}): CompileResult {
  const shared = loadSharedQuestions(options.shared === undefined ? [] : [{ file: 'journeys/_shared/usager.yaml', text: options.shared }])
  return compileJourney(options.file ?? 'journeys/test.yaml', yaml, { shared, centres: options.centres, today: '2026-03-10' })
}

/** Compiles and fails loudly when the journey has errors (for runtime tests). */
export function compileOk(yaml: string = BASE_JOURNEY, options: { shared?: string } = {}) {
  const result = compile(yaml, options)
  if (!result.journey) throw new Error('fixture journey has errors:\n' + result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'))
  return result.journey
}

/** The head of a small test journey (id `test`): append `questions:` and `tasks:`. */
export const JOURNEY_HEAD = `id: test
title: Test
description: Un parcours.
version: 1
reviewed: 2026-11-24
sources: [F909]
`
