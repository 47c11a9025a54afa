/**
 * A PostgreSQL server under the store, beyond the shared suite (which also kills the Poolster process
 * with -9 on every engine): servers starting at once migrate once; acknowledged writes survive kill -9
 * of PostgreSQL itself; a
 * database that is down or whose disk is full makes the store unavailable (503), loses nothing
 * acknowledged, and the store recovers by itself once the database is back.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chown, mkdir, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ALL } from '../../src/store/directory.js';
import { loadMigrations } from '../../src/store/migrate.js';
import { openPostgresEngine } from '../../src/store/postgres-engine.js';
import { openStore } from '../../src/store/open-store.js';
import { StoreUnavailableError, type ResponseStore } from '../../src/store/store.js';
import { postgresEngine, tempFolder } from './engines.js';
import { makeRecord } from './records.js';
import { assertAllStored } from './store-cases.js';
import { mountTmpfs } from './tmpfs.js';
import { startWriter } from './writer-process.js';

const engine = postgresEngine();
after(() => engine.dispose());

/** Inserts until one insert is refused as unavailable; resolves to the ids acknowledged before that. */
async function insertUntilUnavailable(store: ResponseStore, note: () => string): Promise<{ acked: string[]; error: StoreUnavailableError }> {
  const acked: string[] = [];
  for (;;) {
    const record = makeRecord({ note: note() });
    try {
      await store.insert(record);
      acked.push(record.id);
    } catch (error) {
      if (error instanceof StoreUnavailableError) return { acked, error };
      throw error;
    }
  }
}

describe('PostgreSQL server', { timeout: 300_000 }, () => {
  test('two servers starting at once on one database: migrations run once, under the advisory lock', async () => {
    const options = await engine.fresh();
    const opening = await Promise.allSettled([openStore(options), openStore(options), openStore(options)]);
    const stores = opening.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    try {
      assert.deepEqual(
        opening.map((result) => (result.status === 'fulfilled' ? 'opened' : String(result.reason))),
        ['opened', 'opened', 'opened'],
        'every server starting at once opens the store',
      );
      const migrations = await loadMigrations();
      const db = openPostgresEngine({ databaseUrl: options.databaseUrl! });
      const rows = await db.query<{ version: number }>('SELECT version FROM poolster_migrations ORDER BY version').finally(() => db.close());
      // One row per migration file, each applied by exactly one of the three.
      assert.ok(migrations.length >= 1);
      assert.deepEqual(rows.map((row) => row.version), migrations.map((m) => m.version));
      assert.equal(await stores[0]!.insert(makeRecord()), 'created');
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  test('every acknowledged insert survives kill -9 of PostgreSQL; the writer recovers when it is back', async (t) => {
    const server = await engine.server();
    const options = await engine.fresh();
    const writer = startWriter(options, 8);
    t.after(() => writer.kill());
    await writer.until(() => writer.acked.length >= 200, '200 acknowledged inserts');
    server.kill();
    await writer.until(() => writer.unavailable >= 1, 'an insert refused as unavailable');
    const beforeRestart = writer.acked.length;
    await server.resume();
    await writer.until(() => writer.acked.length >= beforeRestart + 100, '100 more acknowledged inserts after the restart');
    await writer.kill();
    const store = await openStore(options);
    t.after(() => store.close());
    await assertAllStored(store, writer.acked);
    const stored = await store.count(ALL);
    t.diagnostic(
      `PostgreSQL killed: ${beforeRestart} acknowledged before the restart, ${writer.acked.length} in all, ${stored} stored, ${writer.unavailable} inserts refused while it was down`,
    );
    assert.ok(stored >= writer.acked.length);
  });

  test('a database that is down: StoreUnavailableError, nothing acknowledged lost, recovery when it is back', async (t) => {
    const server = await engine.server();
    const options = await engine.fresh();
    const store = await openStore(options);
    t.after(() => store.close());
    const acked: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const record = makeRecord();
      await store.insert(record);
      acked.push(record.id);
    }
    // Writes keep arriving while the server shuts down (fast: sessions are cut).
    const writing = insertUntilUnavailable(store, () => 'tijdens');
    await server.halt();
    const { acked: duringHalt, error } = await writing;
    acked.push(...duringHalt);
    assert.ok(error instanceof StoreUnavailableError);
    await assert.rejects(store.insert(makeRecord()), StoreUnavailableError);
    await assert.rejects(store.ping(), StoreUnavailableError);
    await assert.rejects(store.list({ scope: ALL }), StoreUnavailableError);
    await assert.rejects(openStore(options), StoreUnavailableError);

    await server.resume();
    await store.ping();
    const afterwards = makeRecord();
    assert.equal(await store.insert(afterwards), 'created');
    acked.push(afterwards.id);
    await assertAllStored(store, acked);
    t.diagnostic(`PostgreSQL halted: ${acked.length} acknowledged, ${await store.count(ALL)} stored`);
  });

  test('a full disk (a tablespace on a small tmpfs): StoreUnavailableError (53100), nothing acknowledged lost, writes resume with room', async (t) => {
    const options = await engine.fresh();
    const store = await openStore(options);
    t.after(() => store.close());
    const parent = await tempFolder('pg-full');
    const mountPoint = join(parent, 'disk');
    await mkdir(mountPoint);
    const disk = await mountTmpfs(mountPoint, 4);
    const db = openPostgresEngine({ databaseUrl: options.databaseUrl! });
    const tablespace = `small_${randomBytes(4).toString('hex')}`;
    t.after(async () => {
      await db.query(`ALTER TABLE responses SET TABLESPACE pg_default`).catch(() => undefined);
      await db.query(`DROP TABLESPACE IF EXISTS ${tablespace}`).catch(() => undefined);
      await db.close();
      await disk.unmount();
      await rm(parent, { recursive: true, force: true });
    });
    const location = join(mountPoint, 'space');
    await mkdir(location);
    if (process.getuid?.() === 0) {
      const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
      await chown(parent, id('-u'), id('-g'));
      await chown(mountPoint, id('-u'), id('-g'));
      await chown(location, id('-u'), id('-g'));
    }
    await db.query(`CREATE TABLESPACE ${tablespace} LOCATION '${location}'`);
    await db.query(`ALTER TABLE responses SET TABLESPACE ${tablespace}`);

    // Answers that do not compress, so the table grows by about their size.
    const { acked, error } = await insertUntilUnavailable(store, () => randomBytes(1500).toString('base64'));
    assert.equal((error.cause as { code?: string } | undefined)?.code, '53100', error.message);
    assert.ok(acked.length > 0);
    await assert.rejects(store.insert(makeRecord({ note: randomBytes(1500).toString('base64') })), StoreUnavailableError);
    assert.equal(await store.count(ALL), acked.length);

    await disk.resize(64);
    const afterwards = makeRecord();
    assert.equal(await store.insert(afterwards), 'created');
    acked.push(afterwards.id);
    await assertAllStored(store, acked);
    t.diagnostic(`PostgreSQL disk full: ${acked.length} acknowledged, ${await store.count(ALL)} stored; refused with: ${error.message}`);
  });
});
