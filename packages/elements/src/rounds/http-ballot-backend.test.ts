import { expect } from '@open-wc/testing';
import type { ParticipantRound } from '@poolster/schema';
import { HttpBallotBackend } from './http-ballot-backend.js';
import { RoundBackendError } from './round-backend.js';

/** The test runner's small ballot endpoint (scripts/test/ballot-endpoint.mjs): real HTTP, real EventSource. */
const BASE = '/__ballots-test';
const backend = (lang?: string) => new HttpBallotBackend({ joinUrl: `${BASE}/join`, ballotsUrl: `${BASE}/ballots/`, ...(lang ? { lang } : {}), reopenMs: 50 });
const control = (path: string) => fetch(`${BASE}${path}`, { method: 'POST' });

async function rejection(promise: Promise<unknown>): Promise<RoundBackendError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(RoundBackendError);
    return error as RoundBackendError;
  }
  throw new Error('expected the request to fail');
}

/** Collects what a watch reports, and waits for what a test expects to come. */
function watcher() {
  const rounds: ParticipantRound[] = [];
  const connections: boolean[] = [];
  const waitFor = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
  };
  return { rounds, connections, waitFor, onRound: (r: ParticipantRound) => rounds.push(r), onConnection: (c: boolean) => connections.push(c) };
}

describe('HttpBallotBackend: the participant side of the round protocol over real HTTP', () => {
  beforeEach(() => control('/reset'));

  it('joins with a code (any case, dashes) and gets a token and the round', async () => {
    const { token, round } = await backend().join('k7p3-qx');
    expect(token).to.match(/^tok\d+/);
    expect(round).to.deep.include({ instrumentId: 'go-clb-poolster', askAmbition: true, status: 'open' });
    expect(round.blocks.map((b) => b.blockId)).to.deep.equal(['student-advocate', 'prevention']);
  });

  it('a wrong code is 404 round-not-found with the server message in the asked language; too many tries is 429', async () => {
    const wrong = await rejection(backend('fr').join('AAAAAA'));
    expect([wrong.status, wrong.code, wrong.message]).to.deep.equal([404, 'round-not-found', 'Aucune ronde ouverte n’a ce code.']);
    const busy = await rejection(backend().join('BUSY00'));
    expect([busy.status, busy.code]).to.deep.equal([429, 'rate-limited']);
  });

  it('sends the whole ballot and reads back what counts; a revealed block is not stored', async () => {
    const http = backend();
    const { token } = await http.join('K7P3QX');
    const placements = { 'student-advocate': { generation: 0, current: 'planned', ambition: 'keep' }, prevention: { generation: 0, current: 'integrated' } };
    const answer = await http.vote(token, { format: 'poolster-ballot', version: 1, placements });
    expect(answer.ballot.placements).to.deep.equal(placements);
    expect((await http.load(token)).ballot.placements).to.deep.equal(placements);
    await control('/reveal/prevention');
    const later = await http.vote(token, { format: 'poolster-ballot', version: 1, placements: { prevention: { generation: 0, current: 'fragmentary' } } });
    expect(later.ballot.placements['prevention']).to.deep.equal({ generation: 0, current: 'integrated' });
  });

  it('an unknown token is a 404; a server that cannot be reached is status 0, code network', async () => {
    const gone = await rejection(backend().load('no-such-token'));
    expect([gone.status, gone.code]).to.deep.equal([404, 'not-found']);
    const unreachable = new HttpBallotBackend({ ballotsUrl: 'http://127.0.0.1:9/api/ballots' });
    const lost = await rejection(unreachable.load('x'));
    expect([lost.status, lost.code]).to.deep.equal([0, 'network']);
  });

  it('watches the round as server-sent events, reports a dropped stream and its return, and stops when asked', async () => {
    const http = backend();
    const { token } = await http.join('K7P3QX');
    const seen = watcher();
    const stop = http.watch(token, seen.onRound, seen.onConnection);
    try {
      await seen.waitFor(() => seen.rounds.length >= 1);
      expect(seen.connections).to.deep.equal([true]);
      await control('/reveal/student-advocate');
      await seen.waitFor(() => seen.rounds.some((r) => r.blocks[0]!.phase === 'revealed'));
      const before = seen.rounds.length;
      await control('/drop');
      await seen.waitFor(() => seen.connections.length >= 3);
      expect(seen.connections).to.deep.equal([true, false, true]);
      await seen.waitFor(() => seen.rounds.length > before);
    } finally {
      stop();
    }
    // A stream refused outright (502) is not retried by the browser: the backend opens it again itself.
    const stop2 = http.watch(token, seen.onRound, seen.onConnection);
    try {
      await seen.waitFor(() => seen.connections.length >= 4);
      await control('/refuse-next-stream');
      await control('/refuse-next-stream');
      await control('/drop');
      await seen.waitFor(() => seen.connections.length >= 6);
      expect(seen.connections.slice(3)).to.deep.equal([true, false, true]);
    } finally {
      stop2();
    }
    // Stopped: a later change reaches nobody (the load is a round trip after the change was told).
    const rounds = seen.rounds.length;
    const connections = seen.connections.length;
    await control('/reveal/prevention');
    await http.load(token);
    expect([seen.rounds.length, seen.connections.length]).to.deep.equal([rounds, connections]);
  });
});
