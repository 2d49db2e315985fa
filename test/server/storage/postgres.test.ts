import { describe, expect, it } from 'vitest'
import { openPostgresStorage } from '../../../server/storage/postgres.ts'
import { DATABASE_URL, dropSchema, postgresCase, randomSchema } from '../helpers/storages.ts'
import { runStorageContract } from './contract.ts'

const url = DATABASE_URL

if (url) {
  runStorageContract(postgresCase(url))

  describe('PostgreSQL migrations', () => {
    it('applies each migration once when several instances start together', async () => {
      const schema = randomSchema()
      try {
        const opened = await Promise.all([1, 2, 3].map(() => openPostgresStorage({ url, schema, maxConnections: 2 })))
        expect(opened.flatMap((o) => o.applied)).toEqual(['001-initial'])
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
