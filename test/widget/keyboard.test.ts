import { expect } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import type { MomentDeVie } from '../../widget/src/index.ts'
import { installFakeApi, type FakeApi } from './helpers/fake-api.ts'
import { active, cleanup, expectFocus, fixture, heading, mount, settle } from './helpers/mount.ts'

/** The element that has focus, looking through the widget's shadow root. */
function focused(el: MomentDeVie): Element | null {
  return document.activeElement === el ? active(el) : document.activeElement
}

async function press(el: MomentDeVie, key: string): Promise<void> {
  await sendKeys({ press: key })
  await settle(el)
}

async function tabTo(el: MomentDeVie, match: (node: Element) => boolean, max = 60): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await press(el, 'Tab')
    const node = focused(el)
    if (node && match(node)) return node
  }
  throw new Error('Not reached with Tab')
}

for (const theme of ['default', 'dsfr']) {
  describe(`keyboard only (${theme} theme)`, function () {
    this.timeout(30_000)
    let api: FakeApi
    let before: HTMLButtonElement
    let after: HTMLButtonElement
    beforeEach(() => {
      api = installFakeApi()
      before = Object.assign(document.createElement('button'), { textContent: 'Avant' })
      after = Object.assign(document.createElement('button'), { textContent: 'Après' })
    })
    afterEach(() => {
      api.restore()
      cleanup()
      before.remove()
      after.remove()
    })

    it('completes a whole journey, checks off a démarche, with visible focus and no trap', async () => {
      document.body.append(before)
      const el = await mount({ src: fixture('court'), ...(theme === 'dsfr' ? { theme } : {}) })
      document.body.append(after)
      before.focus()

      // Question 1: Tab to the radio group, arrow to choose, Enter submits.
      const radio = await tabTo(el, (n) => n instanceof HTMLInputElement && n.type === 'radio')
      await press(el, 'ArrowDown')
      await press(el, 'ArrowUp')
      expect((focused(el) as HTMLInputElement).checked).to.equal(true)
      expect((focused(el) as HTMLInputElement).value).to.equal('france')
      expect(radio).to.not.equal(null)
      const submit = await tabTo(el, (n) => n instanceof HTMLButtonElement && n.type === 'submit')
      if (theme === 'default') expect(getComputedStyle(submit).outlineStyle).to.equal('solid')
      await press(el, 'Enter')
      expect(heading(el)).to.equal('Étape 2 sur 2')
      expectFocus(el, '[data-mdv-heading]')

      // Question 2: the date, typed field by field; Enter submits the form.
      await press(el, 'Tab')
      await sendKeys({ type: '20' })
      await press(el, 'Tab')
      await sendKeys({ type: '11' })
      await press(el, 'Tab')
      await sendKeys({ type: '2026' })
      await press(el, 'Enter')
      expect(heading(el)).to.equal('Vos démarches')
      expectFocus(el, '[data-mdv-heading]')

      // Check off a démarche with the space bar.
      const box = await tabTo(el, (n) => n.id === 'mdv-done-declarer_deces')
      await press(el, ' ')
      expect((box as HTMLInputElement).checked).to.equal(true)

      // Change an answer from the summary (behind its disclosure) with Enter.
      await tabTo(el, (n) => n.classList.contains('mdv-answers__summary'))
      await press(el, 'Enter')
      await tabTo(el, (n) => n instanceof HTMLButtonElement && /modifier/.test(n.textContent ?? ''))
      await press(el, 'Enter')
      expect(heading(el)).to.equal('Étape 1 sur 2')
      expectFocus(el, '[data-mdv-heading]')
      await tabTo(el, (n) => n instanceof HTMLButtonElement && n.type === 'submit')
      await press(el, 'Enter')
      expect(heading(el)).to.equal('Vos démarches')

      // No keyboard trap: Tab leaves the widget.
      await tabTo(el, (n) => n === after, 80)
      await press(el, 'Shift+Tab')
      expect(document.activeElement === el || el.contains(document.activeElement)).to.equal(true)
    })

    it('an error summary link takes the keyboard to the field', async () => {
      const el = await mount({ src: fixture('court'), ...(theme === 'dsfr' ? { theme } : {}) })
      await tabTo(el, (n) => n instanceof HTMLButtonElement && n.type === 'submit')
      await press(el, 'Enter')
      expectFocus(el, '[data-mdv-error-summary]')
      await press(el, 'Tab')
      expect(focused(el)!.tagName).to.equal('A')
      await press(el, 'Enter')
      expectFocus(el, '#mdv-lieu_deces-option-0')
    })
  })
}
