/**
 * Embedded PostgreSQL (PGlite, WebAssembly): the default storage, one directory in
 * DATA_DIR, nothing to install. One process only, enforced by a lock file next to the
 * directory (`pglite.lock`): several instances need PostgreSQL.
 * @module
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import v8 from 'node:v8'
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
 * one Node process on a small machine: PGlite alone on an existing directory holds
 * ~360 MB resident with the defaults, ~250 MB with these (docs/operations.md).
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

const INITDB_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'pglite-initdb.mjs')

/**
 * A new directory is created (initdb) by a short-lived child process: initdb grows
 * PGlite's WebAssembly memory to ~500 MB, and a WebAssembly memory never shrinks, so a
 * server that ran initdb itself kept ~450 MB resident for its whole life (measured:
 * 446 MB after a first start, 339 MB after a later one; docs/operations.md).
 */
async function createDataDir(dir: string): Promise<void> {
  if (existsSync(join(dir, 'PG_VERSION'))) return
  await promisify(execFile)(process.execPath, [INITDB_SCRIPT, dir, JSON.stringify(SMALL_MACHINE_PARAMS)], { timeout: 120_000 })
}

/**
 * PostgreSQL's WebAssembly code is compiled once by V8's baseline compiler (Liftoff) and
 * not again by its optimising one: the optimised copies of hot functions cost ~55 MB
 * resident (measured: 246 → 192 MB for PGlite alone after 300 queries); see
 * docs/operations.md for the booking throughput either way. Set before the module is
 * compiled; it concerns WebAssembly only, and PGlite is the server's only WebAssembly.
 */
function compileWasmOnce(): void {
  if (process.env.PGLITE_WASM_OPTIMISE !== '1') v8.setFlagsFromString('--liftoff-only')
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
    if (dir) await createDataDir(dir)
    compileWasmOnce()
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
