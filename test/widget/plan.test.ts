/**
 * The plan screen (issue 9): a compact checklist by period first, deadlines in words
 * relative to today, details behind native disclosures, the past-deadline question, and
 * what is done, advised or automatic told apart.
 */
import { expect } from '@open-wc/testing'
import { answerAll, buttonByText } from './helpers/answer.ts'
import { axeViolations } from './helpers/axe.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, $$, fixture, mount, settle } from './helpers/mount.ts'

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim()
const entry = (el: HTMLElement, id: string) => $(el as never, `[data-task="${id}"]`)
const DONT_KNOW = '__je-ne-sais-pas__'

/** Opens a line as a tap does; its details render once the browser reports the toggle. */
async function open(el: HTMLElement, id: string): Promise<HTMLElement> {
  ;(entry(el, id).querySelector('summary') as HTMLElement).click()
  for (let i = 0; i < 50 && !entry(el, id).querySelector('.mdv-entry__details'); i++) {
    await new Promise((r) => setTimeout(r, 5))
    await settle(el as never)
  }
  return entry(el, id)
}

describe('the plan: overview', () => {
  useFakeApi()

  it('lists every démarche by period from today, with the deadline in words, closed unless due within 48 hours', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    expect(text($(el, '.mdv-plan__dated'))).to.equal('Liste établie le 24 novembre 2026 pour votre situation.')
    expect(text($(el, '.mdv-plan__counts'))).to.equal('3 démarches à faire')
    // 20 November 2026 is a Friday: 1 working day later is Monday 23, past on the 24th.
    expect($$(el, '.mdv-group__title').map(text)).to.deep.equal(['En retard : à faire dès que possible', 'Dans les 6 mois', 'Quand vous le pouvez'])
    const declare = entry(el, 'declarer_deces')
    expect(text(declare.querySelector('summary')!)).to.equal('Déclarer le décès à la mairie À faire dépassé depuis hier À faire en premier')
    expect(declare.classList.contains('mdv-entry--first')).to.equal(true)
    expect((declare.querySelector('details') as HTMLDetailsElement).open).to.equal(true)
    const succession = entry(el, 'succession')
    expect(text(succession.querySelector('.mdv-entry__when')!)).to.equal('avant le 20 mai 2027')
    expect((succession.querySelector('details') as HTMLDetailsElement).open).to.equal(false)
    expect(entry(el, 'prevenir_proches').querySelector('.mdv-entry__when')).to.equal(null)
  })

  it('keeps the details one tap away: dates, rule, description, contacts, references, documents and why', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    const declare = entry(el, 'declarer_deces')
    expect(text(declare.querySelector('.mdv-entry__due')!)).to.equal(
      'Date limite dépassée (23 novembre 2026) : à faire dès que possible (1 jour ouvré après « Date du décès »)',
    )
    expect(text(declare.querySelector('.mdv-entry__badge')!)).to.equal('Obligatoire')
    expect(declare.querySelector('.mdv-entry__body strong')!.textContent).to.equal('gratuite')
    expect((declare.querySelector('a[href^="tel:"]') as HTMLAnchorElement).href).to.equal('tel:0123456789')
    const fiche = declare.querySelector('.mdv-entry__fiches a') as HTMLAnchorElement
    expect([fiche.textContent, fiche.href]).to.deep.equal(['Déclaration de décès', 'https://www.service-public.gouv.fr/particuliers/vosdroits/F909'])
    expect([...declare.querySelectorAll('.mdv-entry__documents li')].map(text)).to.deep.equal(["Une pièce d'identité du déclarant", 'Le certificat de décès'])
    expect(text(declare.querySelector('.mdv-entry__why')!)).to.equal('Pourquoi cette démarche ? Vous avez indiqué : Lieu du décès : En France')
    // Closed lines carry no details until opened: a long plan stays light.
    expect(entry(el, 'succession').querySelector('.mdv-entry__details')).to.equal(null)
    const succession = await open(el, 'succession')
    expect((succession.querySelector('details') as HTMLDetailsElement).open).to.equal(true)
    expect(text(succession.querySelector('.mdv-entry__due')!)).to.equal('À faire avant le 20 mai 2027 (6 mois après « Date du décès »)')
    expect(text(succession.querySelector('.mdv-entry__badge')!)).to.equal('Conseillé')
  })

  it('asks « L’avez-vous déjà fait ? » on a past deadline; once done the line loses its warnings, closes and leaves the calendar', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    expect(text($(el, '#mdv-ics-hint'))).to.equal('Fichier .ics, 2 démarches datées')
    const declare = entry(el, 'declarer_deces')
    expect(text(declare.querySelector('.mdv-entry__ask')!)).to.equal("L'avez-vous déjà fait ? Oui, c'est fait : Déclarer le décès à la mairie")
    ;(declare.querySelector('.mdv-entry__ask button') as HTMLButtonElement).click()
    await settle(el)
    const done = entry(el, 'declarer_deces')
    expect(done.classList.contains('mdv-entry--done')).to.equal(true)
    expect(done.classList.contains('mdv-entry--overdue')).to.equal(false)
    expect(done.querySelector('.mdv-entry__ask, .mdv-entry__when, .mdv-entry__due--overdue, .mdv-entry__first')).to.equal(null)
    expect((done.querySelector('details') as HTMLDetailsElement).open).to.equal(false)
    expect(text(done.querySelector('.mdv-entry__status')!)).to.equal('✓ Fait')
    expect(text($(el, '.mdv-plan__progress'))).to.equal('1 sur 3 démarches faites')
    expect(text($(el, '#mdv-ics-hint'))).to.equal('Fichier .ics, 1 démarche datée')
    expect(text($(el, '[aria-live="polite"][role="status"]'))).to.equal('Démarche cochée comme faite : Déclarer le décès à la mairie')
    expect(JSON.parse(localStorage.getItem('mdv:journey:court@1:done')!)).to.deep.equal(['declarer_deces'])
    // Focus stays on the line, not lost in closed details.
    expect(el.shadowRoot!.activeElement).to.equal(done.querySelector('summary'))
    // Unticked from its details, it is to do again.
    await open(el, 'declarer_deces')
    ;($(el, '#mdv-done-declarer_deces') as HTMLInputElement).click()
    await settle(el)
    expect(localStorage.getItem('mdv:journey:court@1:done')).to.equal(null)
    expect(entry(el, 'declarer_deces').querySelector('.mdv-entry__ask')).to.not.equal(null)
  })

  it('in English, periods and relative deadlines are English; journey content stays French', async () => {
    const el = await mount({ src: fixture('court'), lang: 'en' })
    await answerAll(el, ['france', '2026-11-20'])
    expect(text($(el, '[data-mdv-heading]'))).to.equal('Your to-do list')
    expect($$(el, '.mdv-group__title').map(text)).to.deep.equal(['Overdue: do it as soon as possible', 'Within 6 months', 'Whenever you can'])
    expect(text(entry(el, 'declarer_deces').querySelector('.mdv-entry__when')!)).to.equal('overdue since yesterday')
    expect(text(entry(el, 'succession').querySelector('.mdv-entry__when')!)).to.equal('by 20 May 2027')
    expect(entry(el, 'succession').querySelector('.mdv-entry__title')!.getAttribute('lang')).to.equal('fr')
  })
})

