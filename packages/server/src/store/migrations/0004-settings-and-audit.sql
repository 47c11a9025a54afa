-- The network's settings (one row per setting, its value as jsonb) and the audit log: who read, changed,
-- deleted or exported what, and when (GDPR accountability). Entries expire after the retention period.
CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  -- No foreign key: the entry outlives the person it names (a removed person's id stays, meaning nothing more).
  person_id text NOT NULL,
  role text NOT NULL,
  action text NOT NULL CHECK (action IN ('read', 'change', 'delete', 'export')),
  object_kind text NOT NULL,
  object_id text,
  centre_id text
);
CREATE INDEX audit_log_newest ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_person ON audit_log (person_id, at DESC);
