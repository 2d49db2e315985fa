import { expect } from '@open-wc/testing'
import { answer, buttonByText } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { fixture, mount, settle } from './helpers/mount.ts'

type Stat = { journey: string; type: string; question?: string; session?: string }

describe('statistics: one random session id per journey run', () => {
  const api = useFakeApi()
  const stats = () => api().of('/api/events').map((c) => c.body as Stat)

  it('keeps the id through a reload that resumes the run, and draws a new one on « Recommencer »', async () => {
    let el = await mount({ src: fixture('court') })
    await answer(el, 'france')
    window.dispatchEvent(new Event('pagehide'))
    el.remove()
    // The reload: the run resumes at its second question, and the page is left again.
    el = await mount({ src: fixture('court') })
    window.dispatchEvent(new Event('pagehide'))
    const first = stats()
    expect(first.map((s) => s.type)).to.deep.equal(['started', 'abandoned', 'abandoned'])
    const id = first[0]!.session!
    expect(id).to.match(/^[A-Za-z0-9_-]{16,64}$/)
    expect(first.every((s) => s.session === id)).to.equal(true)

    buttonByText(el, 'Recommencer').click()
    await settle(el)
    buttonByText(el, 'Oui, recommencer').click()
    await settle(el)
    await answer(el, 'etranger')
    const next = stats().slice(first.length)
    expect(next.map((s) => s.type)).to.deep.equal(['started'])
    expect(next[0]!.session).to.match(/^[A-Za-z0-9_-]{16,64}$/)
    expect(next[0]!.session).to.not.equal(id)
  })

  it('draws a different id in another browser (nothing derived from the page or the answers)', async () => {
    const el = await mount({ src: fixture('court') })
    await answer(el, 'france')
    const a = stats()[0]!.session
    el.remove()
    localStorage.clear()
    const again = await mount({ src: fixture('court') })
    await answer(again, 'france')
    expect(stats().at(-1)!.session).to.not.equal(a)
  })
})
