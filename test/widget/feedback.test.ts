import { expect } from '@open-wc/testing'
import { answerAll, buttonByText } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, expectFocus, fixture, mount, settle, waitFor } from './helpers/mount.ts'

describe('feedback', () => {
  const api = useFakeApi()

  it('"Cette aide vous a-t-elle été utile ?" 1 to 5 and an optional comment, posted to the server', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['etranger', '2026-10-01'])
    const events: CustomEvent[] = []
    el.addEventListener('mdv:feedback', (e) => events.push(e))
    expect($(el, '#mdv-fb-legend').textContent).to.equal('Cette aide vous a-t-elle été utile ?')
    buttonByText(el, 'Envoyer mon avis').click()
    await settle(el)
    expect($(el, '#mdv-fb-messages').textContent).to.include('Choisissez une note de 1 à 5.')
    expectFocus(el, '#mdv-fb-rating-1')
    ;($(el, '#mdv-fb-rating-4') as HTMLInputElement).checked = true
    ;($(el, '#mdv-fb-comment') as HTMLTextAreaElement).value = '  Très clair, merci.  '
    buttonByText(el, 'Envoyer mon avis').click()
    await waitFor(() => el.shadowRoot!.querySelector('[data-mdv-feedback-thanks]'), 'the thanks')
    expect(api().of('/api/feedback')[0]!.body).to.deep.equal({ journey: 'court', rating: 4, comment: 'Très clair, merci.' })
    expect(events.map((e) => e.detail)).to.deep.equal([{ journey: 'court', rating: 4 }])
    await settle(el)
    expectFocus(el, '[data-mdv-feedback-thanks]')
  })

  it('a server error is said, and the usager can try again', async () => {
    api().failFeedback = true
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['etranger', '2026-10-01'])
    ;($(el, '#mdv-fb-rating-2') as HTMLInputElement).checked = true
    buttonByText(el, 'Envoyer mon avis').click()
    await waitFor(() => el.shadowRoot!.querySelector('mdv-feedback .mdv-status')?.textContent, 'the message')
    expect($(el, 'mdv-feedback .mdv-status').textContent).to.include("n'a pas pu être envoyé")
    expect(api().of('/api/feedback')[0]!.body).to.deep.equal({ journey: 'court', rating: 2 })
  })
})
