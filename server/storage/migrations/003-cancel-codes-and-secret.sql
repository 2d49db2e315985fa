-- The short cancel code an usager notes down (reference + code cancel on /annuler),
-- stored as an HMAC keyed with the server's secret; older bookings have none.
ALTER TABLE callbacks ADD COLUMN cancel_code_hash text;

-- Settings the server generates once and every instance shares: the secret that keys
-- the cancel codes' and client addresses' hashes (unless SERVER_SECRET is set).
CREATE TABLE server_settings (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
