/**
 * The embedded database (PGlite in a data folder) across restarts and a killed process, the instrument
 * check at start, and a burst of concurrent submissions stored exactly once each.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { waitFor } from '../../../scripts/test/wait-for.js';
import { InstrumentError } from '../src/instrument.js';
import { allSummaries, getJson, goResponse, GO_PATH, REPO, startTestServer, submit, tempDir } from './helpers.js';
import { signInFromConsole } from './sessions.js';

describe('the embedded database', () => {
  it('is created on first start and still holds the answers after a restart', { timeout: 120_000 }, async () => {
    const dataDir = join(await tempDir(), 'pglite');
    try {
      const first = await startTestServer({ dataDir });
      assert.ok(existsSync(dataDir), 'created at start');
      const response = await goResponse({ centre: 'CLB Leuven' });
      assert.equal((await submit(first.url, response)).status, 201);
      await first.close();

      const second = await startTestServer({ dataDir });
      try {
        assert.deepEqual((await getJson(`${second.url}/api/responses/${response.id}`)).json, response);
        assert.equal((await submit(second.url, response)).status, 200, 'a re-send after the restart is still a duplicate');
      } finally {
        await second.close();
      }
    } finally {
      await rm(join(dataDir, '..'), { recursive: true, force: true });
    }
  });

  it('keeps every acknowledged submission when the process is killed (SIGKILL) right after', { timeout: 180_000 }, async () => {
    const dir = await tempDir();
    const dataDir = join(dir, 'pglite');
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'packages/server/src/main.ts')], {
        cwd: REPO,
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1', POOLSTER_DATA_DIR: dataDir, POOLSTER_OUTBOX_DIR: join(dir, 'outbox'), LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      await waitFor(() => /open (http:\/\/\S+)\//.test(stderr) || child.exitCode !== null);
      const url = /open (http:\/\/\S+)\//.exec(stderr)?.[1];
      assert.ok(url, stderr);
      // Signed in with a link the demo printed, as a member of its centre.
      const { cookie, place } = await signInFromConsole(stderr, /centre member, CLB Gent/);
      const sent = await Promise.all(['A', 'B', 'C'].map(() => goResponse({ centre: place })));
      for (const response of sent) assert.equal((await submit(url, response, { Cookie: cookie })).status, 201);
      child.kill('SIGKILL');
      assert.equal((await exited)[1], 'SIGKILL');

      const again = await startTestServer({ dataDir });
      try {
        const ids = (await allSummaries(again.url)).map((s) => s.id).sort();
        assert.deepEqual(ids, sent.map((r) => r.id).sort(), 'every 201 survived the kill');
        for (const response of sent) assert.deepEqual((await getJson(`${again.url}/api/responses/${response.id}`)).json, response);
      } finally {
        await again.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the instrument', () => {
  it('is validated at start: an invalid one is refused with every error named, and no database is made', async () => {
    const dir = await tempDir();
    const dataDir = join(dir, 'pglite');
    try {
      const broken = JSON.parse(await readFile(GO_PATH, 'utf8'));
      broken.stages = broken.stages.slice(0, 1);
      delete broken.version;
      const path = join(dir, 'broken.json');
      await writeFile(path, JSON.stringify(broken));
      await assert.rejects(startTestServer({ dataDir, instrumentPath: path }), (error: Error) => {
        assert.ok(error instanceof InstrumentError);
        assert.match(error.message, /is not valid \(\d+ error\(s\)\)/);
        assert.match(error.message, /version/);
        assert.match(error.message, /stages/);
        return true;
      });
      await writeFile(path, '{ "id": ');
      await assert.rejects(startTestServer({ dataDir, instrumentPath: path }), /not valid JSON/);
      await assert.rejects(startTestServer({ dataDir, instrumentPath: join(dir, 'missing.json') }), /Cannot read the instrument/);
      assert.ok(!existsSync(dataDir), 'no database is made for an instrument that is refused');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a burst of submissions', () => {
  it('stores each of 50 responses exactly once out of 200 concurrent POSTs (4 sends each)', { timeout: 180_000 }, async () => {
    const server = await startTestServer();
    try {
      const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => goResponse({ centre: `CLB ${String(i + 1).padStart(2, '0')}` })));
      // Every response four times, interleaved, all in flight at once.
      const sends = [0, 1, 2, 3].flatMap(() => responses);
      const started = performance.now();
      const results = await Promise.all(sends.map((r) => submit(server.url, r)));
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
      const list = await allSummaries(server.url);
      assert.equal(list.length, 50);
      assert.equal(new Set(list.map((r) => r.id)).size, 50);
      assert.equal((await getJson(`${server.url}/readyz`)).json.engine, 'pglite');
      console.log(`burst: 200 POSTs (50 responses x 4) in ${Math.round(elapsed)} ms on PGlite; 50 x 201, 150 x 200; ${list.length} rows`);
    } finally {
      await server.dispose();
    }
  });
});
