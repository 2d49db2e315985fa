import { expect } from '@open-wc/testing'
import ICAL from 'ical.js'
import { foldIcsLine as foldLine } from '../../engine/text/icalendar.ts'
import { buildIcs } from '../../widget/src/calendar/ics.ts'
import type { Plan, PlanTask } from '../../engine/runtime/index.ts'
import { answerAll, buttonByText } from './helpers/answer.ts'
import { useFakeApi } from './helpers/fake-api.ts'
import { fixture, mount } from './helpers/mount.ts'

function task(id: string, title: string, due?: string): PlanTask {
  return {
    id,
    title,
    kind: 'todo',
    certainty: 'certain',
    after: [],
    description: [],
    organisation: { name: 'Mairie' },
    fiches: [{ id: 'F909', title: 'Déclaration', url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F909' }],
    documents: [],
    mandatory: true,
    period: 'mois',
    overdue: due !== undefined && due < '2026-11-24',
    reasons: [],
    why: '',
    ...(due ? { due } : {}),
  }
}

function plan(tasks: PlanTask[]): Plan {
  const counts = { todo: tasks.length, advice: 0, automatic: 0, maybe: 0 }
  return { journey: 'court', version: 1, today: '2026-11-24', groups: [{ id: 'mois', label: 'Dans le mois', tasks }], maybe: [], advice: [], automatic: [], counts, tasks }
}

/** Captures the .ics the widget offers for download. */
async function captureDownload(action: () => void): Promise<{ name: string; content: string }> {
  const create = URL.createObjectURL
  const click = HTMLAnchorElement.prototype.click
  let blob: Blob | undefined
  let name = ''
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob
    return 'blob:test'
  }
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download
  }
  try {
    action()
  } finally {
    URL.createObjectURL = create
    HTMLAnchorElement.prototype.click = click
  }
  return { name, content: await blob!.text() }
}

describe('"Ajouter à mon agenda": iCalendar file', () => {
  const api = useFakeApi()

  it('is valid RFC 5545: ical.js parses one all-day event per dated task', () => {
    const longTitle = 'Demander, avant la date; la pension de réversion \\ auprès de la caisse de retraite complémentaire du défunt'
    const ics = buildIcs(plan([task('a', longTitle, '2026-12-08'), task('b', 'Sans date'), task('c', 'En retard', '2026-11-20')]), {
      calendarName: 'Je perds un proche',
      today: '2026-11-24',
      describe: (t) => `Ligne 1\nLigne 2 : ${t.title}`,
      now: new Date('2026-11-24T10:00:00Z'),
    })
    expect(ics.endsWith('\r\n')).to.equal(true)
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true)
    const calendar = new ICAL.Component(ICAL.parse(ics))
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).to.be.a('string')
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events.map((e) => e.summary)).to.deep.equal([longTitle, 'En retard'])
    expect(events[0]!.startDate.isDate).to.equal(true)
    expect(events[0]!.startDate.toString()).to.equal('2026-12-08')
    expect(events[0]!.endDate.toString()).to.equal('2026-12-09')
    expect(events[0]!.description).to.equal(`Ligne 1\nLigne 2 : ${longTitle}`)
    expect(events[0]!.uid).to.equal('court-a-20261208@moments-de-vie')
    // An overdue démarche goes on today, not in the past.
    expect(events[1]!.startDate.toString()).to.equal('2026-11-24')
    const alarm = calendar.getAllSubcomponents('vevent')[0]!.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('action')).to.equal('DISPLAY')
  })

  it('folds long lines without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`
    const folded = foldLine(line).split('\r\n')
    expect(folded.length).to.be.greaterThan(2)
    expect(folded.every((l) => new TextEncoder().encode(l).length <= 75)).to.equal(true)
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).to.equal(line)
  })

  it('the button downloads the dated démarches of the plan', async () => {
    const el = await mount({ src: fixture('court') })
    await answerAll(el, ['france', '2026-11-20'])
    const hint = buttonByText(el, 'Ajouter à mon agenda').getAttribute('aria-describedby')!
    expect((el.shadowRoot!.getElementById(hint) as HTMLElement).textContent).to.equal('Fichier .ics, 2 démarches datées')
    const { name, content } = await captureDownload(() => buttonByText(el, 'Ajouter à mon agenda').click())
    expect(name).to.equal('court.ics')
    const events = new ICAL.Component(ICAL.parse(content)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events.map((e) => [e.summary, e.startDate.toString()])).to.deep.equal([
      ['Déclarer le décès à la mairie', '2026-11-24'],
      ['Régler la succession', '2027-05-20'],
    ])
    expect(events[0]!.description.replace(/\u00a0/g, ' ')).to.include('Qui contacter : Mairie du lieu du décès')
    expect(events[0]!.description).to.include('Pourquoi cette démarche ? Vous avez indiqué : Lieu du décès : En France')
  })
})
