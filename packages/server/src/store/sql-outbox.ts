import { randomUUID } from 'node:crypto';
import type { SqlTransaction } from './sql-engine.js';
import { iso, type SqlRunner } from './sql-store-base.js';
import type { ClaimedMail, MailKind, MailStatus, MailSummary, NewMail, OutboxStore, ScanRecipients } from './outbox.js';

const DEFAULT_LIST = 200;
const MAX_LIST = 1000;

/** Writes mails to the outbox inside a transaction the caller holds (with what they are about). */
export async function queueMails(tx: Pick<SqlTransaction, 'query'>, mails: NewMail[]): Promise<void> {
  for (const mail of mails) {
    await tx.query(
      `INSERT INTO mail_outbox (id, kind, recipient, subject, text, html, language, response_id, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
      [randomUUID(), mail.kind, mail.recipient, mail.subject, mail.text, mail.html ?? null, mail.language, mail.responseId ?? null, mail.createdAt.toISOString()],
    );
  }
}

/** A claimed mail as the database gives it (no html: null). */
interface ClaimedRow extends Omit<ClaimedMail, 'html'> {
  html: string | null;
}

interface SummaryRow {
  id: string;
  kind: MailKind;
  recipient: string;
  subject: string;
  language: string;
  response_id: string | null;
  status: MailStatus;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** Long errors (a mail server's whole transcript) are cut: the admin needs the gist, the log has the rest. */
const MAX_ERROR = 1000;
const cut = (error: string) => (error.length > MAX_ERROR ? `${error.slice(0, MAX_ERROR - 1)}…` : error);

/** The outbox in SQL, on either engine; it takes the store's runner, so its work is counted and refused alike. */
export class SqlOutbox implements OutboxStore {
  constructor(private readonly runner: SqlRunner) {}

  enqueue(mails: NewMail[]): Promise<void> {
    return this.runner.run('queue the mails', async () => {
      await this.runner.db.checkWritable();
      await this.runner.db.transaction((tx) => queueMails(tx, mails));
    });
  }

  claimDue(now: Date, options: { limit: number; leaseMs: number }): Promise<ClaimedMail[]> {
    const claim = randomUUID();
    return this.runner.run('claim mails to send', async () => {
      await this.runner.db.checkWritable();
      // SKIP LOCKED: of two servers claiming at once, each passes over the rows the other is claiming,
      // so no mail is handed to both; the lease (next_attempt_at in the future) keeps it from being
      // claimed again once this statement has committed.
      const rows = await this.runner.db.query<ClaimedRow>(
        `UPDATE mail_outbox m SET attempts = m.attempts + 1, next_attempt_at = $2, claim = $3
         WHERE m.id IN (
           SELECT id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= $1
           ORDER BY next_attempt_at, id LIMIT $4 FOR UPDATE SKIP LOCKED
         )
         RETURNING m.id, m.claim, m.kind, m.recipient, m.subject, m.text, m.html, m.language, m.attempts`,
        [now.toISOString(), new Date(now.getTime() + options.leaseMs).toISOString(), claim, Math.max(1, Math.floor(options.limit))],
      );
      return rows.map((row) => ({
        id: row.id,
        claim: row.claim,
        kind: row.kind,
        recipient: row.recipient,
        subject: row.subject,
        text: row.text,
        ...(row.html === null ? {} : { html: row.html }),
        language: row.language,
        attempts: row.attempts,
      }));
    });
  }

  markSent(id: string, claim: string, now: Date): Promise<boolean> {
    // A sent mail keeps who, what subject and when; its body (the scan's overview) is not kept once delivered.
    return this.settle('record the sent mail', `status = 'sent', sent_at = $3, last_error = NULL, claim = NULL, text = '', html = NULL`, [id, claim, now.toISOString()]);
  }

  markRetry(id: string, claim: string, error: string, nextAttemptAt: Date): Promise<boolean> {
    return this.settle('record the failed attempt', `next_attempt_at = $3, last_error = $4, claim = NULL`, [id, claim, nextAttemptAt.toISOString(), cut(error)]);
  }

  markFailed(id: string, claim: string, error: string): Promise<boolean> {
    return this.settle('record the failed mail', `status = 'failed', last_error = $3, claim = NULL`, [id, claim, cut(error)]);
  }

  overview(limit = DEFAULT_LIST): Promise<{ counts: Record<MailStatus, number>; unsent: MailSummary[] }> {
    return this.runner.run('read the outbox', async () => {
      const counted = await this.runner.db.query<{ status: MailStatus; n: number }>('SELECT status, count(*)::integer AS n FROM mail_outbox GROUP BY status');
      const counts: Record<MailStatus, number> = { pending: 0, sent: 0, failed: 0 };
      for (const row of counted) counts[row.status] = row.n;
      const rows = await this.runner.db.query<SummaryRow>(
        `SELECT id, kind, recipient, subject, language, response_id, status, attempts, ${iso('next_attempt_at')} AS next_attempt_at, last_error,
                ${iso('created_at')} AS created_at, ${iso('sent_at')} AS sent_at
         FROM mail_outbox WHERE status <> 'sent' ORDER BY created_at DESC, id DESC LIMIT $1`,
        [Math.min(MAX_LIST, Math.max(1, Math.floor(limit)))],
      );
      return { counts, unsent: rows.map(toSummary) };
    });
  }

  scanRecipients(centreId: string): Promise<ScanRecipients> {
    return this.runner.run('find who hears of the scan', async () => {
      const rows = await this.runner.db.query<{ email: string; name: string; role: string }>(
        `SELECT p.email, p.name, p.role FROM people p
         WHERE (p.role = 'centre-member' AND p.director AND p.centre_id = $1)
            OR (p.role = 'school-group-viewer' AND p.school_group_id = (SELECT school_group_id FROM centres WHERE id = $1))
         ORDER BY p.email`,
        [centreId],
      );
      const pick = (role: string) => rows.filter((row) => row.role === role).map(({ email, name }) => ({ email, name }));
      return { directors: pick('centre-member'), viewers: pick('school-group-viewer') };
    });
  }

  /** Settles a claimed mail, only while the claim is still the current one. */
  private settle(doing: string, set: string, params: unknown[]): Promise<boolean> {
    return this.runner.run(doing, async () => {
      await this.runner.db.checkWritable();
      const rows = await this.runner.db.query(`UPDATE mail_outbox SET ${set} WHERE id = $1 AND claim = $2 AND status = 'pending' RETURNING 1`, params);
      return rows.length > 0;
    });
  }
}

const toSummary = (row: SummaryRow): MailSummary => ({
  id: row.id,
  kind: row.kind,
  recipient: row.recipient,
  subject: row.subject,
  language: row.language,
  ...(row.response_id === null ? {} : { responseId: row.response_id }),
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  ...(row.last_error === null ? {} : { lastError: row.last_error }),
  createdAt: row.created_at,
  ...(row.sent_at === null ? {} : { sentAt: row.sent_at }),
});
