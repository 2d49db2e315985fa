import { cleanup } from './mount.ts'
/**
 * A stand-in for the server API (contract in the widget issue): replaces window.fetch for
 * /api/* and records every call, so tests can check what the widget sent.
 */
export interface Call {
  method: string
  path: string
  headers: Record<string, string>
  body: unknown
}

export interface FakeApi {
  calls: Call[]
  /** Remaining places per slot start; a booking takes one. */
  slots: { start: string; end: string; remaining: number }[]
  /** Next booking answers 409 once (someone else took the last place). */
  failNextBooking?: 'full' | 'network' | 'invalid-phone'
  failSlots?: boolean
  failFeedback?: boolean
  failCommunes?: boolean
  /** Who calls, as GET /api/callbacks/slots says. */
  centre: Record<string, unknown>
  /** What GET /api/callbacks/{reference}/status answers, per reference (absent: 404). */
  statuses: Record<string, { status: string; start: string; end: string; satisfaction: null | { rating: number } }>
  restore(): void
  of(path: string, method?: string): Call[]
}

/** A few communes, as /api/communes answers (largest first). */
export const COMMUNES = [
  { code: '69123', nom: 'Lyon', departement: '69', codesPostaux: ['69001', '69002', '69003', '69004'] },
  { code: '38225', nom: 'Lyons-la-Forêt', departement: '27', codesPostaux: ['27480'] },
  { code: '2A004', nom: 'Ajaccio', departement: '2A', codesPostaux: ['20000', '20090'] },
  { code: '97411', nom: 'Saint-Denis', departement: '974', codesPostaux: ['97400'] },
]

/** Slots on Wednesday 25 and Thursday 26 November 2026, Paris time (UTC+1). */
export const DEFAULT_SLOTS = [
  { start: '2026-11-25T08:00:00.000Z', end: '2026-11-25T08:30:00.000Z', remaining: 3 },
  { start: '2026-11-25T08:30:00.000Z', end: '2026-11-25T09:00:00.000Z', remaining: 1 },
  { start: '2026-11-26T13:30:00.000Z', end: '2026-11-26T14:00:00.000Z', remaining: 2 },
]

export const DEFAULT_CENTRE = { id: 'deces', name: 'Conseillers', caller: 'Un conseiller Services Publics +', callerNumber: '01 23 45 67 89', callerNumberHidden: false }

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

export function installFakeApi(): FakeApi {
  const realFetch = window.fetch
  const api: FakeApi = {
    calls: [],
    slots: DEFAULT_SLOTS.map((s) => ({ ...s })),
    centre: { ...DEFAULT_CENTRE },
    statuses: {},
    restore: () => {
      window.fetch = realFetch
    },
    of: (path, method) => api.calls.filter((c) => c.path.startsWith(path) && (!method || c.method === method)),
  }
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href)
    if (!url.pathname.startsWith('/api/')) return realFetch(input, init)
    const method = (init?.method ?? 'GET').toUpperCase()
    const headers = Object.fromEntries(new Headers(init?.headers).entries())
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
    api.calls.push({ method, path: url.pathname + url.search, headers, body })
    if (url.pathname === '/api/callbacks/slots') {
      return api.failSlots ? json(503, { error: 'down' }) : json(200, { centre: api.centre, timeZone: 'Europe/Paris', slots: api.slots })
    }
    if (url.pathname === '/api/callbacks' && method === 'POST') {
      const failure = api.failNextBooking
      api.failNextBooking = undefined
      if (failure === 'network') throw new TypeError('Failed to fetch')
      if (failure === 'full') {
        api.slots = api.slots.filter((s) => s.start !== (body as { start: string }).start)
        return json(409, { error: 'full' })
      }
      if (failure === 'invalid-phone') return json(400, { errors: { phone: 'Numéro refusé par le serveur.' } })
      const slot = api.slots.find((s) => s.start === (body as { start: string }).start)!
      api.statuses['RAP-7K2Q'] = { status: 'booked', start: slot.start, end: slot.end, satisfaction: null }
      return json(201, { reference: 'RAP-7K2Q', status: 'booked', cancelToken: 'secret-token', cancelCode: 'K7P4-QX9M', start: slot.start, end: slot.end })
    }
    const satisfaction = /^\/api\/callbacks\/([^/]+)\/(status|satisfaction)$/.exec(url.pathname)
    if (satisfaction) {
      const known = api.statuses[decodeURIComponent(satisfaction[1]!)]
      if (!known || headers['x-cancel-token'] !== 'secret-token') return json(404, { error: 'Référence ou jeton d’annulation inconnus.' })
      if (satisfaction[2] === 'status' && method === 'GET') return json(200, known)
      if (satisfaction[2] === 'satisfaction' && method === 'POST') {
        if (known.satisfaction) return json(409, { error: 'Déjà répondu.' })
        known.satisfaction = { rating: (body as { rating: number }).rating }
        return json(201, { ok: true })
      }
    }
    if (url.pathname.startsWith('/api/callbacks/') && method === 'DELETE') {
      if (headers['x-cancel-token'] !== 'secret-token') return json(404, { error: 'Référence ou jeton d’annulation inconnus.' })
      const known = api.statuses[decodeURIComponent(url.pathname.split('/').pop()!)]
      if (known && known.status !== 'booked') return json(409, { error: 'Ce rappel a déjà eu lieu.' })
      if (known) known.status = 'cancelled'
      return new Response(null, { status: 204 })
    }
    if (url.pathname === '/api/communes') {
      if (api.failCommunes) throw new TypeError('Failed to fetch')
      const q = (url.searchParams.get('q') ?? '').toLowerCase()
      return json(200, { communes: COMMUNES.filter((c) => c.nom.toLowerCase().startsWith(q) || c.codesPostaux.some((p) => p.startsWith(q))) })
    }
    if (url.pathname.startsWith('/api/communes/')) {
      const found = COMMUNES.find((c) => c.code === url.pathname.split('/').pop())
      return found ? json(200, found) : json(404, { error: 'Aucune commune n’a ce code INSEE.' })
    }
    if (url.pathname === '/api/feedback') return api.failFeedback ? json(500, {}) : json(201, { ok: true })
    if (url.pathname === '/api/events') return json(202, { ok: true })
    return json(404, { error: 'not found' })
  }
  return api
}

/**
 * Installs the fake API before each test of the enclosing `describe`, then restores
 * fetch and unmounts every widget after it. Call the returned function for the API.
 */
export function useFakeApi(): () => FakeApi {
  let api: FakeApi | undefined
  beforeEach(() => {
    api = installFakeApi()
  })
  afterEach(() => {
    api?.restore()
    cleanup()
  })
  return () => api!
}
