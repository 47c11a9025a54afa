-- Team rounds: the members of a centre's policy team each place blocks privately, on their own device,
-- and the shared screen shows how the placements spread. What a round keeps for good is anonymous counts;
-- who placed what (the ballots) lives only while the round is open.
CREATE TABLE rounds (
  id text PRIMARY KEY,
  -- What participants type to join (6 characters without look-alikes), unique among open rounds only.
  code text NOT NULL,
  centre_id text NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
  instrument_id text NOT NULL,
  instrument_version text NOT NULL,
  ask_ambition boolean NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  -- The member who opened it (any member of the centre may manage it); kept when that person is removed.
  opened_by text REFERENCES people (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  closed_at timestamptz,
  CHECK ((status = 'open') = (closed_at IS NULL))
);

-- One open round per centre and instrument, decided by the database (two facilitators opening at once
-- get one round between them), and a code names one open round at most.
CREATE UNIQUE INDEX rounds_one_open_per_centre ON rounds (centre_id, instrument_id) WHERE status = 'open';
CREATE UNIQUE INDEX rounds_open_code ON rounds (code) WHERE status = 'open';
-- Housekeeping closes the rounds left open too long, oldest first.
CREATE INDEX rounds_open_since ON rounds (created_at) WHERE status = 'open';

-- The blocks a round places, in order. `generation` goes up with every "vote again" (older placements
-- stop counting); `votes` holds the counts frozen when the block was revealed (a TeamVotes value).
CREATE TABLE round_blocks (
  round_id text NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  block_id text NOT NULL,
  position integer NOT NULL,
  phase text NOT NULL DEFAULT 'voting' CHECK (phase IN ('voting', 'revealed')),
  generation integer NOT NULL DEFAULT 0 CHECK (generation >= 0),
  votes jsonb,
  PRIMARY KEY (round_id, block_id),
  CHECK ((phase = 'revealed') = (votes IS NOT NULL))
);

-- Who joined: nothing but the SHA-256 of the participant's token (no name, no address, no time), so the
-- token links a participant's placements to each other and to nothing else.
CREATE TABLE round_participants (
  id text PRIMARY KEY,
  round_id text NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE
);
CREATE INDEX round_participants_round ON round_participants (round_id);

-- One participant's placement of one block, in the generation it was made in. Deleted when the block is
-- voted again (its generation) and when the round closes (all of them), in the same transaction.
CREATE TABLE round_ballots (
  participant_id text NOT NULL REFERENCES round_participants (id) ON DELETE CASCADE,
  round_id text NOT NULL,
  block_id text NOT NULL,
  generation integer NOT NULL,
  current text,
  ambition text,
  PRIMARY KEY (participant_id, block_id),
  FOREIGN KEY (round_id, block_id) REFERENCES round_blocks (round_id, block_id) ON DELETE CASCADE
);
CREATE INDEX round_ballots_block ON round_ballots (round_id, block_id, generation);
