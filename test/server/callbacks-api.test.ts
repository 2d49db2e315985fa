import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, booking, type TestApp } from './helpers/app.ts'
import { storageCases, type OpenedStorage } from './helpers/storages.ts'

describe.each(storageCases())('callback booking API ($kind)', (storageCase) => {
  let opened: OpenedStorage
  let t: TestApp
  beforeAll(async () => {
    opened = await storageCase.open()
    // Rate limiting has its own test (security.test.ts).
    t = createTestApp(opened.storage, { env: { RATE_LIMIT_BOOKING: '0' } })
  }, 60_000)

  async function at<T>(iso: string, work: () => Promise<T>): Promise<T> {
    const saved = t.clock.now
    t.clock.now = new Date(iso)
    try {
      return await work()
    } finally {
      t.clock.now = saved
    }
  }
  afterAll(() => opened?.dispose())

  const book = (overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) => t.json('POST', '/api/callbacks', booking(overrides), headers)
  const slotsOf = async (query: string) => (await (await t.app.request(`/api/callbacks/slots?${query}`)).json()) as { slots: { start: string; end: string; remaining: number }[] }

  describe('GET /api/callbacks/slots', () => {
    it('lists bookable slots in Paris time, respecting the minimum notice', async () => {
      const res = await t.app.request('/api/callbacks/slots?journey=rappel-test')
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-store')
      const body = (await res.json()) as { centre: unknown; timeZone: string; slots: { start: string; end: string; remaining: number }[] }
      // Who calls and from which number, for the usager to know before booking.
      expect(body.centre).toEqual({ id: 'test', name: 'Centre de test', caller: 'Un conseiller de test', callerNumber: '01 23 45 67 89', callerNumberHidden: false })
      expect(body.timeZone).toBe('Europe/Paris')
      // Tuesday 09:00 with 2 hours' notice: the first slot is 11:00.
      expect(body.slots[0]).toEqual({ start: '2026-11-24T11:00:00+01:00', end: '2026-11-24T11:30:00+01:00', remaining: 3 })
      expect(body.slots.at(-1)!.start.slice(0, 10)).toBe('2026-12-08')
    })

    it('starts from `from` for `days` days', async () => {
      const { slots } = await slotsOf('journey=rappel-test&from=2026-11-27&days=1')
      expect(slots.map((s) => s.start.slice(11, 16))).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '14:00', '14:30', '15:00', '15:30'])
    })

    it('has no slot on a public holiday', async () => {
      await at('2026-12-21T08:00:00Z', async () => {
        const { slots } = await slotsOf('journey=rappel-test&from=2026-12-24&days=2')
        expect(new Set(slots.map((s) => s.start.slice(0, 10)))).toEqual(new Set(['2026-12-24'])) // 25: Christmas
        const christmas = await book({ start: '2026-12-25T10:00:00+01:00' })
        expect(christmas.status).toBe(400)
        expect(((await christmas.json()) as { errors: Record<string, string> }).errors.start).toMatch(/fermé ce jour-là/)
      })
    })

    it.each([
      ['', 400, 'journey'],
      ['journey=rappel-test&from=2026-13-01', 400, 'from'],
      ['journey=rappel-test&days=0', 400, 'days'],
    ])('refuses %j with a message per field', async (query, status, field) => {
      const res = await t.app.request(`/api/callbacks/slots?${query}`)
      expect(res.status).toBe(status)
      expect(Object.keys(((await res.json()) as { errors: Record<string, string> }).errors)).toEqual([field])
    })

    it('says when a journey is unknown or offers no callback', async () => {
      const unknown = await t.app.request('/api/callbacks/slots?journey=inconnu')
      expect(unknown.status).toBe(404)
      expect(((await unknown.json()) as { error: string }).error).toMatch(/Parcours inconnu/)
      const none = await t.app.request('/api/callbacks/slots?journey=sans-rappel')
      expect(none.status).toBe(404)
      expect(((await none.json()) as { error: string }).error).toMatch(/ne propose pas de rappel/)
    })
  })

  describe('POST /api/callbacks', () => {
    it('books a slot and returns its reference, cancel token and times', async () => {
      const res = await book({ start: '2026-11-30T09:00:00+01:00' })
      expect(res.status).toBe(201)
      const body = (await res.json()) as { reference: string; cancelToken: string; start: string; end: string }
      expect(body.reference).toMatch(/^MDV-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
      expect(body.cancelToken.length).toBeGreaterThanOrEqual(40)
      expect(body).toMatchObject({ start: '2026-11-30T09:00:00+01:00', end: '2026-11-30T09:30:00+01:00' })
      expect(res.headers.get('location')).toBe(`/api/callbacks/${body.reference}`)

      const stored = await t.storage.findCallback(body.reference)
      expect(stored).toMatchObject({ phone: '+33612345678', name: 'Dominique Martin', journey: 'rappel-test', centre: 'test', status: 'booked' })
      expect(stored!.cancelTokenHash).not.toContain(body.cancelToken)
    })

    it('stores the summary in words, with the plan computed by the engine', async () => {
      const res = await book({ start: '2026-11-30T09:30:00+01:00' })
      const { reference } = (await res.json()) as { reference: string }
      const stored = await t.storage.findCallback(reference)
      expect(stored!.summary).toEqual({
        journeyVersion: 2,
        answers: [
          { id: 'lieu', label: 'Lieu', answer: 'En France' },
          { id: 'date_evenement', label: "Date de l'événement", answer: expect.stringMatching(/20 novembre 2026/) },
        ],
        tasks: [{ id: 'declarer', title: "Déclarer l'événement à la mairie", period: expect.any(String), due: '2026-11-23', mandatory: true, kind: 'todo' }],
      })
    })

    it('keeps the widget’s text summary as it is', async () => {
      const res = await book({ start: '2026-11-30T10:30:00+01:00', summary: 'Parcours de test avec rappel\nLieu : En France\n<b>gras</b>' })
      expect(res.status).toBe(201)
      const { reference } = (await res.json()) as { reference: string }
      expect((await t.storage.findCallback(reference))!.summary).toEqual({ text: 'Parcours de test avec rappel\nLieu : En France\n<b>gras</b>' })
    })

    it('does not keep the summary without consent to share it', async () => {
      const res = await book({ start: '2026-11-30T10:00:00+01:00', shareAnswers: false })
      const { reference } = (await res.json()) as { reference: string }
      expect((await t.storage.findCallback(reference))!.summary).toBeNull()
    })

    it('normalises overseas numbers to E.164', async () => {
      const res = await book({ start: '2026-11-30T10:00:00+01:00', phone: '0692 12 34 56', name: undefined })
      const { reference } = (await res.json()) as { reference: string }
      expect(await t.storage.findCallback(reference)).toMatchObject({ phone: '+262692123456', name: null })
    })

    it('answers 409 once the slot is full', async () => {
      const start = '2026-12-01T09:00:00+01:00'
      const statuses = []
      for (let i = 0; i < 4; i++) statuses.push((await book({ start })).status)
      expect(statuses).toEqual([201, 201, 201, 409])
      const res = await book({ start })
      expect(await res.json()).toEqual({ error: 'Ce créneau est complet : choisissez-en un autre.' })
      const { slots } = await slotsOf('journey=rappel-test&from=2026-12-01&days=1')
      expect(slots.map((s) => s.start)).not.toContain(start)
    })

    it('refuses invalid input with one message per field', async () => {
      const res = await t.json('POST', '/api/callbacks', { journey: 'Rappel Test', start: 'demain', consent: 'oui', extra: 1 })
      expect(res.status).toBe(400)
      const body = (await res.json()) as { error: string; errors: Record<string, string> }
      expect(body.error).toBe('Requête invalide : vérifiez les champs signalés.')
      expect(Object.keys(body.errors).sort()).toEqual(['consent', 'extra', 'journey', 'phone', 'start'])
      expect(body.errors.phone).toBe('Champ obligatoire.')
      expect(body.errors.start).toMatch(/ISO 8601/)
      expect(body.errors.extra).toBe('Champ inconnu.')
    })

    it('refuses a phone number that is not French, and wrong answers, at their field', async () => {
      const res = await book({ phone: '12 34 56', summary: { answers: { lieu: 'lune', inconnue: true } } })
      expect(res.status).toBe(400)
      const { errors } = (await res.json()) as { errors: Record<string, string> }
      expect(Object.keys(errors)).toEqual(['phone', 'summary.answers.lieu', 'summary.answers.inconnue'])
    })

    it.each([
      ['2026-11-25T13:00:00+01:00', /en dehors des horaires/],
      ['2026-11-25T09:10:00+01:00', /en dehors des horaires/],
      ['2026-11-28T10:00:00+01:00', /en dehors des horaires/], // Saturday
      ['2026-11-24T10:00:00+01:00', /trop proche/],
      ['2026-11-23T10:00:00+01:00', /déjà passé/],
      ['2026-12-21T10:00:00+01:00', /trop lointain/],
    ])('refuses %s (not a bookable slot)', async (start, message) => {
      const res = await book({ start })
      expect(res.status).toBe(400)
      const { errors } = (await res.json()) as { errors: Record<string, string> }
      expect(errors).toEqual({ start: expect.stringMatching(message) })
    })

    it('accepts the same instant written in UTC', async () => {
      expect((await book({ start: '2026-12-02T08:00:00Z' })).status).toBe(201)
    })

    it('says when the journey is unknown or has no callback', async () => {
      expect((await book({ journey: 'inconnu' })).status).toBe(404)
      expect((await book({ journey: 'sans-rappel' })).status).toBe(404)
    })

    it('wants JSON', async () => {
      const notJson = await t.app.request('/api/callbacks', { method: 'POST', body: JSON.stringify(booking()), headers: { 'Content-Type': 'text/plain' } })
      expect(notJson.status).toBe(415)
      const broken = await t.app.request('/api/callbacks', { method: 'POST', body: '{"journey":', headers: { 'Content-Type': 'application/json' } })
      expect(broken.status).toBe(400)
    })

    describe('Idempotency-Key', () => {
      it('returns the first result and books nothing more', async () => {
        const start = '2026-12-03T09:00:00+01:00'
        const headers = { 'Idempotency-Key': 'f4a1c2d3-0000-4000-8000-000000000001' }
        const first = await book({ start }, headers)
        const again = await book({ start }, headers)
        expect(first.status).toBe(201)
        expect(again.status).toBe(201)
        expect(again.headers.get('idempotent-replayed')).toBe('true')
        expect(await again.json()).toEqual(await first.json())
        const { slots } = await slotsOf('journey=rappel-test&from=2026-12-03&days=1')
        expect(slots.find((s) => s.start === start)!.remaining).toBe(2)
      })

      it('gives back a cancel token that works', async () => {
        const headers = { 'Idempotency-Key': 'f4a1c2d3-0000-4000-8000-000000000002' }
        await book({ start: '2026-12-03T09:30:00+01:00' }, headers)
        const { reference, cancelToken } = (await (await book({ start: '2026-12-03T09:30:00+01:00' }, headers)).json()) as { reference: string; cancelToken: string }
        expect((await t.app.request(`/api/callbacks/${reference}`, { method: 'DELETE', headers: { 'X-Cancel-Token': cancelToken } })).status).toBe(204)
      })

      it('refuses a key reused for another request, and a malformed key', async () => {
        const headers = { 'Idempotency-Key': 'f4a1c2d3-0000-4000-8000-000000000003' }
        expect((await book({ start: '2026-12-03T10:00:00+01:00' }, headers)).status).toBe(201)
        expect((await book({ start: '2026-12-03T10:30:00+01:00' }, headers)).status).toBe(422)
        const bad = await book({ start: '2026-12-03T10:30:00+01:00' }, { 'Idempotency-Key': 'court' })
        expect(bad.status).toBe(400)
        expect(Object.keys(((await bad.json()) as { errors: Record<string, string> }).errors)).toEqual(['Idempotency-Key'])
      })
    })
  })

  describe('cancellation and calendar file', () => {
    let reference: string
    let cancelToken: string
    beforeAll(async () => {
      ;({ reference, cancelToken } = (await (await book({ start: '2026-12-04T09:00:00+01:00' })).json()) as { reference: string; cancelToken: string })
    })

    it('serves the appointment as an iCalendar file', async () => {
      const res = await t.app.request(`/api/callbacks/${reference}.ics?token=${encodeURIComponent(cancelToken)}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="rappel-${reference}.ics"`)
      const text = await res.text()
      expect(text).toContain('\r\n')
      expect(text).not.toContain('612345678')
      const calendar = new ICAL.Component(ICAL.parse(text))
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
      expect(event.uid).toBe(`${reference}@localhost`)
      expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-04T08:00:00.000Z')
      expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-04T08:30:00.000Z')
      expect(event.summary).toBe('Rappel par un conseiller — Parcours de test avec rappel')
      expect(event.description).toContain(`Référence : ${reference}.`)
      expect(event.description).toContain('vendredi 4 décembre 2026 à 09:00')
    })

    it('needs the right token', async () => {
      expect((await t.app.request(`/api/callbacks/${reference}.ics`)).status).toBe(401)
      expect((await t.app.request(`/api/callbacks/${reference}.ics?token=faux`)).status).toBe(404)
      expect((await t.app.request(`/api/callbacks/MDV-0000-0000.ics?token=faux`)).status).toBe(404)
      expect((await t.app.request(`/api/callbacks/${reference}`, { method: 'DELETE' })).status).toBe(401)
      const wrong = await t.app.request(`/api/callbacks/${reference}`, { method: 'DELETE', headers: { 'X-Cancel-Token': 'faux' } })
      // A wrong token and an unknown reference answer the same: nothing to learn by trying.
      expect(wrong.status).toBe(404)
      const unknown = await t.app.request('/api/callbacks/MDV-0000-0000', { method: 'DELETE', headers: { 'X-Cancel-Token': 'faux' } })
      expect(unknown.status).toBe(404)
      expect(await unknown.json()).toEqual(await wrong.json())
    })

    it('cancels with the token in the body, frees the place and erases the phone number', async () => {
      const before = (await slotsOf('journey=rappel-test&from=2026-12-04&days=1')).slots.find((s) => s.start === '2026-12-04T09:00:00+01:00')!.remaining
      const res = await t.json('DELETE', `/api/callbacks/${reference}`, { cancelToken })
      expect(res.status).toBe(204)
      const after = (await slotsOf('journey=rappel-test&from=2026-12-04&days=1')).slots.find((s) => s.start === '2026-12-04T09:00:00+01:00')!.remaining
      expect(after).toBe(before + 1)
      expect(await t.storage.findCallback(reference)).toMatchObject({ status: 'cancelled', phone: null, name: null, summary: null, statusBy: 'usager' })
      // Cancelling again is harmless; the calendar file now says it is cancelled.
      expect((await t.app.request(`/api/callbacks/${reference}`, { method: 'DELETE', headers: { 'X-Cancel-Token': cancelToken } })).status).toBe(204)
      const ics = await (await t.app.request(`/api/callbacks/${reference}.ics?token=${encodeURIComponent(cancelToken)}`)).text()
      expect(ics).toContain('STATUS:CANCELLED')
    })

    it('cannot cancel once the slot has started', async () => {
      const { reference: ref, cancelToken: token } = (await (await book({ start: '2026-12-04T09:30:00+01:00' })).json()) as { reference: string; cancelToken: string }
      await at('2026-12-04T08:31:00Z', async () => {
        expect((await t.app.request(`/api/callbacks/${ref}`, { method: 'DELETE', headers: { 'X-Cancel-Token': token } })).status).toBe(409)
      })
    })
  })
})
