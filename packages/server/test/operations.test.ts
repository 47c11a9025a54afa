/**
 * Running the server: health checks, a database that goes away, a graceful stop that finishes what was
 * acknowledged, settings that cannot work, and the command line with its signals.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { waitFor } from '../../../scripts/test/wait-for.js';
import { ConfigError, resolveConfig } from '../src/config.js';
import { configFromEnv } from '../src/env.js';
import { freshDatabase, sharedPostgres, stopPostgres } from './engines.js';
import { getJson, goResponse, REPO, startTestServer, submit, tempDir } from './helpers.js';
import { ADMIN, as, fetchAs, member, signInFromConsole } from './sessions.js';

after(stopPostgres);

/** Whether a new TCP connection to the URL's port is refused (the server no longer listens). */
const refused = (url: string) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

describe('health checks', () => {
  it('/healthz says the process answers; /readyz that the database does too, naming the engine', async () => {
    const server = await startTestServer();
    try {
      assert.deepEqual((await getJson(`${server.url}/healthz`)).json, { status: 'ok' });
      const ready = await getJson(`${server.url}/readyz`);
      assert.equal(ready.status, 200);
      assert.deepEqual(ready.json, { status: 'ready', engine: 'pglite' });
      assert.equal(ready.headers.get('cache-control'), 'no-store');
    } finally {
      await server.dispose();
    }
  });
});

describe('a database that goes away (PostgreSQL stopped under the server)', () => {
  it('answers 503 with Retry-After in the language asked, /readyz says so, /healthz stays up; then recovers', { timeout: 120_000 }, async () => {
    const postgres = await sharedPostgres();
    const server = await startTestServer({ databaseUrl: await freshDatabase() });
    try {
      assert.equal((await submit(server.url, await goResponse({ centre: 'CLB Voor' }))).status, 201);
      // The sessions the requests below use are opened while the database is there.
      await Promise.all([as(server, member('CLB Tijdens')), as(server, ADMIN), as(server, member('CLB Na'))]);
      await postgres.halt();
      const post = await submit(server.url, await goResponse({ centre: 'CLB Tijdens' }), { 'Accept-Language': 'en' });
      assert.equal(post.status, 503);
      assert.equal(post.headers.get('retry-after'), '5');
      assert.deepEqual(post.json, { error: 'The database cannot be reached right now. Try again in a moment; nothing is lost.', code: 'store-unavailable' });
      const list = await getJson(`${server.url}/api/responses`, { 'Accept-Language': 'fr' });
      assert.equal(list.status, 503);
      assert.match(list.json.error, /momentanément injoignable/);
      const page = await fetchAs(server, '/dashboard');
      assert.equal(page.status, 503);
      assert.match(await page.text(), /De databank is even niet bereikbaar/);
      const ready = await getJson(`${server.url}/readyz`);
      assert.equal(ready.status, 503);
      assert.deepEqual(ready.json, { status: 'unavailable', engine: 'postgres' });
      assert.equal((await getJson(`${server.url}/healthz`)).status, 200);

      // Back: the same server stores again, without a restart.
      await postgres.resume();
      await waitFor(async () => (await fetch(`${server.url}/readyz`)).status === 200);
      const after = await goResponse({ centre: 'CLB Na' });
      assert.equal((await submit(server.url, after)).status, 201);
      assert.equal((await getJson(`${server.url}/api/responses/${after.id}`)).status, 200);
    } finally {
      await server.dispose();
    }
  });
});

