/**
 * The browser's Back and Forward between questions: one history entry per screen, the
 * URL never changed (a private link, a host's hash routing), `history="off"` for hosts
 * that manage history themselves.
 */
import { expect } from '@open-wc/testing'
import { answer, answerAll } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, active, fixture, heading, mount, rootOf, settle, waitFor } from './helpers/mount.ts'
import type { MomentDeVie } from '../../widget/src/index.ts'

/** Back (-1) or Forward (+1) in the browser, then the screen it leads to. */
async function go(el: MomentDeVie, delta: number): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
  history.go(delta)
  await popped
  await waitFor(() => rootOf(el).querySelector('mdv-question [data-mdv-heading], mdv-plan [data-mdv-heading]'), 'a screen')
  await settle(el)
}

async function toPlan(el: MomentDeVie): Promise<void> {
  await answerAll(el, ['france', '2026-11-20'])
  await waitFor(() => rootOf(el).querySelector('mdv-plan [data-mdv-heading]'), 'the plan')
  await settle(el)
}

const checked = (el: MomentDeVie) => ($(el, 'input[name="answer"]:checked') as HTMLInputElement).value
const marker = () => (history.state as { mdv?: { n: number; depth: number; plan: boolean } } | null)?.mdv

describe('browser history', () => {
  useFakeApi()
  const page = location.pathname + location.search
  beforeEach(() => history.replaceState(null, '', page))
  afterEach(() => history.replaceState(null, '', page))

  it('Back goes to the previous question, Forward comes back, and the plan’s Back returns to the last question', async () => {
    const length = history.length
    const el = await mount({ src: fixture('court') })
    expect(history.length).to.equal(length) // the page's own entry stands for the first question
    await answer(el, 'france')
    expect(heading(el)).to.equal('Étape 2 sur 2')
    expect(history.length).to.equal(length + 1)
    await go(el, -1)
    expect(heading(el)).to.equal('Étape 1 sur 2')
    expect(checked(el)).to.equal('france') // the answer is kept
    await go(el, 1)
    expect(heading(el)).to.equal('Étape 2 sur 2')
    await answer(el, '2026-11-20')
    await waitFor(() => rootOf(el).querySelector('mdv-plan [data-mdv-heading]'), 'the plan')
    await settle(el)
    expect(marker()).to.deep.include({ n: 2, plan: true })
    await go(el, -1)
    expect(heading(el)).to.equal('Étape 2 sur 2')
    expect(($(el, 'input[name="year"]') as HTMLInputElement).value).to.equal('2026')
    // And the focus is on the screen's heading, as after the widget's own Back.
    expect(active(el) === $(el, '[data-mdv-heading]')).to.equal(true)
  })

  it('the widget’s own « Retour » moves the browser back too, so Forward still leads on', async () => {
    const el = await mount({ src: fixture('court') })
    await answer(el, 'france')
    expect(marker()!.n).to.equal(1)
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
    ;[...rootOf(el).querySelectorAll<HTMLButtonElement>('mdv-question button')].find((b) => b.textContent!.trim() === 'Retour')!.click()
    await popped
    await settle(el)
    expect(heading(el)).to.equal('Étape 1 sur 2')
    expect(marker()!.n).to.equal(0)
    await go(el, 1)
    expect(heading(el)).to.equal('Étape 2 sur 2')
  })

  it('history="off": no entry, and Back is left to the host', async () => {
    const length = history.length
    const el = await mount({ src: fixture('court'), attrs: { history: 'off' } })
    await toPlan(el)
    expect(history.length).to.equal(length)
    expect(marker()).to.equal(undefined)
    // An entry the widget would have made, popped: nothing moves.
    window.dispatchEvent(new PopStateEvent('popstate', { state: { mdv: { journey: 'court', n: 0, depth: 0, plan: false } } }))
    await settle(el)
    expect(heading(el)).to.equal('Vos démarches')
  })

  it('leaves the URL alone: a host’s hash route and its router state stay as they are', async () => {
    history.replaceState({ router: 'key-1' }, '', `${page}#/aides/separation`)
    const hashChanges: string[] = []
    const onHash = () => hashChanges.push(location.hash)
    window.addEventListener('hashchange', onHash)
    try {
      const el = await mount({ src: fixture('court') })
      await answer(el, 'france')
      expect(location.hash).to.equal('#/aides/separation')
      expect((history.state as { router?: string }).router).to.equal('key-1')
      await go(el, -1)
      expect(heading(el)).to.equal('Étape 1 sur 2')
      expect(location.hash).to.equal('#/aides/separation')
      expect((history.state as { router?: string }).router).to.equal('key-1')
      expect(hashChanges).to.deep.equal([])
    } finally {
      window.removeEventListener('hashchange', onHash)
    }
  })

  it('a private link still restores the plan and leaves the address bar, the host’s part of the fragment kept', async () => {
    const payload = btoa(JSON.stringify({ j: 'court', v: 1, a: { lieu_deces: 'france', date_deces: '2026-11-20' } })).replace(/=+$/, '')
    history.replaceState(null, '', `${page}#onglet=2&mdv=${payload}`)
    const length = history.length
    const el = await mount({ src: fixture('court') })
    await waitFor(() => rootOf(el).querySelector('mdv-plan [data-mdv-heading]'), 'the plan')
    await settle(el)
    expect(heading(el)).to.equal('Vos démarches')
    expect(location.hash).to.equal('#onglet=2')
    // The link's screen is the page's own entry: no entry is made for the replayed answers.
    expect(history.length).to.equal(length)
    expect(marker()).to.deep.include({ n: 0, plan: true })
  })
})
