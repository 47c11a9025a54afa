import { expect } from '@open-wc/testing';
import type { RoundState } from '@poolster/schema';
import { HttpRoundBackend } from './http-round-backend.js';
import { RoundBackendError } from './round-backend.js';

const STATE: RoundState = {
  id: '0b6f7a52-2d1e-4c1a-9a53-6c1f1d2e3f40',
  code: 'K7P3QX',
  joinUrl: 'https://scan.example.org/join/K7P3QX',
  instrumentId: 'go-clb-poolster',
  instrumentVersion: '1.0.0',
  askAmbition: false,
  status: 'open',
  createdAt: '2026-12-04T09:00:00Z',
  participants: 0,
  blocks: [{ blockId: 'prevention', phase: 'voting', generation: 0, voted: 0 }],
};

interface Call {
  url: string;
  init: RequestInit;
}

/** A `fetch` that records its calls and answers what the test says. */
function fakeFetch(answer: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), init: init ?? {} };
    calls.push(call);
    return answer(call);
  }) as typeof fetch;
  return { calls, fetchFn };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** An EventSource the test drives: it opens, sends `round` events, fails, as a server's stream would. */
class FakeEventSource extends EventTarget {
  static last: FakeEventSource | undefined;
  static opened: string[] = [];
  readyState = 0;
  constructor(readonly url: string) {
    super();
    FakeEventSource.last = this;
    FakeEventSource.opened.push(url);
  }
  open(): void {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }
  send(state: unknown): void {
    this.dispatchEvent(new MessageEvent('round', { data: JSON.stringify(state) }));
  }
  fail(giveUp: boolean): void {
    this.readyState = giveUp ? 2 : 0;
    this.dispatchEvent(new Event('error'));
  }
  close(): void {
    this.readyState = 2;
  }
}

describe('HttpRoundBackend', () => {
  it('speaks the rounds protocol: POST to open, GET the open rounds, POST reveal / revote / close, same-origin JSON', async () => {
    const { calls, fetchFn } = fakeFetch((call) => (call.init.method === 'GET' ? json(200, { rounds: [STATE] }) : json(call.url.endsWith('/api/rounds') ? 201 : 200, STATE)));
    const backend = new HttpRoundBackend('/api/rounds', { fetch: fetchFn });
    expect(await backend.open({ instrumentId: 'go-clb-poolster', blocks: ['prevention'], askAmbition: true })).to.deep.equal(STATE);
    expect(await backend.openRounds('go-clb-poolster')).to.deep.equal([STATE]);
    await backend.reveal(STATE.id, 'prevention');
    await backend.revote(STATE.id, 'prevention');
    await backend.close(STATE.id);
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).to.deep.equal([
      'POST /api/rounds',
      'GET /api/rounds?instrumentId=go-clb-poolster',
      `POST /api/rounds/${STATE.id}/blocks/prevention/reveal`,
      `POST /api/rounds/${STATE.id}/blocks/prevention/revote`,
      `POST /api/rounds/${STATE.id}/close`,
    ]);
    expect(JSON.parse(String(calls[0]!.init.body))).to.deep.equal({ instrumentId: 'go-clb-poolster', blocks: ['prevention'], askAmbition: true });
    expect(calls[0]!.init.credentials).to.equal('same-origin');
    expect(new Headers(calls[0]!.init.headers).get('Content-Type')).to.equal('application/json');
  });

  it("turns the server's errors into RoundBackendError with its code and localised message; no answer is 'network'", async () => {
    // The server's shape: the localised message in `error`, the stable code in `code`.
    let answer: () => Response | Promise<Response> = () => json(409, { error: 'Er loopt al een ronde.', code: 'round-open', current: STATE });
    const backend = new HttpRoundBackend('/api/rounds', { fetch: (async () => answer()) as typeof fetch });
    const failure = async (action: () => Promise<unknown>) => {
      try {
        await action();
      } catch (error) {
        return error as RoundBackendError;
      }
      throw new Error('expected a failure');
    };
    const open = await failure(() => backend.open({ instrumentId: 'go-clb-poolster', blocks: ['prevention'], askAmbition: false }));
    expect(open).to.be.instanceOf(RoundBackendError);
    expect([open.status, open.code, open.message]).to.deep.equal([409, 'round-open', 'Er loopt al een ronde.']);
    answer = () => json(409, { error: 'no-votes', message: 'Nog niemand plaatste deze bouwsteen.' });
    const portal = await failure(() => backend.reveal(STATE.id, 'prevention'));
    expect([portal.code, portal.message], "a portal's { error: code, message }").to.deep.equal(['no-votes', 'Nog niemand plaatste deze bouwsteen.']);
    answer = () => new Response('<html>proxy error</html>', { status: 502 });
    const proxy = await failure(() => backend.reveal(STATE.id, 'prevention'));
    expect([proxy.status, proxy.code]).to.deep.equal([502, 'http']);
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    const network = await failure(() => backend.close(STATE.id));
    expect([network.status, network.code]).to.deep.equal([0, 'network']);
    answer = () => json(200, { not: 'a round' });
    expect((await failure(() => backend.revote(STATE.id, 'prevention'))).code, 'a 200 that is not a round state').to.equal('unreadable');
  });

  it('watch: states from the stream, connected / disconnected said once each, reopened when the browser gives up, stopped for good', async () => {
    FakeEventSource.opened = [];
    const backend = new HttpRoundBackend('/api/rounds', { eventSource: FakeEventSource as unknown as typeof EventSource });
    const states: RoundState[] = [];
    const connection: boolean[] = [];
    const stop = backend.watch(STATE.id, (s) => states.push(s), (c) => connection.push(c));
    const first = FakeEventSource.last!;
    expect(first.url).to.equal(`/api/rounds/${STATE.id}/events`);
    first.open();
    first.send({ ...STATE, participants: 2 });
    first.send('not a state');
    first.fail(false); // lost: the browser reconnects by itself
    first.fail(false);
    first.open();
    expect(states.map((s) => s.participants)).to.deep.equal([2]);
    expect(connection).to.deep.equal([true, false, true]);
    first.fail(true); // an error answer: the browser gives up, the backend opens a new stream later
    await new Promise<void>((resolve) => {
      const check = () => (FakeEventSource.opened.length >= 2 ? resolve() : setTimeout(check, 50));
      check();
    });
    expect(FakeEventSource.opened.length, 'one new stream').to.equal(2);
    const second = FakeEventSource.last!;
    expect(second).to.not.equal(first);
    second.open();
    second.send({ ...STATE, participants: 3 });
    expect(states.map((s) => s.participants)).to.deep.equal([2, 3]);
    expect(connection).to.deep.equal([true, false, true, false, true]);
    stop();
    expect(second.readyState, 'closed when stopped').to.equal(2);
  });
});
