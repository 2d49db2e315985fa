import { expect } from '@open-wc/testing'
import { answer, answerAll } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $, $$, fixture, heading, mount, settle } from './helpers/mount.ts'

describe('shared questions across journeys of the same site', () => {
  const api = useFakeApi()

  it('an answer given in one journey is reused by another, shown as "déjà répondu — modifier"', async () => {
    const first = await mount({ src: fixture('all-types') })
    await answer(first, '1980-07-14')
    expect(JSON.parse(localStorage.getItem('mdv:shared:date_naissance')!)).to.equal('1980-07-14')
    first.remove()

    const other = await mount({ src: fixture('autre-parcours') })
    // The shared question is not asked again and not counted.
    expect(heading(other)).to.equal('Étape 1 sur 1')
    expect($(other, 'legend').textContent).to.include('Êtes-vous locataire ?')
    const reused = $(other, 'mdv-summary').textContent!.replace(/\s+/g, ' ')
    expect(reused).to.include('Vous avez déjà répondu à ces questions sur ce site')
    expect(reused).to.include('Votre date de naissance')
    expect(reused).to.include('14 juillet 1980')
    expect(reused).to.include('déjà répondu')
    expect(reused).to.include('— modifier')

    await answer(other, 'oui')
    expect(heading(other)).to.equal('Vos démarches')
    const row = $$(other, '.mdv-summary__row').find((r) => r.textContent!.includes('Votre date de naissance'))!
    expect(row.textContent).to.include('déjà répondu')

    // "modifier" changes it here, and for every journey of the site.
    ;(row.querySelector('button') as HTMLButtonElement).click()
    await settle(other)
    expect($(other, 'legend').textContent).to.include('Quelle est votre date de naissance ?')
    await answer(other, '1975-03-02')
    expect(heading(other)).to.equal('Vos démarches')
    expect(JSON.parse(localStorage.getItem('mdv:shared:date_naissance')!)).to.equal('1975-03-02')
  })

  it('an invalid stored shared answer is ignored and the question asked', async () => {
    localStorage.setItem('mdv:shared:date_naissance', JSON.stringify('pas une date'))
    const el = await mount({ src: fixture('autre-parcours') })
    expect(heading(el)).to.equal('Étape 1 sur 2')
    expect($(el, 'legend').textContent).to.include('date de naissance')
    await answerAll(el, ['1990-01-01'])
    expect(JSON.parse(localStorage.getItem('mdv:shared:date_naissance')!)).to.equal('1990-01-01')
  })
})
