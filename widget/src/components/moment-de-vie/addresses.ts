/**
 * Where the journey and the API are: by default on the server the widget script came
 * from, so that one <script> tag is all a site adds.
 * @module
 */
import { BaseApiClient } from '../../api/base-client.ts'

const JOURNEY_ID = /^[a-z0-9][a-z0-9-]*$/

/** The compiled journey's URL from `src` or the `journey` id; undefined when neither is usable. */
export function journeyUrl(src: string | undefined, journey: string | undefined): string | undefined {
  try {
    if (src) return new URL(src, document.baseURI).href
    if (journey && JOURNEY_ID.test(journey)) return new URL(`/journeys/${journey}.json`, import.meta.url).href
  } catch {
    // An unparsable `src` is an unknown journey, like a missing one.
  }
  return undefined
}

/** The API client for `api` (relative to the page) or the script's origin; the plan's chunk extends it (plan-part.ts). */
export function apiClientFor(api: string | undefined): BaseApiClient {
  let base: URL
  try {
    base = new URL(api ?? '/', api ? document.baseURI : import.meta.url)
  } catch {
    base = new URL('/', import.meta.url)
  }
  if (!base.pathname.endsWith('/')) base.pathname += '/'
  return new BaseApiClient(base)
}
