/**
 * Sensitive journeys (violences…): nothing in localStorage, the answers kept for the tab's
 * session only; « Quitter ce site » always in view, also by pressing Shift three times
 * (GOV.UK's « Exit this page »), erasing everything before leaving; official links in a
 * new tab; cautions before printing or adding to a calendar.
 */
import { expect } from '@open-wc/testing'
import { sendKeys, setViewport } from '@web/test-runner-commands'
import { answerAll, openAllEntries } from './helpers/answer.ts'
import { axeViolations } from './helpers/axe.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, $$, fixture, heading, mount, rootOf, settle, waitFor } from './helpers/mount.ts'
import type { MdvQuickExitEvent, MomentDeVie } from '../../widget/src/index.ts'

const keptFor = (id: string) => Object.keys(localStorage).filter((k) => k.includes(id))
const inSession = () => Object.keys(sessionStorage).filter((k) => k.startsWith('mdv:'))

/** The test page must stay: the host takes over every exit. */
function catchExits(): MdvQuickExitEvent[] {
  const seen: MdvQuickExitEvent[] = []
  const listener = (e: MdvQuickExitEvent) => {
    seen.push(e)
    e.preventDefault()
  }
  document.addEventListener('mdv:quick-exit', listener)
  after(() => document.removeEventListener('mdv:quick-exit', listener))
  return seen
}

/** Answers until the plan is there (its part may load after the last answer). */
async function answerToPlan(el: MomentDeVie): Promise<void> {
  await answerAll(el, ['france', '2026-11-20'])
  await waitFor(() => rootOf(el).querySelector('mdv-plan [data-mdv-heading]'), 'the plan')
  await settle(el)
}

async function toPlan(attrs: Record<string, string> = {}, theme?: string): Promise<MomentDeVie> {
  const el = await mount({ src: fixture('discret'), attrs, ...(theme ? { theme } : {}) })
  await answerToPlan(el)
  expect(heading(el)).to.equal('Vos démarches')
  return el
}

const liveRegion = (el: MomentDeVie) => $(el, 'mdv-quick-exit [role="status"]').textContent!.trim()

