/**
 * « Cet appel vous a-t-il aidé ? »: asked once, above the plan, when the usager comes
 * back after the agent marked the call « Appelé »; loaded only then.
 */
import { expect } from '@open-wc/testing'
import type { MomentDeVie } from '../../widget/src/index.ts'
import { answerAll, buttonByText } from './helpers/answer.ts'
import { axeViolations } from './helpers/axe.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, $$, expectFocus, fixture, mount, rootOf, settle, waitFor } from './helpers/mount.ts'

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim()
const KEY = 'mdv:callback:court'
/** The widget's today is 2026-11-24: this call was on the 20th. */
const PAST = { reference: 'MDV-AB12-CD34', cancelToken: 'secret-token', cancelCode: 'K7P4-QX9M', start: '2026-11-20T08:00:00.000Z', end: '2026-11-20T08:30:00.000Z' }

/** The plan of « court » kept in the browser, and a booking kept beside it. */
async function comeBack(booking: object | undefined, options: { theme?: string } = {}): Promise<MomentDeVie> {
  localStorage.clear()
  const first = await mount({ src: fixture('court') })
  await answerAll(first, ['france', '2026-11-20'])
  first.remove()
  if (booking) localStorage.setItem(KEY, JSON.stringify(booking))
  const el = await mount({ src: fixture('court'), ...options })
  await settle(el)
  return el
}

async function prompt(el: MomentDeVie): Promise<HTMLElement> {
  const found = await waitFor(() => rootOf(el).querySelector<HTMLElement>('mdv-satisfaction form'), 'the satisfaction prompt')
  await settle(el)
  return found
}

