/**
 * The server API (callbacks, feedback, anonymous statistics). Every call resolves
 * to a result object instead of throwing, so a failing server shows a message in
 * the widget and never an uncaught error in the host page.
 * @module
 */

export interface Slot {
  start: string
  end: string
  remaining: number
}

export interface Booking {
  reference: string
  cancelToken: string
  start: string
  end: string
}

export interface BookingRequest {
  journey: string
  start: string
  phone: string
  name?: string
  consent: true
  /** Keep the summary for the agent; without it the server drops it. */
  shareAnswers: boolean
  summary?: string
}

export type BookingResult =
  | { ok: true; booking: Booking }
  | { ok: false; reason: 'full' | 'network' | 'server' }
  | { ok: false; reason: 'invalid'; errors: Record<string, string> }

export interface Commune {
  code: string
  nom: string
  departement: string
  codesPostaux: string[]
}

export type StatType = 'started' | 'completed' | 'abandoned'

const JSON_HEADERS = { 'Content-Type': 'application/json' }

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isCommune(v: unknown): v is Commune {
  return isRecord(v) && typeof v.code === 'string' && typeof v.nom === 'string' && typeof v.departement === 'string' && Array.isArray(v.codesPostaux)
}

function isSlot(v: unknown): v is Slot {
  return isRecord(v) && typeof v.start === 'string' && typeof v.end === 'string' && typeof v.remaining === 'number'
}

export class ApiClient {
  constructor(private readonly base: URL) {}

  private url(path: string): string {
    return new URL(path.replace(/^\//, ''), this.base).href
  }

  async slots(journey: string, from: string): Promise<Slot[] | undefined> {
    try {
      const response = await fetch(this.url(`api/callbacks/slots?journey=${encodeURIComponent(journey)}&from=${from}`))
      if (!response.ok) return undefined
      const body: unknown = await response.json()
      if (!isRecord(body) || !Array.isArray(body.slots)) return undefined
      return body.slots.filter(isSlot).filter((s) => s.remaining > 0)
    } catch {
      return undefined
    }
  }

  /** Communes whose name or postcode starts with `query`; undefined when the server cannot answer. */
  async communes(query: string, signal?: AbortSignal): Promise<Commune[] | undefined> {
    try {
      const response = await fetch(this.url(`api/communes?q=${encodeURIComponent(query)}`), { signal })
      if (!response.ok) return undefined
      const body: unknown = await response.json()
      return isRecord(body) && Array.isArray(body.communes) ? body.communes.filter(isCommune) : undefined
    } catch {
      return undefined
    }
  }

  async commune(code: string): Promise<Commune | undefined> {
    try {
      const response = await fetch(this.url(`api/communes/${encodeURIComponent(code)}`))
      const body: unknown = response.ok ? await response.json() : undefined
      return isCommune(body) ? body : undefined
    } catch {
      return undefined
    }
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
          return { ok: true, booking: body as unknown as Booking }
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

  async cancel(reference: string, cancelToken: string): Promise<boolean> {
    try {
      const response = await fetch(this.url(`api/callbacks/${encodeURIComponent(reference)}`), {
        method: 'DELETE',
        headers: { 'X-Cancel-Token': cancelToken },
      })
      return response.status === 204 || response.status === 200 || response.status === 404
    } catch {
      return false
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

  /** Anonymous usage statistics: fire and forget, `keepalive` so "abandoned" survives the page closing. */
  stat(journey: string, type: StatType, question?: string, session?: string): void {
    const body: Record<string, string> = { journey, type }
    if (question) body.question = question
    // The run's random id (storage/stats-session.ts): a resumed run is counted once.
    if (session) body.session = session
    try {
      fetch(this.url('api/events'), { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body), keepalive: true }).catch(() => {})
    } catch {
      /* statistics never matter more than the page */
    }
  }
}
