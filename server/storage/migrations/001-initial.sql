-- Callbacks, their slots' capacity, anonymous figures and agent tokens.
-- One dialect for PGlite and PostgreSQL 15.

-- One row per slot that has ever been booked: the booking statement increments `booked`
-- only while it is below `capacity`, and the CHECK makes overbooking impossible even for
-- a faulty statement.
CREATE TABLE callback_slots (
  centre text NOT NULL,
  slot_start timestamptz NOT NULL,
  booked integer NOT NULL,
  capacity integer NOT NULL,
  PRIMARY KEY (centre, slot_start),
  CONSTRAINT callback_slots_within_capacity CHECK (booked >= 0 AND booked <= capacity)
);

CREATE TABLE callbacks (
  reference text PRIMARY KEY,
  journey text NOT NULL,
  centre text NOT NULL,
  slot_start timestamptz NOT NULL,
  slot_end timestamptz NOT NULL,
  -- Personal data: erased when the usager cancels, deleted with the row after retention.
  phone text,
  name text,
  consent boolean NOT NULL,
  summary jsonb,
  status text NOT NULL DEFAULT 'booked',
  status_at timestamptz,
  status_by text,
  created_at timestamptz NOT NULL,
  cancel_token_hash text NOT NULL,
  idempotency_key_hash text,
  request_hash text,
  CONSTRAINT callbacks_idempotency_key UNIQUE (idempotency_key_hash),
  CONSTRAINT callbacks_status CHECK (status IN ('booked', 'called', 'unreachable', 'cancelled')),
  -- The summary (answers and plan) is kept only when the usager agreed to share it.
  CONSTRAINT callbacks_summary_needs_consent CHECK (summary IS NULL OR consent),
  CONSTRAINT callbacks_slot FOREIGN KEY (centre, slot_start) REFERENCES callback_slots (centre, slot_start)
);
CREATE INDEX callbacks_by_slot ON callbacks (slot_start, centre);

-- What remains of purged callbacks: counts per day and journey, nothing personal.
CREATE TABLE callback_daily_stats (
  day date NOT NULL,
  journey text NOT NULL,
  due integer NOT NULL,
  honoured integer NOT NULL,
  PRIMARY KEY (day, journey)
);

CREATE TABLE feedback (
  id bigserial PRIMARY KEY,
  journey text NOT NULL,
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment text,
  day date NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX feedback_by_created_at ON feedback (created_at);

-- Journey events are counted, never recorded one by one: no identifier, no time of day.
CREATE TABLE journey_event_counts (
  day date NOT NULL,
  journey text NOT NULL,
  type text NOT NULL CHECK (type IN ('started', 'completed', 'abandoned')),
  question text NOT NULL DEFAULT '',
  count integer NOT NULL,
  PRIMARY KEY (day, journey, type, question)
);

CREATE TABLE agent_tokens (
  id serial PRIMARY KEY,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  scopes text NOT NULL,
  centres text NOT NULL,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);
