-- The submitted responses (scans). The validated response is kept whole as jsonb; the columns beside it
-- are what lists, the dashboard and later filters select and sort on. Times are kept to the millisecond
-- (as JavaScript knows them), so a list cursor round-trips exactly.
CREATE TABLE responses (
  -- The response id: the idempotency key of a submission.
  id text PRIMARY KEY,
  instrument_id text NOT NULL,
  instrument_version text NOT NULL,
  centre text NOT NULL,
  -- 'draft' or 'submitted', as the response says.
  status text NOT NULL,
  submitted_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  -- A hash of the answers: the same id with the same hash is a repeat, with another hash a conflict.
  answers_hash text NOT NULL,
  body jsonb NOT NULL
);

-- list(): newest submission first, keyset-paginated on (submitted_at, id).
CREATE INDEX responses_newest ON responses (submitted_at DESC, id DESC);

-- latestPerCentre(): DISTINCT ON (centre) per instrument walks this index in order.
CREATE INDEX responses_latest_per_centre ON responses (instrument_id, centre, submitted_at DESC, id DESC)
  WHERE status = 'submitted';

-- What arrived when (exports, monitoring), and which content versions are in use.
CREATE INDEX responses_received ON responses (received_at);
CREATE INDEX responses_instrument_version ON responses (instrument_id, instrument_version);
