/**
 * `/parcours/<id>/carte`, in the editors' preview only: the journey map for review
 * (server/views/journey-map.tsx). Built once per journey and reload: the catalogue is
 * replaced at every save, so a cache keyed by the compiled journey stays right.
 * @module
 */
import { Hono } from 'hono'
import { journeyMap, type JourneyMap } from '../../engine/graph/journey-map.ts'
import type { CompiledJourney } from '../../engine/journey/types.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { JourneyMapView } from '../views/journey-map.tsx'
import { Layout } from '../views/layout.tsx'

const maps = new WeakMap<CompiledJourney, JourneyMap>()

export function mapPath(journeyId: string): string {
  return `/parcours/${encodeURIComponent(journeyId)}/carte`
}

export function journeyMapRoutes({ journeys, preview }: Pick<AppDeps, 'journeys' | 'preview'>): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.get('/parcours/:id/carte', (c) => {
    const served = preview ? journeys.get(c.req.param('id')) : undefined
    if (!served) return c.notFound()
    const { journey } = served
    let map = maps.get(journey)
    if (!map) maps.set(journey, (map = journeyMap(journey)))
    return c.html(
      <Layout title={`Carte : ${journey.title}`} liveReload={preview?.generation}>
        <JourneyMapView map={map} />
      </Layout>,
    )
  })
  return app
}
