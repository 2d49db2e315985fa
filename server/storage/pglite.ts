/**
 * Embedded PostgreSQL (PGlite, WebAssembly): the default storage, one directory in
 * DATA_DIR, nothing to install. One process only: several instances need PostgreSQL.
 * @module
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import { migrate } from './migrate.ts'
import type { SqlClient, SqlDriver, SqlValue } from './sql.ts'
import { createSqlStorage } from './sql-storage.ts'
import type { Storage } from './storage.ts'

function client(db: PGlite | Transaction): SqlClient {
  return {
    async query<Row>(text: string, params: readonly SqlValue[] = []) {
      return (await db.query<Row>(text, params as unknown[])).rows
    },
    async exec(text: string) {
      await db.exec(text)
    },
  }
}

export function pgliteDriver(db: PGlite): SqlDriver {
  return {
    ...client(db),
    // PGlite runs one statement or transaction at a time: `transaction` holds its lock.
    transaction: (work) => db.transaction((tx) => work(client(tx))),
    close: () => db.close(),
  }
}

/** Opens (creating if needed) the database in `<dataDir>/pglite`, or in memory, and migrates it. */
export async function openPgliteStorage(options: { dataDir?: string; memory?: boolean }): Promise<{ storage: Storage; applied: string[] }> {
  let dir: string | undefined
  if (!options.memory) {
    dir = join(options.dataDir ?? './data', 'pglite')
    mkdirSync(dir, { recursive: true })
  }
  const db = await PGlite.create(dir)
  const driver = pgliteDriver(db)
  try {
    const applied = await migrate(driver)
    return { storage: createSqlStorage('pglite', driver), applied }
  } catch (error) {
    await db.close()
    throw error
  }
}
