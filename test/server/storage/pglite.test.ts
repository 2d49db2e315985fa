import { describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openPgliteStorage } from '../../../server/storage/pglite.ts'
import { readMigrations } from '../../../server/storage/migrate.ts'
import { pgliteCase } from '../helpers/storages.ts'
import { runStorageContract } from './contract.ts'

/** Every migration, in order: `001-initial`, `002-rate-limits`… */
const ALL_MIGRATIONS = readMigrations().map((m) => `${String(m.version).padStart(3, '0')}-${m.name}`)

runStorageContract(pgliteCase)

describe('PGlite on disk', () => {
  it('creates its database in DATA_DIR, migrates once and keeps data across restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mdv-pglite-'))
    try {
      const first = await openPgliteStorage({ dataDir })
      expect(first.applied).toEqual(ALL_MIGRATIONS)
      await first.storage.addFeedback({ journey: 'disque', rating: 5, comment: 'gardé', now: new Date('2026-11-24T08:00:00Z') })
      await first.storage.close()
      const second = await openPgliteStorage({ dataDir })
      expect(second.applied).toEqual([])
      expect((await second.storage.listFeedback({ since: new Date('2026-01-01'), limit: 5 })).map((f) => f.comment)).toEqual(['gardé'])
      await second.storage.close()
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }, 60_000)
})