describe('sensitive journeys', () => {
  const api = useFakeApi()
  beforeEach(() => sessionStorage.clear())
  afterEach(() => sessionStorage.clear())

  it('keep nothing in localStorage, and forget what an earlier version had kept there', async () => {
    localStorage.setItem('mdv:journey:discret@1:answers', JSON.stringify({ context: { answers: { lieu_deces: 'france' } } }))
    localStorage.setItem('mdv:journey:discret@1:done', '["succession"]')
    const el = await mount({ src: fixture('discret') })
    expect(keptFor('discret')).to.deep.equal([])
    expect(heading(el)).to.equal('Étape 1 sur 2') // not resumed from localStorage
    await answerToPlan(el)
    await openAllEntries(el)
    ;($(el, '#mdv-done-succession') as HTMLInputElement).click()
    expect(keptFor('discret')).to.deep.equal([])
    // Only the tab's session holds them.
    expect(inSession()).to.include.members(['mdv:journey:discret@1:answers', 'mdv:journey:discret@1:done'])
    // An ordinary journey on the same site still keeps its answers in localStorage, none in the session.
    const other = await mount({ src: fixture('court') })
    await answerAll(other, ['france'])
    expect(keptFor('court')).to.include('mdv:journey:court@1:answers')
    expect(inSession().filter((k) => k.includes('court'))).to.deep.equal([])
  })

  it('a link followed and Back in the same tab finds the plan; a new tab starts afresh', async () => {
    const el = await toPlan()
    await openAllEntries(el)
    ;($(el, '#mdv-done-succession') as HTMLInputElement).click()
    // Leaving the page and coming back in the same tab: a new page, the same sessionStorage.
    el.remove()
    const back = await mount({ src: fixture('discret') })
    await waitFor(() => rootOf(back).querySelector('mdv-plan [data-mdv-heading]'), 'the plan')
    await settle(back)
    expect(heading(back)).to.equal('Vos démarches')
    expect($(back, '[part~="notice"]').textContent).to.include('Nous avons repris vos réponses gardées dans cet onglet.')
    await openAllEntries(back)
    expect(($(back, '#mdv-done-succession') as HTMLInputElement).checked).to.equal(true)
    back.remove()
    // A new tab or a restarted browser has an empty sessionStorage.
    sessionStorage.clear()
    const fresh = await mount({ src: fixture('discret') })
    expect(heading(fresh)).to.equal('Étape 1 sur 2')
  })

  it('a booked call-back is kept for the tab too, so it can still be cancelled after a reload', async () => {
    const end = new Date(Date.now() + 86_400_000).toISOString()
    const booking = { reference: 'RAP-7K2M9Q', cancelToken: 'secret-token', cancelCode: 'ABCD2345', start: new Date(Date.now() + 3_600_000).toISOString(), end }
    sessionStorage.setItem('mdv:callback:discret', JSON.stringify(booking))
    api().statuses[booking.reference] = { status: 'booked', start: booking.start, end: booking.end, satisfaction: null }
    const el = await toPlan()
    const callback = $(el, 'mdv-callback')
    await waitFor(() => callback.textContent!.includes('RAP-7K2M9Q'), 'the booking read from the session')
    expect(callback.textContent).to.include('Annuler le rendez-vous')
    expect(keptFor('callback')).to.deep.equal([])
  })

  it('show « Quitter ce site » first, with a word on safety and tel: links for 17 and 114', async () => {
    const el = await mount({ src: fixture('discret') })
    const exit = $(el, '[part~="quick-exit"]')
    expect(exit.textContent).to.include('vos réponses ne sont gardées que dans cet onglet')
    const button = exit.querySelector('button')!
    // Screen readers hear the shortcut with the button's name; the eye sees « Quitter ce site ».
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Quitter ce site, ou appuyez 3 fois sur la touche Maj (Shift)')
    expect(button.querySelector('.fr-sr-only')!.textContent).to.equal(', ou appuyez 3 fois sur la touche Maj (Shift)')
    expect([...exit.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:17', 'tel:114'])
    const first = rootOf(el).querySelector('[part~="quick-exit"], [part~="journey-title"]')
    expect(first).to.equal(exit)
    expect(await axeViolations(el)).to.deep.equal([])
    // Ordinary journeys have no such button.
    const court = await mount({ src: fixture('court') })
    expect(rootOf(court).querySelector('[part~="quick-exit"]')).to.equal(null)
  })

  it('in English too: « Leave this site », the shortcut said, 17 and 114 as tel: links', async () => {
    const el = await mount({ src: fixture('discret'), lang: 'en' })
    const exit = $(el, '[part~="quick-exit"]')
    expect(exit.querySelector('button')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Leave this site, or press the Shift key 3 times')
    expect([...exit.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:17', 'tel:114'])
  })

  it('« Quitter ce site » erases the answers, in storage and on screen, then tells the host, which may handle the exit itself', async () => {
    const seen = catchExits()
    const el = await toPlan({ 'quick-exit-url': 'https://meteofrance.com/' })
    localStorage.setItem('mdv:journey:discret@1:answers', '{}') // left by an older widget
    expect(inSession()).to.not.deep.equal([])
    $(el, '[part~="quick-exit"] button').click()
    expect(seen).to.have.length(1)
    expect(seen[0]!.detail).to.deep.equal({ journey: 'discret', url: 'https://meteofrance.com/' })
    expect(seen[0]!.cancelable).to.equal(true)
    // Erased before the host hears of it.
    expect(inSession()).to.deep.equal([])
    expect(keptFor('discret')).to.deep.equal([])
    // And in memory: the page, were it shown again by Back, starts from nothing.
    await waitFor(() => rootOf(el).querySelector('mdv-question'), 'the first question')
    await settle(el)
    expect(heading(el)).to.equal('Étape 1 sur 2')
  })

  it('a quick-exit-url that is not a web address falls back to a neutral page', async () => {
    const seen = catchExits()
    const el = await mount({ src: fixture('discret'), attrs: { 'quick-exit-url': 'javascript:alert(1)' } })
    $(el, '[part~="quick-exit"] button').click()
    expect(seen[0]!.detail.url).to.equal('https://www.google.fr/')
  })

  it('Shift pressed three times leaves, from a field too; twice says how many remain and does nothing', async () => {
    const seen = catchExits()
    const el = await mount({ src: fixture('discret') })
    ;($(el, 'input[name="answer"]') as HTMLInputElement).focus()
    await sendKeys({ press: 'Shift' })
    await settle(el)
    expect(liveRegion(el)).to.equal('Shift, appuyez encore 2 fois pour quitter.')
    await sendKeys({ press: 'Shift' })
    await settle(el)
    expect(liveRegion(el)).to.equal('Shift, appuyez encore une fois pour quitter.')
    expect(seen).to.have.length(0)
    // Another key starts again: typing a capital is not a press of Shift on its own.
    await sendKeys({ press: 'Shift+KeyA' })
    await settle(el)
    expect(liveRegion(el)).to.equal('Raccourci « Quitter ce site » annulé.')
    await sendKeys({ press: 'Shift' })
    await sendKeys({ press: 'Shift' })
    expect(seen).to.have.length(0)
    await sendKeys({ press: 'Shift' })
    expect(seen).to.have.length(1)
    expect(seen[0]!.detail.journey).to.equal('discret')
  })

  it('the shortcut is only there on sensitive journeys, and goes with the widget', async () => {
    const seen = catchExits()
    const court = await mount({ src: fixture('court') })
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' })
    expect(seen).to.have.length(0)
    court.remove()
    const el = await mount({ src: fixture('discret') })
    el.remove()
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' })
    expect(seen).to.have.length(0)
  })

  describe('on a 390 × 844 phone', () => {
    before(() => setViewport({ width: 390, height: 844 }))
    after(() => setViewport({ width: 800, height: 600 }))

    for (const theme of [undefined, 'dsfr']) {
      it(`the exit stays in view at the top of a very long plan, over nothing at first${theme ? ' (theme="dsfr")' : ''}`, async () => {
        const el = await toPlan({}, theme)
        await openAllEntries(el)
        // A plan of 26,000 px, as long as the longest journeys' with every line open.
        const filler = document.createElement('div')
        filler.style.blockSize = '26000px'
        $(el, 'mdv-plan').append(filler)
        el.scrollIntoView()
        const button = $(el, '[part~="quick-exit-button"]')
        const title = $(el, '[part~="journey-title"]')
        expect(button.getBoundingClientRect().bottom).to.be.at.most(title.getBoundingClientRect().top + 1)
        for (const y of [5000, 26000]) {
          window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + y)
          await new Promise((r) => requestAnimationFrame(r))
          const box = button.getBoundingClientRect()
          expect(box.top, `top at ${y}`).to.be.within(0, 8)
          expect(box.right).to.be.at.most(390)
          // Nothing covers it: the point at its centre is the button.
          const hit = (el.shadowRoot ?? document).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
          expect(button.contains(hit), `hit at ${y}`).to.equal(true)
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(390)
        filler.remove()
        window.scrollTo(0, 0)
      })
    }
  })

  it('official links open in a new tab and say so; numbers to call stay in the tab', async () => {
    const el = await toPlan()
    await openAllEntries(el)
    const web = $$(el, '.mdv-entry a[href^="http"]') as HTMLAnchorElement[]
    expect(web.length).to.be.greaterThan(0)
    for (const a of web) {
      expect(a.target).to.equal('_blank')
      expect(a.rel).to.equal('noopener noreferrer')
      expect(a.querySelector('.fr-sr-only')!.textContent).to.equal(' (nouvel onglet)')
    }
    for (const a of $$(el, 'a[href^="tel:"]') as HTMLAnchorElement[]) expect(a.target).to.equal('')
    // An ordinary journey keeps its links in the same tab.
    const court = await mount({ src: fixture('court') })
    await answerToPlan(court)
    await openAllEntries(court)
    expect(($$(court, '.mdv-entry a[href^="http"]') as HTMLAnchorElement[]).filter((a) => a.target)).to.deep.equal([])
  })

  it('warn before printing or adding to a calendar, and offer no private link', async () => {
    const el = await toPlan()
    const caution = $(el, '[part~="caution"]')
    expect(caution.textContent).to.include("une liste imprimée ou un rendez-vous dans l'agenda peut être vu par d'autres personnes")
    // Said before the buttons it is about.
    const print = ($$(el, 'button') as HTMLButtonElement[]).find((b) => b.textContent!.includes('Imprimer'))!
    expect(caution.compareDocumentPosition(print) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0)
    expect(rootOf(el).querySelector('[part~="keep-link"]')).to.equal(null)
    const court = await mount({ src: fixture('court') })
    await answerToPlan(court)
    expect(rootOf(court).querySelector('[part~="caution"]')).to.equal(null)
    expect(rootOf(court).querySelector('[part~="keep-link"]')).to.not.equal(null)
  })

  for (const theme of [undefined, 'dsfr']) {
    it(`axe-core finds nothing on the question and the plan${theme ? ' (theme="dsfr")' : ''}`, async () => {
      const el = await mount({ src: fixture('discret'), ...(theme ? { theme } : {}) })
      expect(await axeViolations(el)).to.deep.equal([])
      await answerToPlan(el)
      await openAllEntries(el)
      expect(await axeViolations(el)).to.deep.equal([])
    })
  }
})
