/**
 * The mail outbox's cases (queuing with a response, claiming under a lease, settling, the admin's view),
 * directors and who hears of a scan, for every engine: each engine's outbox test file calls outboxCases().
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import { ALL } from '../../src/store/directory.js';
import type { ClaimedMail, NewMail } from '../../src/store/outbox.js';
import { StoreInputError, type ResponseStore, type StoreOptions } from '../../src/store/store.js';
import type { TestEngine } from './engines.js';
import { makeRecord, withOtherAnswers } from './records.js';

async function freshStore(engine: TestEngine, t: { after(fn: () => Promise<void>): void }): Promise<{ store: ResponseStore; options: StoreOptions }> {
  const options = await engine.fresh();
  const store = await openStore(options);
  t.after(() => store.close());
  return { store, options };
}

const T0 = new Date('2026-03-02T10:00:00.000Z');
const plus = (ms: number, from = T0) => new Date(from.getTime() + ms);
const MINUTE = 60_000;

const mail = (n: number, overrides: Partial<NewMail> = {}): NewMail => ({
  kind: 'scan-notice',
  recipient: `viewer-${n}@noord.example`,
  subject: `Mail ${n}`,
  text: `Tekst ${n}`,
  language: 'nl',
  createdAt: T0,
  ...overrides,
});

export function outboxCases(engine: TestEngine): void {
  after(() => engine.dispose());

  describe(`outbox on ${engine.name}`, () => {
    test('mails are queued with their response in one transaction: only when it is stored now, never for a repeat or a conflict', async (t) => {
      const { store } = await freshStore(engine, t);
      const record = makeRecord();
      const overview = mail(1, { kind: 'scan-overview', html: '<p>Overzicht</p>', responseId: record.id });
      assert.equal(await store.insert(record, [overview, mail(2, { responseId: record.id, createdAt: plus(1) })]), 'created');
      assert.equal(await store.insert(record, [mail(3)]), 'duplicate');
      assert.equal(await store.insert(withOtherAnswers(record, 'Anders.'), [mail(4)]), 'conflict');
      const { counts, unsent } = await store.outbox.overview();
      assert.deepEqual(counts, { pending: 2, sent: 0, failed: 0 });
      assert.deepEqual(unsent.map((m) => m.subject).sort(), ['Mail 1', 'Mail 2']);
      const first = unsent.find((m) => m.subject === 'Mail 1')!;
      assert.deepEqual(
        { ...first, id: 'x' },
        { id: 'x', kind: 'scan-overview', recipient: 'viewer-1@noord.example', subject: 'Mail 1', language: 'nl', responseId: record.id, status: 'pending', attempts: 0, nextAttemptAt: T0.toISOString(), createdAt: T0.toISOString() },
      );
      const [claimed] = await store.outbox.claimDue(T0, { limit: 1, leaseMs: MINUTE });
      assert.equal(claimed!.subject, 'Mail 1', 'oldest first');
    });

    test('removing a scan removes its mails, sent or pending; a sent mail keeps no body', async (t) => {
      const { store } = await freshStore(engine, t);
      const db = (store as unknown as { db: { query<R>(sql: string, params?: unknown[]): Promise<R[]> } }).db;
      const bodies = () => db.query<{ subject: string; text: string; html: string | null; status: string }>('SELECT subject, text, html, status FROM mail_outbox ORDER BY subject');
      const record = makeRecord();
      const other = makeRecord();
      assert.equal(await store.insert(record, [mail(1, { html: '<p>Overzicht</p>', responseId: record.id }), mail(2, { responseId: record.id, createdAt: plus(1) })]), 'created');
      assert.equal(await store.insert(other, [mail(3, { responseId: other.id, createdAt: plus(2) })]), 'created');
      const [first] = await store.outbox.claimDue(T0, { limit: 1, leaseMs: MINUTE });
      assert.equal(await store.outbox.markSent(first!.id, first!.claim, plus(MINUTE)), true);
      assert.deepEqual(await bodies(), [
        { subject: 'Mail 1', text: '', html: null, status: 'sent' },
        { subject: 'Mail 2', text: 'Tekst 2', html: null, status: 'pending' },
        { subject: 'Mail 3', text: 'Tekst 3', html: null, status: 'pending' },
      ]);
      assert.deepEqual(await store.deleteResponse(record.id), {});
      assert.deepEqual((await bodies()).map((m) => m.subject), ['Mail 3'], 'only the other scan’s mail is left');
      assert.deepEqual((await store.outbox.claimDue(plus(MINUTE), { limit: 10, leaseMs: MINUTE })).map((m) => m.subject), ['Mail 3'], 'the removed scan’s pending mail is not sent');
    });

    test('a mail that cannot be stored takes its response with it: neither is kept', async (t) => {
      const { store } = await freshStore(engine, t);
      const record = makeRecord();
      await assert.rejects(store.insert(record, [mail(1), mail(2, { text: 'NUL \u0000 in text' })]), StoreInputError);
      assert.equal(await store.get(record.id, ALL), undefined, 'the response was rolled back with the mails');
      assert.deepEqual((await store.outbox.overview()).counts, { pending: 0, sent: 0, failed: 0 });
      assert.equal(await store.insert(record, [mail(1)]), 'created', 'and can be sent again');
    });

    test('a claimed mail is held for its lease, counted as an attempt, and due again when the lease runs out unsettled', async (t) => {
      const { store } = await freshStore(engine, t);
      await store.outbox.enqueue([mail(1, { createdAt: plus(MINUTE) })]);
      assert.deepEqual(await store.outbox.claimDue(T0, { limit: 10, leaseMs: MINUTE }), [], 'not due before it was queued');
      const [first] = await store.outbox.claimDue(plus(MINUTE), { limit: 10, leaseMs: 5 * MINUTE });
      assert.equal(first!.attempts, 1);
      assert.equal(first!.html, undefined);
      assert.deepEqual(await store.outbox.claimDue(plus(5 * MINUTE), { limit: 10, leaseMs: MINUTE }), [], 'held by its lease');
      const [again] = await store.outbox.claimDue(plus(6 * MINUTE), { limit: 10, leaseMs: MINUTE });
      assert.equal(again!.id, first!.id, 'the lease ran out: the mail is taken over');
      assert.equal(again!.attempts, 2);
      assert.notEqual(again!.claim, first!.claim);
      assert.equal(await store.outbox.markSent(first!.id, first!.claim, plus(6 * MINUTE)), false, 'the old claim settles nothing');
      assert.equal(await store.outbox.markSent(again!.id, again!.claim, plus(7 * MINUTE)), true);
      assert.equal(await store.outbox.markSent(again!.id, again!.claim, plus(7 * MINUTE)), false, 'settled once');
      assert.deepEqual(await store.outbox.claimDue(plus(60 * MINUTE), { limit: 10, leaseMs: MINUTE }), [], 'a sent mail is never claimed again');
      assert.deepEqual(await store.outbox.overview(), { counts: { pending: 0, sent: 1, failed: 0 }, unsent: [] });
    });

    test('a failed attempt waits for its next time; a failed mail is kept with its error and never tried again', async (t) => {
      const { store } = await freshStore(engine, t);
      await store.outbox.enqueue([mail(1), mail(2, { createdAt: plus(1) })]);
      const [one, two] = await store.outbox.claimDue(T0, { limit: 10, leaseMs: MINUTE }).then(async (due) => [...due, ...(await store.outbox.claimDue(plus(1), { limit: 10, leaseMs: MINUTE }))]);
      assert.deepEqual([one!.subject, two!.subject], ['Mail 1', 'Mail 2']);
      assert.equal(await store.outbox.markRetry(one!.id, one!.claim, 'connect ECONNREFUSED 127.0.0.1:2525', plus(2 * MINUTE)), true);
      assert.equal(await store.outbox.markFailed(two!.id, two!.claim, 'x'.repeat(5000)), true);
      assert.deepEqual(await store.outbox.claimDue(plus(2 * MINUTE - 1), { limit: 10, leaseMs: MINUTE }), []);
      const [retry] = await store.outbox.claimDue(plus(2 * MINUTE), { limit: 10, leaseMs: MINUTE });
      assert.equal(retry!.id, one!.id);
      assert.equal(retry!.attempts, 2);
      const { counts, unsent } = await store.outbox.overview();
      assert.deepEqual(counts, { pending: 1, sent: 0, failed: 1 });
      const failed = unsent.find((m) => m.status === 'failed')!;
      assert.equal(failed.subject, 'Mail 2');
      assert.equal(failed.attempts, 1);
      assert.equal(failed.lastError!.length, 1000, 'a long error is cut');
      assert.equal(unsent.find((m) => m.status === 'pending')!.lastError, 'connect ECONNREFUSED 127.0.0.1:2525');
      assert.deepEqual(await store.outbox.claimDue(plus(600 * MINUTE), { limit: 10, leaseMs: MINUTE }).then((due) => due.map((m) => m.id)), [one!.id], 'only the pending one, once its lease ran out');
    });

    test('two claimers at once never get the same mail, and between them get every one', async (t) => {
      const { store, options } = await freshStore(engine, t);
      const mails = Array.from({ length: 60 }, (_, n) => mail(n, { createdAt: plus(n) }));
      await store.outbox.enqueue(mails);
      // On PostgreSQL a second store is a second pool (as a second server process would be); PGlite has
      // one connection per data folder, so two claimers share it.
      let second = store;
      if (engine.name === 'postgres') {
        second = await openStore(options);
        t.after(() => second.close());
      }
      const claimLoop = async (claimer: ResponseStore) => {
        const got: ClaimedMail[] = [];
        for (;;) {
          const batch = await claimer.outbox.claimDue(plus(MINUTE), { limit: 3, leaseMs: 10 * MINUTE });
          if (batch.length === 0) return got;
          got.push(...batch);
        }
      };
      const results = await Promise.all([claimLoop(store), claimLoop(second), claimLoop(store), claimLoop(second)]);
      const ids = results.flat().map((m) => m.id);
      assert.equal(new Set(ids).size, ids.length, 'no mail claimed twice');
      assert.equal(ids.length, mails.length, 'every mail claimed');
      t.diagnostic(`${engine.name}: claimed ${results.map((r) => r.length).join(' + ')}`);
    });

    test('directors are centre members; who hears of a scan: the centre’s directors and its school group’s viewers', async (t) => {
      const { store } = await freshStore(engine, t);
      const north = await store.addSchoolGroup({ name: 'Scholengroep Noord' });
      const south = await store.addSchoolGroup({ name: 'Scholengroep Zuid' });
      const a = await store.addCentre({ name: 'CLB A', schoolGroupId: north.id });
      const b = await store.addCentre({ name: 'CLB B', schoolGroupId: south.id });
      const director = await store.addPerson({ email: 'dir@a.example', name: 'Dirk', role: 'centre-member', centreId: a.id, director: true });
      assert.equal(director.director, true);
      assert.deepEqual(await store.personByEmail('dir@a.example'), director);
      const plain = await store.addPerson({ email: 'lid@a.example', name: 'Lid', role: 'centre-member', centreId: a.id, director: false });
      assert.equal('director' in plain, false, 'absent means false');
      assert.equal('director' in (await store.personByEmail('lid@a.example'))!, false);
      await store.addPerson({ email: 'dir@b.example', name: 'Bea', role: 'centre-member', centreId: b.id, director: true });
      await store.addPerson({ email: 'kijker@noord.example', name: 'Vera', role: 'school-group-viewer', schoolGroupId: north.id });
      await store.addPerson({ email: 'kijker@zuid.example', name: 'Zeno', role: 'school-group-viewer', schoolGroupId: south.id });
      await store.addPerson({ email: 'admin@n.example', name: 'Ad', role: 'network-admin' });
      await assert.rejects(store.addPerson({ email: 'v@n.example', name: 'V', role: 'school-group-viewer', schoolGroupId: north.id, director: true }), StoreInputError);
      await assert.rejects(store.addPerson({ email: 'x@n.example', name: 'X', role: 'network-admin', director: true }), StoreInputError);

      assert.deepEqual(await store.outbox.scanRecipients(a.id), { directors: [{ email: 'dir@a.example', name: 'Dirk' }], viewers: [{ email: 'kijker@noord.example', name: 'Vera' }] });
      assert.deepEqual(await store.outbox.scanRecipients(b.id), { directors: [{ email: 'dir@b.example', name: 'Bea' }], viewers: [{ email: 'kijker@zuid.example', name: 'Zeno' }] });
      assert.deepEqual(await store.outbox.scanRecipients('no-such-centre'), { directors: [], viewers: [] });
    });

    test('sign-in links are counted per person since a time', async (t) => {
      const { store } = await freshStore(engine, t);
      const admin = await store.addPerson({ email: 'admin@n.example', name: 'Ad', role: 'network-admin' });
      for (const minutes of [0, 10, 20]) {
        await store.addSignInLink({ tokenHash: `h${minutes}`, personId: admin.id, createdAt: plus(minutes * MINUTE), expiresAt: plus((minutes + 30) * MINUTE) });
      }
      assert.equal(await store.countSignInLinks(admin.id, plus(-1)), 3);
      assert.equal(await store.countSignInLinks(admin.id, plus(0)), 2, 'strictly after');
      assert.equal(await store.countSignInLinks('someone-else', plus(-1)), 0);
    });
  });
}
