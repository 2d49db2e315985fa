/**
 * Brotli, gzip or nothing for the widget, its chunks and the compiled journeys, chosen by
 * Accept-Encoding; one strong ETag per encoding; 304 on If-None-Match; long caching for
 * hashed chunk names only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { acceptedEncodings } from '../../server/middleware/compression.ts'
import { createTestApp, fixtureCatalogue } from './helpers/app.ts'
import { stubStorage } from './helpers/stub-storage.ts'

const decode = async (res: Response): Promise<string> => {
  const bytes = Buffer.from(await res.arrayBuffer())
  const encoding = res.headers.get('content-encoding')
  return (encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8')
}

describe('choosing the encoding', () => {
  it('prefers brotli, then gzip, and honours q=0 and *', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip', 'identity'])
    expect(acceptedEncodings('gzip, deflate')).toEqual(['gzip', 'identity'])
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip', 'identity'])
    expect(acceptedEncodings('br;q=0.5, gzip;q=0.8')).toEqual(['gzip', 'br', 'identity'])
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip', 'identity'])
    expect(acceptedEncodings('*, br;q=0')).toEqual(['gzip', 'identity'])
    expect(acceptedEncodings('identity')).toEqual(['identity'])
    expect(acceptedEncodings('')).toEqual(['identity'])
    expect(acceptedEncodings(undefined)).toEqual(['identity'])
  })
})

type App = ReturnType<typeof createTestApp>

/** Brotli is made in the background: asks again until it is there. */
async function once(t: App, path: string, encoding: 'br' | 'gzip' | null, headers: Record<string, string> = {}): Promise<Response> {
  const accept = encoding === 'br' ? 'br, gzip' : (encoding ?? 'identity')
  let res: Response | undefined
  await expect
    .poll(async () => (res = await t.app.request(path, { headers: { 'Accept-Encoding': accept, ...headers } })).headers.get('content-encoding'), { timeout: 5_000, interval: 20 })
    .toBe(encoding)
  return res!
}

