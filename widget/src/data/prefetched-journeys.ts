/**
 * Journeys whose download widget.js started before the element's code arrived (boot.ts):
 * taken once, by the first widget that loads that URL.
 * @module
 */
const PREFETCHED = Symbol.for('moment-de-vie.prefetched-journeys')

export function takePrefetched(url: string): Promise<Response> | undefined {
  const registry = (globalThis as Record<symbol, Map<string, Promise<Response>> | undefined>)[PREFETCHED]
  const response = registry?.get(url)
  registry?.delete(url)
  return response
}
