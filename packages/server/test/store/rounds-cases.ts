/**
 * Team rounds in the store, for every engine (each engine's rounds test file calls roundsCases()):
 * opening (one open round per centre and instrument, also when two open at once), placements that count
 * only in their block's current generation, reveal, re-vote, closing that deletes every ballot.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import type { NewRound } from '../../src/store/rounds.js';
import type { ResponseStore } from '../../src/store/store.js';
import type { TestEngine } from './engines.js';

const T0 = new Date('2026-03-02T10:00:00.000Z');
const hash = (token: string) => createHash('sha256').update(token).digest('hex');
let codes = 0;
/** Codes in order (a test can then make two rounds draw the same one). */
const nextCode = () => `C${String((codes += 1)).padStart(5, '0')}`;

async function freshStore(engine: TestEngine, t: { after(fn: () => Promise<void>): void }) {
  const options = await engine.fresh();
  const store = await openStore(options);
  t.after(() => store.close());
  const group = await store.addSchoolGroup({ name: 'Groep' });
  const centreA = await store.addCentre({ name: 'CLB A', schoolGroupId: group.id });
  const centreB = await store.addCentre({ name: 'CLB B', schoolGroupId: group.id });
  const person = await store.addPerson({ email: 'a@x.example', name: 'A', role: 'centre-member', centreId: centreA.id });
  const round = (overrides: Partial<NewRound> = {}): NewRound => ({
    centreId: centreA.id,
    instrumentId: 'go',
    instrumentVersion: '1.0.0',
    blocks: ['one', 'two'],
    askAmbition: true,
    openedBy: person.id,
    now: T0,
    ...overrides,
  });
  const db = (store as unknown as { db: { query<R>(sql: string, params?: unknown[]): Promise<R[]> } }).db;
  return { store, centreA: centreA.id, centreB: centreB.id, round, db };
}

async function opened(store: ResponseStore, round: NewRound) {
  const outcome = await store.rounds.open(round, nextCode);
  assert.ok(outcome.opened);
  return outcome.round;
}

