/**
 * dist/widget.js: the one script a site adds. It is small so that the browser runs it at
 * once, and it starts, all together, what used to come one after the other:
 * - the journey of every <moment-de-vie> already in the page (picked up by load-journey.ts);
 * - every chunk the element needs (the list is written in by scripts/build-widget.ts);
 * - the element itself (widget/src/index.ts, a chunk).
 * Nothing here is imported by the element's code: a shared module would become one more
 * chunk that this script has to wait for.
 * @module
 */

/** Relative to this script: the chunks the element imports statically (a JSON array). */
declare const __MDV_PRELOAD__: string

const PREFETCHED = Symbol.for('moment-de-vie.prefetched-journeys')
/** Same rule as journeyUrl() in components/moment-de-vie/addresses.ts. */
const JOURNEY_ID = /^[a-z0-9][a-z0-9-]*$/

function journeyUrl(el: Element): string | undefined {
  const src = el.getAttribute('src')
  const journey = el.getAttribute('journey')
  try {
    if (src) return new URL(src, document.baseURI).href
    if (journey && JOURNEY_ID.test(journey)) return new URL(`/journeys/${journey}.json`, import.meta.url).href
  } catch {
    // The element will say that the journey is unknown.
  }
  return undefined
}

const registry = ((globalThis as Record<symbol, Map<string, Promise<Response>> | undefined>)[PREFETCHED] ??= new Map())
for (const el of document.querySelectorAll('moment-de-vie')) {
  const url = journeyUrl(el)
  if (!url || registry.has(url)) continue
  const response = fetch(url)
  // Whoever takes it handles a failure (an « injoignable » message); no unhandled rejection meanwhile.
  response.catch(() => undefined)
  registry.set(url, response)
}

for (const chunk of JSON.parse(__MDV_PRELOAD__) as string[]) import(new URL(chunk, import.meta.url).href).catch(() => undefined)
void import('./index.ts')
