/**
 * PostgreSQL (production): several stateless server instances share it. `schema`
 * (DATABASE_SCHEMA) lets deployments or test runs share one database without meeting.
 * @module
 */
import { createHash } from 'node:crypto'
import pg from 'pg'
import type { Logger } from '../log.ts'
import { migrate } from './migrate.ts'
import { sqlState, type SqlClient, type SqlDriver, type SqlValue } from './sql.ts'
import { createSqlStorage } from './sql-storage.ts'
import type { Storage } from './storage.ts'

/**
 * Every parameterised statement is prepared once per connection (pg names it and keeps
 * it): PostgreSQL then skips parsing and planning on each booking.
 */
const statementNames = new Map<string, string>()
function statementName(text: string): string {
  let name = statementNames.get(text)
  if (!name) statementNames.set(text, (name = `mdv_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`))
  return name
}

function client(db: pg.Pool | pg.PoolClient): SqlClient {
  return {
    async query<Row>(text: string, params: readonly SqlValue[] = []) {
      const config = params.length ? { name: statementName(text), text, values: params as unknown[] } : { text }
      return (await db.query(config)).rows as Row[]
    },
    async exec(text: string) {
      await db.query(text)
    },
  }
}

export function postgresDriver(pool: pg.Pool): SqlDriver {
  return {
    ...client(pool),
    async transaction(work) {
      const connection = await pool.connect()
      try {
        await connection.query('BEGIN')
        const result = await work(client(connection))
        await connection.query('COMMIT')
        return result
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        connection.release()
      }
    },
    close: () => pool.end(),
  }
}

export interface PostgresOptions {
  url: string
  schema?: string
  /** Connections per server instance (20). */
  maxConnections?: number
  log?: Logger
}

export async function createSchema(url: string, schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`)
  } catch (error) {
    // Two instances starting together: the other one created it first.
    if (sqlState(error) !== '23505' && sqlState(error) !== '42P06') throw error
  } finally {
    await admin.end()
  }
}

export async function openPostgresStorage({ url, schema = 'public', maxConnections = 20, log }: PostgresOptions): Promise<{ storage: Storage; applied: string[] }> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`)
  if (schema !== 'public') await createSchema(url, schema)
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, options: `-c search_path=${schema}` })
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', (error) => log?.warn('postgres connection error', { error }))
  const driver = postgresDriver(pool)
  try {
    const applied = await migrate(driver)
    return { storage: createSqlStorage('postgres', driver), applied }
  } catch (error) {
    await pool.end()
    throw error
  }
}
