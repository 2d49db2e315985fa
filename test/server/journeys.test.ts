import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createTestApp } from './helpers/app.ts'
import { stubStorage } from './helpers/stub-storage.ts'

const t = createTestApp(stubStorage())

describe('journeys', () => {
  it('lists every journey with id, title, description and version', async () => {
    const res = await t.app.request('/journeys')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const body = (await res.json()) as { journeys: { id: string }[] }
    expect(body.journeys.map((j) => j.id).sort()).toEqual(['autre-centre', 'rappel-test', 'sans-rappel'])
    expect(body.journeys.find((j) => j.id === 'rappel-test')).toEqual({
      id: 'rappel-test',
      title: 'Parcours de test avec rappel',
      description: 'Un petit parcours pour tester le serveur.',
      version: 2,
    })
  })

  it('serves a compiled journey with a strong ETag and caching, and 304 when unchanged', async () => {
    const res = await t.app.request('/journeys/rappel-test.json')
    expect(res.status).toBe(200)
    const etag = res.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/)
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=3600')
    const journey = (await res.json()) as { id: string; format: number; callback: unknown; questions: { when?: { span?: unknown } }[] }
    expect(journey).toMatchObject({ id: 'rappel-test', format: 1, callback: { centre: 'test' } })
    expect(JSON.stringify(journey)).not.toContain('"span"')

    const again = await t.app.request('/journeys/rappel-test.json', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe('')
    expect((await t.app.request('/journeys/rappel-test.json', { headers: { 'If-None-Match': `W/${etag}, "autre"` } })).status).toBe(304)
    expect((await t.app.request('/journeys/rappel-test.json', { headers: { 'If-None-Match': '"autre"' } })).status).toBe(200)
  })

  it('answers 404 for an unknown journey', async () => {
    const res = await t.app.request('/journeys/inconnu.json')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: 'Parcours inconnu.' })
  })

  it('serves the journey JSON Schema', async () => {
    const res = await t.app.request('/journeys/schema.json')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/schema+json; charset=utf-8')
    expect(((await res.json()) as { $id: string }).$id).toMatch(/journey\.schema\.json$/)
  })
})

describe('widget bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdv-widget-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is a 503 with a clear message while it is not built', async () => {
    const res = await t.app.request('/widget.js')
    expect(res.status).toBe(503)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await res.text()).toContain('npx tsx scripts/build-widget.ts')
  })

  it('is served once built, and picked up again when rebuilt', async () => {
    const file = join(dir, 'widget.js')
    writeFileSync(file, 'export const version = 1\n')
    const withWidget = createTestApp(stubStorage(), { env: { WIDGET_FILE: file } })
    const res = await withWidget.app.request('/widget.js')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('export const version = 1\n')
    const etag = res.headers.get('etag')!
    expect((await withWidget.app.request('/widget.js', { headers: { 'If-None-Match': etag } })).status).toBe(304)
    writeFileSync(file, 'export const version = 2\n')
    const { utimesSync } = await import('node:fs')
    utimesSync(file, new Date(), new Date(Date.now() + 5000))
    expect(await (await withWidget.app.request('/widget.js')).text()).toBe('export const version = 2\n')
  })
})

describe('health', () => {
  it('is ok while the database answers', async () => {
    const res = await t.app.request('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok', storage: 'pglite', journeys: 3 })
  })

  it('is 503 when the database does not answer', async () => {
    const down = createTestApp(stubStorage({ healthy: false }))
    const res = await down.app.request('/healthz')
    expect(res.status).toBe(503)
    expect(((await res.json()) as { status: string }).status).toBe('unavailable')
  })
})

