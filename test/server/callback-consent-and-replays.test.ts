/**
 * Issue 11's callback contract (two consents, cancel code, /annuler, who calls) and
 * issue 12's replays, unstorable text and cancel secrets, on every storage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hmac } from '../../server/crypto.ts'
import { createTestApp, booking, type TestApp } from './helpers/app.ts'
import { storageCases, type OpenedStorage } from './helpers/storages.ts'

interface BookingBody {
  reference: string
  cancelToken: string
  cancelCode: string
  status: string
}

describe.each(storageCases())('callback consent, replays and cancel code ($kind)', (storageCase) => {
  let opened: OpenedStorage
  let t: TestApp
  beforeAll(async () => {
    opened = await storageCase.open()
    t = createTestApp(opened.storage, { env: { RATE_LIMIT_BOOKING: '0', RATE_LIMIT_CANCEL: '0' } })
  }, 60_000)
  afterAll(() => opened?.dispose())
  const book = (overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) => t.json('POST', '/api/callbacks', booking(overrides), headers)
  const errorsOf = async (res: Response) => Object.keys(((await res.json()) as { errors: Record<string, string> }).errors)

  it('needs consent to be called, and keeps the summary only with consent to share it', async () => {
    for (const consent of [false, undefined]) {
      const res = await book({ start: '2026-12-07T09:00:00+01:00', consent })
      expect(res.status).toBe(400)
      expect(await errorsOf(res)).toContain('consent')
    }
    const older = await book({ start: '2026-12-07T09:00:00+01:00', shareAnswers: undefined })
    expect(older.status).toBe(201)
    const { reference } = (await older.json()) as BookingBody
    expect((await t.storage.findCallback(reference))!.summary).toBeNull()
  })

  it('gives a reference, a long cancel token and a short code', async () => {
    const res = await book({ start: '2026-12-07T09:30:00+01:00' })
    expect(res.status).toBe(201)
    const body = (await res.json()) as BookingBody
    expect(body.cancelCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(body.status).toBe('booked')
    const stored = await t.storage.findCallback(body.reference)
    expect(stored!.cancelCodeHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored!.cancelCodeHash).not.toContain(body.cancelCode.replace('-', ''))
  })

  it('does not derive the cancel token from the client’s key', async () => {
    const key = 'order-0001'
    const body = (await (await book({ start: '2026-12-07T10:00:00+01:00' }, { 'Idempotency-Key': key })).json()) as BookingBody
    expect(body.cancelToken).not.toBe(hmac(key, body.reference))
    // Another server (another secret) would not rebuild it either.
    const other = createTestApp(opened.storage, { env: { RATE_LIMIT_BOOKING: '0' } })
    const replay = (await (await other.json('POST', '/api/callbacks', booking({ start: '2026-12-07T10:00:00+01:00' }), { 'Idempotency-Key': key })).json()) as BookingBody
    expect(replay.reference).toBe(body.reference)
    expect(replay.cancelToken).not.toBe(body.cancelToken)
  })

  it('gives the original booking back to a replay inside the minimum notice', async () => {
    const headers = { 'Idempotency-Key': 'replay-notice-0001' }
    const start = '2026-11-24T11:30:00+01:00'
    const first = (await (await book({ start }, headers)).json()) as BookingBody
    const saved = t.clock.now
    t.clock.now = new Date('2026-11-24T10:00:00Z') // 11:00 Paris: inside the 2 hours' notice
    try {
      const again = await book({ start }, headers)
      expect(again.status).toBe(201)
      expect(((await again.json()) as BookingBody).reference).toBe(first.reference)
      expect((await book({ start: '2026-11-24T11:30:00+01:00' })).status).toBe(400)
    } finally {
      t.clock.now = saved
    }
  })

  it('answers a replay of a cancelled booking with its state', async () => {
    const headers = { 'Idempotency-Key': 'replay-cancelled-0001' }
    const start = '2026-12-08T09:00:00+01:00'
    const first = (await (await book({ start }, headers)).json()) as BookingBody
    expect((await t.app.request(`/api/callbacks/${first.reference}`, { method: 'DELETE', headers: { 'X-Cancel-Token': first.cancelToken } })).status).toBe(204)
    const again = await book({ start }, headers)
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ reference: first.reference, status: 'cancelled' })
  })

  it('gives every concurrent replay at the last place the original booking', async () => {
    const start = '2026-12-08T10:00:00+01:00'
    expect((await book({ start })).status).toBe(201)
    expect((await book({ start })).status).toBe(201)
    const headers = { 'Idempotency-Key': 'last-place-replays-01' }
    const answers = await Promise.all(Array.from({ length: 12 }, () => book({ start }, headers)))
    expect(answers.map((r) => r.status)).toEqual(Array(12).fill(201))
    const references = new Set(await Promise.all(answers.map(async (r) => ((await r.json()) as BookingBody).reference)))
    expect(references.size).toBe(1)
  })

  it('refuses NUL, lone surrogates and leap seconds at their field', async () => {
    expect(await errorsOf(await book({ name: 'Dominique\u0000' }))).toEqual(['name'])
    expect(await errorsOf(await book({ summary: 'texte \ud800 seul' }))).toEqual(['summary'])
    const leap = await book({ start: '2026-12-31T23:59:60Z' })
    expect(leap.status).toBe(400)
    expect(await errorsOf(leap)).toEqual(['start'])
    const feedback = await t.json('POST', '/api/feedback', { journey: 'rappel-test', rating: 3, comment: 'a\u0000b' })
    expect(feedback.status).toBe(400)
    expect(await errorsOf(feedback)).toEqual(['comment'])
  })

  it('cancels on /annuler with the reference and code, after confirmation; wrong and unknown answer the same', async () => {
    const body = (await (await book({ start: '2026-12-02T14:00:00+01:00' })).json()) as BookingBody
    const post = (fields: Record<string, string>) =>
      t.app.request('/annuler', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' }, body: new URLSearchParams(fields).toString() })
    expect((await t.app.request('/annuler')).status).toBe(200)
    const wrong = await post({ reference: body.reference, code: 'AAAA-AAAA' })
    const unknown = await post({ reference: 'MDV-0000-0000', code: body.cancelCode })
    expect([wrong.status, unknown.status]).toEqual([400, 400])
    for (const page of [await wrong.text(), await unknown.text()]) expect(page).toContain('ne correspondent à aucun rendez-vous')

    const check = await post({ reference: body.reference.toLowerCase(), code: body.cancelCode.replace('-', '').toLowerCase() })
    expect(check.status).toBe(200)
    expect(await check.text()).toContain('Oui, annuler ce rendez-vous')
    expect((await t.storage.findCallback(body.reference))!.status).toBe('booked')
    const done = await post({ reference: body.reference, code: body.cancelCode, confirm: 'yes' })
    expect(await done.text()).toContain('Votre rendez-vous est annulé')
    const stored = await t.storage.findCallback(body.reference)
    expect(stored).toMatchObject({ status: 'cancelled', phone: null })
    expect(await (await t.app.request('/annuler?lang=en')).text()).toContain('Cancel a callback')
  })

  it('rate-limits cancellation, the calendar file and /annuler', async () => {
    const limited = createTestApp(opened.storage, { env: { RATE_LIMIT_CANCEL: '2' } })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await limited.app.request('/api/callbacks/MDV-0000-0000.ics?token=x')).status)
    expect(statuses).toEqual([404, 404, 429])
  })
})
