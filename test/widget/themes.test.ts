import { expect } from '@open-wc/testing'
import { answerAll, openAllEntries } from './helpers/answer.ts'
import { installFakeApi, type FakeApi } from './helpers/fake-api.ts'
import { $, $$, cleanup, fixture, heading, mount, settle } from './helpers/mount.ts'

describe('themes', () => {
  let api: FakeApi
  beforeEach(() => {
    api = installFakeApi()
  })
  afterEach(() => {
    api.restore()
    cleanup()
    document.adoptedStyleSheets = []
  })

  it('default: shadow DOM with adopted stylesheets only (no <style>, no style attribute)', async () => {
    const el = await mount({ src: fixture('court') })
    expect(el.shadowRoot).to.not.equal(null)
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0)
    await answerAll(el, ['france', '2026-11-20'])
    expect(el.shadowRoot!.querySelectorAll('style')).to.have.length(0)
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0)
    expect(document.querySelectorAll('style')).to.have.length(0)
  })

  it('default: themable through documented custom properties and ::part', async () => {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(`
      moment-de-vie { --mdv-color-primary: rgb(200, 0, 0); --mdv-font-family: serif; }
      moment-de-vie::part(heading) { letter-spacing: 3px; }
      moment-de-vie::part(task) { border-width: 5px; }
    `)
    document.adoptedStyleSheets = [sheet]
    const el = await mount({ src: fixture('court') })
    const button = $(el, 'button[type="submit"]')
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(200, 0, 0)')
    expect(getComputedStyle($(el, '.mdv-root')).fontFamily).to.equal('serif')
    expect(getComputedStyle($(el, '[data-mdv-heading]')).letterSpacing).to.equal('3px')
    await answerAll(el, ['france', '2026-11-20'])
    expect(getComputedStyle($(el, '.mdv-entry')).borderBottomWidth).to.equal('5px')
    // Every part documented in custom-elements.json is on the page somewhere.
    for (const part of ['container', 'journey-title', 'heading', 'plan', 'group', 'task', 'summary', 'callback', 'feedback', 'button', 'button-primary']) {
      expect($$(el, `[part~="${part}"]`).length, part).to.be.greaterThan(0)
    }
  })

  it('dsfr: light DOM with DSFR markup, styled by the page', async () => {
    const el = await mount({ src: fixture('court'), theme: 'dsfr' })
    expect(el.shadowRoot).to.equal(null)
    expect(el.querySelector('fieldset.fr-fieldset > legend.fr-fieldset__legend')).to.not.equal(null)
    expect(el.querySelectorAll('.fr-radio-group > input[type="radio"] + label.fr-label')).to.have.length(2)
    expect(el.querySelector('.fr-stepper .fr-stepper__title .fr-stepper__state')!.textContent).to.equal('Étape 1 sur 2')
    const steps = el.querySelector('.fr-stepper__steps')!
    expect([steps.getAttribute('data-fr-current-step'), steps.getAttribute('data-fr-steps')]).to.deep.equal(['1', '2'])
    expect(el.querySelector('button.fr-btn[type="submit"]')).to.not.equal(null)
    // A page rule reaches the widget's markup.
    const sheet = new CSSStyleSheet()
    sheet.replaceSync('.fr-btn { text-transform: uppercase; }')
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    expect(getComputedStyle(el.querySelector('.fr-btn')!).textTransform).to.equal('uppercase')
    // Only layout glue, adopted once, scoped to the tag.
    const glue = document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.startsWith('moment-de-vie .mdv-entry')))
    expect(glue).to.have.length(1)

    await answerAll(el, ['france', '2026-11-20'])
    expect(heading(el)).to.equal('Vos démarches')
    await openAllEntries(el)
    expect(el.querySelectorAll('.mdv-entry .fr-badge')).to.have.length(3)
    expect(el.querySelectorAll('style, [style]')).to.have.length(0)
  })

  it('dsfr: the same journey works to the end, with answers changed from the summary', async () => {
    const el = await mount({ src: fixture('all-types'), theme: 'dsfr' })
    await answerAll(el, ['1980-07-14', 'seul', false, ['rsa'], 'FR', '75056', 'Dupont'])
    expect(heading(el)).to.equal('Vos démarches')
    ;(el.querySelector('.mdv-summary__row button') as HTMLButtonElement).click()
    await settle(el)
    expect(heading(el)).to.equal('Étape 1 sur 7')
  })

  it('English with lang="en", in both themes', async () => {
    for (const theme of [undefined, 'dsfr']) {
      const el = await mount({ src: fixture('court'), lang: 'en', ...(theme ? { theme } : {}) })
      expect(heading(el)).to.equal('Step 1 of 2')
      expect($(el, 'button[type="submit"]').textContent!.trim()).to.equal('Continue')
      expect($(el, '.mdv-root').getAttribute('lang')).to.equal('en')
      el.remove()
    }
  })
})
