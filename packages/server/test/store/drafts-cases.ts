/**
 * The drafts part of the store, for every engine: drafts.pglite.test.ts and drafts.postgres.test.ts call
 * draftCases(), so PGlite and PostgreSQL are held to the same.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { DraftKey } from '../../src/store/drafts.js';
import { ALL } from '../../src/store/directory.js';
import { openStore } from '../../src/store/open-store.js';
import type { ResponseStore } from '../../src/store/store.js';
import type { TestEngine } from './engines.js';
import { makeRecord } from './records.js';

async function freshStore(engine: TestEngine, t: { after(fn: () => Promise<void>): void }): Promise<ResponseStore> {
  const store = await openStore(await engine.fresh());
  t.after(() => store.close());
  return store;
}

/** Two centres with a member each. */
async function network(store: ResponseStore) {
  const group = await store.addSchoolGroup({ name: 'Scholengroep Noord' });
  const a = await store.addCentre({ name: 'CLB A', schoolGroupId: group.id });
  const b = await store.addCentre({ name: 'CLB B', schoolGroupId: group.id });
  const an = await store.addPerson({ email: 'an@a.example', name: 'An Peeters', role: 'centre-member', centreId: a.id });
  const bo = await store.addPerson({ email: 'bo@b.example', name: 'Bo Claes', role: 'centre-member', centreId: b.id });
  return { a, b, an, bo, keyA: { centreId: a.id, instrumentId: 'go-clb' }, keyB: { centreId: b.id, instrumentId: 'go-clb' } };
}

const envelope = (note: string) => ({ format: 'poolster-draft', version: 1, savedAt: '2026-12-01T09:00:00.000Z', step: note, response: { id: `scan-${note}`, status: 'draft', note } });
const at = (iso: string) => new Date(iso);
const stepOf = (json: string | undefined) => (json === undefined ? undefined : (JSON.parse(json) as { step: string }).step);

