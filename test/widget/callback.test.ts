import { expect } from '@open-wc/testing'
import { normalizePhone } from '../../widget/src/validation/phone.ts'
import type { MomentDeVie } from '../../widget/src/index.ts'
import { answerAll, buttonByText } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, $$, expectFocus, fixture, mount, rootOf, settle, waitFor } from './helpers/mount.ts'

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim()

async function openCallback(el: MomentDeVie): Promise<void> {
  // The call-back section's own button (the plan's card has one too); the section may still be loading.
  const button = await waitFor(() => rootOf(el).querySelector<HTMLButtonElement>('mdv-callback button'), 'the call-back section')
  button.click()
  await waitFor(() => el.shadowRoot!.querySelector('#mdv-cb-phone'), 'the call-back form')
  await settle(el)
}

async function fillForm(el: MomentDeVie, phone: string, { slot = 0, consent = true, share = false } = {}): Promise<void> {
  if (slot >= 0) ($(el, `#mdv-cb-slot-${slot}`) as HTMLInputElement).checked = true
  ;($(el, '#mdv-cb-phone') as HTMLInputElement).value = phone
  ;($(el, '#mdv-cb-name') as HTMLInputElement).value = 'Camille'
  ;($(el, '#mdv-cb-consent') as HTMLInputElement).checked = consent
  ;($(el, '#mdv-cb-share') as HTMLInputElement).checked = share
  buttonByText(el, 'Continuer').click()
  await settle(el)
}

const slotLabels = (el: MomentDeVie) => $$(el, '[name="slot"]').map((r) => text((r as HTMLInputElement).labels![0]!))

