/**
 * The server API: the call-back and feedback calls, over base-client.ts (communes, statistics). Every call resolves
 * to a result object instead of throwing, so a failing server shows a message in
 * the widget and never an uncaught error in the host page.
 * @module
 */
import { BaseApiClient, isRecord, JSON_HEADERS } from './base-client.ts'

export { BaseApiClient, type Commune, type StatType } from './base-client.ts'

export interface Slot {
  start: string
  end: string
  remaining: number
}

/** Who calls back and from which number, shown before booking. */
export interface CallbackCentre {
  /** « Un conseiller Services Publics + »; null when the centre does not say. */
  caller: string | null
  /** The number the call shows; null when hidden or not said. */
  callerNumber: string | null
  callerNumberHidden: boolean
  /** Whether the adviser leaves a voicemail message; undefined when the centre does not say. */
  leavesVoicemail?: boolean
}

export interface CallbackOffer {
  centre: CallbackCentre
  slots: Slot[]
}

export interface Booking {
  reference: string
  cancelToken: string
  /** Short code to note down: with the reference, cancels on the server's /annuler page. */
  cancelCode?: string
  start: string
  end: string
}

export type CallbackStatus = 'booked' | 'called' | 'unreachable' | 'cancelled'

/** A booking as the server knows it now; `gone` when it no longer knows it (404). */
export type StatusResult =
  | { kind: 'found'; status: CallbackStatus; satisfaction: { rating: number } | null }
  | { kind: 'gone' }
  | { kind: 'unknown' }

export type CancelResult = 'cancelled' | 'too-late' | 'error'

/** The usager's answers by question id: the server words them and computes the plan for the agent (docs/api.md). */
export interface SummaryAnswers {
  answers: Record<string, unknown>
}

export interface BookingRequest {
  journey: string
  start: string
  phone: string
  name?: string
  consent: true
  /** Keep the summary for the agent; without it the server drops it. */
  shareAnswers: boolean
  summary?: SummaryAnswers
}

export type BookingResult =
  | { ok: true; booking: Booking }
  | { ok: false; reason: 'full' | 'network' | 'server' }
  | { ok: false; reason: 'invalid'; errors: Record<string, string> }

function isSlot(v: unknown): v is Slot {
  return isRecord(v) && typeof v.start === 'string' && typeof v.end === 'string' && typeof v.remaining === 'number'
}

const STATUSES: readonly string[] = ['booked', 'called', 'unreachable', 'cancelled']

function toCentre(v: unknown): CallbackCentre {
  const c = isRecord(v) ? v : {}
  const text = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : null)
  return {
    caller: text(c.caller),
    callerNumber: text(c.callerNumber),
    callerNumberHidden: c.callerNumberHidden === true,
    ...(typeof c.leavesVoicemail === 'boolean' ? { leavesVoicemail: c.leavesVoicemail } : {}),
  }
}

export class ApiClient extends BaseApiClient {
  /** Free slots and who calls; undefined when the server cannot answer. */
  async slots(journey: string, from: string): Promise<CallbackOffer | undefined> {
    try {
      const response = await fetch(this.url(`api/callbacks/slots?journey=${encodeURIComponent(journey)}&from=${from}`))
      if (!response.ok) return undefined
      const body: unknown = await response.json()
      if (!isRecord(body) || !Array.isArray(body.slots)) return undefined
      return { centre: toCentre(body.centre), slots: body.slots.filter(isSlot).filter((s) => s.remaining > 0) }
    } catch {
      return undefined
    }
  }

  /** The booking's calendar entry (the token in the address: a link cannot send headers). */
  icsUrl(reference: string, cancelToken: string): string {
    return this.url(`api/callbacks/${encodeURIComponent(reference)}.ics?token=${encodeURIComponent(cancelToken)}`)
  }

  /** The server's page that cancels with the reference and the short code, from any device. */
  cancelPageUrl(): string {
    return this.url('annuler')
  }

  async book(request: BookingRequest, idempotencyKey: string): Promise<BookingResult> {
    try {
      const response = await fetch(this.url('api/callbacks'), {
        method: 'POST',
        headers: { ...JSON_HEADERS, 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(request),
      })
      const body: unknown = await response.json().catch(() => undefined)
      if (response.status === 201 || response.status === 200) {
        if (isRecord(body) && ['reference', 'cancelToken', 'start', 'end'].every((k) => typeof body[k] === 'string')) {
          const { reference, cancelToken, cancelCode, start, end } = body as Record<string, string>
          return { ok: true, booking: { reference: reference!, cancelToken: cancelToken!, ...(typeof cancelCode === 'string' ? { cancelCode } : {}), start: start!, end: end! } }
        }
        return { ok: false, reason: 'server' }
      }
      if (response.status === 409) return { ok: false, reason: 'full' }
      if (response.status === 400 && isRecord(body) && isRecord(body.errors)) {
        const errors = Object.fromEntries(Object.entries(body.errors).map(([k, v]) => [k, String(v)]))
        return { ok: false, reason: 'invalid', errors }
      }
      return { ok: false, reason: 'server' }
    } catch {
      return { ok: false, reason: 'network' }
    }
  }

  async cancel(reference: string, cancelToken: string): Promise<CancelResult> {
    try {
      const response = await fetch(this.url(`api/callbacks/${encodeURIComponent(reference)}`), {
        method: 'DELETE',
        headers: { 'X-Cancel-Token': cancelToken },
      })
      if (response.status === 409) return 'too-late'
      return response.status === 204 || response.status === 200 || response.status === 404 ? 'cancelled' : 'error'
    } catch {
      return 'error'
    }
  }

  /** Where a booking stands (called by the agent, cancelled…), and whether its satisfaction was answered. */
  async callbackStatus(reference: string, cancelToken: string): Promise<StatusResult> {
    try {
      const response = await fetch(this.url(`api/callbacks/${encodeURIComponent(reference)}/status`), { headers: { 'X-Cancel-Token': cancelToken } })
      if (response.status === 404) return { kind: 'gone' }
      const body: unknown = response.ok ? await response.json() : undefined
      if (!isRecord(body) || typeof body.status !== 'string' || !STATUSES.includes(body.status)) return { kind: 'unknown' }
      const s = body.satisfaction
      const satisfaction = isRecord(s) && typeof s.rating === 'number' ? { rating: s.rating } : null
      return { kind: 'found', status: body.status as CallbackStatus, satisfaction }
    } catch {
      return { kind: 'unknown' }
    }
  }

  /** « Cet appel vous a-t-il aidé ? »: `done` also when it was already answered (409). */
  async callbackSatisfaction(reference: string, cancelToken: string, rating: number, comment?: string): Promise<'done' | 'error'> {
    try {
      const response = await fetch(this.url(`api/callbacks/${encodeURIComponent(reference)}/satisfaction`), {
        method: 'POST',
        headers: { ...JSON_HEADERS, 'X-Cancel-Token': cancelToken },
        body: JSON.stringify(comment ? { rating, comment } : { rating }),
      })
      return response.status === 201 || response.status === 200 || response.status === 409 ? 'done' : 'error'
    } catch {
      return 'error'
    }
  }

  async feedback(journey: string, rating: number, comment?: string): Promise<boolean> {
    try {
      const body: Record<string, unknown> = { journey, rating }
      if (comment) body.comment = comment
      const response = await fetch(this.url('api/feedback'), { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) })
      return response.ok
    } catch {
      return false
    }
  }
}
