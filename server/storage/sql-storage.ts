/**
 * The Storage interface over any SqlDriver: same SQL for PGlite and PostgreSQL.
 * @module
 */
import { callbackQueries } from './queries/callbacks.ts'
import { funnelQueries } from './queries/events.ts'
import { rateLimitQueries } from './queries/rate-limits.ts'
import { satisfactionQueries } from './queries/satisfaction.ts'
import { agentQueries, eventQueries, feedbackQueries } from './queries/records.ts'
import type { SqlDriver } from './sql.ts'
import type { Storage, StorageKind } from './storage.ts'

export function createSqlStorage(kind: StorageKind, db: SqlDriver): Storage {
  return {
    kind,
    ...callbackQueries(db),
    ...satisfactionQueries(db),
    ...feedbackQueries(db),
    ...eventQueries(db),
    ...funnelQueries(db),
    ...agentQueries(db),
    ...rateLimitQueries(db),
    async serverSecret(candidate) {
      await db.query(`INSERT INTO server_settings (name, value) VALUES ('secret', $1) ON CONFLICT (name) DO NOTHING`, [candidate])
      const [row] = await db.query<{ value: string }>(`SELECT value FROM server_settings WHERE name = 'secret'`)
      return row!.value
    },
    async ping() {
      await db.query('SELECT 1')
    },
    close: () => db.close(),
  }
}
