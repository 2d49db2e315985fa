/**
 * Versioned migrations (`migrations/NNN-name.sql`), applied at start in order.
 *
 * All pending migrations run in one transaction under an advisory lock per schema, so
 * several server instances starting together against one PostgreSQL apply each
 * migration exactly once, and a failed migration leaves nothing half done.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SqlDriver } from './sql.ts'

export interface Migration {
  version: number
  name: string
  sql: string
}

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations')

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}-[a-z0-9-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ version: Number(file.slice(0, 3)), name: file.slice(4, -4), sql: readFileSync(join(dir, file), 'utf8') }))
}

/** Applies pending migrations; returns the names of those applied now. */
export async function migrate(driver: SqlDriver, migrations: Migration[] = readMigrations()): Promise<string[]> {
  return driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext(current_schema()))')
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    )
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)))
    const applied: string[] = []
    for (const migration of migrations) {
      if (done.has(migration.version)) continue
      await tx.exec(migration.sql)
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name])
      applied.push(`${String(migration.version).padStart(3, '0')}-${migration.name}`)
    }
    return applied
  })
}
