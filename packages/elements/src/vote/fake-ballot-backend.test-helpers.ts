import type { Ballot, BallotPlacement, ParticipantRound } from '@poolster/schema';
import { RoundBackendError, type BallotBackend } from '../rounds/round-backend.js';

interface Watcher {
  token: string;
  onRound(round: ParticipantRound): void;
  onConnection(connected: boolean): void;
}

/**
 * A test double of the participant's side of the round protocol, in memory and as the contract says:
 * one round with a join code; a join answers a token; a vote merges per block and stores only
 * placements of the block's current generation while it is voting; reveal, revote and close act as the
 * facilitator's screen does and tell every watcher. `down` is the switch for a lost connection: while
 * it is true every call fails as a lost network does and watchers are told they are disconnected;
 * setting it back tells them they are connected and sends the round again, as a reopened event stream does.
 */
export class FakeBallotBackend implements BallotBackend {
  readonly code: string;
  readonly roundId = '5b0c3f1e-8d2a-4c7b-9e61-2f4a6b8c0d1e';
  readonly blocks: { blockId: string; phase: 'voting' | 'revealed'; generation: number }[];
  status: 'open' | 'closed' = 'open';
  /** Join attempts answer 429 while true. */
  rateLimited = false;
  /** Every vote request, in order (what was sent, per token). */
  readonly votes: { token: string; ballot: Ballot }[] = [];
  readonly joins: string[] = [];
  private readonly ballots = new Map<string, Record<string, BallotPlacement>>();
  private readonly watchers = new Set<Watcher>();
  private isDown = false;
  private tokens = 0;

  constructor(
    readonly instrument: { id: string; version: string },
    blockIds: string[],
    readonly askAmbition = true,
    code = 'K7P3QX',
  ) {
    this.code = code;
    this.blocks = blockIds.map((blockId) => ({ blockId, phase: 'voting', generation: 0 }));
  }

  get down(): boolean {
    return this.isDown;
  }

  set down(value: boolean) {
    if (value === this.isDown) return;
    this.isDown = value;
    for (const watcher of this.watchers) {
      watcher.onConnection(!value);
      if (!value) watcher.onRound(this.view(watcher.token));
    }
  }

  /** The placements the server holds for a token. */
  ballotOf(token: string): Record<string, BallotPlacement> {
    return structuredClone(this.ballots.get(token) ?? {});
  }

  /** Every token handed out. */
  get tokensIssued(): string[] {
    return [...this.ballots.keys()];
  }

  async join(code: string): Promise<{ token: string; round: ParticipantRound }> {
    this.joins.push(code);
    this.fail();
    if (this.rateLimited) throw new RoundBackendError(429, 'rate-limited', 'Too many requests.');
    if (code.replace(/[\s-]/g, '').toUpperCase() !== this.code || this.status === 'closed') {
      throw new RoundBackendError(404, 'round-not-found', 'No open round has this code.');
    }
    const token = `token-${++this.tokens}-${Math.random().toString(36).slice(2)}`;
    this.ballots.set(token, {});
    return { token, round: this.view(token) };
  }

  async load(token: string): Promise<ParticipantRound> {
    this.fail();
    this.known(token);
    return this.view(token);
  }

  async vote(token: string, ballot: Ballot): Promise<ParticipantRound> {
    this.fail();
    const stored = this.known(token);
    this.votes.push({ token, ballot: structuredClone(ballot) });
    if (this.status === 'closed') throw new RoundBackendError(409, 'round-closed', 'This round is closed.');
    for (const [blockId, placement] of Object.entries(ballot.placements)) {
      const block = this.blocks.find((b) => b.blockId === blockId);
      if (!block || block.phase !== 'voting' || placement.generation !== block.generation) continue;
      stored[blockId] = structuredClone(placement);
    }
    return this.view(token);
  }

  watch(token: string, onRound: (round: ParticipantRound) => void, onConnection: (connected: boolean) => void): () => void {
    const watcher: Watcher = { token, onRound, onConnection };
    this.watchers.add(watcher);
    // As an event stream does: the round at once when connected, "disconnected" when it is not.
    queueMicrotask(() => {
      if (!this.watchers.has(watcher)) return;
      if (this.isDown) onConnection(false);
      else {
        onConnection(true);
        onRound(this.view(token));
      }
    });
    return () => this.watchers.delete(watcher);
  }

  /** How many watch the round now. */
  get watching(): number {
    return this.watchers.size;
  }

  reveal(blockId: string): void {
    this.block(blockId).phase = 'revealed';
    this.tell();
  }

  revote(blockId: string): void {
    const block = this.block(blockId);
    block.phase = 'voting';
    block.generation += 1;
    for (const ballot of this.ballots.values()) delete ballot[blockId];
    this.tell();
  }

  close(): void {
    this.status = 'closed';
    this.ballots.forEach((_, token) => this.ballots.set(token, {}));
    this.tell();
  }

  private view(token: string): ParticipantRound {
    return {
      roundId: this.roundId,
      instrumentId: this.instrument.id,
      instrumentVersion: this.instrument.version,
      askAmbition: this.askAmbition,
      status: this.status,
      blocks: structuredClone(this.blocks),
      ballot: { format: 'poolster-ballot', version: 1, placements: this.ballotOf(token) },
    };
  }

  private tell(): void {
    if (this.isDown) return;
    for (const watcher of this.watchers) watcher.onRound(this.view(watcher.token));
  }

  private block(blockId: string) {
    const block = this.blocks.find((b) => b.blockId === blockId);
    if (!block) throw new Error(`no block ${blockId} in the round`);
    return block;
  }

  private known(token: string): Record<string, BallotPlacement> {
    const ballot = this.ballots.get(token);
    if (!ballot) throw new RoundBackendError(404, 'not-found', 'Unknown ballot.');
    return ballot;
  }

  private fail(): void {
    if (this.isDown) throw new RoundBackendError(0, 'network', 'The server could not be reached.');
  }
}
