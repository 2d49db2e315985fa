/**
 * A test application over the fixture journeys (test/server/fixtures/journeys) with a
 * clock the test controls.
 */
import { createApp } from '../../../server/app.ts'
import { loadCentres, type CallbackCentre } from '../../../server/callbacks/centres.ts'
import { loadConfig, type Config } from '../../../server/config.ts'
import { randomToken, sha256 } from '../../../server/crypto.ts'
import { loadCatalogue, type JourneyCatalogue } from '../../../server/journeys/catalogue.ts'
import { silentLogger, type Logger } from '../../../server/log.ts'
import type { Storage } from '../../../server/storage/storage.ts'

export const FIXTURE_JOURNEYS = 'test/server/fixtures/journeys'

/** Tuesday 24 November 2026, 09:00 in Paris. */
export const NOW = new Date('2026-11-24T08:00:00Z')

let catalogue: JourneyCatalogue | undefined
let centres: Map<string, CallbackCentre> | undefined

export function fixtureCatalogue(): JourneyCatalogue {
  return (catalogue ??= loadCatalogue(FIXTURE_JOURNEYS))
}

export function fixtureCentres(): Map<string, CallbackCentre> {
  if (!centres) {
    const loaded = loadCentres(`${FIXTURE_JOURNEYS}/callbacks.yaml`)
    if (loaded.diagnostics.length) throw new Error(JSON.stringify(loaded.diagnostics))
    centres = loaded.centres
  }
  return centres
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ JOURNEYS_DIR: FIXTURE_JOURNEYS, WIDGET_FILE: 'test/server/fixtures/no-widget.js', LOG_LEVEL: 'silent', ...env })
}

export interface TestApp {
  app: ReturnType<typeof createApp>['app']
  clock: { now: Date }
  storage: Storage
  /** JSON request helper. */
  json(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
}

export function createTestApp(storage: Storage, options: { env?: Record<string, string>; now?: Date; log?: Logger } = {}): TestApp {
  const clock = { now: options.now ?? NOW }
  const { app } = createApp({
    config: testConfig(options.env),
    storage,
    journeys: fixtureCatalogue(),
    centres: fixtureCentres(),
    log: options.log ?? silentLogger,
    now: () => clock.now,
  })
  return {
    app,
    clock,
    storage,
    json: async (method, path, body, headers = {}) =>
      app.request(path, {
        method,
        headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
  }
}

export async function createAgent(
  storage: Storage,
  options: { name?: string; scopes?: string[]; centres?: string[] } = {},
): Promise<string> {
  const token = `mdv_${randomToken(32)}`
  await storage.createAgentToken({
    name: options.name ?? 'Camille',
    tokenHash: sha256(token),
    scopes: options.scopes ?? ['callbacks:read', 'callbacks:write', 'feedback:read'],
    centres: options.centres ?? ['*'],
    now: NOW,
  })
  return token
}

/** A booking body for the fixture journey: Wednesday 25 November 2026, 10:00 Paris. */
export function booking(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    journey: 'rappel-test',
    start: '2026-11-25T10:00:00+01:00',
    phone: '06 12 34 56 78',
    name: 'Dominique Martin',
    consent: true,
    shareAnswers: true,
    summary: { answers: { lieu: 'france', date_evenement: '2026-11-20' } },
    ...overrides,
  }
}
