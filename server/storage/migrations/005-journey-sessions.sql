-- One row per journey run (the widget's random session id, stored only as an HMAC keyed
-- with the server's secret), so a reload that resumes a run is not a new start and an
-- abandonment counts only for a run that never completed. Rows are folded into the
-- anonymous daily counters (journey_event_counts) once the run has been quiet for
-- 30 days, then deleted (server/retention.ts).
CREATE TABLE journey_sessions (
  journey text NOT NULL,
  session_hash text NOT NULL,
  -- Day of the run's first event (Paris), the day it is counted on; last_day decides the fold.
  day date NOT NULL,
  last_day date NOT NULL,
  completed boolean NOT NULL DEFAULT false,
  -- The furthest question (in the journey's asking order) where the page was left.
  abandoned_question text,
  abandoned_rank integer,
  PRIMARY KEY (journey, session_hash)
);
CREATE INDEX journey_sessions_by_day ON journey_sessions (day);
CREATE INDEX journey_sessions_by_last_day ON journey_sessions (last_day);
