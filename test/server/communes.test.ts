/** `/api/communes`: what the widget's commune picker asks. */
import { describe, expect, it } from 'vitest'
import { createTestApp } from './helpers/app.ts'
import { stubStorage } from './helpers/stub-storage.ts'

const t = createTestApp(stubStorage(), { env: { CORS_ORIGINS: 'https://www.example.gouv.fr' } })
type Found = { communes: { code: string; nom: string; departement: string; codesPostaux: string[] }[] }

describe('/api/communes', () => {
  it('finds communes by the start of their name, accents and case ignored, largest first', async () => {
    const res = await t.app.request('/api/communes?q=saint-etienne')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400')
    const { communes } = (await res.json()) as Found
    expect(communes[0]).toEqual({ code: '42218', nom: 'Saint-Étienne', departement: '42', codesPostaux: expect.arrayContaining(['42000']) })
    expect(communes.length).toBe(10)
    expect(communes.every((c) => c.nom.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').startsWith('saint'))).toBe(true)
  })

  it('finds communes by postcode, including the arrondissements of Paris', async () => {
    const { communes } = (await (await t.app.request('/api/communes?q=75011')).json()) as Found
    expect(communes.map((c) => c.code)).toContain('75111')
  })

  it('respects limit and refuses an empty, overlong or odd request with a clear message', async () => {
    expect(((await (await t.app.request('/api/communes?q=sa&limit=3')).json()) as Found).communes).toHaveLength(3)
    for (const url of ['/api/communes', '/api/communes?q=%20', `/api/communes?q=${'a'.repeat(61)}`, '/api/communes?q=lyon&limit=0', '/api/communes?q=lyon&limit=x']) {
      const res = await t.app.request(url)
      expect(res.status, url).toBe(400)
      expect(((await res.json()) as { error: string }).error.length).toBeGreaterThan(10)
    }
    expect(((await (await t.app.request('/api/communes?q=zzzzqqq')).json()) as Found).communes).toEqual([])
  })

  it('gives one commune by INSEE code (Corsica included), 404 for an unknown code', async () => {
    const res = await t.app.request('/api/communes/2a004')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ code: '2A004', nom: 'Ajaccio', departement: '2A' })
    expect((await t.app.request('/api/communes/97101')).status).toBe(200)
    expect((await t.app.request('/api/communes/99999')).status).toBe(404)
    expect((await t.app.request('/api/communes/abc')).status).toBe(404)
  })

  it('can be called from any embedding site (public data)', async () => {
    const res = await t.app.request('/api/communes?q=lyon', { headers: { Origin: 'https://www.example.gouv.fr' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })
})
