/**
 * A team round over HTTP against the real server, on PGlite and on PostgreSQL: a facilitator opens it,
 * seven participants join by code and place blocks, the live streams follow, reveal, vote again, close.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ParticipantRound, RoundState } from '../src/schema.js';
import { ENGINES, stopPostgres } from './engines.js';
import type { TestServer } from './helpers.js';
import { ADMIN, as, member, viewer, type Who } from './sessions.js';
import { SseReader } from './sse.js';

after(stopPostgres);

const A = member('CLB Rondes A', 'Groep Noord');
const B = member('CLB Rondes B', 'Groep Zuid');
const INSTRUMENT = 'go-clb-poolster';
const BLOCKS = ['student-advocate', 'prevention'];

async function call(server: TestServer, method: string, path: string, options: { who?: Who; body?: unknown } = {}) {
  const headers: Record<string, string> = { ...(options.who ? await as(server, options.who) : {}), ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}) };
  const res = await fetch(`${server.url}${path}`, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

const openRound = async (server: TestServer, who: Who = A, askAmbition = true) => call(server, 'POST', '/api/rounds', { who, body: { instrumentId: INSTRUMENT, blocks: BLOCKS, askAmbition } });
const join = async (server: TestServer, code: string) => call(server, 'POST', '/api/join', { body: { code } });
const place = async (server: TestServer, token: string, placements: Record<string, { current?: string; ambition?: string; generation: number }>) =>
  call(server, 'PUT', `/api/ballots/${token}`, { body: { format: 'poolster-ballot', version: 1, placements } });
const events = async (server: TestServer, path: string, who?: Who) => SseReader.open(`${server.url}${path}`, who ? await as(server, who) : {});

for (const engine of ENGINES) {
  describe(`a team round over HTTP on ${engine.name}`, () => {
    let server: TestServer;
    before(async () => (server = await engine.start()));
    after(() => server?.dispose());

    it('seven participants place, reveal shows the spread, vote again resets, closing keeps only the counts', async () => {
      const opened = await openRound(server);
      assert.equal(opened.status, 201, JSON.stringify(opened.json));
      const round = opened.json as RoundState;
      assert.match(round.code, /^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}$/);
      assert.equal(round.joinUrl, `${server.url}/join/${round.code}`);
      assert.deepEqual(round.blocks.map((b) => [b.blockId, b.phase, b.generation, b.voted]), BLOCKS.map((id) => [id, 'voting', 0, 0]));
      const second = await openRound(server);
      assert.equal(second.status, 409);
      assert.equal(second.json.code, 'round-open');
      assert.equal(second.json.current.id, round.id);
      assert.deepEqual((await call(server, 'GET', `/api/rounds?instrumentId=${INSTRUMENT}`, { who: A })).json.rounds.map((r: RoundState) => r.id), [round.id]);

      const facilitator = await events(server, `/api/rounds/${round.id}/events`, A);
      assert.equal(facilitator.response.headers.get('content-type'), 'text/event-stream; charset=utf-8');
      assert.equal((await facilitator.until<RoundState>(() => true)).participants, 0, 'the state at once');
      assert.equal(facilitator.retry, 2000);

      // Join by code, in any case, with spaces and dashes.
      const typed = [round.code, round.code.toLowerCase(), `${round.code.slice(0, 3)}-${round.code.slice(3)}`, ` ${round.code} `, round.code, round.code, round.code];
      const tokens: string[] = [];
      for (const code of typed) {
        const joined = await join(server, code);
        assert.equal(joined.status, 201, JSON.stringify(joined.json));
        assert.match(joined.json.token, /^[A-Za-z0-9_-]{43}$/);
        assert.deepEqual((joined.json.round as ParticipantRound).ballot.placements, {});
        tokens.push(joined.json.token);
      }
      assert.equal((await facilitator.until<RoundState>((s) => s.participants === 7)).participants, 7);

      const participant = await events(server, `/api/ballots/${tokens[0]}/events`);
      assert.equal((await participant.until<ParticipantRound>(() => true)).roundId, round.id);

      // 3 × planned, 2 × integrated, 1 × fragmentary, 1 × systematic; the first placement counts at once.
      const choices = ['planned', 'planned', 'integrated', 'planned', 'integrated', 'fragmentary', 'systematic'];
      const first = await place(server, tokens[0]!, { [BLOCKS[0]!]: { current: choices[0]!, ambition: 'keep', generation: 0 } });
      assert.equal(first.status, 200, JSON.stringify(first.json));
      assert.deepEqual((first.json as ParticipantRound).ballot.placements, { [BLOCKS[0]!]: { current: 'planned', ambition: 'keep', generation: 0 } });
      assert.equal((await facilitator.until<RoundState>((s) => s.blocks[0]!.voted === 1)).blocks[0]!.voted, 1, 'the count goes up after a placement');
      await Promise.all(tokens.slice(1).map((token, n) => place(server, token, { [BLOCKS[0]!]: { current: choices[n + 1]!, ambition: n % 2 ? 'keep' : 'evolve-integrated', generation: 0 } })));
      const counted = await facilitator.until<RoundState>((s) => s.blocks[0]!.voted === 7);
      assert.equal(counted.blocks[0]!.votes, undefined, 'no distribution before the reveal');
      // A placement of a generation that is not the block's is not stored, and says so by what it answers.
      const stale = await place(server, tokens[0]!, { [BLOCKS[1]!]: { current: 'planned', generation: 3 } });
      assert.equal(stale.status, 200);
      assert.deepEqual(Object.keys(stale.json.ballot.placements), [BLOCKS[0]]);
      // Unknown stage: 400 with issues, nothing stored.
      const wrong = await place(server, tokens[1]!, { [BLOCKS[1]!]: { current: 'nope', generation: 0 } });
      assert.equal(wrong.status, 400);
      assert.equal(wrong.json.code, 'invalid-ballot');
      assert.equal(wrong.json.issues[0].path, `placements.${BLOCKS[1]}.current`);

      const revealed = await call(server, 'POST', `/api/rounds/${round.id}/blocks/${BLOCKS[0]}/reveal`, { who: A });
      assert.equal(revealed.status, 200, JSON.stringify(revealed.json));
      const votes = (revealed.json as RoundState).blocks[0]!.votes!;
      assert.equal(votes.participants, 7);
      assert.deepEqual(votes.current, { planned: 3, integrated: 2, fragmentary: 1, systematic: 1 });
      assert.deepEqual(votes.ambition, { keep: 4, 'evolve-integrated': 3 });
      assert.ok(votes.revealedAt);
      const seen = await participant.until<ParticipantRound>((r) => r.blocks[0]!.phase === 'revealed');
      assert.equal(JSON.stringify(seen).includes('"participants"'), false, 'a participant sees no counts');
      assert.equal((await call(server, 'POST', `/api/rounds/${round.id}/blocks/${BLOCKS[1]}/reveal`, { who: A })).json.code, 'no-votes');
      // A placement of a revealed block is not stored.
      await place(server, tokens[0]!, { [BLOCKS[0]!]: { current: 'systematic', generation: 0 } });
      assert.deepEqual((await call(server, 'GET', `/api/rounds/${round.id}`, { who: A })).json.blocks[0].votes.current, votes.current);

      const again = await call(server, 'POST', `/api/rounds/${round.id}/blocks/${BLOCKS[0]}/revote`, { who: A });
      assert.deepEqual(
        { ...again.json.blocks[0] },
        { blockId: BLOCKS[0], phase: 'voting', generation: 1, voted: 0 },
      );
      assert.equal((await participant.until<ParticipantRound>((r) => r.blocks[0]!.generation === 1)).ballot.placements[BLOCKS[0]!], undefined);
      // The old generation no longer counts; the new one does.
      await place(server, tokens[2]!, { [BLOCKS[0]!]: { current: 'integrated', generation: 0 } });
      await place(server, tokens[3]!, { [BLOCKS[0]!]: { current: 'integrated', generation: 1 } });
      await place(server, tokens[4]!, { [BLOCKS[1]!]: { current: 'planned', generation: 0 } });
      assert.deepEqual((await facilitator.until<RoundState>((s) => s.blocks[0]!.voted === 1 && s.blocks[1]!.voted === 1)).blocks.map((b) => b.voted), [1, 1]);
      await call(server, 'POST', `/api/rounds/${round.id}/blocks/${BLOCKS[0]}/reveal`, { who: A });

      const closed = await call(server, 'POST', `/api/rounds/${round.id}/close`, { who: A });
      assert.equal(closed.status, 200);
      assert.equal(closed.json.status, 'closed');
      assert.deepEqual(closed.json.blocks[0].votes.current, { integrated: 1 });
      assert.equal(closed.json.blocks[1].votes, undefined);
      assert.equal((await participant.until<ParticipantRound>((r) => r.status === 'closed')).status, 'closed');
      assert.equal((await facilitator.until<RoundState>((s) => s.status === 'closed')).status, 'closed');
      // The database holds no placement any more: not of this round, not of any.
      const db = (server.store as unknown as { db: { query<R>(sql: string): Promise<R[]> } }).db;
      assert.deepEqual(await db.query('SELECT * FROM round_ballots'), []);
      const [kept] = await db.query<{ votes: { participants: number } | string }>(`SELECT votes FROM round_blocks WHERE block_id = '${BLOCKS[0]}'`);
      assert.equal((typeof kept!.votes === 'string' ? JSON.parse(kept!.votes) : kept!.votes).participants, 1);
      // A closed round takes nothing more, and its code joins nothing.
      assert.equal((await place(server, tokens[5]!, { [BLOCKS[1]!]: { current: 'planned', generation: 0 } })).json.code, 'round-closed');
      assert.equal((await call(server, 'POST', `/api/rounds/${round.id}/blocks/${BLOCKS[1]}/revote`, { who: A })).json.code, 'round-closed');
      assert.equal((await join(server, round.code)).status, 404);
      assert.deepEqual((await call(server, 'GET', '/api/rounds', { who: A })).json.rounds, []);
      // Opening, revealing, voting again and closing are on record (of the round, of its centre); reads and placements are not.
      const audit = (await server.store.audit.list({ limit: 500 })).items.filter((e) => e.objectKind === 'round' && e.objectId === round.id);
      assert.deepEqual(audit.map((e) => e.action), ['change', 'change', 'change', 'change', 'change'], 'open, reveal, revote, reveal, close');
      assert.ok(audit.every((e) => e.centreId !== undefined && e.role === 'centre-member'));
      facilitator.close();
      participant.close();
    });

    it('a stream that connects again gets the current state at once', async () => {
      const round = (await openRound(server, member('CLB Herverbinden'))).json as RoundState;
      const who = member('CLB Herverbinden');
      const { token } = (await join(server, round.code)).json as { token: string };
      await place(server, token, { [BLOCKS[1]!]: { current: 'planned', generation: 0 } });
      const first = await events(server, `/api/rounds/${round.id}/events`, who);
      assert.equal((await first.until<RoundState>(() => true)).blocks[1]!.voted, 1);
      first.close();
      await call(server, 'POST', `/api/rounds/${round.id}/blocks/${BLOCKS[1]}/reveal`, { who });
      const again = await events(server, `/api/rounds/${round.id}/events`, who);
      assert.equal((await again.until<RoundState>(() => true)).blocks[1]!.phase, 'revealed');
      const ballot = await events(server, `/api/ballots/${token}/events`);
      assert.deepEqual((await ballot.until<ParticipantRound>(() => true)).ballot.placements, { [BLOCKS[1]!]: { current: 'planned', generation: 0 } });
      again.close();
      ballot.close();
    });

    it('a wrong code or token is not found; another centre, a viewer and the admin do not find the round', async () => {
      const round = (await openRound(server, member('CLB Eigen', 'Groep Noord'))).json as RoundState;
      const wrong = await join(server, 'ZZZZZZ');
      assert.equal(wrong.status, 404);
      assert.equal(wrong.json.code, 'round-not-found');
      const french = await fetch(`${server.url}/api/join?lang=fr`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: 'nothing' }) });
      assert.match(((await french.json()) as { error: string }).error, /Aucun tour/);
      assert.equal((await call(server, 'GET', `/api/ballots/${'x'.repeat(43)}`)).status, 404);
      for (const who of [B, viewer('Groep Noord'), ADMIN]) {
        for (const [method, path] of [
          ['GET', `/api/rounds/${round.id}`],
          ['GET', `/api/rounds/${round.id}/events`],
          ['POST', `/api/rounds/${round.id}/close`],
          ['POST', `/api/rounds/${round.id}/blocks/${BLOCKS[0]}/reveal`],
        ] as const) {
          assert.equal((await call(server, method, path, { who })).status, 404, `${method} ${path} as ${JSON.stringify(who)}`);
        }
      }
      assert.equal((await call(server, 'GET', `/api/rounds/${round.id}`)).status, 401);
      assert.equal((await call(server, 'GET', `/api/rounds/${round.id}`, { who: member('CLB Eigen', 'Groep Noord') })).json.status, 'open');
    });

    it('an unknown block is refused with issues; two facilitators opening at once get one round', async () => {
      const who = member('CLB Tegelijk');
      const bad = await call(server, 'POST', '/api/rounds', { who, body: { instrumentId: INSTRUMENT, blocks: ['nope'], askAmbition: false } });
      assert.equal(bad.status, 400);
      assert.equal(bad.json.issues[0].code, 'answer.unknown-block');
      const both = await Promise.all([openRound(server, who, false), openRound(server, who, false)]);
      assert.deepEqual(both.map((r) => r.status).sort(), [201, 409]);
      const made = both.find((r) => r.status === 201)!.json as RoundState;
      assert.equal(made.askAmbition, false);
      assert.equal(both.find((r) => r.status === 409)!.json.current.id, made.id);
    });
  });
}
