import { randomUUID } from 'node:crypto';
import { ROUND_MAX_PARTICIPANTS, type TeamVotes } from '../schema.js';
import type { SqlTransaction } from './sql-engine.js';
import { iso, type SqlRunner } from './sql-store-base.js';
import type { JoinOutcome, NewRound, OpenOutcome, ParticipantView, Placement, PlaceOutcome, RoundChange, RoundStore, StoredRound, StoredRoundBlock } from './rounds.js';

type Db = Pick<SqlTransaction, 'query'>;

/** How often a new code is drawn when the one drawn is taken by another open round (one in a billion with 6 of 31 characters). */
const CODE_ATTEMPTS = 5;

interface RoundRow {
  id: string;
  code: string;
  centre_id: string;
  instrument_id: string;
  instrument_version: string;
  ask_ambition: boolean;
  status: 'open' | 'closed';
  created_at: string;
  closed_at: string | null;
  participants: number;
}

interface BlockRow {
  round_id: string;
  block_id: string;
  phase: 'voting' | 'revealed';
  generation: number;
  votes: string | null;
  voted: number;
}

const ROUND_COLUMNS = `r.id, r.code, r.centre_id, r.instrument_id, r.instrument_version, r.ask_ambition, r.status,
  ${iso('r.created_at')} AS created_at, ${iso('r.closed_at')} AS closed_at,
  (SELECT count(*)::integer FROM round_participants p WHERE p.round_id = r.id) AS participants`;

/** The blocks of some rounds, in order, with how many placed each in its current generation. */
async function blocksOf(db: Db, roundIds: string[]): Promise<Map<string, StoredRoundBlock[]>> {
  const rows = await db.query<BlockRow>(
    `SELECT b.round_id, b.block_id, b.phase, b.generation, b.votes::text AS votes,
       (SELECT count(*)::integer FROM round_ballots x
        WHERE x.round_id = b.round_id AND x.block_id = b.block_id AND x.generation = b.generation AND x.current IS NOT NULL) AS voted
     FROM round_blocks b WHERE b.round_id = ANY ($1::text[]) ORDER BY b.round_id, b.position`,
    [roundIds],
  );
  const byRound = new Map<string, StoredRoundBlock[]>(roundIds.map((id) => [id, []]));
  for (const row of rows) {
    const votes = row.votes === null ? undefined : (JSON.parse(row.votes) as TeamVotes);
    // A revealed block shows the count it was revealed with (its ballots go when the round closes).
    byRound.get(row.round_id)?.push({ blockId: row.block_id, phase: row.phase, generation: row.generation, voted: votes ? votes.participants : row.voted, ...(votes ? { votes } : {}) });
  }
  return byRound;
}

/** Rounds by a condition on `r` (its parameters numbered from $1), with their blocks. */
async function readRounds(db: Db, where: string, params: unknown[]): Promise<StoredRound[]> {
  const rows = await db.query<RoundRow>(`SELECT ${ROUND_COLUMNS} FROM rounds r WHERE ${where} ORDER BY r.created_at, r.id`, params);
  if (rows.length === 0) return [];
  const blocks = await blocksOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    centreId: row.centre_id,
    instrumentId: row.instrument_id,
    instrumentVersion: row.instrument_version,
    askAmbition: row.ask_ambition,
    status: row.status,
    createdAt: row.created_at,
    ...(row.closed_at === null ? {} : { closedAt: row.closed_at }),
    participants: row.participants,
    blocks: blocks.get(row.id) ?? [],
  }));
}

const readRound = async (db: Db, id: string, centreId: string): Promise<StoredRound | undefined> => (await readRounds(db, 'r.id = $1 AND r.centre_id = $2', [id, centreId]))[0];

