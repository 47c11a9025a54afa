import type { RoundState, TeamVotes } from '@poolster/schema';
import { RoundBackendError, type RoundBackend } from '../rounds/round-backend.js';

/**
 * Test-only: a rounds backend in memory that behaves as the rounds protocol says (one open round per
 * instrument, counts only after a reveal, generations, closing deletes placements), with the
 * participants' side as methods (`join`, `place`) and the stream's connection as a switch.
 */
export class FakeRoundBackend implements RoundBackend {
  /** Every call the element made, as `method:argument`. */
  readonly calls: string[] = [];
  private readonly rounds = new Map<string, RoundState>();
  /** Placements per round, per participant, per block: the stage, the ambition, the generation. */
  private readonly placements = new Map<string, Map<number, Map<string, { current: string; ambition?: string; generation: number }>>>();
  private readonly watchers = new Map<string, Set<{ onState: (s: RoundState) => void; onConnection: (c: boolean) => void }>>();
  private connected = true;
  private seq = 0;

  async open(request: { instrumentId: string; blocks: string[]; askAmbition: boolean }): Promise<RoundState> {
    this.calls.push(`open:${request.blocks.join(',')}:${request.askAmbition}`);
    if ([...this.rounds.values()].some((r) => r.status === 'open' && r.instrumentId === request.instrumentId)) {
      throw new RoundBackendError(409, 'round-open', 'A round is open already.');
    }
    const code = `K7P3Q${'XYZW'[this.seq++ % 4]}`;
    const round: RoundState = {
      id: crypto.randomUUID(),
      code,
      joinUrl: `https://scan.example.org/join/${code}`,
      instrumentId: request.instrumentId,
      instrumentVersion: '1.0.0',
      askAmbition: request.askAmbition,
      status: 'open',
      createdAt: new Date().toISOString(),
      participants: 0,
      blocks: request.blocks.map((blockId) => ({ blockId, phase: 'voting', generation: 0, voted: 0 })),
    };
    this.rounds.set(round.id, round);
    this.placements.set(round.id, new Map());
    return structuredClone(round);
  }

  async openRounds(instrumentId: string): Promise<RoundState[]> {
    this.calls.push(`openRounds:${instrumentId}`);
    return [...this.rounds.values()].filter((r) => r.status === 'open' && r.instrumentId === instrumentId).map((r) => structuredClone(r));
  }

  watch(roundId: string, onState: (s: RoundState) => void, onConnection: (c: boolean) => void): () => void {
    this.calls.push(`watch:${roundId}`);
    const watcher = { onState, onConnection };
    const set = this.watchers.get(roundId) ?? new Set();
    set.add(watcher);
    this.watchers.set(roundId, set);
    // As a stream does: the whole state at once on connect.
    queueMicrotask(() => {
      if (!set.has(watcher) || !this.connected) return;
      onConnection(true);
      onState(structuredClone(this.state(roundId)));
    });
    return () => set.delete(watcher);
  }

  async reveal(roundId: string, blockId: string): Promise<RoundState> {
    this.calls.push(`reveal:${blockId}`);
    const round = this.openRound(roundId);
    const block = this.block(round, blockId);
    const placed = this.placed(roundId, blockId, block.generation);
    if (placed.length === 0) throw new RoundBackendError(409, 'no-votes', 'Nobody placed this block.');
    const votes: TeamVotes = { participants: placed.length, current: count(placed.map((p) => p.current)), revealedAt: new Date().toISOString() };
    if (round.askAmbition) votes.ambition = count(placed.flatMap((p) => (p.ambition ? [p.ambition] : [])));
    Object.assign(block, { phase: 'revealed', votes });
    return this.changed(roundId);
  }

  async revote(roundId: string, blockId: string): Promise<RoundState> {
    this.calls.push(`revote:${blockId}`);
    const block = this.block(this.openRound(roundId), blockId);
    block.generation += 1;
    block.phase = 'voting';
    block.voted = 0;
    delete block.votes;
    for (const ballot of this.placements.get(roundId)!.values()) ballot.delete(blockId);
    return this.changed(roundId);
  }

  async close(roundId: string): Promise<RoundState> {
    this.calls.push(`close:${roundId}`);
    const round = this.openRound(roundId);
    round.status = 'closed';
    this.placements.get(roundId)!.clear();
    return this.changed(roundId);
  }

  // The participants' side, as the join and ballot routes would change the round.

  /** A participant joins; answers their number. */
  join(roundId: string): number {
    const round = this.openRound(roundId);
    round.participants += 1;
    this.placements.get(roundId)!.set(round.participants, new Map());
    this.changed(roundId);
    return round.participants;
  }

  /** A participant places a block (ignored, as the server does, once it is revealed). */
  place(roundId: string, participant: number, blockId: string, current: string, ambition?: string): void {
    const block = this.block(this.openRound(roundId), blockId);
    if (block.phase === 'revealed') return;
    this.placements.get(roundId)!.get(participant)!.set(blockId, { current, ...(ambition ? { ambition } : {}), generation: block.generation });
    block.voted = this.placed(roundId, blockId, block.generation).length;
    this.changed(roundId);
  }

  /** The stream drops (the element hears `onConnection(false)`), or comes back with the whole state. */
  setConnected(connected: boolean): void {
    this.connected = connected;
    for (const [roundId, set] of this.watchers)
      for (const w of set) {
        w.onConnection(connected);
        if (connected) w.onState(structuredClone(this.state(roundId)));
      }
  }

  /** The only open round (for tests that started one through the element). */
  get current(): RoundState {
    const open = [...this.rounds.values()].find((r) => r.status === 'open');
    if (!open) throw new Error('no open round');
    return structuredClone(open);
  }

  private state(roundId: string): RoundState {
    const round = this.rounds.get(roundId);
    if (!round) throw new RoundBackendError(404, 'not-found', 'No such round.');
    return round;
  }

  private openRound(roundId: string): RoundState {
    const round = this.state(roundId);
    if (round.status === 'closed') throw new RoundBackendError(409, 'round-closed', 'The round is closed.');
    return round;
  }

  private block(round: RoundState, blockId: string) {
    const block = round.blocks.find((b) => b.blockId === blockId);
    if (!block) throw new RoundBackendError(404, 'not-found', 'No such block in the round.');
    return block;
  }

  private placed(roundId: string, blockId: string, generation: number) {
    return [...this.placements.get(roundId)!.values()].flatMap((ballot) => {
      const p = ballot.get(blockId);
      return p && p.generation === generation ? [p] : [];
    });
  }

  /** Tells every watcher the new state (when the stream is up), and answers it. */
  private changed(roundId: string): RoundState {
    const state = this.state(roundId);
    if (this.connected) for (const w of this.watchers.get(roundId) ?? []) w.onState(structuredClone(state));
    return structuredClone(state);
  }
}

const count = (ids: string[]): Record<string, number> => ids.reduce<Record<string, number>>((acc, id) => ({ ...acc, [id]: (acc[id] ?? 0) + 1 }), {});
