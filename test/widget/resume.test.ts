import { expect } from '@open-wc/testing'
import { answer, answerAll, openAllEntries } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, $$, fixture, heading, mount } from './helpers/mount.ts'

/** A "reload": the element goes away and a new one starts from what the browser kept. */
async function reload(el: HTMLElement, options: Parameters<typeof mount>[0]) {
  el.remove()
  return mount(options)
}

describe('resume after a reload', () => {
  const api = useFakeApi()

  it('keeps the answers in localStorage, keyed by journey id and version, and restores them', async () => {
    const options = { src: fixture('all-types') }
    let el = await mount(options)
    await answerAll(el, ['1980-07-14', 'couple'])
    expect(Object.keys(localStorage)).to.include('mdv:journey:tous-les-types@1:answers')
    el = await reload(el, options)
    expect(heading(el)).to.equal('Étape 3 sur 8')
    expect($(el, '[part~="notice"]').textContent).to.include('Nous avons repris vos réponses')
    await answer(el, false)
    // The notice goes once the usager moves on.
    expect($$(el, '[part~="notice"]')).to.have.length(0)
  })

  it('restores the plan and the check-offs', async () => {
    const options = { src: fixture('court') }
    let el = await mount(options)
    await answerAll(el, ['france', '2026-11-20'])
    await openAllEntries(el)
    ;($(el, '#mdv-done-succession') as HTMLInputElement).click()
    el = await reload(el, options)
    expect(heading(el)).to.equal('Vos démarches')
    await openAllEntries(el)
    expect(($(el, '#mdv-done-succession') as HTMLInputElement).checked).to.equal(true)
  })

  it('no-storage keeps nothing in the browser', async () => {
    const options = { src: fixture('court'), attrs: { 'no-storage': '' } }
    let el = await mount(options)
    await answer(el, 'france')
    expect(Object.keys(localStorage).filter((k) => k.startsWith('mdv:'))).to.deep.equal([])
    el = await reload(el, options)
    expect(heading(el)).to.equal('Étape 1 sur 2')
  })

  it('answers saved by another version of the journey are removed, with a message', async () => {
    localStorage.setItem('mdv:journey:court@0:answers', JSON.stringify({ context: { journeyId: 'court', version: 0 } }))
    localStorage.setItem('mdv:journey:court@0:done', '["succession"]')
    const el = await mount({ src: fixture('court') })
    expect(heading(el)).to.equal('Étape 1 sur 2')
    expect($(el, '[part~="notice"]').textContent).to.include('mis à jour depuis votre dernière visite')
    expect(Object.keys(localStorage).filter((k) => k.includes('court@0'))).to.deep.equal([])
  })

  it('a corrupt saved state starts again with a clear message, without breaking the page', async () => {
    localStorage.setItem('mdv:journey:court@1:answers', '{"context": ')
    const el = await mount({ src: fixture('court') })
    expect(heading(el)).to.equal('Étape 1 sur 2')
    expect($(el, '[part~="notice"]').textContent).to.include("n'ont pas pu être relues")

    el.remove()
    localStorage.setItem('mdv:journey:court@1:answers', JSON.stringify({ context: { journeyId: 'court', version: 1, answers: { lieu_deces: 42 } } }))
    const again = await mount({ src: fixture('court') })
    expect(heading(again)).to.equal('Étape 1 sur 2')
    expect($(again, '[part~="notice"]').textContent).to.include("n'ont pas pu être relues")
  })
})
