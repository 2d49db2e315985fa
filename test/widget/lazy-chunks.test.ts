/**
 * The built widget (dist/widget.js, `npm run build` first): the first question needs no
 * chunk of the plan, call-back, feedback or English interface; the plan's chunk is
 * fetched once the question is painted; English pages get their chunk; a chunk that
 * fails to download says so with « Réessayer », keeps the focus in the widget, and the
 * retry brings the screen.
 */
import { expect } from '@open-wc/testing'
import { FIXTURES, setFailing, waitFor } from './helpers/built-widget.ts'

const TODAY = '2026-11-24'
type Widget = HTMLElement & { updateComplete: Promise<boolean> }

const requested = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/'))
const chunk = (name: string) => (path: string) => new RegExp(`^/dist/chunks/${name}-[A-Z0-9]{8}\\.js$`).test(path)

async function mountBuilt(journey: string, attrs: Record<string, string> = {}): Promise<Widget> {
  const el = document.createElement('moment-de-vie') as Widget
  el.setAttribute('src', `${FIXTURES}${journey}.json`)
  el.setAttribute('today', TODAY)
  el.setAttribute('no-analytics', '')
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  document.body.append(el)
  await customElements.whenDefined('moment-de-vie')
  await waitFor(() => el.shadowRoot?.querySelector('mdv-question legend, mdv-question label'), 'the first question')
  await el.updateComplete
  return el
}

const $ = (el: Widget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)

/** Answers the `court` fixture: « En France », then a date. */
async function answerCourt(el: Widget): Promise<void> {
  $(el, 'input[value="france"]')!.click()
  $(el, 'button[type="submit"]')!.click()
  await waitFor(() => $(el, 'input[name="day"]'), 'the date question')
  ;($(el, 'input[name="day"]') as HTMLInputElement).value = '20'
  ;($(el, 'input[name="month"]') as HTMLInputElement).value = '11'
  ;($(el, 'input[name="year"]') as HTMLInputElement).value = '2026'
  $(el, 'button[type="submit"]')!.click()
}

describe('the built widget loads its parts on demand', () => {
  before(async () => {
    // The plan's chunk cannot download in these tests until « Réessayer » (each test sets it again).
    setFailing('plan-part')
    await import('../../dist/widget.js' as string)
  })
  afterEach(() => {
    setFailing(null)
    document.querySelectorAll('moment-de-vie').forEach((el) => el.remove())
    localStorage.clear()
  })

  it('the first question needs none of the plan, call-back, feedback or English chunks; the plan is fetched once it is painted', async () => {
    await mountBuilt('court')
    const first = requested()
    expect(first.some(chunk('src')), 'the element').to.equal(true)
    for (const name of ['plan-part', 'callback-part', 'feedback-part', 'en-question', 'en-plan']) expect(first.some(chunk(name)), name).to.equal(false)
    await waitFor(() => requested().some(chunk('plan-part')), 'the plan chunk fetched after the first question')
  })

  it('a failed chunk: a clear message with « Réessayer », the focus kept in the widget; the retry shows the plan', async () => {
    setFailing('plan-part')
    const el = await mountBuilt('court')
    await answerCourt(el)
    const box = await waitFor(() => $(el, '.mdv-part--plan[role="alert"]'), 'the failure message')
    expect(box.textContent).to.include("n'a pas pu être chargée")
    expect(el.shadowRoot!.activeElement).to.equal(box)
    setFailing(null)
    const retry = [...box.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Réessayer')!
    retry.click()
    await waitFor(() => $(el, 'mdv-plan [data-mdv-heading]'), 'the plan after « Réessayer »')
    await el.updateComplete
    await waitFor(() => el.shadowRoot!.activeElement === $(el, 'mdv-plan [data-mdv-heading]'), 'the focus on the plan heading')
    // The plan's parts come with it (this journey offers a call-back).
    await waitFor(() => $(el, 'mdv-feedback') && $(el, 'mdv-callback'), 'the feedback and call-back')
    expect(requested().some(chunk('feedback-part'))).to.equal(true)
    expect(requested().some(chunk('callback-part'))).to.equal(true)
  })

  it('an English page downloads the English words before its first question', async () => {
    const el = await mountBuilt('court', { lang: 'en' })
    expect(requested().some(chunk('en-question'))).to.equal(true)
    expect($(el, 'button[type="submit"]')!.textContent!.trim()).to.equal('Continue')
    expect($(el, '[data-mdv-heading]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Step 1 of 2')
  })
})
