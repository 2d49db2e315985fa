/**
 * Fetching a compiled journey. Results are cached per URL for the page's lifetime,
 * so a widget moved in the DOM, or a second widget with the same journey, does not
 * fetch it again.
 * @module
 */
import type { CompiledJourney } from '../../../engine/runtime/index.ts'
import { takePrefetched } from '../data/prefetched-journeys.ts'

export type LoadFailure = 'unknown-journey' | 'unreachable' | 'invalid-journey'
export type LoadResult = { ok: true; journey: CompiledJourney } | { ok: false; reason: LoadFailure }

const cache = new Map<string, Promise<LoadResult>>()

/** Enough of the compiled format to render safely; the compiler guarantees the rest. */
function looksCompiled(value: unknown): value is CompiledJourney {
  if (typeof value !== 'object' || value === null) return false
  const j = value as Record<string, unknown>
  return (
    j.format === 1 &&
    typeof j.id === 'string' &&
    typeof j.title === 'string' &&
    typeof j.version === 'number' &&
    Array.isArray(j.questions) &&
    j.questions.length > 0 &&
    Array.isArray(j.tasks) &&
    Array.isArray(j.periods) &&
    j.periods.length > 0 &&
    typeof j.fiches === 'object' &&
    j.fiches !== null
  )
}

async function fetchJourney(url: string): Promise<LoadResult> {
  let response: Response
  try {
    response = await (takePrefetched(url) ?? fetch(url))
  } catch {
    return { ok: false, reason: 'unreachable' }
  }
  if (response.status === 404 || response.status === 410) return { ok: false, reason: 'unknown-journey' }
  if (!response.ok) return { ok: false, reason: 'unreachable' }
  try {
    const body: unknown = await response.json()
    return looksCompiled(body) ? { ok: true, journey: body } : { ok: false, reason: 'invalid-journey' }
  } catch {
    return { ok: false, reason: 'invalid-journey' }
  }
}

export function loadJourney(url: string): Promise<LoadResult> {
  let pending = cache.get(url)
  if (!pending) {
    pending = fetchJourney(url)
    cache.set(url, pending)
    // Failures are not cached: the next attempt (a reload of the widget) tries again.
    void pending.then((r) => r.ok || cache.delete(url))
  }
  return pending
}
