/**
 * A démarche possible only from a date (« À partir du … »): said on the plan while that
 * day is to come, in the interface language, and put in the calendar file on that day.
 */
import { expect } from '@open-wc/testing'
import ICAL from 'ical.js'
import { answerAll, buttonByText, openAllEntries } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { $$, fixture, mount } from './helpers/mount.ts'

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim()
const taskNamed = (el: HTMLElement, title: string) => $$(el as never, '.mdv-entry').find((t) => t.querySelector('.mdv-entry__title')!.textContent!.includes(title))!

async function download(action: () => void): Promise<string> {
  const create = URL.createObjectURL
  const click = HTMLAnchorElement.prototype.click
  let blob: Blob | undefined
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test')
  HTMLAnchorElement.prototype.click = () => undefined
  try {
    action()
  } finally {
    URL.createObjectURL = create
    HTMLAnchorElement.prototype.click = click
  }
  return blob!.text()
}

describe('start dates on the plan', () => {
  useFakeApi()

  it('says « À partir du » while the day is to come, and nothing once it has passed', async () => {
    const el = await mount({ src: fixture('a-partir-du') })
    await answerAll(el, ['2026-11-20'])
    // The line says when in words; its details say the day and the editor's words.
    expect(text(taskNamed(el, 'Confirmer votre choix').querySelector('.mdv-entry__when')!)).to.equal('à partir du 20 décembre')
    await openAllEntries(el)
    const confirmer = taskNamed(el, 'Confirmer votre choix')
    expect(text(confirmer.querySelector('.mdv-entry__starts')!)).to.equal('À partir du 20 décembre 2026 (un mois après votre demande)')
    expect(confirmer.querySelector('.mdv-entry__due')).to.equal(null)
    expect(taskNamed(el, 'Suivre la demande').querySelector('.mdv-entry__starts')).to.equal(null)

    const later = await mount({ src: fixture('a-partir-du'), attrs: { today: '2027-01-05', 'no-storage': '' } })
    await answerAll(later, ['2026-11-20'])
    await openAllEntries(later)
    expect(taskNamed(later, 'Confirmer votre choix').querySelector('.mdv-entry__starts')).to.equal(null)
  })

  it('in English too', async () => {
    const el = await mount({ src: fixture('a-partir-du'), lang: 'en', attrs: { 'no-storage': '' } })
    await answerAll(el, ['2026-11-20'])
    await openAllEntries(el)
    expect(text(taskNamed(el, 'Confirmer votre choix').querySelector('.mdv-entry__starts')!)).to.equal('Not before 20 December 2026 (un mois après votre demande)')
  })

  it('puts the démarche in the calendar file on the day it becomes possible', async () => {
    const el = await mount({ src: fixture('a-partir-du'), attrs: { 'no-storage': '' } })
    await answerAll(el, ['2026-11-20'])
    const ics = await download(() => buttonByText(el, 'Ajouter à mon agenda').click())
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e))
    const byTitle = Object.fromEntries(events.map((e) => [e.summary, e.startDate.toString()]))
    expect(byTitle).to.deep.equal({ 'Confirmer votre choix en personne': '2026-12-20', 'Suivre la demande': '2027-02-20' })
  })
})
