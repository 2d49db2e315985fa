import { expect } from '@open-wc/testing'
import { jdmaUrl } from '../../widget/src/components/mdv-jdma/jdma-button.ts'
import { axeViolations } from './helpers/axe.ts'
import { answerAll } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, $$, fixture, mount } from './helpers/mount.ts'

const JDMA = 'https://jedonnemonavis.numerique.gouv.fr/Demarches/3661?button=4069'

describe('« Je donne mon avis » (jdma attribute)', () => {
  useFakeApi()

  for (const theme of ['', 'dsfr']) {
    it(`shows the observatory's button under the plan, opening in a new window${theme ? ' (DSFR theme)' : ''}`, async () => {
      const el = await mount({ src: fixture('court'), attrs: { jdma: JDMA }, ...(theme ? { theme } : {}) })
      await answerAll(el, ['etranger', '2026-10-01'])
      const link = $(el, '.mdv-jdma a') as HTMLAnchorElement
      expect(link.href).to.equal(JDMA)
      expect(link.target).to.equal('_blank')
      expect(link.rel).to.include('noopener')
      const img = $(el, '.mdv-jdma img') as HTMLImageElement
      expect(img.alt).to.equal('Je donne mon avis (nouvelle fenêtre)')
      expect(img.getAttribute('src')).to.equal('https://jedonnemonavis.numerique.gouv.fr/static/bouton-bleu-clair.svg')
      // After the plan, never before it.
      const plan = $(el, 'mdv-plan')
      expect(plan.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0)
      expect(await axeViolations(el)).to.deep.equal([])
    })
  }

  it('shows nothing without the attribute or with an address that is not the observatory’s', async () => {
    const el = await mount({ src: fixture('court'), attrs: { jdma: 'https://example.org/Demarches/3661' } })
    await answerAll(el, ['etranger', '2026-10-01'])
    expect($$(el, '.mdv-jdma')).to.have.length(0)
    expect(jdmaUrl(undefined)).to.equal(undefined)
    expect(jdmaUrl('javascript:alert(1)')).to.equal(undefined)
    expect(jdmaUrl('https://jedonnemonavis.numerique.gouv.fr.evil.example/Demarches/1')).to.equal(undefined)
    expect(jdmaUrl('https://jedonnemonavis.numerique.gouv.fr/autre/1')).to.equal(undefined)
    expect(jdmaUrl(` ${JDMA} `)).to.equal(JDMA)
  })
})
