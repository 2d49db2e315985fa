/**
 * Sensitive journeys (violences…): nothing is kept in the browser, and "Quitter ce site"
 * leaves at once — or lets the host handle it through a cancelable event.
 */
import { expect } from '@open-wc/testing'
import { answerAll, openAllEntries } from './helpers/answer.ts'
import { axeViolations } from './helpers/axe.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, fixture, heading, mount, rootOf } from './helpers/mount.ts'
import type { MdvQuickExitEvent } from '../../widget/src/index.ts'

const keptFor = (id: string) => Object.keys(localStorage).filter((k) => k.includes(id))

describe('sensitive journeys', () => {
  useFakeApi()

  it('keep nothing in the browser, and forget what an earlier version had kept', async () => {
    localStorage.setItem('mdv:journey:discret@1:answers', JSON.stringify({ context: { answers: { lieu_deces: 'france' } } }))
    localStorage.setItem('mdv:journey:discret@1:done', '["succession"]')
    const el = await mount({ src: fixture('discret') })
    expect(keptFor('discret')).to.deep.equal([])
    expect(heading(el)).to.equal('Étape 1 sur 2') // not resumed
    await answerAll(el, ['france', '2026-11-20'])
    expect(heading(el)).to.equal('Vos démarches')
    await openAllEntries(el)
    ;($(el, '#mdv-done-succession') as HTMLInputElement).click()
    expect(keptFor('discret')).to.deep.equal([])
    // An ordinary journey on the same site still keeps its answers.
    const other = await mount({ src: fixture('court') })
    await answerAll(other, ['france'])
    expect(keptFor('court')).to.include('mdv:journey:court@1:answers')
  })

  it('show "Quitter ce site" first, with a word on safety', async () => {
    const el = await mount({ src: fixture('discret') })
    const exit = $(el, '[part~="quick-exit"]')
    expect(exit.textContent).to.include('vos réponses ne sont pas gardées')
    expect(exit.querySelector('button')!.textContent!.trim()).to.equal('Quitter ce site')
    const first = rootOf(el).querySelector('[part~="quick-exit"], [part~="journey-title"]')
    expect(first).to.equal(exit)
    expect(await axeViolations(el)).to.deep.equal([])
    // Ordinary journeys have no such button.
    const court = await mount({ src: fixture('court') })
    expect(rootOf(court).querySelector('[part~="quick-exit"]')).to.equal(null)
  })

  it('"Quitter ce site" tells the host, which may handle the exit itself', async () => {
    const el = await mount({ src: fixture('discret'), attrs: { 'quick-exit-url': 'https://meteofrance.com/' } })
    const seen: MdvQuickExitEvent[] = []
    document.addEventListener('mdv:quick-exit', (e) => {
      seen.push(e)
      e.preventDefault() // the test page stays
    }, { once: true })
    $(el, '[part~="quick-exit"] button').click()
    expect(seen).to.have.length(1)
    expect(seen[0]!.detail).to.deep.equal({ journey: 'discret', url: 'https://meteofrance.com/' })
    expect(seen[0]!.cancelable).to.equal(true)
  })
})
