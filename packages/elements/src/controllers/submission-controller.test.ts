import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Response as ScanResponse } from '@poolster/schema';
import { installFakeTimers } from '../shared/fake-timers.test-helpers.js';
import { SubmissionController, type SubmissionOptions, type SubmissionState } from './submission-controller.js';

/** A host without an element: records the controller state at every update request. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  states: SubmissionState[] = [];
  controller: SubmissionController | undefined;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }
  requestUpdate(): void {
    if (this.controller) this.states.push(this.controller.state);
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

const URL_ = 'https://example.test/api/responses';
const ID = '3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f';

const response: ScanResponse = {
  schemaVersion: 1,
  id: ID,
  instrumentId: 'test-instrument',
  instrumentVersion: '1.0.0',
  status: 'submitted',
  createdAt: '2025-01-01T09:00:00.000Z',
  updatedAt: '2025-01-01T11:00:00.000Z',
  submittedAt: '2025-01-01T11:00:00.000Z',
  context: {},
  blocks: { listening: { now: { choice: 's2' } } },
  final: {},
};

type Call = { input: RequestInfo | URL; init: RequestInit | undefined };

/** A fake fetch that records calls and answers with what `answer` returns. */
function fakeFetch(answer: (call: Call, n: number) => Promise<Response> | Response) {
  const calls: Call[] = [];
  const fn = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const call = { input, init };
    calls.push(call);
    try {
      return Promise.resolve(answer(call, calls.length));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return { fetch: fn as typeof fetch, calls };
}

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('SubmissionController', () => {
  let host: Host;
  const make = (options: SubmissionOptions) => {
    const c = new SubmissionController(host, { online: () => true, ...options });
    host.controller = c;
    return c;
  };

  beforeEach(() => {
    host = new Host();
  });

  it('registers with its host and starts idle', () => {
    const c = make({ fetch: fakeFetch(() => json(201)).fetch });
    expect(host.controllers).to.deep.equal([c]);
    expect(c.state).to.equal('idle');
    expect(c.lastResult).to.equal(undefined);
  });

  it('POSTs the response as JSON with the id as idempotency key', async () => {
    const f = fakeFetch(() => json(201, { id: ID, stored: true }));
    const c = make({ fetch: f.fetch });
    const result = await c.submit(URL_, response);
    expect(f.calls).to.have.length(1);
    const { input, init } = f.calls[0]!;
    expect(input).to.equal(URL_);
    expect(init?.method).to.equal('POST');
    expect(init?.headers).to.deep.equal({
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Idempotency-Key': ID,
    });
    expect(init?.body).to.equal(JSON.stringify(response));
    expect(JSON.parse(init?.body as string)).to.deep.equal(response);
    expect(init?.credentials).to.equal('same-origin');
    expect(init?.mode).to.equal('cors');
    expect(init?.signal).to.be.instanceOf(AbortSignal);
    expect(result).to.deep.equal({ ok: true, status: 201, body: { id: ID, stored: true } });
  });

  it('asks the server to word its answer in the interface language, and returns a refusal\'s body', async () => {
    const refusal = { error: 'Niet aanvaard.', code: 'invalid-response', issues: [{ code: 'answer.required', path: 'context.centre-name', message: 'Beantwoord deze vraag.' }] };
    const f = fakeFetch(() => json(400, refusal));
    const c = make({ fetch: f.fetch });
    const result = await c.submit(URL_, response, { lang: 'nl' });
    expect((f.calls[0]!.init?.headers as Record<string, string>)['Accept-Language']).to.equal('nl');
    expect(result).to.deep.equal({ ok: false, reason: 'http', status: 400, body: refusal });
  });

  it('a 2xx without a body, or with a body that is not JSON, is still ok', async () => {
    const c1 = make({ fetch: fakeFetch(() => new Response(null, { status: 204 })).fetch });
    expect(await c1.submit(URL_, response)).to.deep.equal({ ok: true, status: 204 });
    const c2 = make({ fetch: fakeFetch(() => new Response('<html>thanks</html>', { status: 200 })).fetch });
    expect(await c2.submit(URL_, response)).to.deep.equal({ ok: true, status: 200 });
  });

  it('triple click: three submits at once → one request, the same promise', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const f = fakeFetch(async () => {
      await gate;
      return json(201);
    });
    const c = make({ fetch: f.fetch });
    const p1 = c.submit(URL_, response);
    const p2 = c.submit(URL_, response);
    const p3 = c.submit(URL_, response);
    expect(p2).to.equal(p1);
    expect(p3).to.equal(p1);
    expect(c.state).to.equal('sending');
    release();
    const [r1, r2, r3] = await Promise.all([p1, p2, p3]);
    expect(f.calls).to.have.length(1);
    expect(r1).to.deep.equal({ ok: true, status: 201 });
    expect(r2).to.equal(r1);
    expect(r3).to.equal(r1);
  });

  it('after a failure, a new submit sends again (retry)', async () => {
    const f = fakeFetch((_, n) => (n === 1 ? json(503) : json(201)));
    const c = make({ fetch: f.fetch });
    const first = await c.submit(URL_, response);
    expect(first).to.deep.equal({ ok: false, reason: 'http', status: 503 });
    expect(c.state).to.equal('failed');
    const second = c.submit(URL_, response);
    expect(second).not.to.equal(first);
    expect(await second).to.deep.equal({ ok: true, status: 201 });
    expect(f.calls).to.have.length(2);
    expect(c.state).to.equal('done');
  });

  it('500 → http failure with status and body', async () => {
    const c = make({ fetch: fakeFetch(() => json(500, { error: 'database down' })).fetch });
    const result = await c.submit(URL_, response);
    expect(result).to.deep.equal({ ok: false, reason: 'http', status: 500, body: { error: 'database down' } });
    expect(c.lastResult).to.equal(result);
    expect(c.state).to.equal('failed');
  });

  it('409 (another response with this id is stored) → http failure, whatever the body says', async () => {
    const same = make({ fetch: fakeFetch(() => json(409, { id: ID })).fetch });
    expect(await same.submit(URL_, response)).to.deep.equal({ ok: false, reason: 'http', status: 409, body: { id: ID } });
    const other = make({ fetch: fakeFetch(() => json(409, { id: 'another-id' })).fetch });
    expect(await other.submit(URL_, response)).to.deep.equal({ ok: false, reason: 'http', status: 409, body: { id: 'another-id' } });
    const empty = make({ fetch: fakeFetch(() => json(409)).fetch });
    expect(await empty.submit(URL_, response)).to.deep.equal({ ok: false, reason: 'http', status: 409 });
  });

  it('offline → failure without a request', async () => {
    const f = fakeFetch(() => json(201));
    const c = make({ fetch: f.fetch, online: () => false });
    expect(await c.submit(URL_, response)).to.deep.equal({ ok: false, reason: 'offline' });
    expect(f.calls).to.have.length(0);
    expect(c.state).to.equal('failed');
  });

  it('timeout: a fetch that never answers but honours the abort → aborted after timeoutMs, timeout', async () => {
    let signal: AbortSignal | undefined;
    const f = fakeFetch(
      ({ init }) =>
        new Promise<Response>((_, reject) => {
          signal = init?.signal ?? undefined;
          signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
        }),
    );
    const clock = installFakeTimers();
    try {
      const c = make({ fetch: f.fetch, timeoutMs: 50 });
      const submitted = c.submit(URL_, response);
      clock.tick(49);
      expect(signal?.aborted).to.equal(false);
      expect(c.state).to.equal('sending');
      clock.tick(1);
      expect(signal?.aborted).to.equal(true);
      expect(await submitted).to.deep.equal({ ok: false, reason: 'timeout' });
      expect(c.state).to.equal('failed');
    } finally {
      clock.uninstall();
    }
  });

  it('timeout: even a fetch that ignores the abort cannot hang the submission', async () => {
    const f = fakeFetch(() => new Promise<Response>(() => {}));
    const clock = installFakeTimers();
    try {
      const c = make({ fetch: f.fetch, timeoutMs: 50 });
      const first = c.submit(URL_, response);
      clock.tick(50);
      expect(await first).to.deep.equal({ ok: false, reason: 'timeout' });
      const second = c.submit(URL_, response);
      clock.tick(50);
      expect(await second).to.deep.equal({ ok: false, reason: 'timeout' });
      expect(f.calls).to.have.length(2);
    } finally {
      clock.uninstall();
    }
  });

  it('a thrown or rejected fetch → network', async () => {
    const throwing = make({
      fetch: (() => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    expect(await throwing.submit(URL_, response)).to.deep.equal({ ok: false, reason: 'network' });
    const rejecting = make({ fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).fetch });
    expect(await rejecting.submit(URL_, response)).to.deep.equal({ ok: false, reason: 'network' });
  });

  it('state goes idle → sending → failed → sending → done, with an update each time', async () => {
    const f = fakeFetch((_, n) => (n === 1 ? json(500) : json(200, { id: ID })));
    const c = make({ fetch: f.fetch });
    expect(c.state).to.equal('idle');
    const p = c.submit(URL_, response);
    expect(host.states).to.deep.equal(['sending']);
    await p;
    await c.submit(URL_, response);
    expect(host.states).to.deep.equal(['sending', 'failed', 'sending', 'done']);
    c.reset();
    expect(c.state).to.equal('idle');
    expect(c.lastResult).to.equal(undefined);
  });

  it('never throws: odd fetch answers and a throwing online() still resolve', async () => {
    const broken = make({
      fetch: fakeFetch(() => ({ status: 200, text: () => Promise.reject(new Error('stream broke')) }) as unknown as Response).fetch,
      online: () => {
        throw new Error('no navigator');
      },
    });
    expect(await broken.submit(URL_, response)).to.deep.equal({ ok: true, status: 200 });
    const nonsense = make({ fetch: fakeFetch(() => null as unknown as Response).fetch });
    expect(await nonsense.submit('::not a url::', response)).to.deep.equal({ ok: false, reason: 'network' });
  });

  it('uses the global fetch by default', async () => {
    const original = globalThis.fetch;
    const f = fakeFetch(() => json(201));
    globalThis.fetch = f.fetch;
    try {
      const c = new SubmissionController(host, { online: () => true });
      expect(await c.submit(URL_, response)).to.deep.equal({ ok: true, status: 201 });
      expect(f.calls).to.have.length(1);
    } finally {
      globalThis.fetch = original;
    }
  });
});
