import { expect } from '@open-wc/testing'
import { answerAll } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { fixture, mount, screen, settle } from './helpers/mount.ts'

/** The run's random session id is checked in stats-session.test.ts. */
const withoutSession = (body: unknown) => {
  const { session: _session, ...rest } = body as Record<string, unknown>
  return rest
}

describe('events on the element, without personal data', () => {
  const api = useFakeApi()

  it('mdv:start, mdv:step and mdv:complete, bubbling and composed; statistics are anonymous', async () => {
    const seen: { type: string; detail: unknown }[] = []
    const listen = (e: Event) => seen.push({ type: e.type, detail: (e as CustomEvent).detail })
    for (const type of ['mdv:start', 'mdv:step', 'mdv:complete']) document.addEventListener(type, listen)
    try {
      const el = await mount({ src: fixture('court'), wait: false })
      await screen(el)
      await answerAll(el, ['france', '2026-11-20'])
      await settle(el)
    } finally {
      for (const type of ['mdv:start', 'mdv:step', 'mdv:complete']) document.removeEventListener(type, listen)
    }
    expect(seen).to.deep.equal([
      { type: 'mdv:start', detail: { journey: 'court', version: 1, resumed: false } },
      { type: 'mdv:step', detail: { journey: 'court', question: 'lieu_deces', step: 1, total: 2 } },
      { type: 'mdv:step', detail: { journey: 'court', question: 'date_deces', step: 2, total: 2 } },
      { type: 'mdv:complete', detail: { journey: 'court', tasks: 3 } },
    ])
    // No answer anywhere in what the page or the server sees.
    const stats = api().of('/api/events').map((c) => withoutSession(c.body))
    expect(stats).to.deep.equal([
      { journey: 'court', type: 'started' },
      { journey: 'court', type: 'completed' },
    ])
    expect(JSON.stringify([seen, stats])).not.to.match(/france|2026-11-20/)
  })

  it('"abandoned" is reported when the page goes away mid-journey; no-analytics sends nothing', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france'])
    window.dispatchEvent(new Event('pagehide'))
    expect(api().of('/api/events').map((c) => withoutSession(c.body))).to.deep.equal([
      { journey: 'court', type: 'started' },
      { journey: 'court', type: 'abandoned', question: 'date_deces' },
    ])
    el.remove()
    localStorage.clear()
    api().calls.length = 0
    const quiet = await mount({ src: fixture('court'), attrs: { 'no-analytics': '' } })
    await answerAll(quiet, ['france', '2026-11-20'])
    window.dispatchEvent(new Event('pagehide'))
    expect(api().of('/api/events')).to.have.length(0)
  })

  it('mdv:complete once per run: changing an answer from the list does not repeat it', async () => {
    const el = await mount({ src: fixture('court') })
    const completes: unknown[] = []
    el.addEventListener('mdv:complete', (e) => completes.push(e.detail))
    await answerAll(el, ['france', '2026-11-20'])
    ;(el.shadowRoot!.querySelector('.mdv-summary__row button') as HTMLButtonElement).click()
    await settle(el)
    await answerAll(el, ['etranger'])
    expect(completes).to.deep.equal([{ journey: 'court', tasks: 3 }])
    expect(api().of('/api/events').filter((c) => (c.body as { type: string }).type === 'completed')).to.have.length(1)
  })

  it('mdv:start says when answers were resumed', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france'])
    el.remove()
    const starts: unknown[] = []
    document.addEventListener('mdv:start', (e) => starts.push(e.detail), { once: true })
    await mount({ src: fixture('court') })
    expect(starts).to.deep.equal([{ journey: 'court', version: 1, resumed: true }])
  })
})