describe('the plan: sections, order and « Je ne sais pas »', () => {
  useFakeApi()

  it('orders by the editor’s `after`, and shows maybe, advice and automatic entries apart', async () => {
    const el = await mount({ src: fixture('sections') })
    await answerAll(el, ['2026-11-23', DONT_KNOW, 'pacs'])
    expect(text($(el, '.mdv-plan__counts'))).to.equal('4 démarches à faire · 1 peut-être · 1 si besoin · 1 faite pour vous')
    const order = $$(el, '.mdv-group:not(.mdv-group--maybe):not(.mdv-group--advice):not(.mdv-group--automatic) [data-task]').map((n) => n.dataset.task)
    expect(order).to.deep.equal(['etablissement', 'declarer', 'volontes', 'obseques'])
    const maybe = $(el, '.mdv-group--maybe')
    expect(text(maybe.querySelector('h3')!)).to.equal('Peut-être, selon votre situation')
    expect(text(maybe.querySelector('.mdv-entry__maybe')!)).to.equal('Elle vous concerne si « La personne était salariée » : oui.')
    expect(maybe.querySelector('input[type="checkbox"]')).to.equal(null)
    const advice = $(el, '.mdv-group--advice')
    expect(text(advice.querySelector('h3')!)).to.equal('Si besoin')
    expect(advice.querySelector('input[type="checkbox"], .mdv-entry__status')).to.equal(null)
    const automatic = $(el, '.mdv-group--automatic')
    expect(text(automatic.querySelector('.mdv-entry__automatic')!)).to.equal('Rien à faire : la mairie s’en charge.')
    // Only certain to-dos go in the calendar.
    expect(text($(el, '#mdv-ics-hint'))).to.equal('Fichier .ics, 3 démarches datées')
  })

  it('offers « Je ne sais pas » only on optional questions, and shows it as the answer', async () => {
    const el = await mount({ src: fixture('sections') })
    expect($$(el, 'input[type="radio"], input[type="checkbox"]').length).to.equal(0)
    await answerAll(el, ['2026-11-23'])
    expect($$(el, 'label').map(text)).to.include('Je ne sais pas')
    await answerAll(el, [DONT_KNOW])
    expect($$(el, 'label').map(text)).to.not.include('Je ne sais pas')
  })

  it('« Être rappelé » at the top of the plan opens the callback further down', async () => {
    const el = await mount({ src: fixture('sections') })
    await answerAll(el, ['2026-11-23', true, 'autre'])
    buttonByText(el, 'Être rappelé par un conseiller').click()
    await settle(el)
    expect($(el, 'mdv-callback').querySelector('form, [role="status"], .mdv-callback__slots, fieldset')).to.not.equal(null)
  })

  for (const theme of ['default', 'dsfr']) {
    it(`has no axe-core violation with every section shown (${theme} theme)`, async () => {
      const el = await mount({ src: fixture('sections'), ...(theme === 'dsfr' ? { theme } : {}) })
      await answerAll(el, ['2026-11-20', DONT_KNOW, 'pacs'])
      for (const details of $$(el, 'details') as HTMLDetailsElement[]) details.open = true
      await new Promise((r) => setTimeout(r, 30))
      await settle(el)
      expect($$(el, '.mdv-entry__details').length).to.equal($$(el, '.mdv-entry').length)
      expect(await axeViolations(el)).to.deep.equal([])
    })
  }
})

