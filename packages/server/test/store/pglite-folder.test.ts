/**
 * PGlite's data folder: what must hold beyond the shared suite (which also kills a writing process with
 * -9 on every engine). A second process cannot open a folder in use; a full disk makes writes
 * unavailable (503) instead of freezing the process, and they resume once there is room.
 */
import assert from 'node:assert/strict';
import { cp, mkdir, open, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ALL } from '../../src/store/directory.js';
import { openStore } from '../../src/store/open-store.js';
import { StoreError, StoreUnavailableError } from '../../src/store/store.js';
import { pgliteEngine, tempFolder } from './engines.js';
import { makeRecord } from './records.js';
import { assertAllStored } from './store-cases.js';
import { mountTmpfs } from './tmpfs.js';
import { startWriter } from './writer-process.js';

const engine = pgliteEngine();
after(() => engine.dispose());

describe('PGlite data folder', { timeout: 300_000 }, () => {
  test('a second process cannot open a folder in use: StoreError naming the first; after the first is killed it can', async (t) => {
    const options = await engine.fresh();
    const writer = startWriter(options, 1);
    t.after(() => writer.kill());
    await writer.until(() => writer.acked.length >= 1, 'the first acknowledged insert');
    await assert.rejects(openStore(options), (error: unknown) => error instanceof StoreError && /in use by another Poolster server \(process \d+\)/.test(error.message));
    await writer.kill();
    const store = await openStore(options);
    await assertAllStored(store, writer.acked);
    // The same folder twice in one process is refused too.
    await assert.rejects(openStore(options), (error: unknown) => error instanceof StoreError && /already open in this process/.test(error.message));
    await store.close();
    // Closed: the lock is released and the folder opens again, but only once, even when two open it at the same moment.
    const both = await Promise.allSettled([openStore(options), openStore(options)]);
    const opened = both.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const refused = both.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    assert.equal(opened.length, 1);
    assert.ok(refused[0] instanceof StoreError, String(refused[0]));
    await opened[0]!.close();
  });

  test('a folder with other files but no database, or a file, is refused (StoreError)', async () => {
    const parent = await tempFolder('pglite-foreign');
    try {
      await mkdir(join(parent, 'home'));
      await writeFile(join(parent, 'home', 'notes.txt'), 'not a database');
      await assert.rejects(openStore({ dataDir: join(parent, 'home') }), (error: unknown) => error instanceof StoreError && /no database/.test(error.message));
      await writeFile(join(parent, 'poolster.sqlite'), 'an old single-file store');
      await assert.rejects(openStore({ dataDir: join(parent, 'poolster.sqlite') }), StoreError);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  test('memory:// keeps a database in memory only, as long as the store is open', async () => {
    const store = await openStore({ dataDir: 'memory://' });
    const record = makeRecord();
    assert.equal(await store.insert(record), 'created');
    assert.deepEqual(JSON.parse((await store.get(record.id, ALL))!), record.response);
    await store.close();
    const again = await openStore({ dataDir: 'memory://' });
    assert.equal(await again.count(ALL), 0);
    await again.close();
  });

  test('a full disk makes writes unavailable, reads go on, nothing acknowledged is lost, writes resume with room', async (t) => {
    const parent = await tempFolder('pglite-full');
    const mountPoint = join(parent, 'disk');
    await mkdir(mountPoint);
    const disk = await mountTmpfs(mountPoint, 256);
    t.after(async () => {
      await disk.unmount();
      await rm(parent, { recursive: true, force: true });
    });
    const dataDir = join(mountPoint, 'data');
    await cp((await engine.fresh()).dataDir!, dataDir, { recursive: true });
    const store = await openStore({ dataDir });
    const acked: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      const record = makeRecord({ note: `voor ${i}` });
      assert.equal(await store.insert(record), 'created');
      acked.push(record.id);
    }

    // Fill the disk to the last byte.
    const filler = join(mountPoint, 'filler');
    const handle = await open(filler, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 1);
    let full = false;
    while (!full) {
      try {
        await handle.write(chunk);
      } catch (error) {
        full = (error as NodeJS.ErrnoException).code === 'ENOSPC';
        if (!full) throw error;
      }
    }
    await handle.close();

    await assert.rejects(store.insert(makeRecord()), (error: unknown) => error instanceof StoreUnavailableError && /full/.test(error.message));
    assert.equal(await store.count(ALL), 50);
    assert.ok(await store.get(acked[0]!, ALL));

    await rm(filler);
    const after = makeRecord({ note: 'na' });
    assert.equal(await store.insert(after), 'created');
    acked.push(after.id);
    await store.close();

    const reopened = await openStore({ dataDir });
    await assertAllStored(reopened, acked);
    assert.equal(await reopened.count(ALL), acked.length);
    await reopened.close();
  });
});
