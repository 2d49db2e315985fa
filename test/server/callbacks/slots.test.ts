import { describe, expect, it } from 'vitest'
import { parseCentres, type CallbackCentre } from '../../../server/callbacks/centres.ts'
import { formatParis, parisWallTime } from '../../../server/callbacks/paris-time.ts'
import { bookableSlots, findBookableSlot, slotsOfDay } from '../../../server/callbacks/slots.ts'

function centre(yaml: string): CallbackCentre {
  const { centres, diagnostics } = parseCentres('test.yaml', yaml)
  expect(diagnostics).toEqual([])
  return [...centres.values()][0]!
}

const office = centre(`
centres:
  - id: test
    name: Centre de test
    slotMinutes: 30
    capacity: 3
    minNoticeHours: 2
    horizonDays: 14
    hours:
      monday: ["09:00-12:00", "14:00-17:00"]
      tuesday: ["09:00-12:00"]
      wednesday: ["09:00-12:00"]
      sunday: ["09:00-10:00"]
    closed: [2026-12-02]
`)

/** Open on Sunday nights, across the daylight-saving changes (02:00–03:00). */
const night = centre(`
centres:
  - id: nuit
    name: Permanence de nuit
    slotMinutes: 30
    capacity: 1
    minNoticeHours: 0
    horizonDays: 366
    hours:
      sunday: ["01:00-04:00", "09:00-10:00"]
`)

const times = (slots: readonly { start: Date }[]) => slots.map((s) => formatParis(s.start).slice(11, 16))

describe('Paris wall-clock times', () => {
  it('agrees with Intl for any instant, around every clock change of a decade', () => {
    const intl = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'medium' })
    const start = Date.UTC(2020, 0, 1)
    const end = Date.UTC(2031, 0, 1)
    for (let i = 0; i < 5000; i++) {
      // Random instants, plus every 7 minutes around 01:00 UTC on Sundays (the changes).
      const ms = i % 2 ? start + Math.floor(Math.random() * (end - start)) : Date.UTC(2020 + (i % 11), 2 + (i % 8), 25 + (i % 7), 0, (i * 7) % 180)
      const instant = new Date(ms)
      expect(formatParis(instant).slice(0, 19).replace('T', ' ')).toBe(intl.format(instant))
    }
  })

  it('uses the winter and summer offsets', () => {
    expect(parisWallTime('2026-11-24', 9 * 60).toISOString()).toBe('2026-11-24T08:00:00.000Z')
    expect(parisWallTime('2026-07-01', 9 * 60).toISOString()).toBe('2026-07-01T07:00:00.000Z')
    expect(formatParis(new Date('2026-07-01T07:00:00Z'))).toBe('2026-07-01T09:00:00+02:00')
  })

  it('reads a time skipped in March an hour later, and a repeated time in October as its first occurrence', () => {
    expect(formatParis(parisWallTime('2026-03-29', 2 * 60 + 30))).toBe('2026-03-29T03:30:00+02:00')
    expect(parisWallTime('2026-10-25', 2 * 60 + 30).toISOString()).toBe('2026-10-25T00:30:00.000Z')
  })
})

