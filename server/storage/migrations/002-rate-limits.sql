-- Rate-limit counters shared by every server instance (one row per client, limited route
-- and window). The client is a hash of its address, never the address; rows are deleted
-- within a day of their window (server/retention.ts).
CREATE TABLE rate_limit_hits (
  bucket text NOT NULL,
  client_hash text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (bucket, client_hash, window_start)
);
CREATE INDEX rate_limit_hits_window ON rate_limit_hits (window_start);
