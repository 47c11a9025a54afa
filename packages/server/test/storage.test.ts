import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { InstrumentError } from '../src/instrument.js';
import { LockError } from '../src/lock.js';
import { sqlJs } from '../src/sqlite.js';
import { StoreError } from '../src/store.js';
import { getJson, goResponse, GO_PATH, REPO, startTestHost, submit } from './helpers.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'poolster-host-'));

/** The rows of a database file, read with sql.js directly (not through the host). */
async function rowsInFile(path: string): Promise<Array<{ id: string; centre: string }>> {
  const SQL = await sqlJs();
  const db = new SQL.Database(await readFile(path));
  try {
    const result = db.exec('SELECT id, centre FROM responses ORDER BY id');
    return (result[0]?.values ?? []).map(([id, centre]) => ({ id: String(id), centre: String(centre) }));
  } finally {
    db.close();
  }
}

describe('the database file', () => {
  it('is created on first start and still holds the answers after a restart', async () => {
    const dir = await tempDir();
    try {
      const first = await startTestHost({ dir });
      assert.ok((await stat(first.dbPath)).size > 0, 'created at start');
      const response = await goResponse({ centre: 'CLB Leuven' });
      assert.equal((await submit(first.url, response)).status, 201);
      await first.close();
      assert.deepEqual(await rowsInFile(first.dbPath), [{ id: response.id, centre: 'CLB Leuven' }]);

      const second = await startTestHost({ dir });
      assert.deepEqual((await getJson(`${second.url}/api/responses/${response.id}`)).json, response);
      assert.equal((await submit(second.url, response)).status, 200, 'a re-send after the restart is still a duplicate');
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('survives a stale temporary file of an interrupted write: the database is read, the leftover removed', async () => {
    const dir = await tempDir();
    try {
      const first = await startTestHost({ dir });
      const response = await goResponse({ centre: 'CLB Hasselt' });
      await submit(first.url, response);
      await first.close();
      const before = await readFile(first.dbPath);
      const stale = join(dir, 'poolster.sqlite.tmp-99999-deadbeef0000');
      await writeFile(stale, before.subarray(0, Math.floor(before.length / 3)));

      const second = await startTestHost({ dir });
      assert.deepEqual((await getJson(`${second.url}/api/responses`)).json.map((r: { id: string }) => r.id), [response.id]);
      assert.ok(second.logs.some((l) => l.includes('poolster.sqlite.tmp-99999-deadbeef0000')));
      assert.deepEqual((await readdir(dir)).sort(), ['poolster.sqlite', 'poolster.sqlite.lock']);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  for (const stage of ['temp-partly-written', 'temp-written'] as const) {
    it(`survives a process killed during a write (SIGKILL at ${stage}): the previous complete database is kept`, async () => {
      const dir = await tempDir();
      try {
        const first = await startTestHost({ dir });
        const kept = await goResponse({ centre: 'CLB Mechelen' });
        assert.equal((await submit(first.url, kept)).status, 201);
        await first.close();
        const before = await readFile(first.dbPath);

        // A separate host process that kills itself in the middle of writing the next submission.
        const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'examples/host/test/fixtures/killed-writer.ts'), first.dbPath, stage], {
          cwd: REPO,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
        let stderr = '';
        child.stderr.on('data', (c) => (stderr += c));
        const url = await new Promise<string>((resolve, reject) => {
          let out = '';
          child.stdout.on('data', (c) => {
            out += c;
            if (out.includes('\n')) resolve(out.trim());
          });
          child.on('exit', () => reject(new Error(`the child exited before listening: ${stderr}`)));
        });
        const lost = await goResponse({ centre: 'CLB Verloren' });
        await assert.rejects(submit(url, lost), 'the connection dies with the process');
        assert.equal(await exited, 'SIGKILL');

        const left = (await readdir(dir)).filter((n) => n.includes('.tmp-'));
        assert.equal(left.length, 1, 'the killed write left its temporary file');
        assert.deepEqual(await readFile(first.dbPath), before, 'the database file was not touched');

        const second = await startTestHost({ dir });
        const ids = (await getJson(`${second.url}/api/responses`)).json.map((r: { id: string }) => r.id);
        assert.deepEqual(ids, [kept.id], 'the stored answers are there; the unfinished write is not');
        assert.deepEqual((await readdir(dir)).filter((n) => n.includes('.tmp-')), [], 'the leftover is removed');
        // The client never heard back, so it sends again: now it is stored.
        assert.equal((await submit(second.url, lost)).status, 201);
        await second.close();
        assert.equal((await rowsInFile(first.dbPath)).length, 2);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  it('is never overwritten when it cannot be read: the host refuses to start', async () => {
    const dir = await tempDir();
    try {
      const path = join(dir, 'poolster.sqlite');
      await writeFile(path, 'this is not a database, but it is somebody’s file');
      await assert.rejects(startTestHost({ dir }), (error: Error) => error instanceof StoreError && error.message.includes('not a readable SQLite database'));
      assert.equal(await readFile(path, 'utf8'), 'this is not a database, but it is somebody’s file');
      assert.deepEqual(await readdir(dir), ['poolster.sqlite'], 'the lock was released');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is used by one host at a time', async () => {
    const dir = await tempDir();
    try {
      const first = await startTestHost({ dir });
      await assert.rejects(startTestHost({ dir }), LockError);
      await first.close();
      const second = await startTestHost({ dir });
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the instrument', () => {
  it('is validated at start: an invalid one is refused with every error named', async () => {
    const dir = await tempDir();
    try {
      const broken = JSON.parse(await readFile(GO_PATH, 'utf8'));
      broken.stages = broken.stages.slice(0, 1);
      delete broken.version;
      const path = join(dir, 'broken.json');
      await writeFile(path, JSON.stringify(broken));
      await assert.rejects(startTestHost({ dir, instrumentPath: path }), (error: Error) => {
        assert.ok(error instanceof InstrumentError);
        assert.match(error.message, /is not valid \(\d+ error\(s\)\)/);
        assert.match(error.message, /version/);
        assert.match(error.message, /stages/);
        return true;
      });
      await writeFile(path, '{ "id": ');
      await assert.rejects(startTestHost({ dir, instrumentPath: path }), /not valid JSON/);
      await assert.rejects(startTestHost({ dir, instrumentPath: join(dir, 'missing.json') }), /Cannot read the instrument/);
      assert.ok(!(await readdir(dir)).includes('poolster.sqlite'), 'no database is made for an instrument that is refused');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a burst of submissions', () => {
  it('stores each of 50 responses exactly once out of 200 concurrent POSTs (4 sends each)', async () => {
    let fileWrites = 0;
    const host = await startTestHost({ hooks: { onWrite: (stage) => void (stage === 'renamed' && (fileWrites += 1)) } });
    try {
      const writesAtStart = fileWrites;
      const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => goResponse({ centre: `CLB ${String(i + 1).padStart(2, '0')}` })));
      // Every response four times, interleaved, all in flight at once.
      const sends = [0, 1, 2, 3].flatMap(() => responses);
      const started = performance.now();
      const results = await Promise.all(sends.map((r) => submit(host.url, r)));
      const elapsed = performance.now() - started;

      const statuses = results.map((r) => r.status);
      assert.ok(statuses.every((s) => s === 201 || s === 200), `statuses: ${[...new Set(statuses)].join(', ')}`);
      assert.equal(statuses.filter((s) => s === 201).length, 50, 'one 201 per response');
      assert.equal(statuses.filter((s) => s === 200).length, 150);
      for (const response of responses) {
        const answers = results.filter((_, i) => sends[i]!.id === response.id);
        assert.equal(answers.filter((r) => r.status === 201).length, 1, response.id);
        assert.ok(answers.every((r) => r.json.id === response.id));
      }
      const list = (await getJson(`${host.url}/api/responses`)).json;
      assert.equal(list.length, 50);
      assert.equal(new Set(list.map((r: { id: string }) => r.id)).size, 50);
      assert.equal(fileWrites - writesAtStart, 50, 'one file write per stored response');
      await host.close();
      const rows = await rowsInFile(host.dbPath);
      assert.equal(rows.length, 50, 'exactly 50 rows in the file');
      console.log(`burst: 200 POSTs (50 responses x 4) in ${Math.round(elapsed)} ms; 50 x 201, 150 x 200; ${rows.length} rows; ${fileWrites - writesAtStart} atomic file writes`);
    } finally {
      await host.dispose();
    }
  });
});
