/**
 * The call-back screens in a sensitive journey (safety advice, calendar caution, kept in
 * the tab only), and axe-core on every call-back screen in both themes.
 */
import { expect } from '@open-wc/testing'
import type { MomentDeVie } from '../../widget/src/index.ts'
import { answerAll, buttonByText } from './helpers/answer.ts'
import { axeViolations } from './helpers/axe.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { en } from '../../widget/src/i18n/en.ts'
import { fr } from '../../widget/src/i18n/fr.ts'
import { $, $$, fixture, mount, rootOf, settle, waitFor } from './helpers/mount.ts'

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim()

async function openCallback(el: MomentDeVie): Promise<void> {
  const button = await waitFor(() => rootOf(el).querySelector<HTMLButtonElement>('mdv-callback button'), 'the call-back section')
  button.click()
  await waitFor(() => rootOf(el).querySelector('#mdv-cb-phone'), 'the call-back form')
  await settle(el)
}

async function fillForm(el: MomentDeVie): Promise<void> {
  ;($(el, '#mdv-cb-slot-0') as HTMLInputElement).checked = true
  ;($(el, '#mdv-cb-phone') as HTMLInputElement).value = '06 12 34 56 78'
  ;($(el, '#mdv-cb-consent') as HTMLInputElement).checked = true
  buttonByText(el, 'Continuer').click()
  await settle(el)
}

async function book(el: MomentDeVie): Promise<void> {
  if (!rootOf(el).querySelector('.mdv-recap')) await fillForm(el)
  buttonByText(el, 'Confirmer le rendez-vous').click()
  await waitFor(() => rootOf(el).querySelector('.mdv-reference'), 'the confirmation')
  await settle(el)
}

