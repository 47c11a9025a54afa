/**
 * What a hostile or careless client can do, against the real server on loopback: too many requests,
 * a foreign Host, stalled and oversized bodies, too many connections. Each limit is set low here so
 * that it is reached; the answers are checked in their languages.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { waitFor } from '../../../scripts/test/wait-for.js';
import { openStore } from '../src/store/open-store.js';
import type { ResponseStore } from '../src/store/store.js';
import { goResponse, rawRequest, startTestServer, submit, type TestServer } from './helpers.js';
import { as, fetchAs, member } from './sessions.js';

/** A GET with any Host header (fetch will not send a foreign one). */
function getWithHost(url: string, path: string, host: string): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    request(`${url}${path}`, { headers: { Host: host, 'Accept-Language': 'en' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, type: String(res.headers['content-type']) }));
    })
      .on('error', reject)
      .end();
  });
}

/** A TCP connection to the server, with everything it receives, resolved once connected. */
async function openSocket(url: string, localAddress?: string): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  const { port } = new URL(url);
  const socket = connect({ port: Number(port), host: '127.0.0.1', ...(localAddress ? { localAddress } : {}) });
  let data = '';
  socket.setEncoding('utf8');
  socket.on('data', (c) => (data += c));
  socket.on('error', () => undefined);
  const closed = once(socket, 'close').then(() => undefined);
  await once(socket, 'connect');
  return { socket, received: () => data, closed };
}

// The limits do not depend on what is stored: every server here shares one embedded database, in memory.
let store: ResponseStore;
before(async () => {
  store = await openStore({ dataDir: 'memory://' });
});
after(() => store?.close());

describe('rate limits', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ store, rateLimitMax: 3, rateLimitWindowMs: 60_000 })));
  after(() => server?.dispose());

  it('answer 429 with Retry-After and a message in the language asked once a client passes the limit; health checks are exempt', async () => {
    for (let i = 0; i < 3; i += 1) assert.equal((await fetchAs(server, '/api/responses')).status, 200);
    const refused = await fetchAs(server, '/api/responses', { headers: { 'Accept-Language': 'fr' } });
    assert.equal(refused.status, 429);
    assert.match(refused.headers.get('retry-after')!, /^\d+$/);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.deepEqual(await refused.json(), { error: 'Trop de requêtes depuis cette adresse. Patientez un instant, puis réessayez.', code: 'too-many-requests' });
    const post = await submit(server.url, await goResponse(), { 'Accept-Language': 'en' });
    assert.equal(post.status, 429);
    assert.equal(post.json.error, 'Too many requests from this address. Wait a moment, then try again.');
    const page = await fetchAs(server, '/dashboard');
    assert.equal(page.status, 429);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    assert.match(await page.text(), /Te veel aanvragen vanaf dit adres/);
    assert.equal((await fetch(`${server.url}/no/such/file`)).status, 429, 'unknown paths count too');
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    assert.equal((await fetch(`${server.url}/readyz`)).status, 200);
  });
});

describe('the Host guard (DNS rebinding)', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ store, allowedHosts: ['Scan.Poolster.example'] })));
  after(() => server?.dispose());

  it('answers 421 to a foreign Host on loopback, as JSON under /api and as a page elsewhere', async () => {
    const api = await getWithHost(server.url, '/api/responses', 'attacker.example:80');
    assert.equal(api.status, 421);
    assert.deepEqual(JSON.parse(api.body), { error: 'This server only answers on its own address.', code: 'misdirected' });
    const page = await getWithHost(server.url, '/', 'attacker.example');
    assert.equal(page.status, 421);
    assert.match(page.type, /^text\/html/);
    // HTTP/1.0 may leave the Host out (HTTP/1.1 without one is refused by Node itself, with 400).
    const bare = await openSocket(server.url);
    bare.socket.end('GET /api/responses HTTP/1.0\r\n\r\n');
    await bare.closed;
    assert.match(bare.received(), /^HTTP\/1\.1 421 /, 'no Host at all');
  });

  it('answers the loopback names and the configured ones (any case, any port)', async () => {
    const { port } = new URL(server.url);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'scan.poolster.example', 'SCAN.Poolster.EXAMPLE:443']) {
      assert.equal((await getWithHost(server.url, '/sign-in', host)).status, 200, host);
    }
    assert.equal((await getWithHost(server.url, '/sign-in', 'poolster.example')).status, 421);
  });

  it('matches the Host header exactly: user info, a path, a bad port or anything after the name is refused', async () => {
    const { port } = new URL(server.url);
    for (const host of ['evil@localhost', `evil@localhost:${port}`, 'localhost/x', `localhost:${port}/x`, 'localhost:abc', 'localhost:123456', 'localhost?x', 'localhost#x', '[::1', 'local_host', 'scan.poolster.example\\x']) {
      assert.equal((await getWithHost(server.url, '/api/responses', host)).status, 421, host);
    }
  });

  it('lets health checks through whatever the Host (they reveal nothing)', async () => {
    assert.equal((await getWithHost(server.url, '/healthz', '10.0.0.7:8080')).status, 200);
    assert.equal((await getWithHost(server.url, '/readyz', '10.0.0.7:8080')).status, 200);
  });
});

