/**
 * What a server holding team rounds' event streams must still do: close (streams never end by
 * themselves), and refuse guessing at join codes (429).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RoundState } from '../src/schema.js';
import { JOINS_PER_MINUTE } from '../src/routes/ballots.js';
import { startTestServer } from './helpers.js';
import { as, member } from './sessions.js';
import { SseReader } from './sse.js';

const A = member('CLB Live');

async function openRound(url: string, cookie: Record<string, string>): Promise<RoundState> {
  const res = await fetch(`${url}/api/rounds`, {
    method: 'POST',
    headers: { ...cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify({ instrumentId: 'go-clb-poolster', blocks: ['prevention'], askAmbition: false }),
  });
  assert.equal(res.status, 201);
  return (await res.json()) as RoundState;
}

describe('team rounds and the server around them', () => {
  it('closing the server ends the open event streams and finishes', async () => {
    const server = await startTestServer();
    try {
      const cookie = await as(server, A);
      const round = await openRound(server.url, cookie);
      const join = await fetch(`${server.url}/api/join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: round.code }) });
      const { token } = (await join.json()) as { token: string };
      const facilitator = await SseReader.open(`${server.url}/api/rounds/${round.id}/events`, cookie);
      const participant = await SseReader.open(`${server.url}/api/ballots/${token}/events`);
      await facilitator.until(() => true);
      await participant.until(() => true);
      await server.dispose();
      // Both streams were ended by the server (not by this test), and dispose (app.close) returned.
      await facilitator.finished();
      await participant.finished();
      assert.equal(facilitator.ended && participant.ended, true);
    } finally {
      await server.dispose();
    }
  });

  it(`joining is limited to ${JOINS_PER_MINUTE} per client address per minute: 429 after that, in the request's language`, async () => {
    const server = await startTestServer();
    try {
      const statuses: number[] = [];
      for (let n = 0; n <= JOINS_PER_MINUTE; n += 1) {
        const res = await fetch(`${server.url}/api/join?lang=en`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: 'AAAAAA' }) });
        statuses.push(res.status);
        if (res.status === 429) {
          const body = (await res.json()) as { code: string; error: string };
          assert.equal(body.code, 'too-many-requests');
          assert.match(body.error, /Too many/i);
          assert.ok(res.headers.get('retry-after'));
        } else await res.arrayBuffer();
      }
      assert.deepEqual(statuses, [...Array(JOINS_PER_MINUTE).fill(404), 429]);
    } finally {
      await server.dispose();
    }
  });

  it("the log never holds a participant's token: beside the address it would tie a placement to a device", async () => {
    const server = await startTestServer();
    try {
      const round = await openRound(server.url, await as(server, A));
      const join = await fetch(`${server.url}/api/join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: round.code }) });
      const { token } = (await join.json()) as { token: string };
      const ballot = { format: 'poolster-ballot', version: 1, placements: { prevention: { current: 'planned', generation: 0 } } };
      const placed = await fetch(`${server.url}/api/ballots/${token}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ballot) });
      assert.equal(placed.status, 200);
      await placed.arrayBuffer();
      const urls = server.logs.lines.map((l) => (l.req as { url?: string } | undefined)?.url).filter((u): u is string => u !== undefined);
      assert.ok(urls.includes('/api/ballots/[token]'), 'the placement is logged, without its token');
      assert.equal(JSON.stringify(server.logs.lines).includes(token), false, 'the token appears nowhere in the log');
    } finally {
      await server.dispose();
    }
  });
});
