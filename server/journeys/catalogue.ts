/**
 * The journeys the server offers, compiled once at start and serialised once: serving
 * `/journeys/<id>.json` is a map lookup and a string, with a strong ETag.
 * @module
 */
import type { CompiledJourney } from '../../engine/journey/types.ts'
import { shipJourney } from '../../engine/compile/ship.ts'
import { loadJourneys, type LoadedJourneys } from '../../engine/node/journey-files.ts'
import { sha256 } from '../crypto.ts'

export interface JourneySummary {
  id: string
  title: string
  description: string
  version: number
}

export interface ServedJourney {
  journey: CompiledJourney
  body: string
  etag: string
}

export interface JourneyCatalogue {
  list: JourneySummary[]
  get(id: string): ServedJourney | undefined
  indexBody: string
  indexEtag: string
  /** Problems found while loading (count only is logged: content is the editors' business). */
  diagnostics: { errors: number; warnings: number }
}

const etagOf = (body: string) => `"${sha256(body).slice(0, 32)}"`

export function createCatalogue(journeys: Iterable<CompiledJourney>, diagnostics = { errors: 0, warnings: 0 }): JourneyCatalogue {
  const served = new Map<string, ServedJourney>()
  for (const journey of journeys) {
    const body = JSON.stringify(shipJourney(journey))
    served.set(journey.id, { journey, body, etag: etagOf(body) })
  }
  const list = [...served.values()]
    .map(({ journey: j }) => ({ id: j.id, title: j.title, description: j.description, version: j.version }))
    .sort((a, b) => a.title.localeCompare(b.title, 'fr'))
  const indexBody = JSON.stringify({ journeys: list })
  return { list, get: (id) => served.get(id), indexBody, indexEtag: etagOf(indexBody), diagnostics }
}

export function loadCatalogue(dir: string): JourneyCatalogue {
  return catalogueOf(loadJourneys(dir))
}

/** The catalogue of journeys already read (the editors' preview keeps their diagnostics). */
export function catalogueOf({ journeys, diagnostics }: LoadedJourneys): JourneyCatalogue {
  return createCatalogue(
    [...journeys.values()].map((entry) => entry.journey),
    {
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    },
  )
}
