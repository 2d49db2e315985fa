/**
 * What every route may use: built once in app.ts and passed to each route module.
 * @module
 */
import type { CallbackCentre } from './callbacks/centres.ts'
import type { Config } from './config.ts'
import type { JourneyCatalogue } from './journeys/catalogue.ts'
import type { Logger } from './log.ts'
import type { Preview } from './preview/preview.ts'
import type { AgentToken, Storage } from './storage/storage.ts'

export interface AppDeps {
  config: Config
  storage: Storage
  journeys: JourneyCatalogue
  centres: ReadonlyMap<string, CallbackCentre>
  log: Logger
  /** Keys cancel codes' and client addresses' hashes (config `SERVER_SECRET` or stored in the database). */
  secret: string
  /** The current time; tests pass a fixed clock. */
  now: () => Date
  /** Only in the editors' preview (`npm run dev`). */
  preview?: Preview
}

/** Hono's environment: the agent resolved from their token, on agent routes. */
export interface AppEnv {
  Variables: {
    agent: AgentToken
  }
}
