/**
 * Keeping the plan and forgetting it (issue 9): the private link carries the answers in
 * the URL fragment and restores them in a browser that has nothing stored; « Effacer mes
 * réponses » erases everything the site keeps; « Recommencer » may forget shared answers;
 * the resume notice shows only when something was resumed.
 */
import { expect } from '@open-wc/testing'
import { answer, answerAll, buttonByText } from './helpers/answer.ts'
import { axeViolations } from './helpers/axe.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, $$, fixture, heading, mount, settle } from './helpers/mount.ts'

const mdvKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('mdv:'))

describe('the private link', () => {
  useFakeApi()
  afterEach(() => history.replaceState(null, '', location.pathname + location.search))

  it('restores the plan from the fragment alone, says so, and takes the link off the address bar', async () => {
    const first = await mount({ src: fixture('court') })
    await answerAll(first, ['france', '2026-11-20'])
    const link = ($(first, '#mdv-private-link') as HTMLInputElement).value
    const url = new URL(link)
    expect(url.hash).to.match(/^#mdv=[A-Za-z0-9_-]+$/)
    // The answers are in the fragment only, which browsers never send to a server.
    expect(url.search).to.equal(location.search)
    expect(url.pathname).to.equal(location.pathname)
    first.remove()
    localStorage.clear()

    history.replaceState(null, '', url.pathname + url.search + url.hash)
    const restored = await mount({ src: fixture('court') })
    expect(heading(restored)).to.equal('Vos démarches')
    expect($(restored, '[part~="notice"]').textContent).to.include('Nous avons retrouvé votre liste à partir de votre lien.')
    expect($$(restored, '[data-task]').map((n) => n.dataset.task)).to.deep.equal(['declarer_deces', 'succession', 'prevenir_proches'])
    expect(location.hash).to.equal('')
  })

  it('a link made for an older version restores what still applies and says so', async () => {
    const payload = btoa(JSON.stringify({ j: 'court', v: 0, a: { lieu_deces: 'france', ancienne_question: 'x' } })).replace(/=+$/, '')
    history.replaceState(null, '', `${location.pathname}#mdv=${payload}`)
    const el = await mount({ src: fixture('court') })
    expect(heading(el)).to.equal('Étape 2 sur 2')
    expect($(el, '[part~="notice"]').textContent).to.include('version précédente')
  })

  it('a broken or foreign link is ignored: the journey simply starts', async () => {
    history.replaceState(null, '', `${location.pathname}#mdv=%%%`)
    const el = await mount({ src: fixture('court') })
    expect(heading(el)).to.equal('Étape 1 sur 2')
    expect($$(el, '[part~="notice"]')).to.have.length(0)
  })

  it('offers copy and a mailto: link, with no axe-core violation', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    const keep = $(el, '.mdv-keep') as HTMLDetailsElement
    keep.open = true
    await settle(el)
    const mail = $(el, '.mdv-keep a[href^="mailto:"]') as HTMLAnchorElement
    expect(decodeURIComponent(mail.href)).to.include(($(el, '#mdv-private-link') as HTMLInputElement).value)
    expect(await axeViolations(el)).to.deep.equal([])
  })

  it('is not offered on a sensitive journey', async () => {
    const el = await mount({ src: fixture('discret') })
    for (let i = 0; i < 10 && !el.shadowRoot!.querySelector('mdv-plan'); i++) {
      const q = el.shadowRoot!.querySelector('mdv-question') as HTMLElementTagNameMap['mdv-question'] | null
      if (!q) break
      const first = q.querySelector<HTMLInputElement>('input[name="answer"]')
      await answer(el, first ? (q.question.type === 'multiple' ? [first.value] : first.value) : '2026-01-01')
    }
    expect(el.shadowRoot!.querySelector('mdv-plan')).to.not.equal(null)
    expect(el.shadowRoot!.querySelector('.mdv-keep')).to.equal(null)
    expect(el.shadowRoot!.querySelector('[data-mdv-forget], .mdv-restart')?.textContent).to.not.include('Effacer mes réponses')
  })
})

describe('forgetting', () => {
  useFakeApi()

  it('« Effacer mes réponses sur cet appareil » asks, then erases every journey’s answers, shared answers and ticks', async () => {
    const other = await mount({ src: fixture('all-types') })
    await answer(other, '1980-07-14')
    other.remove()
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    ;($(el, '#mdv-done-declarer_deces') as HTMLInputElement).click()
    await settle(el)
    expect(mdvKeys().length).to.be.greaterThan(2)
    // A booked callback is no answer: its cancellation token must survive, or the usager could not cancel.
    localStorage.setItem('mdv:callback:court', JSON.stringify({ reference: 'R-1', cancelToken: 't' }))
    buttonByText(el, 'Effacer mes réponses sur cet appareil').click()
    await settle(el)
    expect($(el, '[data-mdv-forget]').textContent).to.include('pour tous les parcours')
    expect(await axeViolations(el)).to.deep.equal([])
    buttonByText(el, 'Oui, tout effacer').click()
    await settle(el)
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('mdv-question'); i++) await new Promise((r) => setTimeout(r, 10))
    await settle(el)
    expect(heading(el)).to.equal('Étape 1 sur 2')
    // The fresh start writes its own empty session, nothing else survives.
    expect(mdvKeys().filter((k) => !k.endsWith(':answers'))).to.deep.equal(['mdv:callback:court'])
    expect(localStorage.getItem('mdv:shared:date_naissance')).to.equal(null)
    expect(text($(el, '[aria-live="polite"][role="status"]'))).to.equal('Vos réponses ont été effacées de cet appareil.')
  })

  it('« Recommencer » can also forget the answers shared with other journeys', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, ['1980-07-14', 'seul'])
    expect(localStorage.getItem('mdv:shared:date_naissance')).to.not.equal(null)
    buttonByText(el, 'Recommencer').click()
    await settle(el)
    ;($(el, '#mdv-restart-shared') as HTMLInputElement).click()
    buttonByText(el, 'Oui, recommencer').click()
    for (let i = 0; i < 50 && heading(el) !== 'Étape 1 sur 8'; i++) await new Promise((r) => setTimeout(r, 10))
    expect(heading(el)).to.equal('Étape 1 sur 8')
    expect(localStorage.getItem('mdv:shared:date_naissance')).to.equal(null)
    expect($$(el, 'mdv-summary')).to.have.length(0)
  })

  it('says « Nous avons repris vos réponses » only when there were answers to take up', async () => {
    let el = await mount({ src: fixture('court') })
    el.remove()
    el = await mount({ src: fixture('court') })
    expect($$(el, '[part~="notice"]')).to.have.length(0)
    await answer(el, 'france')
    el.remove()
    el = await mount({ src: fixture('court') })
    expect($(el, '[part~="notice"]').textContent).to.include('Nous avons repris vos réponses')
  })
})

function text(node: Element): string {
  return node.textContent!.replace(/\s+/g, ' ').trim()
}