/** The booked call-back: reference and cancel code to note, the /annuler page, the calendar entry. */
function expectConfirmation(el: MomentDeVie): void {
  const box = text($(el, '.mdv-callback .fr-alert--success'))
  expect(box).to.include('Un conseiller Services Publics + vous appellera le jeudi 26 novembre, entre 14 h 30 et 15 h, depuis le 01 23 45 67 89.')
  expect(text($(el, '.mdv-reference'))).to.equal('RAP-7K2Q')
  expect(text($(el, '.mdv-cancel-code'))).to.equal('K7P4-QX9M')
  const page = $(el, '[data-mdv-cancel-page]') as HTMLAnchorElement
  expect(page.href).to.equal(`${location.origin}/annuler`)
  expect(text(page)).to.equal(`${location.origin}/annuler`)
  const ics = $(el, '[data-mdv-ics]') as HTMLAnchorElement
  expect(text(ics)).to.equal('Ajouter ce rendez-vous à mon agenda')
  expect(ics.href).to.equal(`${location.origin}/api/callbacks/RAP-7K2Q.ics?token=secret-token`)
  // Ordinary journeys: no calendar caution.
  expect(rootOf(el).querySelector('[data-mdv-calendar-caution]')).to.equal(null)
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

  it('slots by day, who calls, two consents (sharing unticked), recap, booking, cancel code, calendar, cancel confirmation', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    const booked: CustomEvent[] = []
    el.addEventListener('mdv:callback-booked', (e) => booked.push(e))
    await openCallback(el)
    expect(api().of('/api/callbacks/slots')[0]!.path).to.equal('/api/callbacks/slots?journey=court&from=2026-11-24')
    expectFocus(el, '[data-mdv-callback-heading]')
    // Who calls and from which number, before anything is booked.
    expect(text($(el, '[data-mdv-caller]'))).to.equal('Un conseiller Services Publics + vous appellera depuis le 01 23 45 67 89.')
    // A day, then that day's times in French (Paris time), without the places left.
    expect([...($(el, '#mdv-cb-day') as HTMLSelectElement).options].map(text)).to.deep.equal(['mercredi 25 novembre', 'jeudi 26 novembre'])
    expect(text($(el, '#mdv-cb-slot-legend'))).to.equal('Heures disponibles le mercredi 25 novembre')
    expect(slotLabels(el)).to.deep.equal(['9 h – 9 h 30', '9 h 30 – 10 h'])
    expect(text($(el, '.mdv-slots'))).to.not.match(/place/)
    expect(($(el, '#mdv-cb-phone') as HTMLInputElement).type).to.equal('tel')
    expect(($(el, '#mdv-cb-phone') as HTMLInputElement).autocomplete).to.equal('tel')
    expect(($(el, '#mdv-cb-name') as HTMLInputElement).autocomplete).to.equal('name')
    // Two separate consents; sharing the answers is optional and unticked, and says what the agent sees without it.
    expect(($(el, '#mdv-cb-consent') as HTMLInputElement).checked).to.equal(false)
    expect(($(el, '#mdv-cb-share') as HTMLInputElement).checked).to.equal(false)
    expect(text(($(el, '#mdv-cb-consent') as HTMLInputElement).labels![0]!)).to.equal("J'accepte d'être rappelé(e) à ce numéro, sur le créneau choisi.")
    expect(text(($(el, '#mdv-cb-share') as HTMLInputElement).labels![0]!)).to.include('seulement le nom du parcours')

    // Everything missing: an error summary with links, focused; the share box is never required.
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

    // Another day: its times, under its own legend.
    const day = $(el, '#mdv-cb-day') as HTMLSelectElement
    day.value = '2026-11-26'
    day.dispatchEvent(new Event('change'))
    await settle(el)
    expect(text($(el, '#mdv-cb-slot-legend'))).to.equal('Heures disponibles le jeudi 26 novembre')
    expect(slotLabels(el)).to.deep.equal(['14 h 30 – 15 h'])
    await fillForm(el, '+590 690 12 34 56')

    // Recap before booking: both consents in words.
    expect(text($(el, '[data-mdv-callback-heading]'))).to.equal('Vérifiez votre demande de rappel')
    const recap = text($(el, '.mdv-recap'))
    expect(recap).to.include('le jeudi 26 novembre, entre 14 h 30 et 15 h')
    expect(recap).to.include('Un conseiller Services Publics + vous appellera depuis le 01 23 45 67 89.')
    expect(recap).to.include('+590 690 12 34 56')
    expect(recap).to.include('Camille')
    expect(text($(el, '[data-mdv-recap-consent]'))).to.equal('Oui')
    expect(text($(el, '[data-mdv-recap-share]'))).to.equal('Non transmises : le conseiller verra seulement le nom du parcours.')
    expect(recap).to.not.include('Lieu du décès')
    expect(api().of('/api/callbacks', 'POST')).to.have.length(0)

    buttonByText(el, 'Confirmer le rendez-vous').click()
    await waitFor(() => el.shadowRoot!.querySelector('.mdv-reference'), 'the confirmation')
    await settle(el)
    const [post] = api().of('/api/callbacks', 'POST')
    expect(post!.headers['idempotency-key']).to.match(/^[0-9a-f-]{32,36}$/)
    // Without consent to share, the answers do not leave the browser.
    expect(post!.body).to.deep.equal({
      journey: 'court',
      start: '2026-11-26T13:30:00.000Z',
      phone: '+590690123456',
      name: 'Camille',
      consent: true,
      shareAnswers: false,
    })
    expectFocus(el, '[data-mdv-callback-heading]')
    expect(booked).to.have.length(1)
    expect(booked[0]!.detail).to.deep.equal({ journey: 'court' })
    expectConfirmation(el)
    expect(text($(el, '[data-mdv-confirmed-share]'))).to.equal('Le conseiller verra seulement le nom du parcours.')

    // Kept after a reload (without the phone number), and still cancellable there.
    const stored = JSON.parse(localStorage.getItem('mdv:callback:court')!)
    expect(stored).to.deep.include({ reference: 'RAP-7K2Q', cancelToken: 'secret-token', cancelCode: 'K7P4-QX9M', start: '2026-11-26T13:30:00.000Z', end: '2026-11-26T14:00:00.000Z' })
    expect(JSON.stringify(stored)).to.not.include('690')
    el.remove()
    const again = await mount({ src: fixture('court') })
    await waitFor(() => rootOf(again).querySelector('.mdv-reference'), 'the booking after a reload')
    await settle(again)
    expectConfirmation(again)

    // « Annuler le rendez-vous » asks first; « Non, garder » keeps it.
    buttonByText(again, 'Annuler le rendez-vous').click()
    await settle(again)
    expectFocus(again, '[data-mdv-cancel-confirm]')
    expect(text($(again, '[data-mdv-cancel-confirm] p'))).to.include('Annuler le rendez-vous le jeudi 26 novembre, entre 14 h 30 et 15 h ?')
    buttonByText(again, 'Non, garder').click()
    await settle(again)
    expect(api().of('/api/callbacks/RAP-7K2Q', 'DELETE')).to.have.length(0)
    expect(rootOf(again).querySelector('[data-mdv-cancel-confirm]')).to.equal(null)
    expectFocus(again, '[data-mdv-cancel]')
    expectConfirmation(again)

    buttonByText(again, 'Annuler le rendez-vous').click()
    await settle(again)
    buttonByText(again, 'Oui, annuler').click()
    await waitFor(() => again.shadowRoot!.querySelector('.mdv-callback .fr-alert--info'), 'the cancellation')
    await settle(again)
    const [del] = api().of('/api/callbacks/RAP-7K2Q', 'DELETE')
    expect(del!.headers['x-cancel-token']).to.equal('secret-token')
    expect(text($(again, '.mdv-callback .fr-alert--info'))).to.equal('Votre rendez-vous a été annulé.')
    expectFocus(again, '.mdv-callback .fr-alert--info')
    expect(localStorage.getItem('mdv:callback:court')).to.equal(null)
  })

  it('sharing ticked: the summary goes with the booking and the recap shows it', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    await openCallback(el)
    await fillForm(el, '06 12 34 56 78', { share: true })
    expect(text($(el, '[data-mdv-recap-share] p'))).to.equal('Transmises au conseiller :')
    expect(text($(el, '.mdv-recap__summary'))).to.include('Je perds un proche (essai) Lieu du décès : En France')
    buttonByText(el, 'Confirmer le rendez-vous').click()
    await waitFor(() => el.shadowRoot!.querySelector('.mdv-reference'), 'the confirmation')
    const [post] = api().of('/api/callbacks', 'POST')
    expect(post!.body).to.deep.include({ consent: true, shareAnswers: true })
    // The answers, which the server words and turns into the plan for the agent.
    expect((post!.body as { summary: unknown }).summary).to.deep.equal({ answers: { lieu_deces: 'france', date_deces: '2026-11-20' } })
    await settle(el)
    expect(text($(el, '[data-mdv-confirmed-share]'))).to.equal('Le conseiller verra le récapitulatif de vos réponses.')
  })

  it('a hidden number says so; voicemail is mentioned only when the centre says', async () => {
    api().centre = { caller: null, callerNumber: null, callerNumberHidden: true }
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    await openCallback(el)
    expect(text($(el, '[data-mdv-caller]'))).to.equal('Un conseiller vous appellera en numéro masqué.')
    expect(text($(el, '.mdv-callback'))).to.not.match(/répondeur|message/)
    el.remove()
    api().centre = { caller: 'Un conseiller', callerNumber: '01 23 45 67 89', callerNumberHidden: false, leavesVoicemail: false }
    const other = await mount({ src: fixture('court') })
    await openCallback(other)
    expect(text($(other, '[data-mdv-caller]'))).to.equal('Un conseiller vous appellera depuis le 01 23 45 67 89. Le conseiller ne laisse pas de message sur le répondeur.')
  })

  it('in English: times as "9:00 – 9:30 am"', async () => {
    const el = await mount({ src: fixture('court'), lang: 'en' })
    await answerAll(el, ['france', '2026-11-20'])
    await waitFor(() => ($$(el, 'button') as HTMLButtonElement[]).some((b) => text(b) === 'Get a call back from an adviser'), 'the English interface')
    buttonByText(el, 'Get a call back from an adviser').click()
    await waitFor(() => el.shadowRoot!.querySelector('#mdv-cb-phone'), 'the call-back form')
    await settle(el)
    expect(slotLabels(el)).to.deep.equal(['9:00 – 9:30 am', '9:30 – 10:00 am'])
    expect(text($(el, '[data-mdv-caller]'))).to.equal('Un conseiller Services Publics + will call you from 01 23 45 67 89.')
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