/** The counts of a block's current generation: each participant who placed its current stage counted once. */
async function countVotes(db: Db, roundId: string, block: { blockId: string; generation: number }, askAmbition: boolean, now: Date): Promise<TeamVotes | undefined> {
  const rows = await db.query<{ current: string; ambition: string | null }>(
    'SELECT current, ambition FROM round_ballots WHERE round_id = $1 AND block_id = $2 AND generation = $3 AND current IS NOT NULL',
    [roundId, block.blockId, block.generation],
  );
  if (rows.length === 0) return undefined;
  const current: Record<string, number> = {};
  const ambition: Record<string, number> = {};
  for (const row of rows) {
    current[row.current] = (current[row.current] ?? 0) + 1;
    if (row.ambition !== null) ambition[row.ambition] = (ambition[row.ambition] ?? 0) + 1;
  }
  return { participants: rows.length, current, ...(askAmbition ? { ambition } : {}), revealedAt: now.toISOString() };
}

/** Closes an open round of the transaction: its status, then every ballot of it. True when it was open. */
async function closeRound(tx: Db, id: string, now: Date): Promise<boolean> {
  const closed = await tx.query(`UPDATE rounds SET status = 'closed', closed_at = $2 WHERE id = $1 AND status = 'open' RETURNING 1`, [id, now.toISOString()]);
  if (closed.length === 0) return false;
  await tx.query('DELETE FROM round_ballots WHERE round_id = $1', [id]);
  return true;
}

/**
 * Team rounds in SQL, on either engine. Concurrency is settled by the database, not by reading first:
 * one open round per centre and instrument by a partial unique index; a placement is written by one
 * statement that locks its block row (FOR SHARE) and checks its generation and phase there, so a reveal,
 * a re-vote or a close (which lock the same rows for update) either waits for it or is waited for.
 */
export class SqlRounds implements RoundStore {
  constructor(private readonly runner: SqlRunner) {}