describe('a graceful stop', () => {
  it('finishes a POST in progress (stored, 201) while refusing new connections, then closes the database', { timeout: 120_000 }, async () => {
    const dataDir = await tempDir();
    try {
      const server = await startTestServer({ dataDir });
      const response = await goResponse({ centre: 'CLB Laatste' });
      const body = Buffer.from(JSON.stringify(response));
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
      let answer = '';
      socket.setEncoding('utf8');
      socket.on('data', (c) => (answer += c));
      await once(socket, 'connect');
      const { Cookie } = await as(server, member('CLB Laatste'));
      socket.write(
        `POST /api/responses?last HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${Cookie}\r\nContent-Type: application/json\r\nContent-Length: ${body.byteLength}\r\n\r\n`,
      );
      socket.write(body.subarray(0, 100));
      await waitFor(() => server.logs.lines.some((l) => (l.req as { url?: string } | undefined)?.url === '/api/responses?last'));

      let closed = false;
      const closing = server.close().then(() => (closed = true));
      await waitFor(() => refused(server.url));
      assert.equal(closed, false, 'the stop waits for the request in progress');
      socket.write(body.subarray(100));
      // The answer says `Connection: close` (the server is draining), so the server ends the connection.
      await once(socket, 'close');
      await closing;
      assert.match(answer, /^HTTP\/1\.1 201 /, answer.slice(0, 200));
      assert.match(answer, /connection: close/i);

      const again = await startTestServer({ dataDir });
      try {
        assert.deepEqual((await getJson(`${again.url}/api/responses/${response.id}`)).json, response, 'stored before the answer went out');
      } finally {
        await again.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('settings', () => {
  it('refuse a network address without allowed host names, with a message that says what to set', () => {
    assert.throws(() => resolveConfig({ host: '0.0.0.0' }), (error: Error) => error instanceof ConfigError && /POOLSTER_ALLOWED_HOSTS/.test(error.message));
    assert.throws(() => resolveConfig({ host: '192.168.1.10', allowedHosts: [' ', ''] }), ConfigError);
    const config = resolveConfig({ host: '0.0.0.0', allowedHosts: ['Scan.Poolster.example'] });
    assert.deepEqual(config.allowedHosts, ['scan.poolster.example']);
    assert.deepEqual(resolveConfig({}).allowedHosts, ['localhost', '127.0.0.1', '[::1]']);
  });

  it('come from the environment, checked with a message naming the variable', () => {
    const options = configFromEnv(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        POOLSTER_ALLOWED_HOSTS: 'scan.poolster.example, scores.poolster.example',
        POOLSTER_DATABASE_URL: 'postgres://poolster@db/poolster',
        POOLSTER_DATA_DIR: 'data/here',
        POOLSTER_TRUST_PROXY: '1',
        POOLSTER_RATE_LIMIT_MAX: '0',
        POOLSTER_RATE_LIMIT_WINDOW: '30',
        POOLSTER_MAX_CONNECTIONS: '100',
        POOLSTER_BODY_MEMORY_MB: '32',
        POOLSTER_REQUEST_TIMEOUT: '15',
        POOLSTER_IDLE_TIMEOUT: '5',
        LOG_LEVEL: 'WARN',
      },
      '/srv/poolster',
    );
    assert.deepEqual(options, {
      port: 9000,
      host: '0.0.0.0',
      allowedHosts: ['scan.poolster.example', ' scores.poolster.example'],
      databaseUrl: 'postgres://poolster@db/poolster',
      dataDir: '/srv/poolster/data/here',
      trustProxy: 1,
      rateLimitMax: 0,
      rateLimitWindowMs: 30_000,
      maxConnections: 100,
      bodyMemoryBudget: 32 * 1024 * 1024,
      requestTimeoutMs: 15_000,
      idleTimeoutMs: 5_000,
      logLevel: 'warn',
    });
    assert.deepEqual(resolveConfig(options).allowedHosts, ['scan.poolster.example', 'scores.poolster.example']);
    assert.throws(() => configFromEnv({ PORT: 'eighty' }), /PORT must be a whole number/);
    assert.throws(() => configFromEnv({ POOLSTER_DB: 'old.sqlite' }), /POOLSTER_DB .* is no longer read/);
    assert.throws(() => configFromEnv({ POOLSTER_TRUST_PROXY: 'everyone' }), /POOLSTER_TRUST_PROXY/);
    assert.throws(() => resolveConfig(configFromEnv({ LOG_LEVEL: 'loud' })), /LOG_LEVEL/);
    assert.throws(() => resolveConfig(configFromEnv({ POOLSTER_DATABASE_URL: 'mysql://x' })), /POOLSTER_DATABASE_URL/);
  });
});

describe('the command line', () => {
  const main = join(REPO, 'packages/server/src/main.ts');
  const run = (env: Record<string, string>) => {
    const child = spawn(process.execPath, ['--import', 'tsx', main], { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    // 'close', not 'exit': only then has all the output been read.
    const exited = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
    return { child, exited, stdout: () => stdout, stderr: () => stderr };
  };

  it('refuses to start on a network address without POOLSTER_ALLOWED_HOSTS, and says why', { timeout: 60_000 }, async () => {
    const dir = await tempDir();
    try {
      const proc = run({ HOST: '0.0.0.0', PORT: '0', POOLSTER_DATA_DIR: join(dir, 'pglite') });
      const [code] = await proc.exited;
      assert.equal(code, 1);
      assert.match(proc.stderr(), /cannot start[\s\S]*POOLSTER_ALLOWED_HOSTS/);
      assert.ok(!existsSync(join(dir, 'pglite')), 'no database was made');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('starts with the environment’s settings, logs JSON lines, and on SIGTERM finishes and exits 0', { timeout: 120_000 }, async () => {
    const dir = await tempDir();
    try {
      const proc = run({ PORT: '0', HOST: '127.0.0.1', POOLSTER_DATA_DIR: join(dir, 'pglite'), POOLSTER_OUTBOX_DIR: join(dir, 'outbox'), LOG_LEVEL: 'info' });
      await waitFor(() => /open (http:\/\/\S+)\//.test(proc.stderr()) || proc.child.exitCode !== null);
      const url = /open (http:\/\/\S+)\//.exec(proc.stderr())?.[1];
      assert.ok(url, proc.stderr());
      const { cookie, place } = await signInFromConsole(proc.stderr(), /centre member/);
      assert.equal((await submit(url, await goResponse({ centre: place }), { Cookie: cookie })).status, 201);
      proc.child.kill('SIGTERM');
      const [code] = await proc.exited;
      assert.equal(code, 0, proc.stderr());
      const lines = proc
        .stdout()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { msg: string; level: number });
      assert.ok(lines.some((l) => l.msg === 'response stored'));
      assert.ok(lines.some((l) => l.msg === 'signal received'));
      assert.equal(lines.at(-1)!.msg, 'stopped');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