describe('the Host guard behind a trusted proxy', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ store, allowedHosts: ['scan.poolster.example'], trustProxy: '127.0.0.1' })));
  after(() => server?.dispose());

  it('judges the X-Forwarded-Host the proxy passes on', async () => {
    const ask = (forwarded: string) =>
      new Promise<number>((resolve, reject) => {
        request(`${server.url}/sign-in`, { headers: { 'X-Forwarded-Host': forwarded } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        })
          .on('error', reject)
          .end();
      });
    assert.equal(await ask('scan.poolster.example'), 200);
    assert.equal(await ask('attacker.example'), 421);
  });
});

describe('a trusted proxy given as a number of hops', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ store, trustProxy: 1, rateLimitMax: 1, rateLimitWindowMs: 60_000 })));
  after(() => server?.dispose());

  it('takes the client address from X-Forwarded-For (each client its own rate limit)', async () => {
    const ask = (client: string) => fetch(`${server.url}/sign-in`, { headers: { 'X-Forwarded-For': client } }).then((res) => res.status);
    assert.equal(await ask('192.0.2.1'), 200);
    assert.equal(await ask('192.0.2.1'), 429, 'the same client, past its limit');
    assert.equal(await ask('192.0.2.2'), 200, 'another client behind the same proxy');
  });
});

describe('stalled and oversized bodies', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ store, requestTimeoutMs: 400, idleTimeoutMs: 60_000, bodyMemoryBudget: 1_500_000 })));
  after(() => server?.dispose());

  it('cuts a body that does not arrive in full within the request timeout, even one that keeps trickling, in the language asked', { timeout: 30_000 }, async () => {
    const { Cookie } = await as(server, member('CLB Test'));
    const { socket, received, closed } = await openSocket(server.url);
    socket.write(
      `POST /api/responses HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${Cookie}\r\nAccept-Language: fr-BE\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"id":`,
    );
    // A byte now and then keeps the connection from being idle: only the request timeout can end it.
    const trickle = setInterval(() => socket.writable && socket.write(' '), 50);
    await closed;
    clearInterval(trickle);
    assert.match(received(), /^HTTP\/1\.1 408 /, received().slice(0, 80));
    const [head = '', body = ''] = received().split('\r\n\r\n');
    assert.match(head, /^content-type: application\/json; charset=utf-8$/im);
    assert.match(head, /^content-language: fr$/im);
    assert.deepEqual(JSON.parse(body), { error: "La requête n'est pas arrivée entière à temps. Réessayez.", code: 'request-timeout' });
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200, 'the server is still there');
  });

  it('refuses a body over 1 MB unread, in the language asked', async () => {
    const big = await rawRequest(server.url, { body: Buffer.alloc(1024 * 1024 + 1, 0x20), headers: { 'Accept-Language': 'fr' } });
    assert.equal(big.status, 413);
    assert.deepEqual(JSON.parse(big.body), { error: 'La requête dépasse 1 Mo.', code: 'too-large' });
  });
});

/**
 * Opens a connection and sends, signed in, the head of a 1 MB body and its first byte: the body holds its
 * share until the connection ends.
 */
async function holdBody(url: string, server: TestServer, name: string, localAddress?: string): Promise<Awaited<ReturnType<typeof openSocket>>> {
  // Signed in as a centre member: an anonymous body is refused (401) before it can reserve anything.
  const { Cookie } = await as(server, member('CLB Test'));
  const held = await openSocket(url, localAddress);
  held.socket.write(
    `POST /api/responses?${name} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${Cookie}\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{`,
  );
  // The server logs a request once its headers are read, which is when its share is reserved.
  await waitFor(() => server.logs.lines.some((l) => (l.req as { url?: string } | undefined)?.url === `/api/responses?${name}`));
  return held;
}

const BUSY_NL = { error: 'De server is even te druk. Probeer het zo meteen opnieuw; je antwoorden blijven op dit toestel bewaard.', code: 'busy' };

