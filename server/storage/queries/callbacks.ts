/**
 * Callbacks in SQL. The booking is a single statement: the slot's counter is
 * incremented only while below capacity (row lock + re-check under concurrency, in
 * PostgreSQL and PGlite alike), and the callback row is inserted only if it was.
 * @module
 */
import type { BookingOutcome, CallbackStatus, CallbackStore, CallbackSummary, StatusChange, StoredCallback } from '../storage.ts'
import { constraintOf, sqlState, type SqlClient, type SqlDriver } from '../sql.ts'

const COLUMNS = `reference, journey, centre, slot_start, slot_end, phone, name, consent, summary, status, status_at,
  status_by, cancelled_by, cancelled_at, summary_erased, created_at, cancel_token_hash, cancel_code_hash, request_hash`

interface CallbackRow {
  reference: string
  journey: string
  centre: string
  slot_start: Date | string
  slot_end: Date | string
  phone: string | null
  name: string | null
  consent: boolean
  summary: CallbackSummary | string | null
  status: CallbackStatus
  status_at: Date | string | null
  status_by: string | null
  cancelled_by: 'usager' | 'agent' | null
  cancelled_at: Date | string | null
  summary_erased: boolean
  created_at: Date | string
  cancel_token_hash: string
  cancel_code_hash: string | null
  request_hash: string | null
}

const date = (value: Date | string): Date => (value instanceof Date ? value : new Date(value))

function toCallback(row: CallbackRow): StoredCallback {
  return {
    reference: row.reference,
    journey: row.journey,
    centre: row.centre,
    start: date(row.slot_start),
    end: date(row.slot_end),
    phone: row.phone,
    name: row.name,
    consent: row.consent,
    summary: typeof row.summary === 'string' ? (JSON.parse(row.summary) as CallbackSummary) : row.summary,
    status: row.status,
    statusAt: row.status_at === null ? null : date(row.status_at),
    statusBy: row.status_by,
    cancelledBy: row.cancelled_by,
    cancelledAt: row.cancelled_at === null ? null : date(row.cancelled_at),
    summaryErased: row.summary_erased,
    createdAt: date(row.created_at),
    cancelTokenHash: row.cancel_token_hash,
    cancelCodeHash: row.cancel_code_hash,
    requestHash: row.request_hash,
  }
}

const BOOK = `
WITH slot AS (
  INSERT INTO callback_slots AS s (centre, slot_start, booked, capacity)
  VALUES ($1, $2, 1, $3)
  ON CONFLICT (centre, slot_start) DO UPDATE
    SET booked = s.booked + 1, capacity = EXCLUDED.capacity
    WHERE s.booked < EXCLUDED.capacity
  RETURNING s.centre, s.slot_start
)
INSERT INTO callbacks (reference, journey, centre, slot_start, slot_end, phone, name, consent, summary,
  cancel_token_hash, idempotency_key_hash, request_hash, created_at, cancel_code_hash)
SELECT $4, $5, slot.centre, slot.slot_start, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15 FROM slot
RETURNING ${COLUMNS}`

/** Honoured: marked "called" during the slot, give or take a grace period. */
export const honoured = (graceParam: string): string =>
  `status = 'called' AND status_at BETWEEN slot_start - make_interval(mins => ${graceParam}::int) AND slot_end + make_interval(mins => ${graceParam}::int)`

