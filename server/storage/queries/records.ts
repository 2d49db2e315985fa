/**
 * Feedback, journey event counters, public figures and agent tokens in SQL.
 * @module
 */
import type { AgentStore, AgentToken, EventStore, FeedbackStore, JourneyEventType } from '../storage.ts'
import type { SqlDriver } from '../sql.ts'
import { honoured } from './callbacks.ts'

export function feedbackQueries(db: SqlDriver): FeedbackStore {
  return {
    async addFeedback({ journey, rating, comment, now }) {
      await db.query(
        `INSERT INTO feedback (journey, rating, comment, day, created_at)
         VALUES ($1, $2, $3, ($4::timestamptz AT TIME ZONE 'Europe/Paris')::date, $4)`,
        [journey, rating, comment, now.toISOString()],
      )
    },
    async listFeedback({ since, journeys, limit }) {
      const rows = await db.query<{ journey: string; rating: number; comment: string | null; created_at: Date | string }>(
        `SELECT journey, rating, comment, created_at FROM feedback
         WHERE created_at >= $1 AND ($2 = '*' OR journey = ANY (string_to_array($2, ' ')))
         ORDER BY created_at DESC, id DESC LIMIT $3`,
        [since.toISOString(), journeys ? journeys.join(' ') : '*', limit],
      )
      return rows.map((r) => ({
        journey: r.journey,
        rating: Number(r.rating),
        comment: r.comment,
        createdAt: r.created_at instanceof Date ? r.created_at : new Date(r.created_at),
      }))
    },
  }
}

export function eventQueries(db: SqlDriver): EventStore {
  return {
    async countEvent({ day, journey, type, question }) {
      await db.query(
        `INSERT INTO journey_event_counts AS e (day, journey, type, question, count) VALUES ($1::date, $2, $3, $4, 1)
         ON CONFLICT (day, journey, type, question) DO UPDATE SET count = e.count + 1`,
        [day, journey, type, question ?? ''],
      )
    },
    async results({ fromDay, toDay, now, honouredGraceMinutes }) {
      const events = await db.query<{ journey: string; type: JourneyEventType; question: string; count: number }>(
        `SELECT journey, type, question, sum(count)::int AS count FROM journey_event_counts
         WHERE day BETWEEN $1::date AND $2::date GROUP BY journey, type, question ORDER BY journey, type, question`,
        [fromDay, toDay],
      )
      const ratings = await db.query<{ journey: string; rating: number; count: number }>(
        `SELECT journey, rating::int AS rating, count(*)::int AS count FROM feedback
         WHERE day BETWEEN $1::date AND $2::date GROUP BY journey, rating ORDER BY journey, rating`,
        [fromDay, toDay],
      )
      const callbacks = await db.query<{ journey: string; due: number; honoured: number }>(
        `SELECT journey, sum(due)::int AS due, sum(honoured)::int AS honoured FROM (
           SELECT journey, count(*) FILTER (WHERE status <> 'cancelled') AS due, count(*) FILTER (WHERE ${honoured('$4')}) AS honoured
           FROM callbacks
           WHERE slot_end < $3 AND (slot_start AT TIME ZONE 'Europe/Paris')::date BETWEEN $1::date AND $2::date
           GROUP BY journey
           UNION ALL
           SELECT journey, due::bigint, honoured::bigint FROM callback_daily_stats WHERE day BETWEEN $1::date AND $2::date
         ) t GROUP BY journey ORDER BY journey`,
        [fromDay, toDay, now.toISOString(), honouredGraceMinutes],
      )
      const num = <T extends Record<string, unknown>>(rows: T[], keys: (keyof T)[]) =>
        rows.map((r) => ({ ...r, ...Object.fromEntries(keys.map((k) => [k, Number(r[k])])) }) as T)
      return {
        events: num(events, ['count']),
        ratings: num(ratings, ['rating', 'count']),
        callbacks: num(callbacks, ['due', 'honoured']),
      }
    },
  }
}

interface TokenRow {
  id: number
  name: string
  scopes: string
  centres: string
}

const toToken = (row: TokenRow): AgentToken => ({
  id: Number(row.id),
  name: row.name,
  scopes: row.scopes.split(' ').filter(Boolean),
  centres: row.centres.split(' ').filter(Boolean),
})

export function agentQueries(db: SqlDriver): AgentStore {
  return {
    async createAgentToken({ name, tokenHash, scopes, centres, now }) {
      const [row] = await db.query<TokenRow>(
        `INSERT INTO agent_tokens (name, token_hash, scopes, centres, created_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, name, scopes, centres`,
        [name, tokenHash, scopes.join(' '), centres.join(' '), now.toISOString()],
      )
      return toToken(row!)
    },
    async findAgentToken(tokenHash) {
      const [row] = await db.query<TokenRow>(
        'SELECT id, name, scopes, centres FROM agent_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
        [tokenHash],
      )
      return row ? toToken(row) : null
    },
    async revokeAgentTokens(name, now) {
      const rows = await db.query('UPDATE agent_tokens SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL RETURNING id', [
        name,
        now.toISOString(),
      ])
      return rows.length
    },
  }
}
