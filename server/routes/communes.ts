/**
 * Commune search for `commune` questions: the widget's picker asks by name or postcode
 * and stores the INSEE code. The dataset (35,000 communes, @etalab/decoupage-administratif)
 * stays on the server; the browser gets ten names at a time.
 *
 * The query is not logged (a commune can say where someone lives).
 * @module
 */
import { Hono } from 'hono'
import { findCommune, searchCommunes } from '../../engine/node/communes.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { apiError } from '../http.ts'

/** Names and codes change once a year (1 January): a day of caching is safe. */
const CACHE_CONTROL = 'public, max-age=86400'
const MAX_QUERY = 60

export function communeRoutes(_deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  // Reading the 35,000 communes takes ~100 ms: done once, just after start, not on an usager's keystroke.
  setImmediate(() => findCommune('75056')).unref()

  app.get('/api/communes', (c) => {
    const q = c.req.query('q')?.trim() ?? ''
    if (!q) return apiError(c, 400, 'Indiquez le début du nom de la commune ou son code postal (paramètre q).')
    if (q.length > MAX_QUERY) return apiError(c, 400, `La recherche est limitée à ${MAX_QUERY} caractères.`)
    const limitParam = c.req.query('limit')
    const limit = limitParam === undefined ? 10 : Number(limitParam)
    if (!Number.isInteger(limit) || limit < 1 || limit > 20) return apiError(c, 400, 'Le paramètre limit est un entier de 1 à 20.')
    c.header('Cache-Control', CACHE_CONTROL)
    return c.json({ communes: searchCommunes(q, limit) })
  })

  app.get('/api/communes/:code{(?:\\d{5}|2[ABab]\\d{3})}', (c) => {
    const commune = findCommune(c.req.param('code').toUpperCase())
    if (!commune) return apiError(c, 404, 'Aucune commune n’a ce code INSEE.')
    c.header('Cache-Control', CACHE_CONTROL)
    return c.json(commune)
  })
  return app
}