export function callbackQueries(db: SqlDriver): CallbackStore {
  async function findBy(column: 'reference' | 'idempotency_key_hash', value: string, client: SqlClient = db) {
    const [row] = await client.query<CallbackRow>(`SELECT ${COLUMNS} FROM callbacks WHERE ${column} = $1`, [value])
    return row ? toCallback(row) : null
  }

  return {
    async bookCallback(input): Promise<BookingOutcome> {
      try {
        const [row] = await db.query<CallbackRow>(BOOK, [
          input.centre,
          input.start.toISOString(),
          input.capacity,
          input.reference,
          input.journey,
          input.end.toISOString(),
          input.phone,
          input.name,
          input.consent,
          input.consent && input.summary ? JSON.stringify(input.summary) : null,
          input.cancelTokenHash,
          input.idempotencyKeyHash,
          input.requestHash,
          input.now.toISOString(),
          input.cancelCodeHash,
        ])
        if (row) return { outcome: 'booked', callback: toCallback(row) }
        // A replay racing its first request at the last place: the first has taken the
        // place (the slot's row lock made this statement wait for its commit), so the
        // key now finds it. Full is only for a booking that does not exist.
        if (input.idempotencyKeyHash) {
          const first = await findBy('idempotency_key_hash', input.idempotencyKeyHash)
          if (first) return { outcome: 'replayed', callback: first }
        }
        return { outcome: 'full' }
      } catch (error) {
        if (sqlState(error) !== '23505') throw error
        // A unique violation rolled the whole statement back, the slot's counter included.
        if (constraintOf(error) === 'callbacks_idempotency_key' && input.idempotencyKeyHash) {
          const first = await findBy('idempotency_key_hash', input.idempotencyKeyHash)
          if (first) return { outcome: 'replayed', callback: first }
        }
        if (constraintOf(error) === 'callbacks_pkey') return { outcome: 'reference-taken' }
        throw error
      }
    },

    findCallback: (reference) => findBy('reference', reference),
    findByIdempotencyKey: (keyHash) => findBy('idempotency_key_hash', keyHash),

    async bookedCounts(centre, from, to) {
      const rows = await db.query<{ slot_start: Date | string; booked: number }>(
        'SELECT slot_start, booked FROM callback_slots WHERE centre = $1 AND slot_start >= $2 AND slot_start < $3',
        [centre, from.toISOString(), to.toISOString()],
      )
      return new Map(rows.map((r) => [date(r.slot_start).getTime(), Number(r.booked)]))
    },

    async listCallbacks({ from, to, centres }) {
      const rows = await db.query<CallbackRow>(
        `SELECT ${COLUMNS} FROM callbacks
         WHERE slot_start >= $1 AND slot_start < $2 AND ($3 = '*' OR centre = ANY (string_to_array($3, ' ')))
         ORDER BY slot_start, created_at, reference`,
        [from.toISOString(), to.toISOString(), centres === '*' ? '*' : centres.join(' ')],
      )
      return rows.map(toCallback)
    },

    async setCallbackStatus(reference, { status, by, now, forget = false, onlyFrom }): Promise<StatusChange> {
      return db.transaction(async (tx) => {
        const [current] = await tx.query<{ status: CallbackStatus; centre: string; slot_start: Date | string }>(
          'SELECT status, centre, slot_start FROM callbacks WHERE reference = $1 FOR UPDATE',
          [reference],
        )
        if (!current) return { outcome: 'not-found' }
        if (current.status === 'cancelled') return { outcome: 'cancelled' }
        if (onlyFrom && !onlyFrom.includes(current.status)) return { outcome: 'not-allowed', status: current.status }
        const erase = forget ? ', phone = NULL, name = NULL, summary = NULL, summary_erased = (summary IS NOT NULL)' : ''
        const cancel = status === 'cancelled' ? `, cancelled_by = '${forget ? 'usager' : 'agent'}', cancelled_at = $3` : ''
        const [row] = await tx.query<CallbackRow>(
          `UPDATE callbacks SET status = $2, status_at = $3, status_by = $4${erase}${cancel} WHERE reference = $1 RETURNING ${COLUMNS}`,
          [reference, status, now.toISOString(), by],
        )
        if (status === 'cancelled') {
          await tx.query('UPDATE callback_slots SET booked = booked - 1 WHERE centre = $1 AND slot_start = $2', [
            current.centre,
            date(current.slot_start).toISOString(),
          ])
        }
        return { outcome: 'updated', callback: toCallback(row!), previous: current.status }
      })
    },

    async purgeExpired(before, graceMinutes) {
      return db.transaction(async (tx) => {
        const [purged] = await tx.query<{ count: number }>(
          `WITH gone AS (
             DELETE FROM callbacks WHERE slot_end < $1
             RETURNING journey, slot_start, slot_end, status, status_at
           ), rolled AS (
             INSERT INTO callback_daily_stats AS d (day, journey, due, honoured)
             SELECT (slot_start AT TIME ZONE 'Europe/Paris')::date, journey,
                    count(*) FILTER (WHERE status <> 'cancelled'), count(*) FILTER (WHERE ${honoured('$2')})
             FROM gone GROUP BY 1, 2
             ON CONFLICT (day, journey) DO UPDATE SET due = d.due + EXCLUDED.due, honoured = d.honoured + EXCLUDED.honoured
           )
           SELECT count(*)::int AS count FROM gone`,
          [before.toISOString(), graceMinutes],
        )
        await tx.query(
          `DELETE FROM callback_slots s WHERE slot_start < $1
           AND NOT EXISTS (SELECT 1 FROM callbacks c WHERE c.centre = s.centre AND c.slot_start = s.slot_start)`,
          [before.toISOString()],
        )
        const comments = await tx.query<{ id: string }>(
          'UPDATE feedback SET comment = NULL WHERE created_at < $1 AND comment IS NOT NULL RETURNING id',
          [before.toISOString()],
        )
        // Call ratings outlive their booking (the reference went with it: ON DELETE SET NULL);
        // their comments go at the same age as the feedback's.
        const callComments = await tx.query<{ id: string }>(
          `UPDATE call_satisfaction SET comment = NULL WHERE day < ($1::timestamptz AT TIME ZONE 'Europe/Paris')::date AND comment IS NOT NULL RETURNING id`,
          [before.toISOString()],
        )
        return { callbacks: Number(purged?.count ?? 0), comments: comments.length + callComments.length }
      })
    },
  }
}
