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
import { normalisePhone } from '../callbacks/phone.ts'
import { bookableSlots, findBookableSlot, SLOT_PROBLEM_MESSAGES } from '../callbacks/slots.ts'
import { buildSummary } from '../callbacks/summary.ts'
import { hmac, matchesHash, newReference, randomToken, REFERENCE_PATTERN, sha256 } from '../crypto.ts'
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
  consent: boolean
  summary?: string | { answers: Record<string, unknown> }
}

const MAX_REFERENCE_ATTEMPTS = 5

export function callbackRoutes(deps: AppDeps): Hono<AppEnv> {
  const { config, storage, journeys, centres, log, now } = deps
  const app = new Hono<AppEnv>()
  const limiter = clientRateLimit(deps, 'booking', deps.config.bookingRateLimit)

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
      centre: { id: centre.id, name: centre.name },
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
    const phone = normalisePhone(request.phone)
    if (!phone.ok) errors.push({ field: 'phone', message: phone.message })
    const name = request.name?.trim() || null

    const found = callbackOf(c, request.journey)
    if (found instanceof Response) return found
    const { journey, centre } = found

    const at = now()
    const slot = findBookableSlot(centre, new Date(request.start), at)
    if (typeof slot === 'string') errors.push({ field: 'start', message: SLOT_PROBLEM_MESSAGES[slot] })

    // Without consent the summary is not even looked at.
    const shared = request.consent ? request.summary : undefined
    let summary: CallbackSummary | null = null
    if (typeof shared === 'string') {
      summary = shared.trim() ? { text: shared.trim() } : null
    } else if (shared) {
      const built = buildSummary(journey, shared.answers, todayParis(at))
      if ('errors' in built) errors.push(...built.errors)
      else summary = built.summary
    }
    if (errors.length || typeof slot === 'string' || !phone.ok) return invalid(c, errors)

    // What makes two requests "the same" for Idempotency-Key: the booking they ask for.
    const requestHash = sha256(
      JSON.stringify([journey.id, slot.start.toISOString(), phone.e164, name, request.consent, request.consent ? (request.summary ?? null) : null]),
    )
    const keyHash = idempotencyKey ? sha256(`idempotency:${idempotencyKey}`) : null
    const replay = (first: StoredCallback) => {
      if (first.requestHash !== requestHash) {
        return apiError(c, 422, 'Cette clé Idempotency-Key a déjà servi pour une autre demande de rappel.')
      }
      c.header('Idempotent-Replayed', 'true')
      return c.json(bookingBody(first, hmac(idempotencyKey!, first.reference)), 201)
    }
    if (keyHash) {
      const first = await storage.findByIdempotencyKey(keyHash)
      if (first) return replay(first)
    }

    for (let attempt = 0; attempt < MAX_REFERENCE_ATTEMPTS; attempt++) {
      const reference = newReference()
      // With an Idempotency-Key the cancel token is derived from it, so a replay can give
      // it back although only its hash is stored.
      const cancelToken = idempotencyKey ? hmac(idempotencyKey, reference) : randomToken()
      const result = await storage.bookCallback({
        reference,
        journey: journey.id,
        centre: centre.id,
        start: slot.start,
        end: slot.end,
        capacity: centre.capacity,
        phone: phone.e164,
        name,
        consent: request.consent,
        summary,
        cancelTokenHash: sha256(cancelToken),
        idempotencyKeyHash: keyHash,
        requestHash,
        now: at,
      })
      switch (result.outcome) {
        case 'booked':
          log.info('callback booked', { journey: journey.id, centre: centre.id, reference })
          c.header('Location', `/api/callbacks/${reference}`)
          return c.json(bookingBody(result.callback, cancelToken), 201)
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
    if (!REFERENCE_PATTERN.test(reference)) return apiError(c, 404, 'Référence de rappel inconnue.')
    if (!token) return apiError(c, 401, 'Jeton d’annulation manquant.')
    const callback = await storage.findCallback(reference)
    if (!callback) return apiError(c, 404, 'Référence de rappel inconnue.')
    if (!matchesHash(token, callback.cancelTokenHash)) return apiError(c, 403, 'Ce jeton ne correspond pas à ce rappel.')
    return callback
  }

  app.get('/api/callbacks/:file{MDV-[0-9A-Z]{4}-[0-9A-Z]{4}\\.ics}', async (c) => {
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

  app.delete('/api/callbacks/:reference', async (c) => {
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

function bookingBody(callback: StoredCallback, cancelToken: string) {
  return { reference: callback.reference, cancelToken, start: formatParis(callback.start), end: formatParis(callback.end) }
}
