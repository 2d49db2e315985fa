/** Kinds of service-public references (issue 10, item 1): fiches, theme pages and R resources. */
import { describe, expect, it } from 'vitest'
import { classifyReference } from '../../../engine/fiches/kinds.ts'
import { lookupFiche } from '../../../engine/fiches/lookup.ts'
import { compileOk, JOURNEY_HEAD } from '../helpers.ts'

describe('classifyReference', () => {
  it.each([
    ['F909', 'Déclaration de décès', 'fiche', 'Déclaration de décès'],
    ['N19806', 'Décès', 'theme', 'Décès'],
    ['R18317', "Modèle : Informer la banque d'un proche de son décès", 'letter', "Informer la banque d'un proche de son décès"],
    ['R32890', "Formulaire 14954*01 : Demande d'allocation veuvage auprès de la MSA", 'form', "Demande d'allocation veuvage auprès de la MSA (cerfa 14954*01)"],
    ['R1', "Formulaire : Questionnaire concernant l'exposition à l'amiante", 'form', "Questionnaire concernant l'exposition à l'amiante"],
    ['R1131', "Téléservice : Déclaration en ligne d'ouverture de chantier", 'online', "Déclaration en ligne d'ouverture de chantier"],
    ['R2', 'Simulateur : Diagnostic de financement pour votre projet immobilier', 'online', 'Diagnostic de financement pour votre projet immobilier'],
    ['R3', 'Service en ligne et formulaire 10071*14 : Demande d\'extrait de casier judiciaire (bulletin n°3)', 'online', "Demande d'extrait de casier judiciaire (bulletin n°3) (cerfa 10071*14)"],
    ['R4', 'Un titre sans préfixe', 'online', 'Un titre sans préfixe'],
    ['R1224', "Formulaire 11278 : Déclaration de don manuel et de sommes d'argent", 'form', "Déclaration de don manuel et de sommes d'argent (formulaire 11278)"],
    ['R57339', "Formulaire En cours d'homologation : Demande d'allocation de soutien familial", 'form', "Demande d'allocation de soutien familial"],
  ])('%s is a %s', (id, official, kind, title) => {
    expect(classifyReference(id, official)).toEqual({ kind: kind, title })
  })

  it('reads the kind at the end of a newer title', () => {
    expect(classifyReference('R65166', 'Mes comptes épargne retraite (Service en ligne)')).toEqual({ kind: 'online', title: 'Mes comptes épargne retraite' })
    expect(classifyReference('R1', 'Informer la banque (Modèle de lettre)')).toEqual({ kind: 'letter', title: 'Informer la banque' })
    expect(classifyReference('R2', 'Demande (Formulaire)')).toEqual({ kind: 'form', title: 'Demande' })
  })

  it('every R resource of the data has a known prefix or suffix', async () => {
    const index = (await import('../../../engine/fiches/fiches-index.json', { with: { type: 'json' } })).default as unknown as { fiches: Record<string, [string, string]> }
    const unprefixed = Object.entries(index.fiches).filter(([id, [title]]) => id.startsWith('R') && classifyReference(id, title).title === title)
    expect(unprefixed).toEqual([])
  })
})

describe('lookupFiche', () => {
  it('gives the kind, the plain title and the official one', () => {
    expect(lookupFiche('R18317')).toMatchObject({ kind: 'letter', title: "Informer la banque d'un proche de son décès", officialTitle: "Modèle : Informer la banque d'un proche de son décès" })
    expect(lookupFiche('F909')).toMatchObject({ kind: 'fiche' })
  })
})

describe('compiled references', () => {
  it('carry their kind', () => {
    const journey = compileOk(`${JOURNEY_HEAD}questions:
  - id: banque
    type: boolean
    label: Avait-il un compte ?
tasks:
  - id: banques
    title: Prévenir les banques
    organisation: { name: Banque }
    fiche: [F909, R18317, R32890]
`)
    expect(journey.fiches.R18317).toEqual({ id: 'R18317', kind: 'letter', title: "Informer la banque d'un proche de son décès", url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/R18317' })
    expect(journey.fiches.R32890!.kind).toBe('form')
    expect(journey.fiches.F909!.kind).toBe('fiche')
  })
})
