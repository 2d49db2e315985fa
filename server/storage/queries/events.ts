/**
 * The journey funnel per run (a "session": the widget's random id, kept hashed): a run is
 * started once, completed once, and abandoned only if it never completed, at the furthest
 * question where its page was left. Quiet runs are folded into the anonymous daily
 * counters (journey_event_counts) and deleted.
 * @module
 */
import type { SqlDriver } from '../sql.ts'

/** A run with no event for this many days is folded: resuming it later counts a new run. */
export const SESSION_QUIET_DAYS = 30

export interface SessionEvent {
  /** Paris day of the event. */
  day: string
  journey: string
  /** Keyed hash of the widget's session id (crypto.ts `keyedHash`): the id itself is never stored. */
  sessionHash: string
  type: 'started' | 'completed' | 'abandoned'
  /** For `abandoned`: the question shown and its position in the journey's asking order. */
  question?: { id: string; rank: number }
}

export interface FunnelFigures {
  /** Per journey: runs started, completed, and abandoned per question (never-completed runs only). */
  journeys: { journey: string; started: number; completed: number }[]
  abandonment: { journey: string; question: string; count: number }[]
  /** Per week (its Monday) of the runs' first day, all journeys together. */
  weeks: { week: string; started: number; completed: number }[]
}

export interface FunnelStore {
  recordSessionEvent(event: SessionEvent): Promise<void>
  /** Runs whose first day is in [fromDay, toDay], with the counters folded before (and those of widgets without sessions). */
  funnel(filter: { fromDay: string; toDay: string }): Promise<FunnelFigures>
  /** Moves runs quiet since before `beforeDay` into the daily counters; returns how many runs were folded. */
  foldJourneySessions(beforeDay: string): Promise<number>
}

export function funnelQueries(db: SqlDriver): FunnelStore {
  return {
    async recordSessionEvent({ day, journey, sessionHash, type, question }) {
      // Any event opens the run (a lost or late "started" still counts it once); GREATEST
      // and LEAST make the result independent of the order the events arrive in.
      await db.query(
        `INSERT INTO journey_sessions AS s (journey, session_hash, day, last_day, completed, abandoned_question, abandoned_rank)
         VALUES ($1, $2, $3::date, $3::date, $4, $5, $6::int)
         ON CONFLICT (journey, session_hash) DO UPDATE SET
           day = LEAST(s.day, EXCLUDED.day),
           last_day = GREATEST(s.last_day, EXCLUDED.last_day),
           completed = s.completed OR EXCLUDED.completed,
           abandoned_question = CASE WHEN EXCLUDED.abandoned_rank IS NOT NULL AND (s.abandoned_rank IS NULL OR EXCLUDED.abandoned_rank > s.abandoned_rank)
             THEN EXCLUDED.abandoned_question ELSE s.abandoned_question END,
           abandoned_rank = GREATEST(s.abandoned_rank, EXCLUDED.abandoned_rank)`,
        [journey, sessionHash, day, type === 'completed', question?.id ?? null, question?.rank ?? null],
      )
    },

    async funnel({ fromDay, toDay }) {
      const params = [fromDay, toDay]
      const journeys = await db.query<{ journey: string; started: number; completed: number }>(
        `SELECT journey, sum(started)::int AS started, sum(completed)::int AS completed FROM (
           SELECT journey, count(*) AS started, count(*) FILTER (WHERE completed) AS completed
           FROM journey_sessions WHERE day BETWEEN $1::date AND $2::date GROUP BY journey
           UNION ALL
           SELECT journey, sum(count) FILTER (WHERE type = 'started'), sum(count) FILTER (WHERE type = 'completed')
           FROM journey_event_counts WHERE day BETWEEN $1::date AND $2::date GROUP BY journey
         ) t GROUP BY journey ORDER BY journey`,
        params,
      )
      const abandonment = await db.query<{ journey: string; question: string; count: number }>(
        `SELECT journey, question, sum(n)::int AS count FROM (
           SELECT journey, abandoned_question AS question, count(*) AS n FROM journey_sessions
           WHERE day BETWEEN $1::date AND $2::date AND NOT completed AND abandoned_question IS NOT NULL GROUP BY journey, abandoned_question
           UNION ALL
           SELECT journey, question, sum(count) FROM journey_event_counts
           WHERE day BETWEEN $1::date AND $2::date AND type = 'abandoned' GROUP BY journey, question
         ) t GROUP BY journey, question ORDER BY journey, question`,
        params,
      )
      const weeks = await db.query<{ week: string; started: number; completed: number }>(
        `SELECT to_char(week, 'YYYY-MM-DD') AS week, sum(started)::int AS started, sum(completed)::int AS completed FROM (
           SELECT date_trunc('week', day)::date AS week, count(*) AS started, count(*) FILTER (WHERE completed) AS completed
           FROM journey_sessions WHERE day BETWEEN $1::date AND $2::date GROUP BY 1
           UNION ALL
           SELECT date_trunc('week', day)::date, sum(count) FILTER (WHERE type = 'started'), sum(count) FILTER (WHERE type = 'completed')
           FROM journey_event_counts WHERE day BETWEEN $1::date AND $2::date GROUP BY 1
         ) t GROUP BY week ORDER BY week`,
        params,
      )
      const num = (n: unknown) => Number(n ?? 0)
      return {
        journeys: journeys.map((r) => ({ journey: r.journey, started: num(r.started), completed: num(r.completed) })),
        abandonment: abandonment.map((r) => ({ journey: r.journey, question: r.question, count: num(r.count) })),
        weeks: weeks.map((r) => ({ week: r.week, started: num(r.started), completed: num(r.completed) })),
      }
    },

    async foldJourneySessions(beforeDay) {
      // One statement: several instances folding at once cannot count a run twice (the
      // DELETE takes each row once), and a failure leaves both tables as they were.
      const [row] = await db.query<{ folded: number }>(
        `WITH gone AS (
           DELETE FROM journey_sessions WHERE last_day < $1::date RETURNING journey, day, completed, abandoned_question
         ), counts AS (
           SELECT day, journey, 'started' AS type, '' AS question, count(*) AS n FROM gone GROUP BY day, journey
           UNION ALL
           SELECT day, journey, 'completed', '', count(*) FROM gone WHERE completed GROUP BY day, journey
           UNION ALL
           SELECT day, journey, 'abandoned', abandoned_question, count(*) FROM gone
           WHERE NOT completed AND abandoned_question IS NOT NULL GROUP BY day, journey, abandoned_question
         ), added AS (
           INSERT INTO journey_event_counts AS e (day, journey, type, question, count)
           SELECT day, journey, type, question, n FROM counts
           ON CONFLICT (day, journey, type, question) DO UPDATE SET count = e.count + EXCLUDED.count
           RETURNING 1
         )
         SELECT count(*)::int AS folded FROM gone`,
        [beforeDay],
      )
      return Number(row?.folded ?? 0)
    },
  }
}
