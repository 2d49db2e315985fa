/**
 * The built widget (dist/widget.js, `npm run build` first): the country list is a chunk
 * downloaded with the first country question. While it comes the list says so; if it
 * cannot be downloaded the usager is told, with « Réessayer », never left with an empty list.
 */
import { expect } from '@open-wc/testing'
import { FIXTURES, setFailing, waitFor } from './helpers/built-widget.ts'

type Widget = HTMLElement & { updateComplete: Promise<boolean> }

/** The answers before « pays » in the all-types fixture, given through a private link. */
async function openAtCountry(): Promise<Widget> {
  const journey = (await (await fetch(`${FIXTURES}all-types.json`)).json()) as { id: string; version: number }
  const answers = { date_naissance: '1980-07-14', situation: 'seul', enfants: false, aides: ['rsa'] }
  const data = btoa(JSON.stringify({ j: journey.id, v: journey.version, a: answers })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  history.replaceState(null, '', `${location.pathname}${location.search}#mdv=${data}`)
  const el = document.createElement('moment-de-vie') as Widget
  el.setAttribute('src', `${FIXTURES}all-types.json`)
  el.setAttribute('today', '2026-11-24')
  el.setAttribute('no-analytics', '')
  document.body.append(el)
  await customElements.whenDefined('moment-de-vie')
  return el
}

describe('the country list chunk', () => {
  before(async () => {
    setFailing('countries')
    await import('../../dist/widget.js' as string)
  })
  after(() => {
    setFailing(null)
    document.querySelectorAll('moment-de-vie').forEach((el) => el.remove())
    localStorage.clear()
  })

  it('cannot be downloaded: says so with « Réessayer », then the retry fills the list', async () => {
    setFailing('countries')
    const el = await openAtCountry()
    const select = await waitFor(() => el.shadowRoot?.querySelector<HTMLSelectElement>('mdv-question select'), 'the country question')
    const alert = await waitFor(() => el.shadowRoot!.querySelector<HTMLElement>('mdv-question [role="alert"]'), 'the failure message')
    expect(alert.textContent).to.include("n'a pas pu être chargée")
    expect(select.options.length).to.equal(1)
    expect(select.options[0]!.textContent).to.equal('Chargement…')

    setFailing(null)
    alert.querySelector('button')!.click()
    await waitFor(() => select.options.length > 100, 'the countries')
    expect(select.options[0]!.textContent).to.not.equal('Chargement…')
    expect(el.shadowRoot!.querySelector('mdv-question [role="alert"]')).to.equal(null)
  })
})