describe('the memory budget of unfinished bodies', () => {
  // Nothing here may depend on how fast the machine is: no request times out while a test runs.
  const patient = { store, requestTimeoutMs: 600_000, idleTimeoutMs: 600_000 };

  describe('for all clients together', () => {
    let server: TestServer;
    // One client may hold the whole budget here, so only the overall budget can refuse.
    before(async () => (server = await startTestServer({ ...patient, bodyMemoryBudget: 1_500_000, bodyMemoryPerClient: 1_500_000 })));
    after(() => server?.dispose());

    it('refuses with 503 a body the memory budget cannot hold, and takes bodies again once it can', { timeout: 60_000 }, async () => {
      // One unfinished body of 1 MB holds most of the 1.5 MB budget.
      const holder = await holdBody(server.url, server, 'holder');
      const refused = await rawRequest(server.url, { body: Buffer.alloc(900_000, 0x20), headers: { 'Accept-Language': 'nl' } });
      assert.equal(refused.status, 503);
      assert.equal(refused.headers['retry-after'], '5');
      assert.deepEqual(JSON.parse(refused.body), BUSY_NL);
      // A small body still fits.
      const small = await submit(server.url, await goResponse({ centre: 'CLB Klein' }));
      assert.equal(small.status, 201);
      // Once the holder's connection is gone, its share is free again: a 900 KB body is read and judged
      // (not JSON: 400) instead of refused unread. Freeing happens when the server sees the connection
      // close, so the body is sent until that has happened; until then it can only be refused.
      holder.socket.destroy();
      await holder.closed;
      const seen: number[] = [];
      await waitFor(async () => {
        const again = await rawRequest(server.url, { body: Buffer.alloc(900_000, 0x20) });
        seen.push(again.status);
        return again.status === 400;
      });
      assert.deepEqual([...new Set(seen)].filter((status) => status !== 503 && status !== 400), [], `only refused, then read: ${seen.join(', ')}`);
    });
  });

  describe('and signing in', () => {
    let server: TestServer;
    before(async () => (server = await startTestServer({ ...patient, bodyMemoryBudget: 1_500_000, bodyMemoryPerClient: 1_500_000 })));
    after(() => server?.dispose());

    it('refuses an anonymous body with 401 before reading it, even when the budget is full (it reserves nothing)', { timeout: 60_000 }, async () => {
      const holder = await holdBody(server.url, server, 'member');
      // The budget cannot hold another 900 KB, yet the anonymous sender hears that it must sign in, not
      // that the server is busy; and it gets its answer with only the head sent, its body never read.
      const anonymous = await openSocket(server.url);
      anonymous.socket.write(
        'POST /api/responses HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: en\r\nContent-Type: application/json\r\nContent-Length: 900000\r\n\r\n{',
      );
      await waitFor(() => anonymous.received().includes('"code"'));
      assert.match(anonymous.received(), /^HTTP\/1\.1 401 /);
      assert.equal(JSON.parse(anonymous.received().split('\r\n\r\n')[1]!).code, 'sign-in-required');
      // A signed-in sender past the budget is still refused unread.
      assert.equal((await rawRequest(server.url, { body: Buffer.alloc(900_000, 0x20) })).status, 503);
      anonymous.socket.destroy();
      holder.socket.destroy();
      await Promise.all([anonymous.closed, holder.closed]);
    });
  });

  describe('for one client', () => {
    let server: TestServer;
    // Room for three 1 MB bodies in all, but one client may hold only one and a half.
    before(async () => (server = await startTestServer({ ...patient, bodyMemoryBudget: 4_000_000, bodyMemoryPerClient: 1_500_000 })));
    after(() => server?.dispose());

    it('refuses with 503 a client past its share while another client is still served', { timeout: 60_000 }, async () => {
      const holder = await holdBody(server.url, server, 'greedy', '127.0.0.1');
      const own = await rawRequest(server.url, { body: Buffer.alloc(900_000, 0x20), headers: { 'Accept-Language': 'nl' }, localAddress: '127.0.0.1' });
      assert.equal(own.status, 503, 'the same client, past its share');
      assert.equal(own.headers['retry-after'], '5');
      assert.deepEqual(JSON.parse(own.body), BUSY_NL);
      assert.ok(server.logs.has('body memory share of one client reached'));
      // Another address on loopback is another client: its body is read and judged (not JSON: 400).
      const other = await rawRequest(server.url, { body: Buffer.alloc(900_000, 0x20), localAddress: '127.0.0.2' });
      assert.equal(other.status, 400, 'another client is read, not refused');
      const stored = await submit(server.url, await goResponse({ centre: 'CLB Ander adres' }));
      assert.equal(stored.status, 201);
      holder.socket.destroy();
      await holder.closed;
    });
  });
});

describe('open connections', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ store, maxConnections: 2 })));
  after(() => server?.dispose());

  it('are capped: a connection past the cap is closed at once, and taken again when one ends', { timeout: 30_000 }, async () => {
    const held = [await openSocket(server.url), await openSocket(server.url)];
    await waitFor(async () => (await new Promise<number>((resolve) => server.app.server.getConnections((_e, n) => resolve(n)))) === 2);
    const extra = await openSocket(server.url);
    extra.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await extra.closed;
    assert.equal(extra.received(), '', 'closed without an answer');
    held[0]!.socket.destroy();
    await held[0]!.closed;
    await waitFor(async () => (await new Promise<number>((resolve) => server.app.server.getConnections((_e, n) => resolve(n)))) < 2);
    assert.equal((await fetch(`${server.url}/healthz`, { headers: { Connection: 'close' } })).status, 200);
    held[1]!.socket.destroy();
  });
});
