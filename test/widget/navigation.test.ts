import { expect } from '@open-wc/testing'
import { answer, answerAll, buttonByText } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, $$, expectFocus, fixture, heading, mount, settle } from './helpers/mount.ts'

describe('navigation: back, change an answer, start again', () => {
  const api = useFakeApi()

  it('"Retour" goes to the previous question with its answer filled in, and focus on the heading', async () => {
    const el = await mount({ src: fixture('all-types') })
    expect($$(el, 'button').map((b) => b.textContent!.trim())).to.deep.equal(['Continuer'])
    await answerAll(el, ['1980-07-14', 'couple'])
    buttonByText(el, 'Retour').click()
    await settle(el)
    expect(heading(el)).to.equal('Étape 2 sur 8')
    expect(($(el, 'input[value="couple"]') as HTMLInputElement).checked).to.equal(true)
    expectFocus(el, '[data-mdv-heading]')
    buttonByText(el, 'Retour').click()
    await settle(el)
    expect(($(el, 'input[name="day"]') as HTMLInputElement).value).to.equal('14')
    expect(($(el, 'input[name="month"]') as HTMLInputElement).value).to.equal('7')
    expect(($(el, 'input[name="year"]') as HTMLInputElement).value).to.equal('1980')
  })

  it('"Étape X sur Y" counts only the questions that may still be asked', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, ['1980-07-14', 'seul'])
    expect(heading(el)).to.equal('Étape 3 sur 8')
    await answer(el, false)
    expect(heading(el)).to.equal('Étape 4 sur 7')
  })

  it('changing one answer from the summary keeps the later answers that still apply', async () => {
    const el = await mount({ src: fixture('all-types') })
    await answerAll(el, ['1980-07-14', 'seul', true, '2', ['apl'], 'MA', '75056', 'Dupont'])
    expect(heading(el)).to.equal('Vos démarches')
    const rows = () => $$(el, '.mdv-summary__row').map((r) => r.textContent!.replace(/\s+/g, ' ').trim())
    expect(rows()).to.have.length(8)
    expect(rows()[3]).to.include("Nombre d'enfants").and.include('2 enfant(s)')
    // The "modifier" buttons say which answer they change.
    const change = $$(el, '.mdv-summary__row button').find((b) => b.textContent!.includes('Enfants à charge'))!
    expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal('modifier : Enfants à charge')
    change.click()
    await settle(el)
    expect($(el, 'legend').textContent).to.include('Avez-vous des enfants à charge ?')
    expectFocus(el, '[data-mdv-heading]')
    await answer(el, false)
    // Straight back to the plan: every later question that still applies is answered.
    expect(heading(el)).to.equal('Vos démarches')
    expect(rows()).to.have.length(7)
    expect(rows().join()).not.to.include("Nombre d'enfants")
    expect(rows().join()).to.include('Dupont')
    expect($(el, 'mdv-plan').textContent).not.to.include('Demander les allocations familiales')

    // Changing it back asks only the question that now applies again.
    $$(el, '.mdv-summary__row button').find((b) => b.textContent!.includes('Enfants à charge'))!.click()
    await settle(el)
    await answer(el, true)
    expect($(el, 'label').textContent).to.include("Combien d'enfants")
    await answer(el, '3')
    expect(heading(el)).to.equal('Vos démarches')
    expect($(el, 'mdv-plan').textContent).to.include('Demander les allocations familiales')
  })

  it('"Recommencer" asks for confirmation, then clears the answers', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    buttonByText(el, 'Recommencer').click()
    await settle(el)
    expectFocus(el, '[data-mdv-restart]')
    expect($(el, '[data-mdv-restart]').textContent).to.include('Effacer toutes vos réponses')
    buttonByText(el, 'Annuler').click()
    await settle(el)
    expect(heading(el)).to.equal('Vos démarches')
    expect($$(el, '[data-mdv-restart]')).to.have.length(0)

    buttonByText(el, 'Recommencer').click()
    await settle(el)
    buttonByText(el, 'Oui, recommencer').click()
    await settle(el)
    expect(heading(el)).to.equal('Étape 1 sur 2')
    expect(($$(el, 'input[type="radio"]') as HTMLInputElement[]).some((r) => r.checked)).to.equal(false)
    expectFocus(el, '[data-mdv-heading]')
  })

  it('"Recommencer" is also offered during the questions', async () => {
    const el = await mount({ src: fixture('court') })
    await answer(el, 'etranger')
    buttonByText(el, 'Recommencer').click()
    await settle(el)
    buttonByText(el, 'Oui, recommencer').click()
    await settle(el)
    expect(heading(el)).to.equal('Étape 1 sur 2')
  })
})
