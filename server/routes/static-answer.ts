/**
 * How the server answers a file it serves as it is (compiled journeys, the widget and
 * its chunks): the encoding the client accepts, a strong ETag per encoding, 304 when the
 * client has it, and every header — security, CORS, caching — set at once. These routes
 * answer before the middleware stack (see app.ts): they are the hottest of the server.
 * @module
 */
import type { Context } from 'hono'
import { sha256 } from '../crypto.ts'
import type { AppDeps } from '../env.ts'
import { acceptedEncodings, Precompressed, type Representation } from '../middleware/compression.ts'
import { PUBLIC_CORS_HEADERS } from '../middleware/embedding-cors.ts'
import { logRequest } from '../middleware/request-log.ts'
import { API_SECURITY_HEADERS } from '../middleware/security-headers.ts'

export interface StaticFile {
  content: Precompressed
  contentType: string
  cacheControl: string
}

export interface MissingFile {
  status: number
  body: string
  contentType: string
}

/** A strong ETag from the bytes themselves: the same build gives the same tags on every instance. */
export const etagOf = (body: string | Uint8Array): string =>
  `"${sha256(typeof body === 'string' ? body : Buffer.from(body).toString('latin1')).slice(0, 32)}"`

export function staticFile(body: string | Uint8Array<ArrayBuffer>, contentType: string, cacheControl: string, etag = etagOf(body)): StaticFile {
  return { content: new Precompressed(body, etag), contentType, cacheControl }
}

/** Weak comparison (RFC 9110 §13.1.2), as If-None-Match asks. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t === etag || t === `W/${etag}`
  })
}

/**
 * A request header read from Node's own request when there is one: asking Hono's
 * request would build a full Fetch Headers object, a visible cost at 10,000 requests/s.
 */
function header(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: { headers: Record<string, string | string[] | undefined> } } | undefined)?.incoming
  if (!incoming) return c.req.header(name)
  const value = incoming.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

const BASE_HEADERS: Readonly<Record<string, string>> = Object.freeze({ ...API_SECURITY_HEADERS, ...PUBLIC_CORS_HEADERS })

/** Answers a cacheable file, 304 when the client has it, with every header at once. */
export function staticAnswer(deps: AppDeps) {
  const respond = (c: Context, file: StaticFile, representation: Representation, started: number): Response => {
    const headers: Record<string, string> = {
      ...BASE_HEADERS,
      'content-type': file.contentType,
      'cache-control': file.cacheControl,
      etag: representation.etag,
      vary: 'Accept-Encoding',
    }
    let response: Response
    if (matches(header(c, 'if-none-match'), representation.etag)) response = new Response(null, { status: 304, headers })
    else {
      if (representation.encoding !== 'identity') headers['content-encoding'] = representation.encoding
      response = new Response(representation.body, { status: 200, headers })
    }
    logRequest(deps.log, c.req.method, c.req.path, response.status, started)
    return response
  }

  return (c: Context, file: StaticFile | undefined, started: number, missing?: MissingFile): Response | Promise<Response> => {
    if (!file) {
      const response = new Response(missing!.body, { status: missing!.status, headers: { ...BASE_HEADERS, 'content-type': missing!.contentType, 'cache-control': 'no-store' } })
      logRequest(deps.log, c.req.method, c.req.path, response.status, started)
      return response
    }
    const representation = file.content.pick(acceptedEncodings(header(c, 'accept-encoding')))
    // Only the first gzip request waits for its compression (milliseconds).
    return representation instanceof Promise ? representation.then((r) => respond(c, file, r, started)) : respond(c, file, representation, started)
  }
}
