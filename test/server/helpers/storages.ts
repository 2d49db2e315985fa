/**
 * The storages every storage test runs against: PGlite (in memory) always, PostgreSQL
 * when DATABASE_URL is set. Each PostgreSQL case gets its own schema with a random name,
 * dropped at the end, so parallel test files never meet on the shared server.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { openPgliteStorage } from '../../../server/storage/pglite.ts'
import { openPostgresStorage } from '../../../server/storage/postgres.ts'
import type { Storage, StorageKind } from '../../../server/storage/storage.ts'

export const DATABASE_URL = process.env.DATABASE_URL

export interface OpenedStorage {
  storage: Storage
  /** Closes the storage and drops what the test created. */
  dispose(): Promise<void>
}

export interface StorageCase {
  kind: StorageKind
  open(): Promise<OpenedStorage>
}

export function randomSchema(prefix = 'mdv_test'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  } finally {
    await client.end()
  }
}

export const pgliteCase: StorageCase = {
  kind: 'pglite',
  async open() {
    const { storage } = await openPgliteStorage({ memory: true })
    return { storage, dispose: () => storage.close() }
  },
}

export const postgresCase = (url: string): StorageCase => ({
  kind: 'postgres',
  async open() {
    const schema = randomSchema()
    const { storage } = await openPostgresStorage({ url, schema, maxConnections: 10 })
    return {
      storage,
      async dispose() {
        await storage.close()
        await dropSchema(url, schema)
      },
    }
  },
})

export function storageCases(): StorageCase[] {
  return DATABASE_URL ? [pgliteCase, postgresCase(DATABASE_URL)] : [pgliteCase]
}
