/**
 * Embedded PostgreSQL (PGlite, WebAssembly): the default storage, one directory in
 * DATA_DIR, nothing to install. One process only, enforced by a lock file next to the
 * directory (`pglite.lock`): several instances need PostgreSQL.
 * @module
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

export function pgliteDriver(db: PGlite, onClose: () => void = () => {}): SqlDriver {
  return {
    ...client(db),
    // PGlite runs one statement or transaction at a time: `transaction` holds its lock.
    transaction: (work) => db.transaction((tx) => work(client(tx))),
    close: async () => {
      try {
        await db.close()
      } finally {
        onClose()
      }
    },
  }
}

/**
 * PostgreSQL's defaults are sized for a dedicated server; the embedded database shares
 * one Node process on a small machine. Measured on a new directory after 100,000 rows
 * written: 870 MB resident with the defaults, 775 MB with these (docs/operations.md).
 * Most of the rest is the WebAssembly heap, not these settings.
 */
const SMALL_MACHINE_PARAMS = [
  ...['-c', 'shared_buffers=16MB', '-c', 'work_mem=2MB', '-c', 'maintenance_work_mem=8MB', '-c', 'temp_buffers=2MB'],
  ...['-c', 'wal_buffers=256kB', '-c', 'min_wal_size=32MB', '-c', 'max_wal_size=64MB'],
]

/** Another live process holds the directory: two PGlite instances on one directory overbook and lose bookings. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError'
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `La base ${dir} est déjà ouverte par le processus ${pid} (un serveur Moments de vie ?). Arrêtez-le d’abord (kill ${pid}), ` +
        `ou donnez un autre DATA_DIR ; plusieurs instances demandent PostgreSQL (DATABASE_URL).
` +
        `The database ${dir} is already open in process ${pid}. Stop it first (kill ${pid}) or use another DATA_DIR; several instances need PostgreSQL (DATABASE_URL).`,
    )
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes `<dir>.lock` (the process id, created exclusively); a lock left by a process
 * that is gone (kill -9) is taken over. Returns the release function.
 */
export function lockDataDir(dir: string): () => void {
  const file = `${dir}.lock`
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' })
      return () => rmSync(file, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const pid = Number(readFileSync(file, 'utf8').trim())
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new DataDirLockedError(dir, pid)
      rmSync(file, { force: true })
    }
  }
  throw new Error(`Could not lock ${dir}`)
}

/** Opens (creating if needed) the database in `<dataDir>/pglite`, or in memory, and migrates it. */
export async function openPgliteStorage(options: { dataDir?: string; memory?: boolean }): Promise<{ storage: Storage; applied: string[] }> {
  let dir: string | undefined
  let release = () => {}
  if (!options.memory) {
    dir = join(options.dataDir ?? './data', 'pglite')
    mkdirSync(dir, { recursive: true })
    release = lockDataDir(dir)
  }
  let db: PGlite
  try {
    db = await PGlite.create(dir, { startParams: [...PGlite.defaultStartParams, ...SMALL_MACHINE_PARAMS] })
  } catch (error) {
    release()
    throw error
  }
  const driver = pgliteDriver(db, release)
  try {
    const applied = await migrate(driver)
    return { storage: createSqlStorage('pglite', driver), applied }
  } catch (error) {
    await driver.close()
    throw error
  }
}
