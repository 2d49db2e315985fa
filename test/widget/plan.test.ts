import { expect } from '@open-wc/testing'
import { answerAll, buttonByText } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, $$, fixture, mount, settle } from './helpers/mount.ts'

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim()

describe('the to-do list', () => {
  const api = useFakeApi()

  it('groups démarches by period with due dates in words and as dates, contact, fiche, documents and why', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    expect(text($(el, '.fr-text--lead'))).to.equal('3 démarches pour votre situation, dont 1 obligatoire.')
    expect($$(el, '.mdv-group__title').map(text)).to.deep.equal(['Dans les 24 heures', 'Dans les 6 mois', 'Quand vous le pouvez'])
    const [declare, succession, proches] = $$(el, '.mdv-task')
    expect(text(declare!.querySelector('h4')!)).to.equal('Déclarer le décès à la mairie')
    expect(text(declare!)).to.include('Obligatoire')
    // 20 November 2026 is a Friday: 1 working day later is Monday 23, already past on the 24th.
    expect(text(declare!.querySelector('.mdv-task__due')!)).to.equal(
      'Date limite dépassée (23 novembre 2026) : à faire dès que possible (1 jour ouvré après « Date du décès »)',
    )
    expect(declare!.querySelector('strong')!.textContent).to.equal('Date limite dépassée (23 novembre 2026) : à faire dès que possible')
    // Markdown description rendered as elements, never as HTML strings.
    expect(declare!.querySelector('.mdv-task__body strong')!.textContent).to.equal('gratuite')
    expect((declare!.querySelector('.mdv-task__body a') as HTMLAnchorElement).href).to.equal('https://www.service-public.gouv.fr/')
    expect(text(declare!.querySelector('.mdv-task__contact')!)).to.include('Mairie du lieu du décès')
    expect((declare!.querySelector('a[href^="tel:"]') as HTMLAnchorElement).href).to.equal('tel:0123456789')
    const fiche = declare!.querySelector('.mdv-task__fiches a') as HTMLAnchorElement
    expect(fiche.textContent).to.equal('Déclaration de décès')
    expect(fiche.href).to.equal('https://www.service-public.gouv.fr/particuliers/vosdroits/F909')
    expect([...declare!.querySelectorAll('.mdv-task__documents li')].map(text)).to.deep.equal([
      "Une pièce d'identité du déclarant",
      'Le certificat de décès',
    ])
    expect(text(declare!.querySelector('.mdv-task__why')!)).to.equal('Pourquoi cette démarche ? Vous avez indiqué : Lieu du décès : En France')
    expect(text(succession!.querySelector('.mdv-task__due')!)).to.equal('À faire avant le 20 mai 2027 (6 mois après « Date du décès »)')
    expect(text(succession!)).to.include('Conseillé')
    expect(text(succession!.querySelector('.mdv-task__why')!)).to.include('toutes les situations')
    expect(proches!.querySelector('.mdv-task__due')).to.equal(null)
  })

  it('a fixed deadline is said once, as a date', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, ['1980-07-14', 'seul', true, '2', ['apl'], 'MA', '75056', 'Dupont'])
    const allocations = $$(el, '.mdv-task').find((t) => t.querySelector('h4')!.textContent!.includes('allocations familiales'))!
    expect(text(allocations.querySelector('.mdv-task__due')!)).to.equal('À faire avant le 12 mars 2027')
  })

  it('démarches can be checked off, kept in the browser, and the change is announced', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    const box = $(el, '#mdv-done-declarer_deces') as HTMLInputElement
    expect(text(box.labels![0]!)).to.equal("C'est fait : Déclarer le décès à la mairie")
    box.click()
    await settle(el)
    expect($(el, '.mdv-task').classList.contains('mdv-task--done')).to.equal(true)
    expect(text($(el, '.mdv-plan__progress'))).to.equal('1 sur 3 démarches faites')
    expect(text($(el, '[aria-live="polite"][role="status"]'))).to.equal('Démarche cochée comme faite : Déclarer le décès à la mairie')
    expect(JSON.parse(localStorage.getItem('mdv:journey:court@1:done')!)).to.deep.equal(['declarer_deces'])
    ;($(el, '#mdv-done-declarer_deces') as HTMLInputElement).click()
    await settle(el)
    expect(localStorage.getItem('mdv:journey:court@1:done')).to.equal(null)
  })

  it('"Imprimer la liste" opens the print dialog, and a print stylesheet hides the controls', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    const print = window.print
    let printed = 0
    window.print = () => void (printed += 1)
    try {
      buttonByText(el, 'Imprimer la liste').click()
    } finally {
      window.print = print
    }
    expect(printed).to.equal(1)
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules])
    const media = rules.find((r) => r instanceof CSSMediaRule && r.conditionText === 'print') as CSSMediaRule
    expect(media.cssText).to.include('.fr-no-print')
    expect($(el, 'mdv-callback section').classList.contains('fr-no-print')).to.equal(true)
  })

  it('in English, default period names and due dates are English; journey content stays French', async () => {
    const el = await mount({ src: fixture('court'), lang: 'en' })
    await answerAll(el, ['france', '2026-11-20'])
    expect(text($(el, '[data-mdv-heading]'))).to.equal('Your to-do list')
    expect($$(el, '.mdv-group__title').map(text)).to.deep.equal(['Within 24 hours', 'Within 6 months', 'Whenever you can'])
    const succession = $$(el, '.mdv-task')[1]!
    expect(text(succession.querySelector('.mdv-task__due strong')!)).to.equal('Due by 20 May 2027')
    expect(text(succession.querySelector('.mdv-task__rule')!)).to.equal('(6 months after “Date du décès”)')
    expect(text($$(el, '.mdv-task')[0]!.querySelector('.mdv-task__why')!)).to.equal('Why this step? You said: Lieu du décès : En France')
  })
})
