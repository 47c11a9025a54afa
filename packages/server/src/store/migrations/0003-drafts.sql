-- The centre's scan in progress, kept on the server so its team can go on with it in another sitting on
-- another machine: one draft per centre and instrument.
-- Every write takes its version from this sequence, never given twice: the version is the draft's ETag,
-- so the ETag of a draft that was deleted (or replaced) never matches a later one.
CREATE SEQUENCE draft_versions;

CREATE TABLE drafts (
  centre_id text NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
  instrument_id text NOT NULL,
  -- The validated envelope (its response with status 'draft'), without savedBy: that is saved_by's name.
  envelope jsonb NOT NULL,
  version bigint NOT NULL,
  -- Who saved it last (their name is shown on reads); the draft stays when that person is removed.
  saved_by text REFERENCES people (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (centre_id, instrument_id)
);

-- Expiry: drafts not saved for a long time are deleted oldest first.
CREATE INDEX drafts_updated ON drafts (updated_at);
