/**
 * theme="dsfr": the progress stays visible for any number of questions (DSFR's stepper up
 * to 8 steps, a bar in DSFR's colours beyond), `hide-title`, readable line lengths in a
 * wide container. The page here has no DSFR stylesheet: what is checked is the widget's
 * own markup and glue rules, which work with or without it.
 */
import { expect } from '@open-wc/testing'
import { axeViolations } from './helpers/axe.ts'
import { answerAll } from './helpers/answer.ts'
import { installFakeApi, type FakeApi } from './helpers/fake-api.ts'
import { $, $$, cleanup, fixture, heading, mount, screen } from './helpers/mount.ts'

/** The `court` fixture with other questions: by default 21 yes/no ones instead of its 2. */
async function longJourney(type = 'boolean', count = 21): Promise<string> {
  const journey = (await (await fetch(fixture('court'))).json()) as Record<string, unknown>
  journey.id = 'long'
  journey.questions = Array.from({ length: count }, (_, i) => ({ id: `q${i + 1}`, type, label: `Question ${i + 1} ?`, short: `Q${i + 1}` }))
  journey.tasks = []
  journey.fiches = {}
  return URL.createObjectURL(new Blob([JSON.stringify(journey)], { type: 'application/json' }))
}

describe('DSFR theme', () => {
  let api: FakeApi
  beforeEach(() => {
    api = installFakeApi()
  })
  afterEach(() => {
    api.restore()
    cleanup()
    document.adoptedStyleSheets = []
  })

  it('21 questions: a visible progress bar instead of an 8-step stepper, which moves on each answer', async () => {
    const el = await mount({ src: await longJourney(), theme: 'dsfr' })
    expect(heading(el)).to.equal('Étape 1 sur 21')
    expect($$(el, '.fr-stepper__steps')).to.have.length(0)
    const bar = $(el, 'progress.mdv-progress') as HTMLProgressElement
    expect([bar.max, bar.value]).to.deep.equal([21, 1])
    const box = bar.getBoundingClientRect()
    expect(box.height).to.be.at.least(4)
    expect(box.width).to.be.greaterThan(200)
    expect(getComputedStyle(bar).visibility).to.equal('visible')
    await answerAll(el, [true])
    expect(($(el, 'progress.mdv-progress') as HTMLProgressElement).value).to.equal(2)
    expect(await axeViolations(el)).to.deep.equal([])
  })

  it('up to 8 questions: DSFR stepper markup', async () => {
    const el = await mount({ src: fixture('court'), theme: 'dsfr' })
    const steps = $(el, '.fr-stepper__steps')
    expect([steps.dataset.frSteps, steps.dataset.frCurrentStep]).to.deep.equal(['2', '1'])
    expect($$(el, 'progress')).to.have.length(0)
  })

  it('hide-title: the journey title is not repeated under the page h1, in both themes', async () => {
    for (const theme of ['dsfr', 'default']) {
      const shown = await mount({ src: fixture('court'), theme })
      expect($$(shown, '.mdv-journey-title'), theme).to.have.length(1)
      const hidden = await mount({ src: fixture('court'), theme, attrs: { 'hide-title': '' } })
      expect($$(hidden, '.mdv-journey-title'), theme).to.have.length(0)
      expect(heading(hidden)).to.equal('Étape 1 sur 2')
      expect(await axeViolations(hidden)).to.deep.equal([])
      cleanup()
    }
  })

  it('readable lines in a 1200 px container: the widget and its fields stop short of the full width', async () => {
    const container = document.createElement('div')
    container.style.width = '1200px'
    document.body.append(container)
    const el = await mount({ src: await longJourney('text', 1), theme: 'dsfr', wait: false })
    container.append(el)
    await screen(el)
    expect(container.getBoundingClientRect().width).to.equal(1200)
    expect($(el, '.mdv-root').getBoundingClientRect().width).to.be.at.most(768)
    expect($(el, '.fr-input').getBoundingClientRect().width).to.be.at.most(384)
    container.remove()
  })
})
