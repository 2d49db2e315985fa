/**
 * The widget keeps its own sizes and font on a host page that changes the root font size
 * (`html { font-size: 62.5% }`, common with « 1rem = 10px » stylesheets) and uses a serif.
 */
import { expect } from '@open-wc/testing'
import { axeViolations } from './helpers/axe.ts'
import { answerAll } from './helpers/answer.ts'
import { installFakeApi, type FakeApi } from './helpers/fake-api.ts'
import { $, $$, cleanup, fixture, mount } from './helpers/mount.ts'

const px = (el: Element, property: 'fontSize' | 'height' | 'minHeight') => parseFloat(getComputedStyle(el)[property])

describe('host page robustness (default theme)', () => {
  let api: FakeApi
  beforeEach(() => {
    api = installFakeApi()
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(`html { font-size: 62.5%; font-family: 'Times New Roman', Times, serif; line-height: 1; }`)
    document.adoptedStyleSheets = [sheet]
  })
  afterEach(() => {
    api.restore()
    cleanup()
    document.adoptedStyleSheets = []
  })

  it('a host with html { font-size: 62.5% } does not shrink text (≥ 16 px) or targets (≥ 44 px)', async () => {
    expect(parseFloat(getComputedStyle(document.documentElement).fontSize)).to.equal(10)
    const el = await mount({ src: fixture('court') })
    expect(px($(el, '.mdv-root'), 'fontSize')).to.equal(16)
    const legend = $(el, '.fr-fieldset__legend')
    expect(px(legend, 'fontSize')).to.be.at.least(16)
    for (const label of $$(el, '.fr-label')) expect(px(label, 'fontSize'), label.textContent!).to.be.at.least(16)
    expect(px($(el, '[data-mdv-heading]'), 'fontSize')).to.equal(24)
    const submit = $(el, 'button[type="submit"]')
    expect(submit.getBoundingClientRect().height).to.be.at.least(44)
    for (const radio of $$(el, 'input[type="radio"]')) {
      // The control and its label together make the target.
      const target = radio.closest('.fr-radio-group')!.getBoundingClientRect()
      expect(target.height).to.be.at.least(24)
    }
    await answerAll(el, ['france'])
    for (const input of $$(el, '.fr-input')) expect(input.getBoundingClientRect().height).to.be.at.least(44)
  })

  it('uses its own font stack, not the page serif, and stays themable in px', async () => {
    const el = await mount({ src: fixture('court') })
    const family = getComputedStyle($(el, '.mdv-root')).fontFamily
    expect(family).to.match(/^Marianne, system-ui/)
    expect(family).to.not.match(/Times|serif,|^serif/)
    expect(getComputedStyle($(el, 'button[type="submit"]')).fontFamily).to.equal(family)
    el.style.setProperty('--mdv-font-size', '20px')
    expect(px($(el, '.mdv-root'), 'fontSize')).to.equal(20)
    expect(px($(el, '[data-mdv-heading]'), 'fontSize')).to.equal(30)
    expect($(el, 'button[type="submit"]').getBoundingClientRect().height).to.be.at.least(55)
  })

  it('has no axe-core violation on a 62.5% page', async () => {
    const el = await mount({ src: fixture('court') })
    expect(await axeViolations(el)).to.deep.equal([])
  })
})
