/**
 * The store's test cases, one set for every engine: each engine's test file calls storeCases() with
 * its engine, so PGlite and PostgreSQL are held to exactly the same behaviour.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { ALL } from '../../src/store/directory.js';
import { loadMigrations, migrate, type Migration } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/open-store.js';
import { StoreError, StoreInputError, StoreUnavailableError, type NewResponse, type ResponseStore, type StoredSummary } from '../../src/store/store.js';
import { adminCases } from './admin-cases.js';
import { directoryCases } from './directory-cases.js';
import type { TestEngine } from './engines.js';
import { makeRecord, retried, withOtherAnswers } from './records.js';
import { startWriter } from './writer-process.js';

/** Every id is stored: checked one by one through get(). */
export async function assertAllStored(store: ResponseStore, ids: string[]): Promise<void> {
  const missing: string[] = [];
  for (const id of ids) if ((await store.get(id, ALL)) === undefined) missing.push(id);
  assert.deepEqual(missing, [], `${missing.length} acknowledged responses are missing`);
}

/** Opens a store on a new empty database; closed after the test. */
async function freshStore(engine: TestEngine, t: { after(fn: () => Promise<void>): void }): Promise<ResponseStore> {
  const store = await openStore(await engine.fresh());
  t.after(() => store.close());
  return store;
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function storeCases(engine: TestEngine): void {
  after(() => engine.dispose());
  directoryCases(engine);
  adminCases(engine);

  describe(`store on ${engine.name}: durability`, { timeout: 300_000 }, () => {
    test('every acknowledged insert survives kill -9 of the process writing', async (t) => {
      const options = await engine.fresh();
      const writer = startWriter(options, engine.writers);
      await writer.until(() => writer.acked.length >= 300, '300 acknowledged inserts');
      await writer.kill();
      const store = await openStore(options);
      t.after(() => store.close());
      await assertAllStored(store, writer.acked);
      const stored = await store.count(ALL);
      t.diagnostic(`${engine.name}, writer killed: ${writer.acked.length} acknowledged, ${stored} stored`);
      assert.ok(stored >= writer.acked.length);
    });
  });

  describe(`store on ${engine.name}: migrations`, () => {
    test('a new database gets every migration once; opening it again applies none', async () => {
      const options = await engine.fresh();
      const migrations = await loadMigrations();
      assert.ok(migrations.length >= 1);
      const db = await engine.openEngine(options);
      try {
        assert.deepEqual(await migrate(db, migrations), migrations.map((m) => m.version));
        assert.deepEqual(await migrate(db, migrations), []);
        const rows = await db.query<{ version: number }>('SELECT version FROM poolster_migrations ORDER BY version');
        assert.deepEqual(rows.map((row) => row.version), migrations.map((m) => m.version));
      } finally {
        await db.close();
      }
      const store = await openStore(options);
      assert.equal(store.engine, engine.name);
      assert.equal(await store.count(ALL), 0);
      await store.close();
    });

    test('a failing migration leaves nothing behind: all pending migrations run in one transaction', async () => {
      const options = await engine.fresh();
      const broken: Migration[] = [
        { version: 1, name: 'first', sql: 'CREATE TABLE first_table (id integer)' },
        { version: 2, name: 'broken', sql: 'CREATE TABLE second_table (id integer); SELECT no_such_function();' },
      ];
      const db = await engine.openEngine(options);
      try {
        await assert.rejects(migrate(db, broken));
        const tables = await db.query<{ name: string }>(
          `SELECT tablename AS name FROM pg_tables WHERE tablename IN ('first_table', 'second_table', 'poolster_migrations')`,
        );
        assert.deepEqual(tables, []);
      } finally {
        await db.close();
      }
    });

    test('a database with a migration newer than this server is refused (StoreError)', async () => {
      const options = await engine.fresh();
      await (await openStore(options)).close();
      const db = await engine.openEngine(options);
      await db.query(`INSERT INTO poolster_migrations (version, name) VALUES (999, 'from-the-future')`);
      await db.close();
      await assert.rejects(openStore(options), (error: unknown) => error instanceof StoreError && /999/.test(error.message));
    });

    test('a database holding tables Poolster did not make is refused (StoreError)', async () => {
      const options = await engine.fresh();
      const db = await engine.openEngine(options);
      await db.query('CREATE TABLE responses (id text)');
      await db.close();
      await assert.rejects(openStore(options), (error: unknown) => error instanceof StoreError && /did not make/.test(error.message));
    });
  });

  describe(`store on ${engine.name}: insert`, () => {
    test('created, then duplicate for the same answers, conflict for other answers; the first stays', async (t) => {
      const store = await freshStore(engine, t);
      const first = makeRecord({ note: 'Eerste versie.' });
      assert.equal(await store.insert(first), 'created');
      assert.equal(await store.insert(first), 'duplicate');
      assert.equal(await store.insert(retried(first, '2026-03-02T10:05:00.000Z')), 'duplicate');
      assert.equal(await store.insert(withOtherAnswers(first, 'Andere versie.')), 'conflict');
      assert.equal(await store.count(ALL), 1);
      assert.deepEqual(JSON.parse((await store.get(first.id, ALL))!), first.response);
    });

    test('200 concurrent inserts (new, repeated, conflicting) are each answered correctly', async (t) => {
      const store = await freshStore(engine, t);
      // 20 responses stored before; then 200 inserts at once: 90 new ids sent twice each (half of them
      // with the same answers, half with other answers) and the 20 stored ones sent again (10 the same, 10 other).
      const before = Array.from({ length: 20 }, (_, i) => makeRecord({ id: uuid(i), note: `voor ${i}` }));
      for (const record of before) assert.equal(await store.insert(record), 'created');
      type Attempt = { record: NewResponse; pair: number };
      const attempts: Attempt[] = [];
      for (let i = 0; i < 90; i += 1) {
        const record = makeRecord({ id: uuid(100 + i), centre: `CLB ${i % 7}`, note: `nieuw ${i}` });
        attempts.push({ record, pair: i }, { record: i % 2 === 0 ? record : withOtherAnswers(record, `anders ${i}`), pair: i });
      }
      before.forEach((record, i) => attempts.push({ record: i % 2 === 0 ? retried(record, '2026-03-03T09:00:00.000Z') : withOtherAnswers(record, 'anders'), pair: -1 }));
      shuffle(attempts, 7);
      assert.equal(attempts.length, 200);

      const outcomes = await Promise.all(attempts.map((a) => store.insert(a.record)));

      const byId = new Map<string, { outcome: string; record: NewResponse }[]>();
      attempts.forEach((attempt, i) => {
        const list = byId.get(attempt.record.id) ?? [];
        list.push({ outcome: outcomes[i]!, record: attempt.record });
        byId.set(attempt.record.id, list);
      });
      for (const [id, tries] of byId) {
        const stored = JSON.parse((await store.get(id, ALL))!) as NewResponse['response'];
        const winner = before.find((r) => r.id === id) ?? tries.find((x) => x.outcome === 'created')?.record;
        assert.ok(winner, `one insert of ${id} created it`);
        assert.deepEqual(stored, winner.response);
        const created = tries.filter((x) => x.outcome === 'created').length;
        assert.equal(created, before.some((r) => r.id === id) ? 0 : 1, `${id}: created once`);
        for (const attempt of tries) {
          if (attempt.outcome === 'created') continue;
          assert.equal(attempt.outcome, attempt.record.answersHash === winner.answersHash ? 'duplicate' : 'conflict', id);
        }
      }
      assert.equal(await store.count(ALL), 110);
    });

    test('a value PostgreSQL cannot store is a StoreInputError, and the store goes on', async (t) => {
      const store = await freshStore(engine, t);
      await assert.rejects(store.insert(makeRecord({ note: 'nul \u0000 teken' })), StoreInputError);
      await assert.rejects(store.insert(makeRecord({ centre: 'CLB \u0000' })), StoreInputError);
      await assert.rejects(store.insert(makeRecord({ note: 'half \ud800 paar' })), StoreInputError);
      assert.equal(await store.insert(makeRecord()), 'created');
      assert.equal(await store.count(ALL), 1);
    });
  });

  describe(`store on ${engine.name}: reading`, () => {
    test('get returns the stored JSON as text, meaning exactly what was sent', async (t) => {
      const store = await freshStore(engine, t);
      const tricky = 'Aanhalingstekens " en \\ backslash, é à ç ü, 中文, emoji 🧭, regelscheiding \u2028, tab\t, newline\n.';
      const record = makeRecord({ note: tricky + 'x'.repeat(20_000) });
      record.response.blocks['b-2'] = { 'current-stage': { choices: ['a', 'b'], none: false, other: '0.1 + 0.2' } };
      await store.insert(record);
      const json = await store.get(record.id, ALL);
      assert.equal(typeof json, 'string');
      assert.deepEqual(JSON.parse(json!), record.response);
      assert.equal(await store.get(uuid(424242), ALL), undefined);
    });

    test('list pages through every response, newest submission first, without gaps or repeats', async (t) => {
      const store = await freshStore(engine, t);
      const records: NewResponse[] = [];
      for (let i = 0; i < 23; i += 1) {
        // Some share a submission time (the id decides between them), one is given in another offset.
        const minute = String(Math.floor(i / 3)).padStart(2, '0');
        const submittedAt = i === 22 ? '2026-03-02T12:30:00.250+02:00' : `2026-03-02T09:${minute}:00.000Z`;
        records.push(makeRecord({ id: uuid(1000 - i * 7), submittedAt, centre: `CLB ${i}` }));
      }
      for (const record of shuffled(records, 3)) await store.insert(record);
      const expected = [...records]
        .map((r) => ({ at: new Date(r.submittedAt).toISOString(), id: r.id }))
        .sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1));

      const seen: StoredSummary[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.list({ limit: 5, scope: ALL, ...(cursor ? { cursor } : {}) });
        assert.ok(page.items.length <= 5);
        seen.push(...page.items);
        cursor = page.next;
        pages += 1;
      } while (cursor);
      assert.equal(pages, 5);
      assert.deepEqual(
        seen.map((s) => ({ at: s.submittedAt, id: s.id })),
        expected,
      );
      const summary = seen.find((s) => s.id === records[22]!.id)!;
      assert.equal(summary.submittedAt, '2026-03-02T10:30:00.250Z');
      assert.equal(summary.centre, 'CLB 22');
      assert.equal(summary.instrumentId, 'go-clb');
      assert.equal(summary.instrumentVersion, '1.0.0');
      assert.match(summary.receivedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

      assert.equal((await store.list({ scope: ALL })).items.length, 23);
      assert.equal((await store.list({ limit: 0, scope: ALL })).items.length, 1);
      assert.equal((await store.list({ limit: 10_000, scope: ALL })).items.length, 23);
    });

    test('a cursor the store did not hand out is a StoreInputError', async (t) => {
      const store = await freshStore(engine, t);
      for (const cursor of ['', 'nonsense', Buffer.from('["yesterday","x"]').toString('base64url')]) {
        await assert.rejects(store.list({ cursor, scope: ALL }), StoreInputError, cursor);
      }
    });

    test('latestPerCentre gives the newest submitted response of each centre of one instrument', async (t) => {
      const store = await freshStore(engine, t);
      const a1 = makeRecord({ centre: 'CLB Antwerpen', submittedAt: '2026-01-10T10:00:00.000Z' });
      const a2 = makeRecord({ centre: 'CLB Antwerpen', submittedAt: '2026-02-10T10:00:00.000Z' });
      const a3 = makeRecord({ centre: 'CLB Antwerpen', submittedAt: '2025-12-10T10:00:00.000Z' });
      const b1 = makeRecord({ centre: 'CLB Brugge', submittedAt: '2026-01-01T10:00:00.000Z' });
      const bDraft = makeRecord({ centre: 'CLB Brugge', submittedAt: '2026-03-01T10:00:00.000Z', status: 'draft' });
      const c1 = makeRecord({ id: uuid(1), centre: 'CLB Gent', submittedAt: '2026-01-05T10:00:00.000Z' });
      const c2 = makeRecord({ id: uuid(2), centre: 'CLB Gent', submittedAt: '2026-01-05T10:00:00.000Z' });
      const other = makeRecord({ centre: 'CLB Antwerpen', instrumentId: 'other-scan', submittedAt: '2026-06-01T10:00:00.000Z' });
      for (const record of [a1, a2, a3, b1, bDraft, c1, c2, other]) await store.insert(record);

      const latest = await store.latestPerCentre('go-clb', ALL);
      assert.deepEqual(
        latest.map((entry) => [entry.summary.centre, entry.summary.id]),
        [
          ['CLB Antwerpen', a2.id],
          ['CLB Brugge', b1.id],
          ['CLB Gent', c2.id],
        ],
      );
      assert.deepEqual(JSON.parse(latest[0]!.json), a2.response);
      assert.equal(latest[0]!.summary.submittedAt, '2026-02-10T10:00:00.000Z');
      assert.deepEqual(await store.latestPerCentre('no-such-instrument', ALL), []);
    });

    test('count and ping answer', async (t) => {
      const store = await freshStore(engine, t);
      await store.ping();
      assert.equal(await store.count(ALL), 0);
      await store.insert(makeRecord());
      assert.equal(await store.count(ALL), 1);
    });
  });

  describe(`store on ${engine.name}: closing`, () => {
    test('close waits for writes in progress; afterwards every call is a StoreUnavailableError', async () => {
      const options = await engine.fresh();
      const store = await openStore(options);
      const records = Array.from({ length: 20 }, (_, i) => makeRecord({ id: uuid(i) }));
      const writes = records.map((record) => store.insert(record));
      await store.close();
      assert.deepEqual(await Promise.all(writes), records.map(() => 'created'));
      await assert.rejects(store.insert(makeRecord()), StoreUnavailableError);
      await assert.rejects(store.ping(), StoreUnavailableError);
      await store.close();
      const again = await openStore(options);
      assert.equal(await again.count(ALL), 20);
      await again.close();
    });
  });
}

/** Shuffles in place, the same way every run (a seeded generator). */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const shuffled = <T>(items: T[], seed: number): T[] => shuffle([...items], seed);
