/**
 * The mail outbox: mails the server sends on its own, kept in the database until they are sent, so that
 * a mail server that is down (or a server that stops) delays them and loses none. Mails are queued
 * together with what they are about (see `ResponseStore.insert`), claimed by a worker under a lease,
 * and settled as sent, to be tried again, or failed.
 */

export const MAIL_KINDS = ['scan-overview', 'scan-notice'] as const;
/** scan-overview: a sent scan's overview, to a director of its centre; scan-notice: word of it, to a viewer of its school group. */
export type MailKind = (typeof MAIL_KINDS)[number];

export const MAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** A mail to queue. */
export interface NewMail {
  kind: MailKind;
  recipient: string;
  subject: string;
  text: string;
  html?: string;
  /** The language it is written in (nl, fr, en). */
  language: string;
  /** The scan it is about, when it is about one. */
  responseId?: string;
  /** When it is queued (the server's clock); it is due from then on. */
  createdAt: Date;
}

/** A mail a worker holds: it may send it and must settle it with its `claim`. */
export interface ClaimedMail extends Pick<NewMail, 'kind' | 'recipient' | 'subject' | 'text' | 'html' | 'language'> {
  id: string;
  claim: string;
  /** Attempts begun, this one included. */
  attempts: number;
}

/** What the admin sees of a mail: everything but its body. */
export interface MailSummary {
  id: string;
  kind: MailKind;
  recipient: string;
  subject: string;
  language: string;
  responseId?: string;
  status: MailStatus;
  attempts: number;
  /** ISO 8601. */
  nextAttemptAt: string;
  lastError?: string;
  createdAt: string;
  sentAt?: string;
}

/** Who hears of a centre's sent scan: its directors, and the viewers of its school group. */
export interface ScanRecipients {
  directors: Array<{ email: string; name: string }>;
  viewers: Array<{ email: string; name: string }>;
}

export interface OutboxStore {
  /** Queues mails on their own, in one transaction (mails about a scan are queued by `insert` instead). */
  enqueue(mails: NewMail[]): Promise<void>;
  /**
   * Claims up to `limit` pending mails due at `now`, oldest first, and counts an attempt for each. Each
   * is held until `now + leaseMs`: no other claimer gets it before then, whichever process it runs in;
   * when the lease runs out unsettled (the worker died), it is due again.
   */
  claimDue(now: Date, options: { limit: number; leaseMs: number }): Promise<ClaimedMail[]>;
  /** The mail went out. False when the claim was no longer held (its lease ran out and another took it). */
  markSent(id: string, claim: string, now: Date): Promise<boolean>;
  /** The attempt failed: try again at `nextAttemptAt`. */
  markRetry(id: string, claim: string, error: string, nextAttemptAt: Date): Promise<boolean>;
  /** The attempt failed and no more will be made. */
  markFailed(id: string, claim: string, error: string): Promise<boolean>;
  /** How many mails are in each status, and the mails not sent (pending or failed), newest first, `limit` at most. */
  overview(limit?: number): Promise<{ counts: Record<MailStatus, number>; unsent: MailSummary[] }>;
  /** The directors of a centre and the viewers of its school group, by e-mail address. */
  scanRecipients(centreId: string): Promise<ScanRecipients>;
}
