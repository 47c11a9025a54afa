/**
 * The outbox worker on its own, with a real store (PGlite in memory), a real mailer and a real SMTP server:
 * the backoff, polling for retries that came due, and stopping only after the mail under way.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { waitFor } from '../../../scripts/test/wait-for.js';
import { createMailer } from '../src/auth/mailer.js';
import { resolveConfig } from '../src/config.js';
import { configFromEnv } from '../src/env.js';
import { backoffMs, OutboxWorker } from '../src/mail/outbox-worker.js';
import { openStore } from '../src/store/open-store.js';
import { MEMORY } from '../src/store/pglite-engine.js';
import type { ResponseStore } from '../src/store/store.js';
import { startHeldSmtp, startSmtp, type TestSmtp } from './smtp.js';

const MINUTE = 60_000;
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

function worker(store: ResponseStore, smtp: TestSmtp, now: () => Date, pollIntervalMs = 60_000) {
  const mailer = createMailer({ from: 'Poolster <poolster@test.example>', smtpUrl: smtp.url, outboxDir: '/nonexistent', notice: () => undefined });
  return new OutboxWorker({ outbox: store.outbox, mailer, now, maxAttempts: 10, pollIntervalMs, log: quiet });
}

const notice = (createdAt: Date) => ({ kind: 'scan-notice' as const, recipient: 'vera@sg.example', subject: 'Bericht', text: 'Tekst', language: 'nl', createdAt });

describe('the outbox worker', () => {
  it('waits a minute after the first failure, doubling each time, at most an hour', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 50].map((n) => backoffMs(n) / MINUTE), [1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('polls: a mail that comes due is sent without anything waking the worker', async () => {
    const store = await openStore({ dataDir: MEMORY });
    const smtp = await startSmtp();
    let clock = new Date('2026-03-02T09:00:00.000Z');
    const mail = worker(store, smtp, () => clock, 5);
    try {
      await store.outbox.enqueue([notice(new Date(clock.getTime() + MINUTE))]);
      mail.start();
      await mail.idle();
      assert.equal(smtp.mails.length, 0, 'not due yet');
      clock = new Date(clock.getTime() + MINUTE);
      await smtp.next();
      await waitFor(async () => (await store.outbox.overview()).counts.sent === 1);
    } finally {
      await mail.stop();
      await store.close();
      await smtp.close();
    }
  });

  it('stop() resolves only after the mail under way is sent and recorded; nothing is sent after it', async () => {
    const { smtp, release, receiving } = await startHeldSmtp();
    const store = await openStore({ dataDir: MEMORY });
    const clock = new Date('2026-03-02T09:00:00.000Z');
    const mail = worker(store, smtp, () => clock);
    try {
      await store.outbox.enqueue([notice(clock), notice(new Date(clock.getTime() + 1))]);
      mail.start();
      await waitFor(receiving);
      let stopped = false;
      const stopping = mail.stop().then(() => (stopped = true));
      // Several turns of the event loop: a stop that did not wait for the mail would have resolved.
      for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
      assert.equal(stopped, false, 'still sending');
      release();
      await stopping;
      assert.deepEqual((await store.outbox.overview()).counts, { pending: 1, sent: 1, failed: 0 }, 'the first sent, the second left for the next start');
      mail.wake();
      await mail.idle();
      assert.equal(smtp.mails.length, 1, 'a stopped worker sends nothing');
    } finally {
      release();
      await store.close();
      await smtp.close();
    }
  });
});

describe('the mail settings', () => {
  it('come from the environment, with defaults, checked with a message naming the variable', () => {
    const defaults = resolveConfig({});
    assert.deepEqual([defaults.mailMaxAttempts, defaults.mailPollIntervalMs, defaults.signInMailsPerHour], [10, 30_000, 5]);
    const options = configFromEnv({ POOLSTER_MAIL_MAX_ATTEMPTS: '3', POOLSTER_MAIL_POLL_SECONDS: '5', POOLSTER_SIGN_IN_MAILS_PER_HOUR: '2' });
    assert.deepEqual(options, { mailMaxAttempts: 3, mailPollIntervalMs: 5000, signInMailsPerHour: 2 });
    assert.throws(() => configFromEnv({ POOLSTER_MAIL_MAX_ATTEMPTS: '0' }), /POOLSTER_MAIL_MAX_ATTEMPTS must be a whole number from 1 to 100/);
    assert.throws(() => configFromEnv({ POOLSTER_MAIL_POLL_SECONDS: 'often' }), /POOLSTER_MAIL_POLL_SECONDS/);
    assert.throws(() => configFromEnv({ POOLSTER_SIGN_IN_MAILS_PER_HOUR: '-1' }), /POOLSTER_SIGN_IN_MAILS_PER_HOUR/);
    assert.throws(() => resolveConfig({ mailMaxAttempts: 0 }), /mailMaxAttempts/);
  });
});
