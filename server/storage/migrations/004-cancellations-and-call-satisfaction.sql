-- Who cancelled a callback and when: the console says « Annulé par l'usager le … (réponses
-- effacées) » instead of « l'usager n'a pas partagé ses réponses ».
ALTER TABLE callbacks ADD COLUMN cancelled_by text CONSTRAINT callbacks_cancelled_by CHECK (cancelled_by IN ('usager', 'agent'));
ALTER TABLE callbacks ADD COLUMN cancelled_at timestamptz;
-- True when the usager's cancellation erased a summary they had shared.
ALTER TABLE callbacks ADD COLUMN summary_erased boolean NOT NULL DEFAULT false;

-- Before this migration the usager's cancellation was recorded as status_by 'usager' with
-- the phone erased; every other cancellation was an agent's.
UPDATE callbacks SET
  cancelled_by = CASE WHEN status_by = 'usager' AND phone IS NULL THEN 'usager' ELSE 'agent' END,
  cancelled_at = status_at,
  summary_erased = (status_by = 'usager' AND phone IS NULL AND consent)
WHERE status = 'cancelled';

-- The usager's rating of a call, after it took place. Nothing personal: the booking's
-- reference only while the booking exists (retention deletes it and the link goes), the
-- journey and centre for the figures, the Paris day without a time.
CREATE TABLE call_satisfaction (
  id bigserial PRIMARY KEY,
  reference text CONSTRAINT call_satisfaction_reference UNIQUE REFERENCES callbacks (reference) ON DELETE SET NULL,
  journey text NOT NULL,
  centre text NOT NULL,
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment text,
  day date NOT NULL
);
CREATE INDEX call_satisfaction_by_day ON call_satisfaction (day);