export function roundsCases(engine: TestEngine): void {
  after(() => engine.dispose());

  describe(`rounds on ${engine.name}`, () => {
    test('a round opens with its blocks voting in generation 0; a second one of the centre and instrument is not opened', async (t) => {
      const { store, round, centreA, centreB } = await freshStore(engine, t);
      const first = await opened(store, round());
      assert.deepEqual(
        first.blocks.map((b) => [b.blockId, b.phase, b.generation, b.voted]),
        [
          ['one', 'voting', 0, 0],
          ['two', 'voting', 0, 0],
        ],
      );
      assert.equal(first.status, 'open');
      assert.equal(first.participants, 0);
      assert.equal(first.createdAt, T0.toISOString());
      const again = await store.rounds.open(round({ blocks: ['two'] }), nextCode);
      assert.deepEqual(again, { opened: false, current: first });
      // Another instrument, or another centre: a round of its own.
      assert.ok((await store.rounds.open(round({ instrumentId: 'other' }), nextCode)).opened);
      assert.ok((await store.rounds.open(round({ centreId: centreB }), nextCode)).opened);
      assert.deepEqual((await store.rounds.openRounds(centreA, 'go')).map((r) => r.id), [first.id]);
      assert.equal(await store.rounds.get(first.id, centreB), undefined, 'another centre does not find it');
    });

    test('two facilitators opening at once get one round between them', async (t) => {
      const { store, round, db } = await freshStore(engine, t);
      const outcomes = await Promise.all([store.rounds.open(round(), nextCode), store.rounds.open(round(), nextCode), store.rounds.open(round(), nextCode)]);
      const made = outcomes.filter((o) => o.opened);
      assert.equal(made.length, 1);
      for (const o of outcomes) if (!o.opened) assert.equal(o.current.id, made[0]!.round.id);
      assert.deepEqual(await db.query(`SELECT count(*)::integer AS n FROM rounds WHERE status = 'open'`), [{ n: 1 }]);
    });

    test('a code taken by another open round is drawn again; a closed round frees its code', async (t) => {
      const { store, round, centreA, centreB } = await freshStore(engine, t);
      const drawn = ['SAME01', 'SAME01', 'OTHER1'];
      const draw = () => drawn.shift()!;
      const a = await store.rounds.open(round(), draw);
      const b = await store.rounds.open(round({ centreId: centreB }), draw);
      assert.ok(a.opened && b.opened);
      assert.equal(a.round.code, 'SAME01');
      assert.equal(b.round.code, 'OTHER1');
      await store.rounds.close(a.round.id, centreA, T0);
      const c = await store.rounds.open(round({ instrumentId: 'other' }), () => 'SAME01');
      assert.ok(c.opened);
      assert.equal(c.round.code, 'SAME01');
    });

    test('placements count in their generation only; reveal freezes the counts; re-vote starts again', async (t) => {
      const { store, round, centreA } = await freshStore(engine, t);
      const r = await opened(store, round());
      for (const n of [1, 2, 3]) assert.ok((await store.rounds.join(r.code, hash(`p${n}`))).joined);
      assert.equal((await store.rounds.get(r.id, centreA))!.participants, 3);
      assert.deepEqual(await store.rounds.place(hash('p1'), { one: { current: 'plan', ambition: 'keep', generation: 0 } }), { placed: true, roundId: r.id, stored: 1 });
      assert.deepEqual(await store.rounds.place(hash('p2'), { one: { current: 'plan', generation: 0 }, two: { current: 'do', generation: 0 } }), { placed: true, roundId: r.id, stored: 2 });
      // A stale generation and an unknown block are not stored.
      assert.deepEqual(await store.rounds.place(hash('p3'), { one: { current: 'fragment', generation: 1 }, nope: { current: 'plan', generation: 0 } }), { placed: true, roundId: r.id, stored: 0 });
      // A changed mind replaces the placement.
      await store.rounds.place(hash('p3'), { one: { current: 'fragment', generation: 0 } });
      await store.rounds.place(hash('p3'), { one: { current: 'system', ambition: 'evolve', generation: 0 } });
      assert.deepEqual((await store.rounds.get(r.id, centreA))!.blocks.map((b) => b.voted), [3, 1]);

      const revealed = await store.rounds.reveal(r.id, centreA, 'one', T0);
      assert.ok(revealed.done);
      assert.deepEqual(revealed.round.blocks[0], {
        blockId: 'one',
        phase: 'revealed',
        generation: 0,
        voted: 3,
        votes: { participants: 3, current: { plan: 2, system: 1 }, ambition: { keep: 1, evolve: 1 }, revealedAt: T0.toISOString() },
      });
      assert.deepEqual(await store.rounds.place(hash('p1'), { one: { current: 'system', generation: 0 } }), { placed: true, roundId: r.id, stored: 0 }, 'a revealed block takes no placement');
      assert.deepEqual((await store.rounds.participant(hash('p1')))!.placements, { one: { current: 'plan', ambition: 'keep', generation: 0 } }, 'a revealed block keeps what was counted');
      assert.deepEqual(await store.rounds.reveal(r.id, centreA, 'nope', T0), { done: false, reason: 'unknown-block', round: revealed.round });

      const again = await store.rounds.revote(r.id, centreA, 'one');
      assert.ok(again.done);
      assert.deepEqual(again.round.blocks[0], { blockId: 'one', phase: 'voting', generation: 1, voted: 0 });
      assert.deepEqual((await store.rounds.participant(hash('p1')))!.placements, {});
      assert.equal((await store.rounds.reveal(r.id, centreA, 'one', T0)).done, false, 'nobody placed generation 1 yet');
      assert.deepEqual(await store.rounds.place(hash('p1'), { one: { current: 'plan', generation: 0 } }), { placed: true, roundId: r.id, stored: 0 });
      assert.deepEqual(await store.rounds.place(hash('p1'), { one: { current: 'plan', generation: 1 } }), { placed: true, roundId: r.id, stored: 1 });
    });

    test('two participants placing at once are both counted; placing against a re-vote never counts a stale placement', async (t) => {
      const { store, round, centreA, db } = await freshStore(engine, t);
      const r = await opened(store, round());
      const people = Array.from({ length: 8 }, (_, n) => hash(`q${n}`));
      for (const p of people) await store.rounds.join(r.code, p);
      await Promise.all(people.map((p, n) => store.rounds.place(p, { one: { current: n % 2 ? 'plan' : 'do', generation: 0 }, two: { current: 'do', generation: 0 } })));
      assert.deepEqual((await store.rounds.get(r.id, centreA))!.blocks.map((b) => b.voted), [8, 8]);
      // Placements of generation 0 race a re-vote: whatever the order, none of them counts in generation 1.
      await Promise.all([...people.map((p) => store.rounds.place(p, { one: { current: 'system', generation: 0 } })), store.rounds.revote(r.id, centreA, 'one')]);
      assert.equal((await store.rounds.get(r.id, centreA))!.blocks[0]!.voted, 0);
      const counted = await db.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM round_ballots x JOIN round_blocks b USING (round_id, block_id) WHERE x.block_id = 'one' AND x.generation = b.generation`,
      );
      assert.deepEqual(counted, [{ n: 0 }]);
    });

    test('closing deletes every ballot in the same transaction and keeps the revealed counts; a closed round takes nothing more', async (t) => {
      const { store, round, centreA, centreB, db } = await freshStore(engine, t);
      const r = await opened(store, round());
      await store.rounds.join(r.code, hash('x'));
      await store.rounds.join(r.code, hash('y'));
      await store.rounds.place(hash('x'), { one: { current: 'plan', ambition: 'keep', generation: 0 }, two: { current: 'do', generation: 0 } });
      await store.rounds.place(hash('y'), { one: { current: 'do', ambition: 'keep', generation: 0 } });
      await store.rounds.reveal(r.id, centreA, 'one', T0);
      assert.deepEqual(await store.rounds.close(r.id, centreB, T0), { done: false, reason: 'not-found' });
      const closed = await store.rounds.close(r.id, centreA, new Date(T0.getTime() + 1000));
      assert.ok(closed.done);
      assert.equal(closed.round.status, 'closed');
      assert.equal(closed.round.closedAt, new Date(T0.getTime() + 1000).toISOString());
      assert.deepEqual(closed.round.blocks.map((b) => [b.phase, b.voted, b.votes?.current]), [
        ['revealed', 2, { plan: 1, do: 1 }],
        ['voting', 0, undefined],
      ]);
      assert.deepEqual(await db.query('SELECT * FROM round_ballots'), []);
      assert.deepEqual(await store.rounds.place(hash('x'), { two: { current: 'plan', generation: 0 } }), { placed: false, reason: 'closed', roundId: r.id });
      assert.equal((await store.rounds.reveal(r.id, centreA, 'two', T0)).done, false);
      assert.deepEqual(await store.rounds.join(r.code, hash('z')), { joined: false, reason: 'not-found' });
      assert.equal((await store.rounds.participant(hash('x')))!.round.status, 'closed');
      assert.deepEqual(await store.rounds.openRounds(centreA, 'go'), []);
    });

    test('housekeeping closes the rounds opened before a date, with their ballots', async (t) => {
      const { store, round, centreA, centreB, db } = await freshStore(engine, t);
      const old = await opened(store, round());
      const recent = await opened(store, round({ centreId: centreB, now: new Date(T0.getTime() + 86_400_000) }));
      await store.rounds.join(old.code, hash('o'));
      await store.rounds.place(hash('o'), { one: { current: 'plan', generation: 0 } });
      assert.deepEqual(await store.rounds.closeOpenedBefore(new Date(T0.getTime() + 1000), T0), [old.id]);
      assert.equal((await store.rounds.get(old.id, centreA))!.status, 'closed');
      assert.equal((await store.rounds.get(recent.id, centreB))!.status, 'open');
      assert.deepEqual(await db.query('SELECT * FROM round_ballots'), []);
    });
  });
}
