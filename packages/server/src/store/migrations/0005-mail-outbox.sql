-- Directors: a centre member can be its centre's director, who receives the overview of each scan the
-- centre sends. Only a centre member can be one.
ALTER TABLE people ADD COLUMN director boolean NOT NULL DEFAULT false;
ALTER TABLE people ADD CONSTRAINT people_director_is_centre_member CHECK (NOT director OR role = 'centre-member');

-- The mails the server sends on its own (the overview of a sent scan, the notice to a school group),
-- queued in the same transaction as what they are about, then sent by the outbox worker with retries:
-- a mail server that is down delays them, it loses none. Sign-in links are never queued here (their
-- token would lie in the database in plain text); they are sent at once.
CREATE TABLE mail_outbox (
  id text PRIMARY KEY,
  -- What the mail is: 'scan-overview' (to a director), 'scan-notice' (to a school group's viewer).
  kind text NOT NULL,
  recipient text NOT NULL,
  subject text NOT NULL,
  text text NOT NULL,
  html text,
  language text NOT NULL,
  -- The scan the mail is about, when it is about one (no foreign key: the outbox outlives what it reports).
  response_id text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  -- Attempts begun (counted when a worker claims the mail, so a crash while sending counts too).
  attempts integer NOT NULL DEFAULT 0,
  -- When the mail may next be tried. While a worker holds it, the end of its lease: should that worker
  -- die, another one takes the mail over once the lease has run out.
  next_attempt_at timestamptz NOT NULL,
  -- A random value per claim: only the worker holding the current claim can settle the mail.
  claim text,
  last_error text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz
);

-- Claiming walks the pending mails that are due, oldest first.
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at, id) WHERE status = 'pending';
-- The admin's view: what has not been sent, newest first.
CREATE INDEX mail_outbox_unsent ON mail_outbox (created_at DESC, id DESC) WHERE status <> 'sent';
