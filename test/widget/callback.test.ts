import { expect } from '@open-wc/testing'
import { normalizePhone } from '../../widget/src/validation/phone.ts'
import type { MomentDeVie } from '../../widget/src/index.ts'
import { answerAll, buttonByText } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, $$, expectFocus, fixture, mount, settle, waitFor } from './helpers/mount.ts'

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim()

async function openCallback(el: MomentDeVie): Promise<void> {
  buttonByText(el, 'Être rappelé par un conseiller').click()
  await waitFor(() => el.shadowRoot!.querySelector('#mdv-cb-phone'), 'the call-back form')
  await settle(el)
}

async function fillForm(el: MomentDeVie, phone: string, { slot = 0, consent = true } = {}): Promise<void> {
  if (slot >= 0) ($(el, `#mdv-cb-slot-${slot}`) as HTMLInputElement).checked = true
  ;($(el, '#mdv-cb-phone') as HTMLInputElement).value = phone
  ;($(el, '#mdv-cb-name') as HTMLInputElement).value = 'Camille'
  ;($(el, '#mdv-cb-consent') as HTMLInputElement).checked = consent
  buttonByText(el, 'Continuer').click()
  await settle(el)
}

describe('call-back booking', () => {
  const api = useFakeApi()

  it('accepts French phone numbers, overseas included, and refuses the rest', () => {
    expect(normalizePhone('06 12 34 56 78')).to.equal('+33612345678')
    expect(normalizePhone('01.23.45.67.89')).to.equal('+33123456789')
    expect(normalizePhone('+33 (0)6 12 34 56 78')).to.equal('+33612345678')
    expect(normalizePhone('0033612345678')).to.equal('+33612345678')
    // Overseas numbers written the national way get their own country code.
    expect(normalizePhone('0262 12 34 56')).to.equal('+262262123456')
    expect(normalizePhone('0692 12 34 56')).to.equal('+262692123456')
    expect(normalizePhone('0639 12 34 56')).to.equal('+262639123456')
    expect(normalizePhone('0590 12 34 56')).to.equal('+590590123456')
    expect(normalizePhone('0694 12 34 56')).to.equal('+594694123456')
    expect(normalizePhone('0696 12 34 56')).to.equal('+596696123456')
    expect(normalizePhone('0692 12 34 56 7')).to.equal(undefined)
    expect(normalizePhone('+262 692 12 34 56')).to.equal('+262692123456')
    expect(normalizePhone('+262 0692 12 34 56')).to.equal('+262692123456')
    expect(normalizePhone('+590 690 12 34 56')).to.equal('+590690123456')
    expect(normalizePhone('+594 694 12 34 56')).to.equal('+594694123456')
    expect(normalizePhone('+596 696 12 34 56')).to.equal('+596696123456')
    expect(normalizePhone('+687 75 12 34')).to.equal('+687751234')
    expect(normalizePhone('+689 87 12 34 56')).to.equal('+68987123456')
    expect(normalizePhone('+508 41 12 34')).to.equal('+508411234')
    expect(normalizePhone('+681 72 12 34')).to.equal('+681721234')
    expect(normalizePhone('+44 20 7946 0958')).to.equal(undefined)
    expect(normalizePhone('12345')).to.equal(undefined)
    expect(normalizePhone('06 12 34 56')).to.equal(undefined)
    expect(normalizePhone('00 12 34 56 78')).to.equal(undefined)
  })

  it('slot picker, phone, consent, recap, booking, confirmation and cancellation', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    const booked: CustomEvent[] = []
    el.addEventListener('mdv:callback-booked', (e) => booked.push(e))
    await openCallback(el)
    expect(api().of('/api/callbacks/slots')[0]!.path).to.equal('/api/callbacks/slots?journey=court&from=2026-11-24')
    expectFocus(el, '[data-mdv-callback-heading]')
    // Days in a native select, times as radios (Paris time).
    expect([...($(el, '#mdv-cb-day') as HTMLSelectElement).options].map(text)).to.deep.equal(['mercredi 25 novembre', 'jeudi 26 novembre'])
    expect($$(el, '[name="slot"]').map((r) => text((r as HTMLInputElement).labels![0]!))).to.deep.equal([
      '09:00 – 09:30 (3 places)',
      '09:30 – 10:00 (1 place)',
    ])
    expect(($(el, '#mdv-cb-phone') as HTMLInputElement).type).to.equal('tel')
    expect(($(el, '#mdv-cb-phone') as HTMLInputElement).autocomplete).to.equal('tel')
    expect(($(el, '#mdv-cb-name') as HTMLInputElement).autocomplete).to.equal('name')

    // Everything missing: an error summary with links, focused.
    await fillForm(el, '', { slot: -1, consent: false })
    expect($$(el, '[data-mdv-callback-errors] a').map(text)).to.deep.equal([
      'Choisissez une heure de rappel.',
      'Indiquez votre numéro de téléphone.',
      'Cochez la case pour donner votre accord, sans quoi le rappel ne peut pas être réservé.',
    ])
    expectFocus(el, '[data-mdv-callback-errors]')
    ;($$(el, '[data-mdv-callback-errors] a')[1] as HTMLAnchorElement).click()
    expectFocus(el, '#mdv-cb-phone')

    await fillForm(el, '06 12 34')
    expect(text($(el, '#mdv-cb-phone-error'))).to.include("Ce numéro de téléphone n'est pas valide")
    expect($(el, '#mdv-cb-phone').getAttribute('aria-describedby')).to.include('mdv-cb-phone-error')

    // Another day: its times.
    const day = $(el, '#mdv-cb-day') as HTMLSelectElement
    day.value = '2026-11-26'
    day.dispatchEvent(new Event('change'))
    await settle(el)
    expect($$(el, '[name="slot"]').map((r) => text((r as HTMLInputElement).labels![0]!))).to.deep.equal(['14:30 – 15:00 (2 places)'])
    await fillForm(el, '+590 690 12 34 56')

    // Recap before booking.
    expect(text($(el, '[data-mdv-callback-heading]'))).to.equal('Vérifiez votre demande de rappel')
    const recap = text($(el, '.mdv-recap'))
    expect(recap).to.include('le jeudi 26 novembre, entre 14:30 et 15:00')
    expect(recap).to.include('+590 690 12 34 56')
    expect(recap).to.include('Camille')
    expect(recap).to.include('Lieu du décès : En France')
    expect(api().of('/api/callbacks', 'POST')).to.have.length(0)

    buttonByText(el, 'Confirmer le rendez-vous').click()
    await waitFor(() => el.shadowRoot!.querySelector('.mdv-reference'), 'the confirmation')
    await settle(el)
    const [post] = api().of('/api/callbacks', 'POST')
    expect(post!.headers['idempotency-key']).to.match(/^[0-9a-f-]{32,36}$/)
    expect(post!.body).to.deep.equal({
      journey: 'court',
      start: '2026-11-26T13:30:00.000Z',
      phone: '+590690123456',
      name: 'Camille',
      consent: true,
      // The agent reads the answers and the démarches the usager was shown.
      summary:
        'Je perds un proche (essai)\nLieu du décès : En France\nDate du décès : 20 novembre 2026\n\nDémarches affichées :\n' +
        '- Déclarer le décès à la mairie (au plus tard le 23 novembre 2026)\n- Régler la succession (au plus tard le 20 mai 2027)\n- Prévenir les proches',
    })
    expect(text($(el, '.mdv-callback .fr-alert--success'))).to.include('Référence : RAP-7K2Q')
    expectFocus(el, '[data-mdv-callback-heading]')
    expect(booked).to.have.length(1)
    expect(booked[0]!.detail).to.deep.equal({ journey: 'court' })

    // Kept after a reload (without the phone number), and cancellable.
    const stored = JSON.parse(localStorage.getItem('mdv:callback:court')!)
    expect(stored).to.deep.equal({ reference: 'RAP-7K2Q', cancelToken: 'secret-token', start: '2026-11-26T13:30:00.000Z', end: '2026-11-26T14:00:00.000Z' })
    buttonByText(el, 'Annuler le rendez-vous').click()
    await waitFor(() => el.shadowRoot!.querySelector('.mdv-callback .fr-alert--info'), 'the cancellation')
    const [del] = api().of('/api/callbacks/RAP-7K2Q', 'DELETE')
    expect(del!.headers['x-cancel-token']).to.equal('secret-token')
    expect(text($(el, '.mdv-callback .fr-alert--info'))).to.equal('Votre rendez-vous a été annulé.')
    expect(localStorage.getItem('mdv:callback:court')).to.equal(null)
  })

  it('a slot that fills up meanwhile: clear message and fresh slots', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    await openCallback(el)
    await fillForm(el, '0612345678', { slot: 1 })
    api().failNextBooking = 'full'
    buttonByText(el, 'Confirmer le rendez-vous').click()
    await waitFor(() => el.shadowRoot!.querySelector('.mdv-status')?.textContent, 'the message')
    await settle(el)
    expect(text($(el, '.mdv-status'))).to.equal("Ce créneau vient d'être complet. Choisissez-en un autre.")
    expect(api().of('/api/callbacks/slots')).to.have.length(2)
    expect($$(el, '[name="slot"]')).to.have.length(1)
  })

  it('server validation errors and network failures are shown in the widget', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    await openCallback(el)
    await fillForm(el, '0612345678')
    api().failNextBooking = 'invalid-phone'
    buttonByText(el, 'Confirmer le rendez-vous').click()
    await waitFor(() => el.shadowRoot!.querySelector('#mdv-cb-phone-error'), 'the phone error')
    expect(text($(el, '#mdv-cb-phone-error'))).to.include('Numéro refusé par le serveur.')
    buttonByText(el, 'Continuer').click()
    await settle(el)
    api().failNextBooking = 'network'
    buttonByText(el, 'Confirmer le rendez-vous').click()
    await waitFor(() => el.shadowRoot!.querySelector('.mdv-status')?.textContent?.includes("n'a pas abouti"), 'the network message')
  })

  it('no slots or an unreachable API: a clear message', async () => {
    api().failSlots = true
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    buttonByText(el, 'Être rappelé par un conseiller').click()
    await waitFor(() => el.shadowRoot!.querySelector('.mdv-callback .fr-alert--warning'), 'the message')
    expect(text($(el, '.mdv-callback .fr-alert--warning'))).to.include('ne peuvent pas être chargés')
  })

  it('is not offered when the journey has no call-back', async () => {
    const el = await mount({ src: fixture('autre-parcours') })
    await answerAll(el, ['1980-01-01', 'non'])
    expect($$(el, 'mdv-callback')).to.have.length(0)
  })
})
