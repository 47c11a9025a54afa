import type { Mailer } from '../auth/mailer.js';
import type { OutboxStore } from '../store/outbox.js';

/** The first retry waits a minute; each next one twice as long, at most an hour. */
export const FIRST_RETRY_MS = 60_000;
export const MAX_RETRY_MS = 60 * 60_000;

/** How long a claimed mail waits after its attempt failed: 1 min, 2, 4, … capped at 1 h. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, Math.min(30, attempts - 1)));
}

export interface OutboxWorkerOptions {
  outbox: OutboxStore;
  mailer: Mailer;
  now: () => Date;
  /** After this many failed attempts a mail is `failed` (and logged as an error). */
  maxAttempts: number;
  /** How often the outbox is looked at when nothing wakes the worker, for mails whose retry is due. */
  pollIntervalMs: number;
  /**
   * How long a claimed mail is held by this worker. Longer than a send can take (nodemailer gives up on a
   * silent connection after 10 minutes), so another server does not send it too while it is under way.
   */
  leaseMs?: number;
  log: {
    info(fields: object, message: string): void;
    warn(fields: object, message: string): void;
    error(fields: object, message: string): void;
  };
}

/** What one pass did. */
export interface PassResult {
  sent: number;
  retried: number;
  failed: number;
}

const DEFAULT_LEASE_MS = 15 * 60_000;

/**
 * Sends the outbox's due mails through the Mailer, one at a time, until none is due: a mail that fails
 * is tried again later (`backoffMs`), and after `maxAttempts` it is `failed`. It wakes at once when mails
 * are queued (`wake`), and looks again every `pollIntervalMs` for retries that have come due. Passes never
 * overlap within a process; between processes the outbox's claims keep them apart.
 */
export class OutboxWorker {
  private chain: Promise<unknown> = Promise.resolve();
  private queued = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: OutboxWorkerOptions) {}

  /** Starts polling, with a first pass now (mails left over from before a restart). */
  start(): void {
    if (this.stopped || this.timer) return;
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs);
    // The server keeps the process alive; the poll must not keep a stopping one.
    this.timer.unref();
    this.wake();
  }

  /** A pass soon (mails were queued). Passes asked for while one waits to run are one pass. */
  wake(): void {
    if (this.stopped || this.queued) return;
    this.queued = true;
    this.chain = this.chain.then(async () => {
      this.queued = false;
      await this.pass().catch((error: unknown) => this.options.log.error({ err: error }, 'mail outbox pass failed'));
    });
  }

  /** Runs one pass after any in progress, and resolves with what it did (tests, instead of waiting for the poll). */
  runOnce(): Promise<PassResult> {
    const run = this.chain.then(() => this.pass());
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every pass asked for so far has ended. */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.chain;
      await seen;
    } while (seen !== this.chain);
  }

  /** Stops polling and waking; a mail being sent is finished (and settled) first. Safe to call twice. */
  async stop(): Promise<void> {
    if (!this.stopped) this.options.log.info({}, 'mail outbox stopping: the mail under way is finished first');
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.idle();
  }

  private async pass(): Promise<PassResult> {
    const result: PassResult = { sent: 0, retried: 0, failed: 0 };
    const { outbox, mailer, now, maxAttempts, log } = this.options;
    const leaseMs = this.options.leaseMs ?? DEFAULT_LEASE_MS;
    // One mail per claim: when the server stops, only the mail under way is held, none waits on a lease.
    while (!this.stopped) {
      const [mail] = await outbox.claimDue(now(), { limit: 1, leaseMs });
      if (!mail) break;
      const fields = { mailId: mail.id, kind: mail.kind, attempt: mail.attempts };
      try {
        await mailer.send({ to: mail.recipient, subject: mail.subject, text: mail.text, ...(mail.html === undefined ? {} : { html: mail.html }) });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (mail.attempts >= maxAttempts) {
          await outbox.markFailed(mail.id, mail.claim, message);
          log.error({ ...fields, err: error }, `mail not sent after ${mail.attempts} attempts: given up`);
          result.failed += 1;
        } else {
          const next = new Date(now().getTime() + backoffMs(mail.attempts));
          await outbox.markRetry(mail.id, mail.claim, message, next);
          log.warn({ ...fields, err: error, nextAttemptAt: next.toISOString() }, 'mail not sent: tried again later');
          result.retried += 1;
        }
        continue;
      }
      await outbox.markSent(mail.id, mail.claim, now());
      log.info(fields, 'mail sent');
      result.sent += 1;
    }
    return result;
  }
}