  open(round: NewRound, newCode: () => string): Promise<OpenOutcome> {
    return this.runner.run('open the round', async () => {
      await this.runner.db.checkWritable();
      for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt += 1) {
        const outcome = await this.runner.db.transaction(async (tx): Promise<OpenOutcome | undefined> => {
          const id = randomUUID();
          // DO NOTHING on either unique index (it waits for a concurrent open of the same centre to commit).
          const inserted = await tx.query(
            `INSERT INTO rounds (id, code, centre_id, instrument_id, instrument_version, ask_ambition, opened_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING 1`,
            [id, newCode(), round.centreId, round.instrumentId, round.instrumentVersion, round.askAmbition, round.openedBy, round.now.toISOString()],
          );
          if (inserted.length === 0) {
            const [current] = await readRounds(tx, `r.centre_id = $1 AND r.instrument_id = $2 AND r.status = 'open'`, [round.centreId, round.instrumentId]);
            // No open round of this centre: the code was taken; draw another.
            return current ? { opened: false, current } : undefined;
          }
          for (const [position, blockId] of round.blocks.entries()) {
            await tx.query('INSERT INTO round_blocks (round_id, block_id, position) VALUES ($1, $2, $3)', [id, blockId, position]);
          }
          return { opened: true, round: (await readRound(tx, id, round.centreId))! };
        });
        if (outcome) return outcome;
      }
      throw new Error(`No free join code after ${CODE_ATTEMPTS} attempts.`);
    });
  }

  get(id: string, centreId: string): Promise<StoredRound | undefined> {
    return this.runner.run('read the round', () => readRound(this.runner.db, id, centreId));
  }

  openRounds(centreId: string, instrumentId: string): Promise<StoredRound[]> {
    return this.runner.run('list the open rounds', () => readRounds(this.runner.db, `r.centre_id = $1 AND r.instrument_id = $2 AND r.status = 'open'`, [centreId, instrumentId]));
  }

  reveal(id: string, centreId: string, blockId: string, now: Date): Promise<RoundChange> {
    return this.changeBlock('reveal the block', id, centreId, blockId, async (tx, round, block) => {
      if (block.phase === 'revealed') return true;
      const votes = await countVotes(tx, id, block, round.askAmbition, now);
      if (!votes) return 'no-votes';
      await tx.query(`UPDATE round_blocks SET phase = 'revealed', votes = $3::jsonb WHERE round_id = $1 AND block_id = $2`, [id, blockId, JSON.stringify(votes)]);
      return true;
    });
  }

  revote(id: string, centreId: string, blockId: string): Promise<RoundChange> {
    return this.changeBlock('start the block again', id, centreId, blockId, async (tx) => {
      await tx.query(`UPDATE round_blocks SET phase = 'voting', votes = NULL, generation = generation + 1 WHERE round_id = $1 AND block_id = $2`, [id, blockId]);
      // Placements of older generations would never count again: they are not kept.
      await tx.query('DELETE FROM round_ballots WHERE round_id = $1 AND block_id = $2', [id, blockId]);
      return true;
    });
  }

  close(id: string, centreId: string, now: Date): Promise<RoundChange> {
    return this.runner.run('close the round', async () => {
      await this.runner.db.checkWritable();
      return this.runner.db.transaction(async (tx): Promise<RoundChange> => {
        const [owned] = await tx.query<{ status: string }>('SELECT status FROM rounds WHERE id = $1 AND centre_id = $2 FOR UPDATE', [id, centreId]);
        if (!owned) return { done: false, reason: 'not-found' };
        // Closing twice is closing once: the second answer is the closed round.
        await closeRound(tx, id, now);
        return { done: true, round: (await readRound(tx, id, centreId))! };
      });
    });
  }

  closeOpenedBefore(date: Date, now: Date): Promise<string[]> {
    return this.runner.run('close the rounds left open', async () => {
      await this.runner.db.checkWritable();
      const stale = await this.runner.db.query<{ id: string }>(`SELECT id FROM rounds WHERE status = 'open' AND created_at < $1 ORDER BY created_at`, [date.toISOString()]);
      const closed: string[] = [];
      // One transaction per round: a round is closed with its ballots gone, or left as it was.
      for (const { id } of stale) {
        if (await this.runner.db.transaction((tx) => closeRound(tx, id, now))) closed.push(id);
      }
      return closed;
    });
  }

  join(code: string, tokenHash: string): Promise<JoinOutcome> {
    return this.runner.run('join the round', async () => {
      await this.runner.db.checkWritable();
      return this.runner.db.transaction(async (tx): Promise<JoinOutcome> => {
        // The round row is locked so that concurrent joins count each other against the limit.
        const [round] = await tx.query<{ id: string }>(`SELECT id FROM rounds WHERE code = $1 AND status = 'open' FOR UPDATE`, [code]);
        if (!round) return { joined: false, reason: 'not-found' };
        const [count] = await tx.query<{ n: number }>('SELECT count(*)::integer AS n FROM round_participants WHERE round_id = $1', [round.id]);
        if ((count?.n ?? 0) >= ROUND_MAX_PARTICIPANTS) return { joined: false, reason: 'full' };
        const participantId = randomUUID();
        await tx.query('INSERT INTO round_participants (id, round_id, token_hash) VALUES ($1, $2, $3)', [participantId, round.id, tokenHash]);
        return { joined: true, participantId, roundId: round.id };
      });
    });
  }

  participant(tokenHash: string): Promise<ParticipantView | undefined> {
    return this.runner.run('read the ballot', async () => {
      const db = this.runner.db;
      const [who] = await db.query<{ id: string; round_id: string; centre_id: string }>(
        'SELECT p.id, p.round_id, r.centre_id FROM round_participants p JOIN rounds r ON r.id = p.round_id WHERE p.token_hash = $1',
        [tokenHash],
      );
      if (!who) return undefined;
      const round = await readRound(db, who.round_id, who.centre_id);
      if (!round) return undefined;
      const rows = await db.query<{ block_id: string; generation: number; current: string | null; ambition: string | null }>(
        `SELECT x.block_id, x.generation, x.current, x.ambition FROM round_ballots x
         JOIN round_blocks b ON b.round_id = x.round_id AND b.block_id = x.block_id AND b.generation = x.generation
         WHERE x.participant_id = $1`,
        [who.id],
      );
      const placements: Record<string, Placement> = {};
      for (const row of rows) {
        placements[row.block_id] = { ...(row.current === null ? {} : { current: row.current }), ...(row.ambition === null ? {} : { ambition: row.ambition }), generation: row.generation };
      }
      return { participantId: who.id, round, placements };
    });
  }

  place(tokenHash: string, placements: Record<string, Placement>): Promise<PlaceOutcome> {
    return this.runner.run('store the placements', async () => {
      await this.runner.db.checkWritable();
      return this.runner.db.transaction(async (tx): Promise<PlaceOutcome> => {
        // The round's row first (FOR SHARE), as a reveal, re-vote or close takes it first (FOR UPDATE): locked in
        // the same order, a placement and a re-vote wait for each other instead of deadlocking. The statement
        // below would otherwise lock a block's row before the round's, the other way round.
        const [who] = await tx.query<{ id: string; round_id: string; status: string }>(
          'SELECT p.id, p.round_id, r.status FROM round_participants p JOIN rounds r ON r.id = p.round_id WHERE p.token_hash = $1 FOR SHARE OF r',
          [tokenHash],
        );
        if (!who) return { placed: false, reason: 'not-found' };
        if (who.status !== 'open') return { placed: false, reason: 'closed', roundId: who.round_id };
        let stored = 0;
        for (const [blockId, placement] of Object.entries(placements)) {
          // FOR SHARE: a reveal, re-vote or close of this block (FOR UPDATE, or an UPDATE of its rows) waits
          // for this placement, or this placement waits for it and then sees the new generation, phase or status.
          const rows = await tx.query(
            `INSERT INTO round_ballots (participant_id, round_id, block_id, generation, current, ambition)
             SELECT $1, b.round_id, b.block_id, b.generation, $5, $6 FROM round_blocks b JOIN rounds r ON r.id = b.round_id
             WHERE b.round_id = $2 AND b.block_id = $3 AND b.generation = $4 AND b.phase = 'voting' AND r.status = 'open'
             FOR SHARE OF b, r
             ON CONFLICT (participant_id, block_id) DO UPDATE SET generation = excluded.generation, current = excluded.current, ambition = excluded.ambition
             RETURNING 1`,
            [who.id, who.round_id, blockId, placement.generation, placement.current ?? null, placement.ambition ?? null],
          );
          stored += rows.length;
        }
        return { placed: true, roundId: who.round_id, stored };
      });
    });
  }

  /** Changes one block of an open round of the centre, its round row locked for the transaction. */
  private changeBlock(
    doing: string,
    id: string,
    centreId: string,
    blockId: string,
    change: (tx: Db, round: { askAmbition: boolean }, block: { blockId: string; phase: string; generation: number }) => Promise<true | 'no-votes'>,
  ): Promise<RoundChange> {
    return this.runner.run(doing, async () => {
      await this.runner.db.checkWritable();
      return this.runner.db.transaction(async (tx): Promise<RoundChange> => {
        const [round] = await tx.query<{ status: string; ask_ambition: boolean }>('SELECT status, ask_ambition FROM rounds WHERE id = $1 AND centre_id = $2 FOR UPDATE', [id, centreId]);
        if (!round) return { done: false, reason: 'not-found' };
        const [block] = await tx.query<{ phase: string; generation: number }>('SELECT phase, generation FROM round_blocks WHERE round_id = $1 AND block_id = $2 FOR UPDATE', [id, blockId]);
        const refused = round.status !== 'open' ? 'closed' : !block ? 'unknown-block' : await change(tx, { askAmbition: round.ask_ambition }, { blockId, ...block });
        const state = (await readRound(tx, id, centreId))!;
        return refused === true ? { done: true, round: state } : { done: false, reason: refused, round: state };
      });
    });
  }
}