describe('post-call satisfaction', () => {
  const api = useFakeApi()

  it('is not loaded, nor asked, without a booking whose time has come', async () => {
    const ahead = { ...PAST, start: '2026-11-26T08:00:00.000Z', end: '2026-11-26T08:30:00.000Z' }
    api().statuses[PAST.reference] = { status: 'booked', start: ahead.start, end: ahead.end, satisfaction: null }
    const el = await comeBack(ahead)
    expect($$(el, 'mdv-plan')).to.have.length(1)
    // Only the call-back section's check that the booking still stands.
    await waitFor(() => api().of('/api/callbacks/').length, 'the status request')
    await settle(el)
    expect(api().of('/api/callbacks/').map((c) => c.path)).to.deep.equal([`/api/callbacks/${PAST.reference}/status`])
    expect(customElements.get('mdv-satisfaction')).to.equal(undefined)
    // The booking ahead is still shown, and kept.
    expect(text($(el, '.mdv-reference'))).to.equal('MDV-AB12-CD34')
    expect(localStorage.getItem(KEY)).to.not.equal(null)
  })

  it('a called booking: the question above the plan, 1 to 5 with words at both ends, then thanks, once', async () => {
    api().statuses[PAST.reference] = { status: 'called', start: PAST.start, end: PAST.end, satisfaction: null }
    const el = await comeBack(PAST)
    const form = await prompt(el)
    const [status] = api().of(`/api/callbacks/${PAST.reference}/status`)
    expect(status!.headers['x-cancel-token']).to.equal('secret-token')
    expect(customElements.get('mdv-satisfaction')).to.not.equal(undefined)
    // Above the plan, so that coming back shows it; focus is not taken on arrival.
    expect(form.compareDocumentPosition($(el, 'mdv-plan')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0)
    expect(text($(el, '#mdv-sat-legend'))).to.include('Cet appel vous a-t-il aidé ?')
    const radios = $$(el, 'mdv-satisfaction input[type="radio"]') as HTMLInputElement[]
    expect(radios.map((r) => text(r.labels![0]!))).to.deep.equal(['1 Pas du tout', '2', '3', '4', '5 Tout à fait'])
    expect(rootOf(el).querySelector('mdv-satisfaction')!.contains(document.activeElement)).to.equal(false)

    // Without a rating: an error, focus on the scale.
    buttonByText(el, 'Envoyer').click()
    await settle(el)
    expect(text($(el, '#mdv-sat-messages'))).to.equal('Choisissez une note de 1 à 5.')
    expectFocus(el, '#mdv-sat-rating-1')
    expect(api().of(`/api/callbacks/${PAST.reference}/satisfaction`)).to.have.length(0)

    // A comment too long is refused here, not by the server.
    ;($(el, '#mdv-sat-rating-4') as HTMLInputElement).checked = true
    ;($(el, '#mdv-sat-comment') as HTMLTextAreaElement).value = 'x'.repeat(1001)
    buttonByText(el, 'Envoyer').click()
    await settle(el)
    expect(text($(el, '#mdv-sat-comment-error'))).to.equal('Votre commentaire doit faire 1000 caractères au maximum.')
    expect(api().of(`/api/callbacks/${PAST.reference}/satisfaction`)).to.have.length(0)

    ;($(el, '#mdv-sat-comment') as HTMLTextAreaElement).value = 'Très clair, merci.'
    buttonByText(el, 'Envoyer').click()
    await waitFor(() => rootOf(el).querySelector('[data-mdv-satisfaction-done]'), 'the thanks')
    await settle(el)
    const [sent] = api().of(`/api/callbacks/${PAST.reference}/satisfaction`, 'POST')
    expect(sent!.headers['x-cancel-token']).to.equal('secret-token')
    expect(sent!.body).to.deep.equal({ rating: 4, comment: 'Très clair, merci.' })
    expect(text($(el, '[data-mdv-satisfaction-done]'))).to.equal('Merci pour votre réponse.')
    expectFocus(el, '[data-mdv-satisfaction-done]')
    expect(localStorage.getItem(KEY)).to.equal(null)

    // Once: coming back again asks nothing, and asks the server nothing.
    el.remove()
    const calls = api().calls.length
    const again = await mount({ src: fixture('court') })
    await settle(again)
    expect(rootOf(again).querySelector('mdv-satisfaction')).to.equal(null)
    expect(api().calls.slice(calls).filter((c) => c.path.startsWith('/api/callbacks/'))).to.have.length(0)
  })

  it('« Pas maintenant »: never asked again, nothing sent', async () => {
    api().statuses[PAST.reference] = { status: 'called', start: PAST.start, end: PAST.end, satisfaction: null }
    const el = await comeBack(PAST)
    await prompt(el)
    buttonByText(el, 'Pas maintenant').click()
    await settle(el)
    expect(text($(el, '[data-mdv-satisfaction-done]'))).to.equal('Entendu : cette question ne vous sera plus posée.')
    expectFocus(el, '[data-mdv-satisfaction-done]')
    expect(api().of(`/api/callbacks/${PAST.reference}/satisfaction`)).to.have.length(0)
    expect(localStorage.getItem(KEY)).to.equal(null)
  })

  it('not asked while the call is still to be made, nor when it was answered elsewhere, cancelled or unknown', async () => {
    api().statuses[PAST.reference] = { status: 'booked', start: PAST.start, end: PAST.end, satisfaction: null }
    let el = await comeBack(PAST)
    await waitFor(() => api().of(`/api/callbacks/${PAST.reference}/status`).length, 'the status request')
    await settle(el)
    expect(rootOf(el).querySelector('mdv-satisfaction form')).to.equal(null)
    // Kept: the agent may still mark it called.
    expect(localStorage.getItem(KEY)).to.not.equal(null)
    el.remove()

    for (const [status, satisfaction] of [['called', { rating: 5 }], ['cancelled', null]] as const) {
      api().statuses[PAST.reference] = { status, start: PAST.start, end: PAST.end, satisfaction }
      const before = api().of(`/api/callbacks/${PAST.reference}/status`).length
      el = await comeBack(PAST)
      await waitFor(() => api().of(`/api/callbacks/${PAST.reference}/status`).length > before, 'the status request')
      await waitFor(() => localStorage.getItem(KEY) === null, `the ${status} booking forgotten`)
      expect(rootOf(el).querySelector('mdv-satisfaction form')).to.equal(null)
      el.remove()
    }

    delete api().statuses[PAST.reference]
    el = await comeBack(PAST)
    await waitFor(() => localStorage.getItem(KEY) === null, 'the unknown booking forgotten')
    expect(rootOf(el).querySelector('mdv-satisfaction form')).to.equal(null)
  })

  it('a booking more than 30 days past its call is forgotten without asking', async () => {
    const el = await comeBack({ ...PAST, start: '2026-10-20T08:00:00.000Z', end: '2026-10-20T08:30:00.000Z' })
    expect(api().of('/api/callbacks/')).to.have.length(0)
    expect(rootOf(el).querySelector('mdv-satisfaction')).to.equal(null)
    expect(localStorage.getItem(KEY)).to.equal(null)
  })

  for (const theme of ['default', 'dsfr']) {
    it(`axe-core: no violation on the question, its error and the thanks (${theme} theme)`, async () => {
      const h1 = document.createElement('h1')
      h1.textContent = "Page de l'administration"
      document.body.prepend(h1)
      try {
        api().statuses[PAST.reference] = { status: 'called', start: PAST.start, end: PAST.end, satisfaction: null }
        const el = await comeBack(PAST, theme === 'dsfr' ? { theme } : {})
        await prompt(el)
        expect(await axeViolations(el), 'question').to.deep.equal([])
        buttonByText(el, 'Envoyer').click()
        await settle(el)
        expect(await axeViolations(el), 'question with an error').to.deep.equal([])
        ;($(el, '#mdv-sat-rating-5') as HTMLInputElement).checked = true
        buttonByText(el, 'Envoyer').click()
        await waitFor(() => rootOf(el).querySelector('[data-mdv-satisfaction-done]'), 'the thanks')
        expect(await axeViolations(el), 'thanks').to.deep.equal([])
      } finally {
        h1.remove()
      }
    })
  }
})
