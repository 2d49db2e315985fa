/**
 * Everything the server needs before it can answer: configuration, call centres,
 * journeys, storage (migrated). Used by main.ts and by tests that start real processes.
 * @module
 */
import { formatDiagnostic } from '../engine/diagnostics.ts'
import { createApp, type AppHandle } from './app.ts'
import { loadCentres } from './callbacks/centres.ts'
import type { Config } from './config.ts'
import { randomToken } from './crypto.ts'
import { loadCatalogue } from './journeys/catalogue.ts'
import type { Logger } from './log.ts'
import { openStorage } from './storage/open.ts'
import type { Storage } from './storage/storage.ts'

export class StartupError extends Error {
  override name = 'StartupError'
}

export async function prepareServer(config: Config, log: Logger): Promise<AppHandle & { storage: Storage }> {
  const centres = loadCentres(config.callbacksFile)
  if (centres.diagnostics.length) {
    // Editors need every problem with its place: printed to stderr, as the CLI does.
    for (const d of centres.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n')
    throw new StartupError(`${config.callbacksFile}: ${centres.diagnostics.length} problème(s), voir ci-dessus.`)
  }
  const journeys = loadCatalogue(config.journeysDir)
  log.info('journeys loaded', {
    journeys: journeys.list.length,
    diagnostics: journeys.diagnostics.errors + journeys.diagnostics.warnings,
    centres: centres.centres.size,
  })
  if (journeys.diagnostics.errors) log.warn('journeys with errors were left out: run npx mdv validate', { count: journeys.diagnostics.errors })
  for (const { id } of journeys.list) {
    const centre = journeys.get(id)?.journey.callback?.centre
    if (centre && !centres.centres.has(centre)) log.warn('journey names an unknown call centre: no callback offered', { journey: id, centre })
  }
  const storage = await openStorage(config, log)
  const secret = config.serverSecret ?? (await storage.serverSecret(randomToken(48)))
  return { ...createApp({ config, storage, journeys, centres: centres.centres, log, secret }), storage }
}
