/**
 * Callback booking for usagers: free slots, booking (idempotent, never overbooked:
 * the database checks the capacity), cancellation and the .ics file.
 * @module
 */
import { Hono, type Context } from 'hono'
import { isIsoDate } from '../../engine/dates/iso-date.ts'
import type { CompiledJourney } from '../../engine/journey/types.ts'
import type { CallbackCentre } from '../callbacks/centres.ts'
import { callbackIcs } from '../callbacks/ics.ts'
import { formatParis, todayParis } from '../callbacks/paris-time.ts'
import { cancelSecretsFor, tokenMatches } from '../callbacks/cancel-secrets.ts'
import { normalisePhone } from '../callbacks/phone.ts'
import { bookableSlots, findBookableSlot, SLOT_PROBLEM_MESSAGES } from '../callbacks/slots.ts'
import { buildSummary } from '../callbacks/summary.ts'
import { newReference, REFERENCE_PATTERN, sha256 } from '../crypto.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { apiError, invalid, readJson } from '../http.ts'
import { clientRateLimit } from '../middleware/rate-limit.ts'
import type { CallbackSummary, StoredCallback } from '../storage/storage.ts'
import { validateBody, type FieldError } from '../validation.ts'

interface BookingRequest {
  journey: string
  start: string
  phone: string
  name?: string
  /** Consent to be called: required, and must be true. */
  consent: boolean
  /** Consent to show the summary to the agent (default false: the agent sees only the journey's name). */
  shareAnswers?: boolean
  summary?: string | { answers: Record<string, unknown> }
}

/** Every unknown, malformed or foreign reference gets this same answer: nothing to learn by trying. */
const NOT_FOUND = 'Référence ou jeton d’annulation inconnus.'

const MAX_REFERENCE_ATTEMPTS = 5

