/**
 * PostgreSQL when DATABASE_URL is set, embedded PGlite in DATA_DIR otherwise.
 * @module
 */
import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import type { Storage } from './storage.ts'

export async function openStorage(config: Pick<Config, 'databaseUrl' | 'databaseSchema' | 'dataDir'>, log?: Logger): Promise<Storage> {
  const { storage, applied } = config.databaseUrl
    ? await (await import('./postgres.ts')).openPostgresStorage({ url: config.databaseUrl, schema: config.databaseSchema, log })
    : await (await import('./pglite.ts')).openPgliteStorage({ dataDir: config.dataDir })
  log?.info('storage ready', { storage: storage.kind, migrations: applied.length ? applied.join(',') : 'up to date' })
  return storage
}
