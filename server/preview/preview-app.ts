/**
 * The preview's application for one state of the journeys directory: the catalogue of the
 * journeys that compile, every problem in the pages, the scenarios' verdicts. Rebuilt at
 * every save by `npm run dev` (dev-server.ts), and by the editors' benchmark the same way.
 * @module
 */
import { sortDiagnostics, type Diagnostic } from '../../engine/diagnostics.ts'
import { createApp, type AppHandle } from '../app.ts'
import { loadCentres, type CallbackCentre } from '../callbacks/centres.ts'
import type { Config } from '../config.ts'
import { catalogueOf } from '../journeys/catalogue.ts'
import type { Logger } from '../log.ts'
import type { Storage } from '../storage/storage.ts'
import type { PreviewLoad } from './incremental-load.ts'
import type { ScenarioReport } from './preview.ts'

export interface PreviewContent {
  handle: AppHandle
  problems: Diagnostic[]
  scenarios: ReadonlyMap<string, ScenarioReport>
}

export function previewApp(config: Config, storage: Storage, log: Logger): { build(generation: number, load: PreviewLoad): PreviewContent } {
  /** Call centres from the last valid callbacks.yaml: a typo there does not stop the preview. */
  let lastGoodCentres: ReadonlyMap<string, CallbackCentre> = new Map()
  return {
    build(generation, { loaded, scenarios }) {
      const centres = loadCentres(config.callbacksFile)
      if (!centres.diagnostics.length) lastGoodCentres = centres.centres
      const problems = sortDiagnostics([...loaded.diagnostics, ...centres.diagnostics])
      const catalogue = catalogueOf(loaded)
      const handle = createApp({ config, storage, journeys: catalogue, centres: lastGoodCentres, log, preview: { problems, generation, scenarios } })
      return { handle, problems, scenarios }
    },
  }
}