describe('demo site', () => {
  it('lists every journey on the home page', async () => {
    const res = await t.app.request('/')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html.startsWith('<!doctype html><html lang="fr">')).toBe(true)
    expect(html).toContain('<a href="/parcours/rappel-test">Parcours de test avec rappel</a>')
    expect(html).toContain('<a href="/parcours/sans-rappel">Parcours sans rappel</a>')
    expect(html).toContain('<a class="skip-link" href="#contenu">Aller au contenu</a>')
    expect(html).toContain('<link rel="stylesheet" href="/assets/site.css"/>')
  })

  it('embeds the widget on each journey’s page', async () => {
    const html = await (await t.app.request('/parcours/rappel-test')).text()
    expect(html).toContain('<script type="module" src="/widget.js"></script>')
    // The journey downloads alongside the widget, not after it.
    expect(html).toContain('<link rel="preload" href="/journeys/rappel-test.json" as="fetch" crossorigin="anonymous"/>')
    expect(html).toContain('<moment-de-vie journey="rappel-test" hide-title="">')
    expect(html).toContain('<h1>Parcours de test avec rappel</h1>')
    expect((await t.app.request('/parcours/inconnu')).status).toBe(404)
  })

  it('preloads the chunks the widget’s first question needs, as the last build listed them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdv-preload-'))
    try {
      writeFileSync(join(dir, 'widget.js'), 'export {}\n')
      const app = createTestApp(stubStorage(), { env: { WIDGET_FILE: join(dir, 'widget.js') } }).app
      // Not built with the list (an older build): no hint, the page still works.
      expect(await (await app.request('/parcours/rappel-test')).text()).not.toContain('modulepreload')
      writeFileSync(
        join(dir, 'widget-preload.json'),
        JSON.stringify({ modules: ['./chunks/src-ABCD1234.js', './chunks/chunk-EFGH5678.js', 'https://ailleurs.example/x.js', '../secret.js'] }),
      )
      const html = await (await app.request('/parcours/rappel-test')).text()
      expect(html.match(/<link rel="modulepreload" href="[^"]+"\/>/g)).toEqual([
        '<link rel="modulepreload" href="/chunks/src-ABCD1234.js"/>',
        '<link rel="modulepreload" href="/chunks/chunk-EFGH5678.js"/>',
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('has a neutral header, not the State’s « République française » block', async () => {
    const html = await (await t.app.request('/')).text()
    expect(html).not.toMatch(/République\s*(<br\/>)?\s*française/)
    expect(html).toContain('<img class="brand__mark" src="/assets/favicon.svg" alt=""')
    expect(html).toContain('Site de démonstration')
  })

  it('states its accessibility on every page, linking to the declaration', async () => {
    for (const path of ['/', '/parcours/rappel-test', '/annuler', '/accessibilite']) {
      const html = await (await t.app.request(path)).text()
      expect(html, path).toContain('<a href="/accessibilite">Accessibilité : partiellement conforme</a>')
    }
  })

  it('serves the accessibility declaration in French, after the official model, honest about the missing audit', async () => {
    const res = await t.app.request('/accessibilite')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await res.text()
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('<h1>Déclaration d’accessibilité</h1>')
    for (const section of ['État de conformité', 'Contenus non accessibles', 'Établissement de cette déclaration d’accessibilité', 'Retour d’information et contact', 'Voies de recours']) {
      expect(html).toContain(`<h2>${section}</h2>`)
    }
    expect(html).toContain('<strong>partiellement conforme</strong>')
    expect(html).toContain('RGAA), version 4.1')
    expect(html).toContain('Cet état n’a pas été établi par un audit.')
    expect(html).toContain('Libre réponse 71120')
    expect(html).not.toContain('style=')
  })

  it('serves its stylesheet', async () => {
    const res = await t.app.request('/assets/site.css')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it('answers unknown pages with a 404 page and unknown API paths with JSON', async () => {
    expect((await t.app.request('/nulle-part')).status).toBe(404)
    const api = await t.app.request('/api/nulle-part')
    expect(api.status).toBe(404)
    expect(await api.json()).toEqual({ error: 'Adresse inconnue.' })
  })
})
