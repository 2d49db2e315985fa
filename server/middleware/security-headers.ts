/**
 * Security headers (hono/secure-headers). The server's own pages get a strict CSP:
 * scripts and styles from this origin only, no inline code (the pages link their CSS,
 * charts are inline SVG without style attributes), no framing.
 * @module
 */
import { Hono, type MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

export const STRICT_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
}

/** For HTML pages. */
export const pageSecurityHeaders = (): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: STRICT_CSP,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  })

/**
 * For the API and static files: the same protections minus CSP directives that only make
 * sense for documents, and a cross-origin resource policy that lets embedding sites load
 * the widget and the journeys.
 */
export const apiSecurityHeaders = (): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: 'cross-origin',
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'no-referrer',
  })

/**
 * The API headers as a plain object, taken once from hono/secure-headers itself. The
 * hottest routes (compiled journeys, the widget) build their responses in one go with
 * them: no middleware then rewrites the headers of every response.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = await (async () => {
  const probe = new Hono()
  probe.use(apiSecurityHeaders())
  probe.get('/', (c) => c.body(null, 204))
  const res = await probe.request('/')
  return Object.freeze(Object.fromEntries(res.headers))
})()
