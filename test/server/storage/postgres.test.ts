import { describe, expect, it } from 'vitest'
import { openPostgresStorage } from '../../../server/storage/postgres.ts'
import { readMigrations } from '../../../server/storage/migrate.ts'
import { DATABASE_URL, dropSchema, postgresCase, randomSchema } from '../helpers/storages.ts'
import { runStorageContract } from './contract.ts'

/** Every migration, in order: `001-initial`, `002-rate-limits`… */
const ALL_MIGRATIONS = readMigrations().map((m) => `${String(m.version).padStart(3, '0')}-${m.name}`)

const url = DATABASE_URL

if (url) {
  runStorageContract(postgresCase(url))

  describe('PostgreSQL migrations', () => {
    it('applies each migration once when several instances start together', async () => {
      const schema = randomSchema()
      try {
        const opened = await Promise.all([1, 2, 3].map(() => openPostgresStorage({ url, schema, maxConnections: 2 })))
        expect(opened.flatMap((o) => o.applied)).toEqual(ALL_MIGRATIONS)
        await Promise.all(opened.map((o) => o.storage.close()))
        const again = await openPostgresStorage({ url, schema, maxConnections: 2 })
        expect(again.applied).toEqual([])
        await again.storage.close()
      } finally {
        await dropSchema(url, schema)
      }
    })
  })
} else {
  describe.skip('PostgreSQL storage (set DATABASE_URL to run)', () => {
    it('runs the storage contract', () => undefined)
  })
}
