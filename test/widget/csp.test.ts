import { expect } from '@open-wc/testing'
import { waitFor } from './helpers/mount.ts'

/**
 * The widget in a page served with `script-src 'self'; style-src 'self'` (no inline
 * script or style, no eval): both themes render and run without a single violation.
 */
describe('strict Content-Security-Policy', () => {
  it('renders and answers in both themes without a violation', async () => {
    const frame = document.createElement('iframe')
    frame.src = new URL('./fixtures/csp-page.html', import.meta.url).href
    document.body.append(frame)
    try {
      const win = await waitFor(
        () => frame.contentWindow?.location.href.endsWith('csp-page.html') && frame.contentWindow.document.readyState === 'complete' && frame.contentWindow,
        'the page',
      )
      const doc = win.document
      const [shadowed, dsfr] = [...doc.querySelectorAll('moment-de-vie')]
      await waitFor(() => shadowed!.shadowRoot?.querySelector('legend') && dsfr!.querySelector('legend'), 'both widgets')
      const radio = shadowed!.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!
      radio.checked = true
      shadowed!.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click()
      await waitFor(() => shadowed!.shadowRoot!.querySelector('input[name="day"]'), 'the second question')
      const header = (await fetch(frame.src)).headers.get('content-security-policy')
      expect(header).to.include("script-src 'self'")
      expect((win as unknown as { cspViolations: string[] }).cspViolations).to.deep.equal([])
    } finally {
      frame.remove()
      localStorage.clear()
    }
  })
})
