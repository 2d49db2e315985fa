/**
 * The few things the storage needs from a PostgreSQL driver; pglite.ts and postgres.ts
 * adapt @electric-sql/pglite and pg to it, so the SQL above them is written once.
 * @module
 */

export type SqlValue = string | number | boolean | null

export interface SqlClient {
  query<Row = Record<string, unknown>>(text: string, params?: readonly SqlValue[]): Promise<Row[]>
  /** Several statements, no parameters (migrations). */
  exec(text: string): Promise<void>
}

export interface SqlDriver extends SqlClient {
  /** Runs `work` in one transaction on one connection; rolls back if it throws. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** PostgreSQL's SQLSTATE of an error, from either driver. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

export function constraintOf(error: unknown): string | undefined {
  const direct = (error as { constraint?: unknown } | null)?.constraint
  if (typeof direct === 'string') return direct
  const message = error instanceof Error ? error.message : ''
  return /constraint "([^"]+)"/.exec(message)?.[1]
}
