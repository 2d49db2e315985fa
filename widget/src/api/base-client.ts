/**
 * What the first question needs of the server API: the commune search and the anonymous
 * statistics. The call-back and feedback calls (client.ts) come with their chunks.
 * Every call resolves to a result instead of throwing: a failing server never shows an
 * uncaught error in the host page.
 * @module
 */

export interface Commune {
  code: string
  nom: string
  departement: string
  codesPostaux: string[]
}

export type StatType = 'started' | 'completed' | 'abandoned'

export const JSON_HEADERS = { 'Content-Type': 'application/json' }

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isCommune(v: unknown): v is Commune {
  return isRecord(v) && typeof v.code === 'string' && typeof v.nom === 'string' && typeof v.departement === 'string' && Array.isArray(v.codesPostaux)
}

export class BaseApiClient {
  /** The API's root address, ending with « / ». */
  constructor(readonly base: URL) {}

  protected url(path: string): string {
    return new URL(path.replace(/^\//, ''), this.base).href
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