export function callbackRoutes(deps: AppDeps): Hono<AppEnv> {
  const { storage, journeys, centres, log, now, secret } = deps
  const app = new Hono<AppEnv>()
  const limiter = clientRateLimit(deps, 'booking', deps.config.bookingRateLimit)
  const cancelLimiter = clientRateLimit(deps, 'cancel', deps.config.cancelRateLimit)

  function callbackOf(c: Context, journeyId: string): { journey: CompiledJourney; centre: CallbackCentre } | Response {
    const journey = journeys.get(journeyId)?.journey
    if (!journey) return apiError(c, 404, `Parcours inconnu : « ${journeyId} ».`)
    const centre = journey.callback && centres.get(journey.callback.centre)
    if (!centre) return apiError(c, 404, `Le parcours « ${journeyId} » ne propose pas de rappel par un conseiller.`)
    return { journey, centre }
  }

  app.get('/api/callbacks/slots', async (c) => {
    const { journey: journeyId, from, days } = c.req.query()
    const errors: FieldError[] = []
    if (!journeyId) errors.push({ field: 'journey', message: 'Paramètre obligatoire.' })
    if (from !== undefined && !isIsoDate(from)) errors.push({ field: 'from', message: 'Date AAAA-MM-JJ attendue.' })
    const dayCount = days === undefined ? undefined : Number(days)
    if (dayCount !== undefined && !(Number.isInteger(dayCount) && dayCount >= 1 && dayCount <= 366)) {
      errors.push({ field: 'days', message: 'Un nombre entier de 1 à 366 est attendu.' })
    }
    if (errors.length) return invalid(c, errors)
    const found = callbackOf(c, journeyId!)
    if (found instanceof Response) return found
    const { centre } = found

    const slots = bookableSlots(centre, now(), { from, days: dayCount })
    const counts = slots.length ? await storage.bookedCounts(centre.id, slots[0]!.start, slots.at(-1)!.end) : new Map<number, number>()
    c.header('Cache-Control', 'no-store')
    return c.json({
      centre: {
        id: centre.id,
        name: centre.name,
        caller: centre.caller ?? null,
        callerNumber: centre.callerNumber && !isHiddenNumber(centre.callerNumber) ? centre.callerNumber : null,
        callerNumberHidden: centre.callerNumber !== undefined && isHiddenNumber(centre.callerNumber),
      },
      timeZone: 'Europe/Paris',
      slots: slots
        .map((s) => ({ start: formatParis(s.start), end: formatParis(s.end), remaining: centre.capacity - (counts.get(s.start.getTime()) ?? 0) }))
        .filter((s) => s.remaining > 0),
    })
  })

  app.post('/api/callbacks', limiter, async (c) => {
    const body = await readJson(c)
    if (!body.ok) return body.response
    const checked = validateBody<BookingRequest>('BookingRequest', body.value)
    if (!checked.ok) return invalid(c, checked.errors)
    const request = checked.value
    const errors: FieldError[] = []

    const idempotencyKey = c.req.header('idempotency-key')
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{8,200}$/.test(idempotencyKey)) {
      errors.push({ field: 'Idempotency-Key', message: 'De 8 à 200 caractères imprimables (un UUID, par exemple).' })
    }
    if (request.consent !== true) {
      errors.push({ field: 'consent', message: 'Le rappel demande l’accord de l’usager pour être appelé (consent: true).' })
    }
    const phone = normalisePhone(request.phone)
    if (!phone.ok) errors.push({ field: 'phone', message: phone.message })
    const name = request.name?.trim() || null

    const found = callbackOf(c, request.journey)
    if (found instanceof Response) return found
    const { journey, centre } = found
    const start = new Date(request.start)
    const shareAnswers = request.shareAnswers === true

    // What makes two requests "the same" for Idempotency-Key: the booking they ask for.
    const requestHash = sha256(
      JSON.stringify([journey.id, start.toISOString(), phone.ok ? phone.e164 : null, name, shareAnswers, shareAnswers ? (request.summary ?? null) : null]),
    )
    const keyHash = idempotencyKey ? sha256(`idempotency:${idempotencyKey}`) : null
    const replay = (first: StoredCallback) => {
      if (first.requestHash !== requestHash) {
        return apiError(c, 422, 'Cette clé Idempotency-Key a déjà servi pour une autre demande de rappel.')
      }
      c.header('Idempotent-Replayed', 'true')
      // A cancelled booking stays cancelled: its state, and no secret to cancel it again.
      if (first.status === 'cancelled') return c.json({ ...bookingTimes(first), status: first.status }, 200)
      const secrets = cancelSecretsFor(secret, first.reference, keyHash)
      return c.json(bookingBody(first, secrets.token, secrets.code), 201)
    }
    // Looked up before the slot is checked: a retry of a booking made just before the
    // minimum notice, or that took the last place, gets that booking back.
    if (keyHash && phone.ok && !errors.length) {
      const first = await storage.findByIdempotencyKey(keyHash)
      if (first) return replay(first)
    }

    const at = now()
    const slot = findBookableSlot(centre, start, at)
    if (typeof slot === 'string') errors.push({ field: 'start', message: SLOT_PROBLEM_MESSAGES[slot] })

    // Without consent to share, the summary is not even looked at.
    const shared = shareAnswers ? request.summary : undefined
    let summary: CallbackSummary | null = null
    if (typeof shared === 'string') {
      summary = shared.trim() ? { text: shared.trim() } : null
    } else if (shared) {
      const built = buildSummary(journey, shared.answers, todayParis(at))
      if ('errors' in built) errors.push(...built.errors)
      else summary = built.summary
    }
    if (errors.length || typeof slot === 'string' || !phone.ok) return invalid(c, errors)

    for (let attempt = 0; attempt < MAX_REFERENCE_ATTEMPTS; attempt++) {
      const reference = newReference()
      const secrets = cancelSecretsFor(secret, reference, keyHash)
      const result = await storage.bookCallback({
        reference,
        journey: journey.id,
        centre: centre.id,
        start: slot.start,
        end: slot.end,
        capacity: centre.capacity,
        phone: phone.e164,
        name,
        consent: shareAnswers,
        summary,
        cancelTokenHash: secrets.tokenHash,
        cancelCodeHash: secrets.codeHash,
        idempotencyKeyHash: keyHash,
        requestHash,
        now: at,
      })
      switch (result.outcome) {
        case 'booked':
          log.info('callback booked', { journey: journey.id, centre: centre.id, reference })
          c.header('Location', `/api/callbacks/${reference}`)
          return c.json(bookingBody(result.callback, secrets.token, secrets.code), 201)
        case 'replayed':
          return replay(result.callback)
        case 'full':
          return apiError(c, 409, 'Ce créneau est complet : choisissez-en un autre.')
        case 'reference-taken':
          continue
      }
    }
    throw new Error('Could not draw a free booking reference')
  })

  async function authorised(c: Context, reference: string, token: string | undefined): Promise<StoredCallback | Response> {
    if (!token) return apiError(c, 401, 'Jeton d’annulation manquant.')
    const callback = REFERENCE_PATTERN.test(reference) ? await storage.findCallback(reference) : null
    if (!callback || !tokenMatches(callback, token)) return apiError(c, 404, NOT_FOUND)
    return callback
  }

  app.get('/api/callbacks/:file{MDV-[0-9A-Z]{4}-[0-9A-Z]{4}\\.ics}', cancelLimiter, async (c) => {
    const callback = await authorised(c, c.req.param('file').slice(0, -'.ics'.length), c.req.query('token'))
    if (callback instanceof Response) return callback
    const journey = journeys.get(callback.journey)?.journey
    const ics = callbackIcs(callback, {
      journeyTitle: journey?.title ?? callback.journey,
      centreName: centres.get(callback.centre)?.name ?? 'Moments de vie',
      host: new URL(c.req.url).hostname,
      now: now(),
    })
    return c.body(ics, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="rappel-${callback.reference}.ics"`,
      'Cache-Control': 'no-store',
    })
  })

  app.delete('/api/callbacks/:reference', cancelLimiter, async (c) => {
    let token = c.req.header('x-cancel-token')
    if (!token) {
      const body = await readJson(c, { optional: true })
      if (!body.ok) return body.response
      if (body.value !== undefined) {
        const checked = validateBody<{ cancelToken: string }>('CancelRequest', body.value)
        if (!checked.ok) return invalid(c, checked.errors)
        token = checked.value.cancelToken
      }
    }
    const callback = await authorised(c, c.req.param('reference'), token)
    if (callback instanceof Response) return callback
    if (callback.status === 'cancelled') return c.body(null, 204)
    if (callback.status !== 'booked' || callback.start.getTime() <= now().getTime()) {
      return apiError(c, 409, 'Ce rappel a déjà eu lieu ou a commencé : il ne peut plus être annulé.')
    }
    const change = await storage.setCallbackStatus(callback.reference, { status: 'cancelled', by: 'usager', now: now(), forget: true, onlyFrom: ['booked'] })
    if (change.outcome === 'not-allowed') return apiError(c, 409, 'Ce rappel a déjà eu lieu : il ne peut plus être annulé.')
    log.info('callback cancelled', { reference: callback.reference, centre: callback.centre })
    return c.body(null, 204)
  })

  return app
}

function bookingTimes(callback: StoredCallback) {
  return { reference: callback.reference, start: formatParis(callback.start), end: formatParis(callback.end) }
}

function bookingBody(callback: StoredCallback, cancelToken: string, cancelCode: string) {
  return { ...bookingTimes(callback), status: callback.status, cancelToken, cancelCode }
}

/** « masqué », « numéro masqué », "hidden": the centre calls without showing a number. */
function isHiddenNumber(callerNumber: string): boolean {
  return /masqu|hidden|withheld/i.test(callerNumber)
}