describe('compiled journeys', () => {
  const t = createTestApp(stubStorage())
  const path = '/journeys/rappel-test.json'
  const plain = fixtureCatalogue().get('rappel-test')!.body

  it('are sent in brotli, gzip or as they are, the same JSON each time, each with its own stable ETag', async () => {
    const tags = new Map<string | null, string>()
    for (const encoding of ['br', 'gzip', null] as const) {
      const res = await once(t, path, encoding)
      expect(res.status).toBe(200)
      expect(res.headers.get('vary')).toBe('Accept-Encoding')
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=3600')
      expect(await decode(res)).toBe(plain)
      tags.set(encoding, res.headers.get('etag')!)
      // Asked again: the same tag (stable per encoding).
      expect((await once(t, path, encoding)).headers.get('etag')).toBe(tags.get(encoding))
    }
    expect(new Set(tags.values()).size).toBe(3)
    expect(tags.get(null)).toMatch(/^"[0-9a-f]{32}"$/)
    expect(tags.get('br')).toBe(tags.get(null)!.replace(/"$/, '-br"'))
    expect(tags.get('gzip')).toBe(tags.get(null)!.replace(/"$/, '-gz"'))
  })

  it('never keep a client waiting for brotli: gzip until it is ready', async () => {
    const fresh = createTestApp(stubStorage())
    const first = await fresh.app.request(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })
    expect(first.headers.get('content-encoding')).toBe('gzip')
    expect(await decode(first)).toBe(plain)
    await once(fresh, path, 'br')
  })

  it('compress well: brotli is a fraction of the JSON', async () => {
    const res = await once(t, path, 'br')
    expect((await res.arrayBuffer()).byteLength).toBeLessThan(Buffer.byteLength(plain) / 2)
  })

  it('answer 304 to the tag of the representation asked for', async () => {
    const br = (await once(t, path, 'br')).headers.get('etag')!
    const again = await t.app.request(path, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': br } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(br)
    expect(again.headers.get('vary')).toBe('Accept-Encoding')
    expect(again.headers.get('content-encoding')).toBeNull()
    expect(await again.text()).toBe('')
    // The brotli tag does not validate the gzip representation.
    const gzip = await t.app.request(path, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': br } })
    expect(gzip.status).toBe(200)
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
  })

  it('compress the journey schema too, and send tiny bodies (the fixtures’ index) as they are', async () => {
    const res = await t.app.request('/journeys/schema.json', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(JSON.parse(await decode(res))).toHaveProperty('$id')
    const index = await t.app.request('/journeys', { headers: { 'Accept-Encoding': 'br' } })
    expect(index.headers.get('content-encoding')).toBeNull()
    expect(index.headers.get('etag')).toBe(fixtureCatalogue().indexEtag)
  })
})

describe('the widget and its chunks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdv-compression-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  // Large enough to be worth compressing, like a real bundle.
  const code = (name: string) => `export const ${name} = ${JSON.stringify('moment de vie '.repeat(400))};\n`
  mkdirSync(join(dir, 'chunks'))
  writeFileSync(join(dir, 'widget.js'), `${code('entry')}import('./chunks/mdv-callback-7QX2ZK4M.js')\n//# sourceMappingURL=widget.js.map\n`)
  writeFileSync(join(dir, 'widget.js.map'), JSON.stringify({ version: 3, sources: ['x.ts'], mappings: 'A'.repeat(2000) }))
  writeFileSync(join(dir, 'chunks', 'mdv-callback-7QX2ZK4M.js'), code('callback'))
  writeFileSync(join(dir, 'chunks', 'mdv-callback-7QX2ZK4M.js.map'), JSON.stringify({ version: 3, mappings: 'B'.repeat(2000) }))
  writeFileSync(join(dir, 'chunk-2A3B4C5D.js'), code('flat'))
  writeFileSync(join(dir, 'custom-elements.json'), '{}')
  const t = createTestApp(stubStorage(), { env: { WIDGET_FILE: join(dir, 'widget.js') } })

  it('serves widget.js compressed with a short, revalidated cache', async () => {
    const res = await once(t, '/widget.js', 'br')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(await decode(res)).toContain('export const entry')
    const etag = res.headers.get('etag')!
    expect(etag).toMatch(/-br"$/)
    expect((await t.app.request('/widget.js', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag } })).status).toBe(304)
  })

  it('serves every chunk that exists, in any encoding, immutable when its name is hashed', async () => {
    for (const path of ['/chunks/mdv-callback-7QX2ZK4M.js', '/chunk-2A3B4C5D.js']) {
      for (const encoding of ['br', 'gzip', null] as const) {
        const res = await once(t, path, encoding)
        expect(res.status, path).toBe(200)
        expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
        expect(res.headers.get('access-control-allow-origin')).toBe('*')
        expect(res.headers.get('vary')).toBe('Accept-Encoding')
        expect(await decode(res)).toMatch(/^export const (callback|flat)/)
      }
    }
    const map = await t.app.request('/chunks/mdv-callback-7QX2ZK4M.js.map', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(map.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(JSON.parse(await decode(map))).toMatchObject({ version: 3 })
    const entryMap = await t.app.request('/widget.js.map')
    expect(entryMap.status).toBe(200)
    expect(entryMap.headers.get('cache-control')).toBe('public, max-age=300')
  })

  it('still serves a hashed chunk a rebuild removed, once it was served: pages with the previous widget.js ask for it', async () => {
    writeFileSync(join(dir, 'chunks', 'old-QWERTY23.js'), 'export const old = 1\n')
    writeFileSync(join(dir, 'chunks', 'unhashed.js'), 'export const plain = 1\n')
    expect((await t.app.request('/chunks/old-QWERTY23.js')).status).toBe(200)
    expect((await t.app.request('/chunks/unhashed.js')).status).toBe(200)
    rmSync(join(dir, 'chunks', 'old-QWERTY23.js'))
    rmSync(join(dir, 'chunks', 'unhashed.js'))
    const old = await t.app.request('/chunks/old-QWERTY23.js')
    expect(old.status).toBe(200)
    expect(await old.text()).toBe('export const old = 1\n')
    expect((await t.app.request('/chunks/unhashed.js')).status).toBe(404)
  })

  it('serves a chunk written after the server started, and nothing that is not a script next to the widget', async () => {
    expect((await t.app.request('/chunks/later-ABCDEFGH.js')).status).toBe(404)
    writeFileSync(join(dir, 'chunks', 'later-ABCDEFGH.js'), 'export const later = 1\n')
    expect(await (await t.app.request('/chunks/later-ABCDEFGH.js')).text()).toBe('export const later = 1\n')
    for (const path of ['/custom-elements.json', '/%2e%2e/package.json.js', '/.hidden.js', '/a/b/c.js']) {
      const res = await t.app.request(path)
      expect(res.status, path).toBe(404)
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull()
    }
  })
})
