/**
 * The commune picker: search by name or postcode through /api/communes, an ARIA
 * combobox driven by the keyboard or the mouse, the INSEE code as the answer, and a
 * clear way out when the search does not answer.
 */
import { expect } from '@open-wc/testing'
import { answerAll, submit } from './helpers/answer.ts'
import { axeViolations } from './helpers/axe.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, $$, fixture, mount, settle, waitFor } from './helpers/mount.ts'
import type { MomentDeVie } from '../../widget/src/index.ts'

const BEFORE_COMMUNE = ['1980-07-14', 'seul', false, ['rsa'], 'FR']

function type(el: MomentDeVie, text: string): HTMLInputElement {
  const input = $(el, 'input[role="combobox"]') as HTMLInputElement
  input.focus()
  input.value = text
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }))
  return input
}

function key(input: HTMLInputElement, name: string): void {
  input.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }))
}

const options = (el: MomentDeVie) => $$(el, '[role="option"]')
const status = (el: MomentDeVie) => $(el, '[role="status"][id$="commune-status"]').textContent!.trim()

describe('commune picker', () => {
  const api = useFakeApi()

  it('suggests communes as the usager types, chosen with the arrows and Enter; the answer is the INSEE code', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, BEFORE_COMMUNE)
    const input = type(el, 'lyo')
    const list = await waitFor(() => !($(el, '[role="listbox"]') as HTMLElement).hidden && $(el, '[role="listbox"]'), 'suggestions')
    expect(api().of('/api/communes?q=lyo')).to.have.length(1)
    expect(input.getAttribute('aria-expanded')).to.equal('true')
    expect(input.getAttribute('aria-controls')).to.equal(list.id)
    expect(options(el).map((o) => o.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Lyon (69) 69001, 69002, 69003…',
      'Lyons-la-Forêt (27) 27480',
    ])
    expect(status(el)).to.equal('2 communes trouvées : utilisez les flèches haut et bas pour choisir.')

    key(input, 'ArrowDown')
    await settle(el)
    expect(input.getAttribute('aria-activedescendant')).to.equal(options(el)[0]!.id)
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true')
    key(input, 'ArrowUp') // wraps to the last
    await settle(el)
    expect(options(el)[1]!.getAttribute('aria-selected')).to.equal('true')
    key(input, 'ArrowDown') // back to the first
    key(input, 'Enter')
    await settle(el)
    expect(input.value).to.equal('Lyon (69)')
    expect(input.getAttribute('aria-expanded')).to.equal('false')
    expect(status(el)).to.equal('Commune choisie : Lyon (69)')
    expect(($(el, 'input[type="hidden"][name="answer"]') as HTMLInputElement).value).to.equal('69123')

    await submit(el)
    expect($(el, 'label').textContent).to.include('Quel est votre nom ?')
    expect(localStorage.getItem('mdv:journey:tous-les-types@1:answers')).to.include('"69123"')
  })

  it('finds by postcode, chooses with the mouse, and the summary names the commune', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, BEFORE_COMMUNE)
    type(el, '2000')
    await waitFor(() => options(el).length === 1, 'Ajaccio')
    options(el)[0]!.click()
    await settle(el)
    expect(($(el, 'input[role="combobox"]') as HTMLInputElement).value).to.equal('Ajaccio (2A)')
    await submit(el)
    await answerAll(el, ['Dupont'])
    expect($$(el, 'mdv-summary dd > span:first-child').map((d) => d.textContent!.trim())).to.include('Ajaccio (2A)')
  })

  it('Escape closes the list; a name typed without choosing gets a clear message', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, BEFORE_COMMUNE)
    const input = type(el, 'lyo')
    await waitFor(() => options(el).length === 2, 'suggestions')
    key(input, 'Escape')
    await settle(el)
    expect(input.getAttribute('aria-expanded')).to.equal('false')
    expect(($(el, '[role="listbox"]') as HTMLElement).hidden).to.equal(true)
    await submit(el)
    expect($(el, '[data-mdv-error-summary]').textContent).to.include('Choisissez la commune dans la liste')
  })

  it('when the search does not answer, says so on screen and accepts the INSEE code', async () => {
    api().failCommunes = true
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, BEFORE_COMMUNE)
    type(el, 'lyo')
    await waitFor(() => status(el).includes('ne répond pas'), 'the unavailable message')
    expect($(el, '[id$="commune-status"]').classList.contains('fr-sr-only')).to.equal(false)
    type(el, '69123')
    await settle(el)
    await submit(el)
    expect($(el, 'label').textContent).to.include('Quel est votre nom ?')
  })

  it('going back shows the chosen commune by name, and the open list has no accessibility violation', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, [...BEFORE_COMMUNE, '2A004'])
    $(el, 'mdv-question .fr-btn--secondary').click() // Retour
    await waitFor(() => ($$(el, 'input[role="combobox"]')[0] as HTMLInputElement | undefined)?.value === 'Ajaccio (2A)', 'the name of 2A004')
    type(el, 'lyo')
    await waitFor(() => options(el).length === 2, 'suggestions')
    expect(await axeViolations(el)).to.deep.equal([])
  })

  it('works the same in the DSFR theme, in the page itself', async () => {
    const el = await mount({ src: fixture('all-types'), theme: 'dsfr' })
    await answerAll(el, BEFORE_COMMUNE)
    expect(el.shadowRoot).to.equal(null)
    const input = type(el, '2000')
    await waitFor(() => options(el).length === 1, 'Ajaccio')
    key(input, 'ArrowDown')
    key(input, 'Enter')
    await settle(el)
    expect(input.value).to.equal('Ajaccio (2A)')
    expect(input.classList.contains('fr-input')).to.equal(true)
    expect(await axeViolations(el)).to.deep.equal([])
    await submit(el)
    expect($(el, 'label').textContent).to.include('Quel est votre nom ?')
  })
})
