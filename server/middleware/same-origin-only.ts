/**
 * The agents' console and API answer their own pages only. A CORS preflight is refused
 * (403, no CORS header), and so is any request another site's page makes in the
 * background (`Sec-Fetch-Site: cross-site` or `same-site`, not a navigation): an agent
 * signed in to the console who visits another site lends it neither their session nor
 * the replies. Following a link to the console (a navigation) still works, and tools
 * that send no `Sec-Fetch-*` header (curl, scripts with a bearer token) are not browsers
 * acting for someone else.
 * @module
 */
import type { MiddlewareHandler } from 'hono'

const REFUSAL = JSON.stringify({ error: 'Cette adresse ne répond pas aux requêtes d’autres sites.' })

/**
 * @example
 * app.use('/api/agent/*', sameOriginOnly())
 */
export const sameOriginOnly = (): MiddlewareHandler =>
  async function sameOriginOnly(c, next) {
    const preflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined
    const site = c.req.header('sec-fetch-site')
    const navigation = c.req.header('sec-fetch-mode') === 'navigate' && (c.req.method === 'GET' || c.req.method === 'HEAD')
    if (preflight || ((site === 'cross-site' || site === 'same-site') && !navigation)) {
      return new Response(REFUSAL, { status: 403, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } })
    }
    await next()
    // Whatever a route might add, these answers are never readable by another origin.
    if (c.res.headers.has('access-control-allow-origin')) c.res.headers.delete('access-control-allow-origin')
  }