describe('slotsOfDay', () => {
  it('cuts each opening range into slots', () => {
    expect(times(slotsOfDay(office, '2026-11-23'))).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30'])
    expect(slotsOfDay(office, '2026-11-26')).toEqual([]) // Thursday: closed
  })

  it('is closed on French public holidays and exceptional closures', () => {
    expect(slotsOfDay(office, '2026-11-11')).toEqual([]) // Armistice, a Wednesday
    expect(slotsOfDay(office, '2026-12-02')).toEqual([]) // closed: in the file
    expect(slotsOfDay(office, '2026-12-09')).toHaveLength(6)
  })

  it('keeps 09:00 Paris on the last Sunday of March, after the clocks went forward', () => {
    const [before] = slotsOfDay(night, '2026-03-22').filter((s) => formatParis(s.start).includes('T09:00'))
    const [after] = slotsOfDay(night, '2026-03-29').filter((s) => formatParis(s.start).includes('T09:00'))
    expect(before!.start.toISOString()).toBe('2026-03-22T08:00:00.000Z')
    expect(after!.start.toISOString()).toBe('2026-03-29T07:00:00.000Z')
    expect(after!.end.getTime() - after!.start.getTime()).toBe(30 * 60_000)
  })

  it('has one hour fewer of night slots on the last Sunday of March (02:00 → 03:00)', () => {
    const nightSlots = slotsOfDay(night, '2026-03-29').filter((s) => s.start.getUTCHours() < 5)
    expect(times(nightSlots)).toEqual(['01:00', '01:30', '03:00', '03:30'])
    expect(nightSlots.map((s) => s.start.toISOString())).toEqual([
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T01:30:00.000Z',
    ])
  })

  it('has one hour more of night slots on the last Sunday of October (03:00 → 02:00)', () => {
    const nightSlots = slotsOfDay(night, '2026-10-25').filter((s) => formatParis(s.start) < '2026-10-25T05')
    expect(nightSlots.map((s) => formatParis(s.start).slice(11))).toEqual([
      '01:00:00+02:00',
      '01:30:00+02:00',
      '02:00:00+02:00',
      '02:30:00+02:00',
      '02:00:00+01:00',
      '02:30:00+01:00',
      '03:00:00+01:00',
      '03:30:00+01:00',
    ])
    const [nine] = slotsOfDay(night, '2026-10-25').filter((s) => formatParis(s.start).includes('T09:00'))
    expect(nine!.start.toISOString()).toBe('2026-10-25T08:00:00.000Z')
  })
})

describe('bookableSlots', () => {
  const monday9 = new Date('2026-11-23T08:00:00Z') // Monday 09:00 Paris

  it('respects the minimum notice', () => {
    const slots = bookableSlots(office, monday9, { days: 1 })
    expect(times(slots)[0]).toBe('11:00')
  })

  it('stops at the horizon and starts from `from`', () => {
    const slots = bookableSlots(office, monday9)
    expect(formatParis(slots.at(-1)!.start).slice(0, 10)).toBe('2026-12-07') // Monday 23 + 14 days
    expect(formatParis(bookableSlots(office, monday9, { from: '2026-11-25' })[0]!.start)).toBe('2026-11-25T09:00:00+01:00')
    expect(bookableSlots(office, monday9, { from: '2026-12-08' })).toEqual([])
  })

  it('never starts before today', () => {
    expect(formatParis(bookableSlots(office, monday9, { from: '2020-01-01', days: 1 })[0]!.start).slice(0, 10)).toBe('2026-11-23')
  })
})

describe('findBookableSlot', () => {
  const monday9 = new Date('2026-11-23T08:00:00Z')
  it('accepts the start of a slot, in any offset notation', () => {
    const slot = findBookableSlot(office, new Date('2026-11-24T09:30:00Z'), monday9) // 10:30 Paris
    expect(typeof slot).toBe('object')
  })
  it.each([
    ['2026-11-23T07:00:00Z', 'past'],
    ['2026-11-23T09:00:00Z', 'too-soon'], // 10:00, notice is 2 h
    ['2026-12-14T08:00:00Z', 'too-far'],
    ['2026-11-26T08:00:00Z', 'not-a-slot'], // Thursday: closed
    ['2026-11-24T08:10:00Z', 'not-a-slot'], // 09:10: not a slot start
    ['2026-11-24T12:00:00Z', 'not-a-slot'], // 13:00 on Tuesday: outside hours
    ['2026-12-02T08:00:00Z', 'closed-day'],
  ])('refuses %s: %s', (start, problem) => {
    expect(findBookableSlot(office, new Date(start), monday9)).toBe(problem)
  })
})
