-- Who is who: a network has school groups, a school group has centres, and people are registered by the
-- network admin with one role. A scan belongs to a centre by its id, never by the text typed into it.
CREATE TABLE school_groups (
  id text PRIMARY KEY,
  name text NOT NULL UNIQUE
);

CREATE TABLE centres (
  id text PRIMARY KEY,
  -- Unique, so the dashboard never shows two rows that cannot be told apart.
  name text NOT NULL UNIQUE,
  school_group_id text NOT NULL REFERENCES school_groups (id)
);
CREATE INDEX centres_school_group ON centres (school_group_id);

CREATE TABLE people (
  id text PRIMARY KEY,
  -- Kept in lower case: people sign in with their address however they type it.
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('network-admin', 'school-group-viewer', 'centre-member')),
  centre_id text REFERENCES centres (id),
  school_group_id text REFERENCES school_groups (id),
  -- A centre member belongs to exactly one centre, a viewer to exactly one school group, an admin to neither.
  CHECK (
    (role = 'centre-member' AND centre_id IS NOT NULL AND school_group_id IS NULL) OR
    (role = 'school-group-viewer' AND school_group_id IS NOT NULL AND centre_id IS NULL) OR
    (role = 'network-admin' AND centre_id IS NULL AND school_group_id IS NULL)
  )
);

-- Scans stored before centres existed keep a NULL centre: only a network admin sees them.
ALTER TABLE responses ADD COLUMN centre_id text REFERENCES centres (id);
CREATE INDEX responses_centre_newest ON responses (centre_id, submitted_at DESC, id DESC);
CREATE INDEX responses_latest_per_centre_id ON responses (instrument_id, centre_id, submitted_at DESC, id DESC)
  WHERE status = 'submitted';

-- Sessions and sign-in links keep only a SHA-256 hash of their secret: a copy of the database opens no session.
CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  person_id text NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE sign_in_links (
  token_hash text PRIMARY KEY,
  person_id text NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  -- Set when the link is used: a link works once.
  used_at timestamptz
);
CREATE INDEX sign_in_links_expiry ON sign_in_links (expires_at);
