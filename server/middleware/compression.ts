/**
 * Brotli and gzip for the files the server serves as they are (widget, its chunks,
 * compiled journeys). hono/compress only does gzip and deflate, and compresses every
 * response again: here each file is compressed once, in libuv's thread pool (never on
 * the event loop), the first time a client asks for that encoding; later requests reuse
 * the bytes. Brotli at its best quality takes about 1 ms per kilobyte, so no request
 * waits for it: until it is ready, clients get gzip (a few milliseconds).
 *
 * Each encoding is its own representation with its own strong ETag (`"<hash>"`,
 * `"<hash>-br"`, `"<hash>-gz"`) and the answers say `Vary: Accept-Encoding`, so caches
 * and CDNs keep one copy per encoding.
 * @module
 */
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

export type Encoding = 'br' | 'gzip' | 'identity'

export interface Representation {
  body: string | Uint8Array<ArrayBuffer>
  etag: string
  encoding: Encoding
}

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Below this a compressed body saves less than its own headers cost. */
const MIN_BYTES = 512

const SUFFIX: Record<Exclude<Encoding, 'identity'>, string> = { br: '-br', gzip: '-gz' }

/** `"abc"` → `"abc-br"`: the same file, another representation. */
const tagFor = (etag: string, encoding: Encoding): string => (encoding === 'identity' ? etag : `${etag.slice(0, -1)}${SUFFIX[encoding]}"`)

async function compress(bytes: Uint8Array, encoding: Exclude<Encoding, 'identity'>): Promise<Uint8Array<ArrayBuffer>> {
  const out =
    encoding === 'br'
      ? await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
      : await gzipAsync(bytes, { level: 9 })
  return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength)
}

/**
 * One file in every encoding it is worth sending in. `get()` answers at once when the
 * encoding is ready (or not worth it), a promise the first time.
 */
export class Precompressed {
  readonly identity: Representation
  /** Every ETag this file has had or will have, whatever the encoding: a client holding any of them holds this content. */
  readonly etags: ReadonlySet<string>
  readonly #bytes: Uint8Array
  readonly #ready = new Map<Encoding, Representation>()
  readonly #pending = new Map<Encoding, Promise<Representation>>()

  constructor(body: string | Uint8Array<ArrayBuffer>, etag: string) {
    this.identity = { body, etag, encoding: 'identity' }
    this.#bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
    this.etags = new Set([etag, tagFor(etag, 'br'), tagFor(etag, 'gzip')])
    this.#ready.set('identity', this.identity)
    if (this.#bytes.byteLength < MIN_BYTES) {
      this.#ready.set('br', this.identity)
      this.#ready.set('gzip', this.identity)
    }
  }

  /** The best representation for `accepted` (in order of preference) that is ready, or gzip once compressed; never waits for brotli. */
  pick(accepted: readonly Encoding[]): Representation | Promise<Representation> {
    for (const encoding of accepted) {
      const ready = this.#ready.get(encoding)
      if (ready) return ready
      if (encoding === 'br') void this.get('br')
      else return this.get(encoding)
    }
    return this.identity
  }

  get(encoding: Encoding): Representation | Promise<Representation> {
    const ready = this.#ready.get(encoding)
    if (ready) return ready
    let pending = this.#pending.get(encoding)
    if (!pending) {
      const coding = encoding as Exclude<Encoding, 'identity'>
      pending = compress(this.#bytes, coding).then(
        (body) => {
          // Incompressible content (already compressed, tiny) goes as it is.
          const representation = body.byteLength < this.#bytes.byteLength ? { body, etag: tagFor(this.identity.etag, coding), encoding: coding } : this.identity
          this.#ready.set(encoding, representation)
          this.#pending.delete(encoding)
          return representation
        },
        () => {
          // A compression failure must not fail the request: the plain file still serves.
          this.#pending.delete(encoding)
          return this.identity
        },
      )
      this.#pending.set(encoding, pending)
    }
    return pending
  }
}

/**
 * The encodings an `Accept-Encoding` header accepts, best first: brotli, gzip, then none
 * (always acceptable here: no client of these files refuses it in practice). `q=0`
 * refuses a coding; `*` stands for the codings not named.
 */
export function acceptedEncodings(acceptEncoding: string | undefined): Encoding[] {
  if (!acceptEncoding) return IDENTITY_ONLY
  const weights = new Map<string, number>()
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    weights.set(name, Number.isFinite(weight) ? weight : 0)
  }
  const weightOf = (coding: string) => weights.get(coding) ?? (coding === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*') ?? 0
  const br = weightOf('br')
  const gz = weightOf('gzip')
  const codings: Encoding[] = br > 0 && gz > 0 ? (br >= gz ? ['br', 'gzip'] : ['gzip', 'br']) : br > 0 ? ['br'] : gz > 0 ? ['gzip'] : []
  return [...codings, 'identity']
}

const IDENTITY_ONLY: Encoding[] = ['identity']