describe('the plan: printing', () => {
  useFakeApi()

  it('prints from the button; every disclosure opens for the paper and closes back; page numbers only while printing', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    const print = window.print
    let printed = 0
    window.print = () => void (printed += 1)
    try {
      buttonByText(el, 'Imprimer ou enregistrer en PDF').click()
    } finally {
      window.print = print
    }
    expect(printed).to.equal(1)
    const closed = () => ($$(el, 'details.mdv-entry__disclosure') as HTMLDetailsElement[]).filter((d) => !d.open).length
    expect(closed()).to.equal(2)
    const pageRules = () => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.startsWith('@page')))
    window.dispatchEvent(new Event('beforeprint'))
    await Promise.resolve()
    expect(closed()).to.equal(0)
    expect(pageRules()).to.equal(true)
    // Rendered within the print event's microtasks, before the browser lays out the paper.
    expect($$(el, '.mdv-entry__details')).to.have.length(3)
    // Page 1 on paper is the dated checklist; the controls are not printed.
    expect($$(el, '.mdv-print-checklist li').map(text)).to.deep.equal([
      '☐ Déclarer le décès à la mairie — À faire avant le 23 novembre 2026',
      '☐ Régler la succession — À faire avant le 20 mai 2027',
      '☐ Prévenir les proches',
    ])
    window.dispatchEvent(new Event('afterprint'))
    expect(closed()).to.equal(2)
    expect(pageRules()).to.equal(false)
    // The paper checklist exists only while printing: the screen's first paint stays light.
    await settle(el)
    expect($$(el, '.mdv-print-checklist')).to.have.length(0)
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules])
    const media = rules.filter((r) => r instanceof CSSMediaRule && r.conditionText === 'print').map((r) => r.cssText).join('\n')
    expect(media).to.include('.fr-no-print')
    expect(media).to.include('.mdv-print-checklist')
    expect($(el, 'mdv-callback section').classList.contains('fr-no-print')).to.equal(true)
  })
})
