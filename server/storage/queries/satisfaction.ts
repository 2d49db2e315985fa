/**
 * Usagers' ratings of the calls they received, in SQL. A rating is tied to its booking
 * only while the booking exists, and holds nothing personal (no time of day, no phone).
 * @module
 */
import type { CallbackStatus, CallSatisfaction, SatisfactionOutcome, SatisfactionStore } from '../storage.ts'
import type { SqlDriver } from '../sql.ts'

interface SatisfactionRow {
  reference: string | null
  journey: string
  centre: string
  rating: number
  comment: string | null
  day: string | Date
}

const SATISFACTION_COLUMNS = 'reference, journey, centre, rating, comment, day::text AS day'

const toSatisfaction = (row: SatisfactionRow): CallSatisfaction => ({
  reference: row.reference,
  journey: row.journey,
  centre: row.centre,
  rating: Number(row.rating),
  comment: row.comment,
  day: typeof row.day === 'string' ? row.day.slice(0, 10) : row.day.toISOString().slice(0, 10),
})

export function satisfactionQueries(db: SqlDriver): SatisfactionStore {
  return {
    async addCallSatisfaction({ reference, rating, comment, now }): Promise<SatisfactionOutcome> {
      return db.transaction(async (tx) => {
        // The booking's row lock orders concurrent answers: the second sees the first.
        const [callback] = await tx.query<{ status: CallbackStatus; journey: string; centre: string }>(
          'SELECT status, journey, centre FROM callbacks WHERE reference = $1 FOR UPDATE',
          [reference],
        )
        if (!callback) return { outcome: 'not-found' }
        const [existing] = await tx.query<SatisfactionRow>(`SELECT ${SATISFACTION_COLUMNS} FROM call_satisfaction WHERE reference = $1`, [reference])
        if (existing) return { outcome: 'already-answered', satisfaction: toSatisfaction(existing) }
        if (callback.status !== 'called') return { outcome: 'not-called', status: callback.status }
        const [row] = await tx.query<SatisfactionRow>(
          `INSERT INTO call_satisfaction (reference, journey, centre, rating, comment, day)
           VALUES ($1, $2, $3, $4, $5, ($6::timestamptz AT TIME ZONE 'Europe/Paris')::date)
           RETURNING ${SATISFACTION_COLUMNS}`,
          [reference, callback.journey, callback.centre, rating, comment, now.toISOString()],
        )
        return { outcome: 'added', satisfaction: toSatisfaction(row!) }
      })
    },

    async callSatisfactionOf(references) {
      if (!references.length) return new Map()
      const rows = await db.query<SatisfactionRow>(
        `SELECT ${SATISFACTION_COLUMNS} FROM call_satisfaction WHERE reference = ANY (string_to_array($1, ' '))`,
        [references.join(' ')],
      )
      return new Map(rows.map((r) => [r.reference!, toSatisfaction(r)]))
    },

    async listCallSatisfaction({ fromDay, limit }) {
      const rows = await db.query<SatisfactionRow>(
        `SELECT ${SATISFACTION_COLUMNS} FROM call_satisfaction WHERE day >= $1::date ORDER BY day DESC, id DESC LIMIT $2`,
        [fromDay, limit],
      )
      return rows.map(toSatisfaction)
    },

    async callSatisfaction({ fromDay, toDay }) {
      const rows = await db.query<{ journey: string; rating: number; count: number }>(
        `SELECT journey, rating::int AS rating, count(*)::int AS count FROM call_satisfaction
         WHERE day BETWEEN $1::date AND $2::date GROUP BY journey, rating ORDER BY journey, rating`,
        [fromDay, toDay],
      )
      const byJourney = new Map<string, [number, number, number, number, number]>()
      for (const row of rows) {
        let distribution = byJourney.get(row.journey)
        if (!distribution) byJourney.set(row.journey, (distribution = [0, 0, 0, 0, 0]))
        distribution[Number(row.rating) - 1] = Number(row.count)
      }
      return [...byJourney].map(([journey, distribution]) => {
        const count = distribution.reduce((a, b) => a + b, 0)
        const average = distribution.reduce((sum, n, i) => sum + n * (i + 1), 0) / count
        return { journey, count, average: Math.round(average * 100) / 100, distribution }
      })
    },
  }
}
