/**
 * `/resultats`: public figures with HTML/SVG charts (server/results/page.tsx), and the
 * same figures as JSON at /api/results. `?days=` picks the period (90 by default).
 * @module
 */
import { Hono, type Context } from 'hono'
import type { AppDeps, AppEnv } from '../env.ts'
import { invalid } from '../http.ts'
import { computeResults } from '../results/compute.ts'
import { ResultsPage } from '../results/page.tsx'

const DEFAULT_DAYS = 90

function daysOf(c: Context): number | Response {
  const raw = c.req.query('days')
  if (raw === undefined) return DEFAULT_DAYS
  const days = Number(raw)
  return Number.isInteger(days) && days >= 1 && days <= 366 ? days : invalid(c, [{ field: 'days', message: 'Un nombre entier de 1 à 366 est attendu.' }])
}

export function resultsRoutes({ storage, journeys, now }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.get('/api/results', async (c) => {
    const days = daysOf(c)
    if (days instanceof Response) return days
    c.header('Cache-Control', 'public, max-age=60')
    return c.json(await computeResults(storage, journeys, now(), days))
  })
  app.get('/resultats', async (c) => {
    const days = daysOf(c)
    if (days instanceof Response) return days
    c.header('Cache-Control', 'public, max-age=60')
    return c.html(<ResultsPage results={await computeResults(storage, journeys, now(), days)} />)
  })
  return app
}
