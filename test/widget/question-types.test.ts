import { expect } from '@open-wc/testing'
import { answer, answerAll, fill, submit } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, $$, expectFocus, fixture, heading, mount } from './helpers/mount.ts'

/** all-types.json asks, in order: date, single, boolean, number (if children), multiple, country, commune, text. */
const ANSWERS = ['1980-07-14', 'seul', true, '2', ['apl'], 'MA', '75056', 'Dupont'] as const

function errorText(el: HTMLElement & { shadowRoot: ShadowRoot | null }): string {
  return $(el as never, '.fr-error-text').textContent!.replace(/\s+/g, ' ').trim()
}

describe('every question type', () => {
  const api = useFakeApi()

  it('date: three labelled fields in a fieldset, bday autocomplete, French messages', async () => {
    const el = await mount({ src: fixture('all-types') })
    expect($(el, 'fieldset legend').textContent).to.include('Quelle est votre date de naissance ?')
    const inputs = $$(el, 'fieldset input') as HTMLInputElement[]
    expect(inputs.map((i) => i.autocomplete)).to.deep.equal(['bday-day', 'bday-month', 'bday-year'])
    expect(inputs.map((i) => i.labels![0]!.textContent!.trim())).to.deep.equal(['Jour', 'Mois', 'Année'])
    expect(inputs.every((i) => i.inputMode === 'numeric')).to.equal(true)

    await submit(el)
    expect(errorText(el)).to.include('Indiquez une date : jour, mois et année.')
    const summary = $(el, '[data-mdv-error-summary]')
    expectFocus(el, '[data-mdv-error-summary]')
    expect(summary.textContent).to.include('Il y a un problème')
    ;($(el, '[data-mdv-error-summary] a') as HTMLAnchorElement).click()
    expectFocus(el, 'input[name="day"]')

    fill(el, '1980-07-')
    await submit(el)
    expect(errorText(el)).to.include('La date doit comporter un jour, un mois et une année.')
    fill(el, '1980-02-31')
    await submit(el)
    expect(errorText(el)).to.include("Cette date n'existe pas")
    fill(el, '80-02-03')
    await submit(el)
    expect(errorText(el)).to.include("L'année doit comporter 4 chiffres")
    fill(el, '2027-01-01')
    await submit(el)
    expect(errorText(el)).to.include('La date doit être le 24 novembre 2026 ou avant.')
    expect($(el, 'input[name="year"]').getAttribute('aria-invalid')).to.equal(null)
    const fieldset = $(el, 'fieldset')
    expect(fieldset.getAttribute('aria-labelledby')).to.include('messages')

    await answer(el, '1980-07-14')
    expect(heading(el)).to.equal('Étape 2 sur 8')
  })

  it('single and boolean: radios in a fieldset with a legend, required message', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answer(el, '1980-07-14')
    const radios = $$(el, 'input[type="radio"]') as HTMLInputElement[]
    expect(radios.map((r) => r.labels![0]!.textContent!.trim())).to.deep.equal(['Je vis seul(e)', 'Je vis en couple'])
    await submit(el)
    expect(errorText(el)).to.include('Choisissez une réponse.')
    expect(radios[0]!.getAttribute('aria-invalid')).to.equal('true')
    await answer(el, 'couple')
    expect($(el, 'legend').textContent).to.include('Avez-vous des enfants à charge ?')
    expect(($$(el, 'input[type="radio"]') as HTMLInputElement[]).map((r) => r.labels![0]!.textContent!.trim())).to.deep.equal(['Oui', 'Non'])
    await answer(el, true)
    expect($(el, 'label').textContent).to.include("Combien d'enfants")
  })

  it('number: decimal keyboard, unit, integer and bounds', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, ['1980-07-14', 'seul', true])
    const input = $(el, 'input[name="answer"]') as HTMLInputElement
    expect(input.inputMode).to.equal('numeric')
    expect($(el, '.mdv-unit').textContent).to.equal('enfant(s)')
    expect(input.getAttribute('aria-describedby')).to.include('unit')
    for (const [value, message] of [
      ['deux', 'Indiquez un nombre en chiffres'],
      ['2,5', 'Indiquez un nombre entier'],
      ['0', 'supérieur ou égal à 1'],
      ['21', 'inférieur ou égal à 20'],
    ]) {
      await answer(el, value!)
      expect(errorText(el)).to.include(message!)
      expect(($(el, 'input[name="answer"]') as HTMLInputElement).getAttribute('aria-describedby')).to.include('error')
    }
    await answer(el, ' 3 ')
    expect($(el, 'legend').textContent).to.include('Quelles aides')
  })

  it('multiple: checkboxes, an exclusive option unticks the others', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, ['1980-07-14', 'seul', false])
    expect(heading(el)).to.equal('Étape 4 sur 7')
    const boxes = () => $$(el, 'input[type="checkbox"]') as HTMLInputElement[]
    await submit(el)
    expect(errorText(el)).to.include('Cochez au moins une réponse.')
    boxes()[0]!.click()
    boxes()[1]!.click()
    boxes()[2]!.click()
    expect(boxes().map((b) => b.checked)).to.deep.equal([false, false, true])
    boxes()[0]!.click()
    expect(boxes().map((b) => b.checked)).to.deep.equal([true, false, false])
    await submit(el)
    expect($(el, 'label').textContent).to.include('Dans quel pays')
  })

  it('country: a native select of names in the interface language, answer is the ISO code', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, ['1980-07-14', 'seul', false, ['rsa']])
    const select = $(el, 'select') as HTMLSelectElement
    const names = [...select.options].map((o) => o.textContent!.trim())
    expect(names[0]).to.equal('Choisissez un pays')
    expect(names).to.include('Maroc')
    expect(names).to.include('Allemagne')
    expect(names.indexOf('Allemagne')).to.be.lessThan(names.indexOf('Maroc'))
    await submit(el)
    expect(errorText(el)).to.include('Choisissez un pays dans la liste.')
    await answer(el, 'MA')
    expect($(el, 'label').textContent).to.include('Dans quelle commune')
  })

  it('commune: an INSEE code typed by hand is still accepted, with its pattern checked', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, ['1980-07-14', 'seul', false, ['rsa'], 'FR'])
    expect($(el, '.fr-hint-text').textContent).to.include('code postal')
    await answer(el, '7505')
    expect(errorText(el)).to.include('5 caractères')
    await answer(el, '2a004')
    expect($(el, 'label').textContent).to.include('Quel est votre nom ?')
  })

  it('text: name autocomplete, required and maximum length; the last answer shows the plan', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, ['1980-07-14', 'seul', false, ['rsa'], 'FR', '75056'])
    expect(($(el, 'input[name="answer"]') as HTMLInputElement).autocomplete).to.equal('name')
    await answer(el, '   ')
    expect(errorText(el)).to.include('Ce champ est obligatoire')
    await answer(el, 'x'.repeat(41))
    expect(errorText(el)).to.include('40 caractères au maximum')
    await answer(el, 'Dupont')
    expect(heading(el)).to.equal('Vos démarches')
  })

  it('English interface: labels and messages in English, journey content kept in French and marked lang="fr"', async () => {
    const el = await mount({ src: fixture('all-types'), lang: 'en' })
    expect(heading(el)).to.equal('Step 1 of 8')
    expect(($$(el, 'fieldset label') as HTMLElement[]).map((l) => l.textContent!.trim())).to.deep.equal(['Day', 'Month', 'Year'])
    expect($(el, 'legend span[lang="fr"]').textContent).to.equal('Quelle est votre date de naissance ?')
    await submit(el)
    expect(errorText(el)).to.include('Enter a date: day, month and year.')
    await answerAll(el, ['1980-07-14', 'seul'])
    expect(($$(el, 'input[type="radio"]') as HTMLInputElement[]).map((r) => r.labels![0]!.textContent!.trim())).to.deep.equal(['Yes', 'No'])
    await answerAll(el, [false, ['rsa']])
    expect([...($(el, 'select') as HTMLSelectElement).options].map((o) => o.textContent)).to.include('Morocco')
  })
})