export function draftCases(engine: TestEngine): void {
  after(() => engine.dispose());

  describe(`store on ${engine.name}: drafts`, () => {
    test('a draft is created once, read back with its saver’s name, replaced and deleted only at its version', async (t) => {
      const store = await freshStore(engine, t);
      const { an, bo, keyA } = await network(store);
      assert.equal(await store.drafts.get(keyA), undefined);

      const created = await store.drafts.create(keyA, { envelope: envelope('one'), savedBy: an.id, now: at('2026-12-01T09:00:00Z') });
      assert.ok(created.done);
      const first = await store.drafts.get(keyA);
      assert.deepEqual(first && { ...first, json: stepOf(first.json) }, { json: 'one', version: created.version, savedByName: 'An Peeters', updatedAt: '2026-12-01T09:00:00.000Z' });

      const again = await store.drafts.create(keyA, { envelope: envelope('two'), savedBy: an.id, now: at('2026-12-01T09:01:00Z') });
      assert.equal(again.done, false, 'a second create finds the first');
      assert.equal(!again.done && again.current?.version, created.version, 'and answers with it');

      const stale = await store.drafts.replace(keyA, { versions: ['999999'] }, { envelope: envelope('stale'), savedBy: an.id, now: at('2026-12-01T09:02:00Z') });
      assert.equal(stale.done, false);
      assert.equal(!stale.done && stepOf(stale.current?.json), 'one');

      const replaced = await store.drafts.replace(keyA, { versions: ['7', created.version] }, { envelope: envelope('three'), savedBy: an.id, now: at('2026-12-01T09:03:00Z') });
      assert.ok(replaced.done, 'any of the listed versions matches');
      assert.notEqual(replaced.version, created.version);
      assert.equal(stepOf((await store.drafts.get(keyA))?.json), 'three');

      const any = await store.drafts.replace(keyA, { any: true }, { envelope: envelope('four'), savedBy: an.id, now: at('2026-12-01T09:04:00Z') });
      assert.ok(any.done, '"*" matches any draft');

      assert.equal((await store.drafts.delete(keyA, { versions: [replaced.version] })).done, false, 'an older version deletes nothing');
      assert.ok((await store.drafts.delete(keyA, { versions: [any.version] })).done);
      assert.equal(await store.drafts.get(keyA), undefined);
      assert.deepEqual(await store.drafts.delete(keyA, { any: true }), { done: false }, 'nothing to delete: no current draft');
      assert.deepEqual(await store.drafts.replace(keyA, { any: true }, { envelope: envelope('x'), savedBy: bo.id, now: at('2026-12-01T09:05:00Z') }), { done: false });
    });

    test('a version is never given twice: the ETag of a deleted draft does not match the next one', async (t) => {
      const store = await freshStore(engine, t);
      const { an, keyA, keyB, bo } = await network(store);
      const values = { envelope: envelope('one'), savedBy: an.id, now: at('2026-12-01T09:00:00Z') };
      const first = await store.drafts.create(keyA, values);
      assert.ok(first.done);
      assert.ok((await store.drafts.delete(keyA, { versions: [first.version] })).done);
      const second = await store.drafts.create(keyA, values);
      assert.ok(second.done);
      assert.notEqual(second.version, first.version);
      assert.equal((await store.drafts.replace(keyA, { versions: [first.version] }, values)).done, false);
      const other = await store.drafts.create(keyB, { ...values, savedBy: bo.id });
      assert.ok(other.done);
      assert.equal((await store.drafts.replace(keyA, { versions: [other.version] }, values)).done, false, 'another centre’s version is not this draft’s');
    });

    test('drafts are per centre and instrument', async (t) => {
      const store = await freshStore(engine, t);
      const { an, bo, keyA, keyB } = await network(store);
      const otherInstrument: DraftKey = { ...keyA, instrumentId: 'other' };
      assert.ok((await store.drafts.create(keyA, { envelope: envelope('a'), savedBy: an.id, now: at('2026-12-01T09:00:00Z') })).done);
      assert.ok((await store.drafts.create(keyB, { envelope: envelope('b'), savedBy: bo.id, now: at('2026-12-01T09:00:00Z') })).done);
      assert.ok((await store.drafts.create(otherInstrument, { envelope: envelope('a2'), savedBy: an.id, now: at('2026-12-01T09:00:00Z') })).done);
      assert.equal(stepOf((await store.drafts.get(keyB))?.json), 'b');
      assert.equal(await store.drafts.discard(keyA, 'scan-other'), false, 'a draft of another scan stays');
      assert.equal(await store.drafts.discard(keyA, 'scan-a'), true);
      assert.equal(await store.drafts.discard(keyA, 'scan-a'), false);
      assert.equal(stepOf((await store.drafts.get(keyB))?.json), 'b');
      assert.equal(stepOf((await store.drafts.get(otherInstrument))?.json), 'a2');
    });

    test('two writers with the same version at once: exactly one wins, the other is told what is stored now', async (t) => {
      const store = await freshStore(engine, t);
      const { an, keyA } = await network(store);
      const created = await store.drafts.create(keyA, { envelope: envelope('start'), savedBy: an.id, now: at('2026-12-01T09:00:00Z') });
      assert.ok(created.done);
      for (let round = 0; round < 10; round += 1) {
        const current = (await store.drafts.get(keyA))!.version;
        const writes = await Promise.all(
          ['left', 'right'].map((side) => store.drafts.replace(keyA, { versions: [current] }, { envelope: envelope(`${side}-${round}`), savedBy: an.id, now: at('2026-12-01T09:10:00Z') })),
        );
        const winners = writes.filter((w) => w.done);
        assert.equal(winners.length, 1, `round ${round}: ${JSON.stringify(writes)}`);
        const loser = writes.find((w) => !w.done);
        const stored = await store.drafts.get(keyA);
        assert.equal(winners[0]!.done && winners[0]!.version, stored!.version);
        assert.ok(loser && !loser.done && loser.current, 'the loser sees the stored draft');
      }
      const creates = await Promise.all(['x', 'y'].map((side) => store.drafts.create({ ...keyA, instrumentId: 'fresh' }, { envelope: envelope(side), savedBy: an.id, now: at('2026-12-01T09:10:00Z') })));
      assert.equal(creates.filter((w) => w.done).length, 1, 'two creates at once: one wins');
    });

    test('drafts not saved for longer than a given time are deleted, newer ones kept', async (t) => {
      const store = await freshStore(engine, t);
      const { an, bo, keyA, keyB } = await network(store);
      assert.ok((await store.drafts.create(keyA, { envelope: envelope('old'), savedBy: an.id, now: at('2026-09-01T09:00:00Z') })).done);
      assert.ok((await store.drafts.create(keyB, { envelope: envelope('new'), savedBy: bo.id, now: at('2026-11-30T09:00:00Z') })).done);
      const day = 24 * 60 * 60 * 1000;
      const now = at('2026-12-01T09:00:00Z');
      assert.equal(await store.drafts.deleteNotSavedFor(100 * day, now), 0, 'the old one is 91 days old');
      assert.equal(await store.drafts.deleteNotSavedFor(30 * day, now), 1);
      assert.equal(await store.drafts.get(keyA), undefined);
      assert.equal(stepOf((await store.drafts.get(keyB))?.json), 'new');
      // Saving again keeps a draft alive.
      const kept = await store.drafts.get(keyB);
      assert.ok((await store.drafts.replace(keyB, { versions: [kept!.version] }, { envelope: envelope('again'), savedBy: bo.id, now: at('2026-12-31T09:00:00Z') })).done);
      assert.equal(await store.drafts.deleteNotSavedFor(30 * day, at('2027-01-15T09:00:00Z')), 0);
      assert.equal(await store.drafts.deleteNotSavedFor(30 * day, at('2027-01-31T09:00:01Z')), 1);
    });

    test('reopen: the stored scan becomes its centre’s draft and is removed, in one go; an existing draft is replaced and said so', async (t) => {
      const store = await freshStore(engine, t);
      const { an, a, keyA } = await network(store);
      const admin = await store.addPerson({ email: 'admin@network.example', name: 'Ad Min', role: 'network-admin' });
      const record = { ...makeRecord({ centre: 'CLB A' }), centreId: a.id };
      assert.equal(await store.insert(record), 'created');
      const toEnvelope = (stored: unknown) => ({ ...envelope('reopened'), response: stored });

      const first = await store.drafts.reopen(record.id, toEnvelope, admin.id, at('2026-12-02T09:00:00Z'));
      assert.deepEqual(first.outcome === 'reopened' && { ...first, version: 'v' }, { outcome: 'reopened', key: keyA, version: 'v', replacedDraft: false });
      assert.equal(await store.get(record.id, ALL), undefined, 'the stored scan is gone');
      const draft = await store.drafts.get(keyA);
      assert.equal(draft?.savedByName, 'Ad Min');
      assert.equal((JSON.parse(draft!.json) as { response: { id: string } }).response.id, record.id);
      assert.deepEqual(await store.drafts.reopen(record.id, toEnvelope, admin.id, at('2026-12-02T09:00:00Z')), { outcome: 'not-found' });

      // Sent again under the same id, then reopened while the team had started a new draft.
      assert.equal(await store.insert(record), 'created');
      const version = (await store.drafts.get(keyA))!.version;
      assert.ok((await store.drafts.replace(keyA, { versions: [version] }, { envelope: envelope('team'), savedBy: an.id, now: at('2026-12-03T09:00:00Z') })).done);
      assert.deepEqual(await store.drafts.reopen(record.id, toEnvelope, admin.id, at('2026-12-04T09:00:00Z')), { outcome: 'draft-exists', key: keyA }, 'not without asking');
      assert.equal(stepOf((await store.drafts.get(keyA))?.json), 'team', 'the team’s draft is untouched');
      const second = await store.drafts.reopen(record.id, toEnvelope, admin.id, at('2026-12-04T09:00:00Z'), true);
      assert.ok(second.outcome === 'reopened' && second.replacedDraft);
      assert.equal(stepOf(second.replaced), 'team', 'the replaced draft is handed back');
      assert.equal(stepOf((await store.drafts.get(keyA))?.json), 'reopened');

      const legacy = makeRecord({ centre: 'CLB Oud' });
      assert.equal(await store.insert(legacy), 'created');
      assert.deepEqual(await store.drafts.reopen(legacy.id, toEnvelope, admin.id, at('2026-12-04T09:00:00Z')), { outcome: 'no-centre' });
      assert.ok(await store.get(legacy.id, ALL), 'a scan of no centre stays as it is');
    });

    test('reopen is all or nothing: when writing the draft fails, the stored scan stays', async (t) => {
      const store = await freshStore(engine, t);
      const { a, keyA } = await network(store);
      const admin = await store.addPerson({ email: 'admin@network.example', name: 'Ad Min', role: 'network-admin' });
      const record = { ...makeRecord({ centre: 'CLB A' }), centreId: a.id };
      assert.equal(await store.insert(record), 'created');
      // A NUL character cannot be stored in jsonb: the draft's insert fails inside the transaction.
      const broken = () => ({ ...envelope('broken'), step: 'nul\u0000' });
      await assert.rejects(store.drafts.reopen(record.id, broken, admin.id, at('2026-12-02T09:00:00Z')));
      assert.ok(await store.get(record.id, ALL), 'the scan is still stored');
      assert.equal(await store.drafts.get(keyA), undefined);
    });
  });
}
