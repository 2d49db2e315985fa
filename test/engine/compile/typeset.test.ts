/**
 * French typography and links, done once at compile time (issue 9): editors type ordinary
 * spaces and bare numbers; the usager reads « ? » with a narrow no-break space and taps 3919.
 */
import { describe, expect, it } from 'vitest'
import { enrichBlocks } from '../../../engine/text/autolink.ts'
import { parseMarkdown } from '../../../engine/text/markdown.ts'
import { frenchTypography, NNBSP } from '../../../engine/text/typography.ts'
import { compileOk, JOURNEY_HEAD } from '../helpers.ts'

const show = (text: string) => text.replaceAll(NNBSP, '⍽')

describe('frenchTypography', () => {
  it.each([
    ['Quelle est la date du décès ?', 'Quelle est la date du décès⍽?'],
    ['Vraiment?', 'Vraiment⍽?'],
    ['Attention : le délai ; ensuite !', 'Attention⍽: le délai⍽; ensuite⍽!'],
    ['« Dans les 24 heures »', '«⍽Dans les 24 heures⍽»'],
    ['«Je ne sais pas»', '«⍽Je ne sais pas⍽»'],
    ['Étape 2 : la mairie', 'Étape 2⍽: la mairie'],
    ['Et alors ?!', 'Et alors⍽?!'],
    ['Déjà espacé\u00A0?', 'Déjà espacé⍽?'],
  ])('%s', (text, expected) => expect(show(frenchTypography(text))).toBe(expected))

  it.each([
    'Ouvert de 9:30 à 12:00',
    'https://www.service-public.gouv.fr/particuliers/vosdroits/F909?lang=fr;x=1',
    'http://localhost:8080/x',
    'Ratio 1:2',
  ])('leaves « %s » alone', (text) => expect(frenchTypography(text)).toBe(text))

  it('is idempotent', () => {
    const once = frenchTypography('Quoi ? « Oui » : non !')
    expect(frenchTypography(once)).toBe(once)
  })
})

describe('enrichBlocks', () => {
  const linked = (markdown: string) => enrichBlocks(parseMarkdown(markdown))

  it('links addresses, French numbers and numbers to call, as tel:', () => {
    const [paragraph] = linked('Appelez le 3919 ou le 17, ou le 01 23 45 67 89. Voir https://www.ameli.fr/assure.')
    expect(paragraph).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Appelez le ' },
        { type: 'link', href: 'tel:3919', text: '3919' },
        { type: 'text', text: ' ou le ' },
        { type: 'link', href: 'tel:17', text: '17' },
        { type: 'text', text: ', ou le ' },
        { type: 'link', href: 'tel:0123456789', text: '01 23 45 67 89' },
        { type: 'text', text: '. Voir ' },
        { type: 'link', href: 'https://www.ameli.fr/assure', text: 'https://www.ameli.fr/assure' },
        { type: 'text', text: '.' },
      ],
    })
  })

  it('links 114 by SMS and a short number alone in bold, never « 17 ans »', () => {
    const paragraph = linked('Envoyez un SMS au 114. Urgence : **15**. Dès 17 ans, le 17 mai.')[0]!
    const links = paragraph.type === 'paragraph' ? paragraph.children.flatMap((c) => (c.type === 'link' ? [c.href] : c.type === 'strong' ? c.children.flatMap((s) => (s.type === 'link' ? [s.href] : [])) : [])) : []
    expect(links).toEqual(['tel:114', 'tel:15'])
  })

  it('keeps an editor’s link as written, with typography on its text only', () => {
    const [paragraph] = linked('Lisez [la fiche « Décès »](https://www.service-public.gouv.fr/particuliers/vosdroits/F909?a=1) !')
    expect(paragraph).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Lisez ' },
        { type: 'link', href: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F909?a=1', text: `la fiche «${NNBSP}Décès${NNBSP}»` },
        { type: 'text', text: `${NNBSP}!` },
      ],
    })
  })
})

describe('the compiled journey', () => {
  const journey = compileOk(`${JOURNEY_HEAD}questions:
  - id: violences
    type: boolean
    label: Êtes-vous en danger ?
    short: En danger
    help: "En cas de danger, appelez le 17 ; écoute anonyme : 3919."
  - id: statut
    type: single
    label: Votre situation ?
    help: Une seule réponse.
    options:
      - { value: a, label: "Marié(e) : oui" }
      - { value: b, label: Autre }
tasks:
  - id: appeler
    title: "Demander de l'aide : « 3919 »"
    when: violences and statut == "a"
    organisation: { name: "Violences Femmes Info : 3919" }
    documents: ["Pièce d'identité : si vous l'avez"]
    description: |
      Appelez le **3919** : c'est gratuit ?
`)
  const [danger, statut] = journey.questions
  const task = journey.tasks[0]!

  it('typesets what the usager reads', () => {
    expect(show(danger!.label)).toBe('Êtes-vous en danger⍽?')
    expect(show(danger!.help!)).toBe('En cas de danger, appelez le 17⍽; écoute anonyme⍽: 3919.')
    expect(show(statut!.options![0]!.label)).toBe('Marié(e)⍽: oui')
    expect(show(task.title)).toBe("Demander de l'aide⍽: «⍽3919⍽»")
    expect(show(task.organisation.name)).toBe('Violences Femmes Info⍽: 3919')
    expect(show(task.documents[0]!)).toBe("Pièce d'identité⍽: si vous l'avez")
  })

  it('gives help with a number to call as a block tree, and only then', () => {
    const blocks = danger!.helpBlocks!
    const hrefs = blocks.flatMap((b) => (b.type === 'paragraph' ? b.children.flatMap((c) => (c.type === 'link' ? [c.href] : [])) : []))
    expect(hrefs).toEqual(['tel:17', 'tel:3919'])
    expect(statut!.helpBlocks).toBeUndefined()
  })

  it('links the numbers of descriptions and keeps option values and ids untouched', () => {
    expect(task.description).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Appelez le ' },
          { type: 'strong', children: [{ type: 'link', href: 'tel:3919', text: '3919' }] },
          { type: 'text', text: `${NNBSP}: c'est gratuit${NNBSP}?` },
        ],
      },
    ])
    expect(statut!.options!.map((o) => o.value)).toEqual(['a', 'b'])
    expect(task.id).toBe('appeler')
  })
})