describe('call-back in a sensitive journey', () => {
  const api = useFakeApi()
  afterEach(() => sessionStorage.clear())

  it('safety advice before choosing a time, a caution before the calendar entry, kept in the tab only', async () => {
    api().centre = { caller: 'Un conseiller', callerNumber: null, callerNumberHidden: true }
    const el = await mount({ src: fixture('discret') })
    await answerAll(el, ['france', '2026-11-20'])
    await openCallback(el)
    expect(text($(el, '[data-mdv-caller]'))).to.equal('Un conseiller vous appellera en numéro masqué.')
    const safety = $(el, '[data-mdv-safety]')
    expect($$(el, '[data-mdv-safety] li').map(text)).to.deep.equal([
      'Choisissez un moment où vous pourrez parler sans être entendu(e), dans un endroit sûr.',
      "Indiquez de préférence le numéro d'un téléphone que vous êtes seul(e) à utiliser.",
      "Si quelqu'un d'autre décroche, ou si vous ne pouvez pas parler librement, vous pouvez raccrocher, puis demander un autre rappel.",
    ])
    // Nothing said about voicemail: the centre does not say.
    expect(text(safety)).to.not.match(/répondeur/)
    // Before the times, so that it is read before choosing one.
    expect(safety.compareDocumentPosition($(el, '#mdv-cb-slot-0')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0)
    await book(el)

    const caution = $(el, '[data-mdv-calendar-caution]')
    expect(text(caution)).to.equal(
      "Attention : un rendez-vous ajouté à l'agenda peut être vu par les autres personnes qui utilisent cet appareil ou ce compte.",
    )
    expect(caution.compareDocumentPosition($(el, '[data-mdv-ics]')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0)
    expect(Object.keys(localStorage).filter((k) => k.includes('callback'))).to.deep.equal([])
  })

  it('the adviser leaving no voicemail is said among the safety advice when the centre says so', async () => {
    api().centre = { caller: 'Un conseiller', callerNumber: '01 23 45 67 89', callerNumberHidden: false, leavesVoicemail: false }
    const el = await mount({ src: fixture('discret') })
    await answerAll(el, ['france', '2026-11-20'])
    await openCallback(el)
    const tips = $$(el, '[data-mdv-safety] li').map(text)
    expect(tips).to.include('Le conseiller ne laisse pas de message sur le répondeur.')
    // A number is shown, yet the call may still come as hidden.
    expect(tips).to.include("L'appel peut aussi s'afficher en numéro masqué ou inconnu.")
  })
})

describe('slot times in words', () => {
  const words = (s: string) => s.replace(/\s+/g, ' ')
  it('« 9 h – 9 h 30 » in French; am/pm once in English unless the range crosses noon', () => {
    expect(words(fr.clockRange([9, 0], [9, 30]))).to.equal('9 h – 9 h 30')
    expect(words(fr.clockRange([14, 30], [15, 0]))).to.equal('14 h 30 – 15 h')
    expect(words(fr.clockRange([9, 5], [9, 25]))).to.equal('9 h 05 – 9 h 25')
    expect(words(en.clockRange([9, 0], [9, 30]))).to.equal('9:00 – 9:30 am')
    expect(words(en.clockRange([11, 30], [12, 0]))).to.equal('11:30 am – 12:00 pm')
    expect(words(en.clockRange([12, 0], [12, 30]))).to.equal('12:00 – 12:30 pm')
    expect(words(en.clockRange([13, 30], [14, 0]))).to.equal('1:30 – 2:00 pm')
  })
})

describe('a booking the call centre cancelled since', () => {
  const api = useFakeApi()

  it('is said so on arrival, without taking focus, and forgotten', async () => {
    const booking = { reference: 'RAP-7K2Q', cancelToken: 'secret-token', cancelCode: 'K7P4-QX9M', start: '2026-11-26T13:30:00.000Z', end: '2026-11-26T14:00:00.000Z' }
    const first = await mount({ src: fixture('court') })
    await answerAll(first, ['france', '2026-11-20'])
    first.remove()
    localStorage.setItem('mdv:callback:court', JSON.stringify(booking))
    api().statuses['RAP-7K2Q'] = { status: 'cancelled', start: booking.start, end: booking.end, satisfaction: null }
    const el = await mount({ src: fixture('court') })
    await waitFor(() => rootOf(el).querySelector('.mdv-callback .fr-alert--info'), 'the message')
    expect(text($(el, '.mdv-callback .fr-alert--info'))).to.equal('Votre rendez-vous a été annulé par le service. Vous pouvez demander un autre rappel.')
    expect(rootOf(el).querySelector('.mdv-reference')).to.equal(null)
    expect(localStorage.getItem('mdv:callback:court')).to.equal(null)
    expect($(el, 'mdv-callback').contains((el.shadowRoot ?? document).activeElement)).to.equal(false)
  })

  it('a booking still on: shown as booked', async () => {
    const first = await mount({ src: fixture('court') })
    await answerAll(first, ['france', '2026-11-20'])
    await openCallback(first)
    await book(first)
    first.remove()
    const el = await mount({ src: fixture('court') })
    await waitFor(() => api().of('/api/callbacks/RAP-7K2Q/status').length, 'the status request')
    await settle(el)
    expect(text($(el, '.mdv-reference'))).to.equal('RAP-7K2Q')
    expect(localStorage.getItem('mdv:callback:court')).to.not.equal(null)
  })
})

describe('the plan’s « Être rappelé » card once booked', () => {
  useFakeApi()

  it('shows the booking; it never presses « Annuler le rendez-vous »', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    await openCallback(el)
    await book(el)
    $(el, '.mdv-callback-card button').click()
    await settle(el)
    expect(rootOf(el).querySelector('[data-mdv-cancel-confirm]')).to.equal(null)
    expect(text($(el, '.mdv-reference'))).to.equal('RAP-7K2Q')
  })
})

for (const theme of ['default', 'dsfr']) {
  describe(`axe-core on the call-back screens (${theme} theme)`, function () {
    this.timeout(30_000)
    useFakeApi()
    const h1 = document.createElement('h1')
    h1.textContent = "Page de l'administration"
    beforeEach(() => document.body.prepend(h1))
    afterEach(() => {
      h1.remove()
      sessionStorage.clear()
    })

    for (const journey of ['court', 'discret']) {
      it(`form, errors, recap, confirmation, cancel confirmation and cancelled (${journey})`, async () => {
        const el = await mount({ src: fixture(journey), ...(theme === 'dsfr' ? { theme } : {}) })
        await answerAll(el, ['france', '2026-11-20'])
        await openCallback(el)
        const check = async (screen: string) => {
          const violations = await axeViolations(el)
          expect(violations, `${screen}:\n${violations.join('\n')}`).to.deep.equal([])
        }
        await check('form')
        buttonByText(el, 'Continuer').click()
        await settle(el)
        await check('form with errors')
        ;($(el, '#mdv-cb-share') as HTMLInputElement).checked = true
        await fillForm(el)
        await check('recap')
        await book(el)
        await check('confirmation')
        buttonByText(el, 'Annuler le rendez-vous').click()
        await settle(el)
        await check('cancel confirmation')
        buttonByText(el, 'Oui, annuler').click()
        await waitFor(() => rootOf(el).querySelector('.mdv-callback .fr-alert--info'), 'the cancellation')
        await check('cancelled')
      })
    }
  })
}
