/**
 * Team rounds: a centre's policy team places blocks privately (each on their own device), the shared
 * screen shows how many placed each block and, once revealed, the anonymous spread. Participants have no
 * account: a random token, of which the store keeps only the SHA-256, links their placements to each
 * other and to nothing else. Closing a round deletes every placement; the revealed counts remain.
 */
import type { RoundPhase, TeamVotes } from '../schema.js';

export interface NewRound {
  centreId: string;
  instrumentId: string;
  instrumentVersion: string;
  /** Known block ids of the instrument, in order, at least one. */
  blocks: string[];
  askAmbition: boolean;
  /** The member who opens it. */
  openedBy: string;
  now: Date;
}

export interface StoredRoundBlock {
  blockId: string;
  phase: RoundPhase;
  generation: number;
  /** How many placed the block's current stage in its current generation (the frozen count once revealed). */
  voted: number;
  /** The counts frozen at the reveal; only for a revealed block. */
  votes?: TeamVotes;
}

/** A round as the store holds it: counts only, never who placed what. */
export interface StoredRound {
  id: string;
  code: string;
  centreId: string;
  instrumentId: string;
  instrumentVersion: string;
  askAmbition: boolean;
  status: 'open' | 'closed';
  /** ISO 8601. */
  createdAt: string;
  closedAt?: string;
  /** How many have joined. */
  participants: number;
  blocks: StoredRoundBlock[];
}

/** One participant's placement of one block, as sent and as stored. */
export interface Placement {
  current?: string;
  ambition?: string;
  generation: number;
}

/** What a participant sees: the round's blocks (phases and generations, no counts) and their own placements that count. */
export interface ParticipantView {
  participantId: string;
  round: StoredRound;
  /** By block id: only placements made in the block's current generation. */
  placements: Record<string, Placement>;
}

export type OpenOutcome = { opened: true; round: StoredRound } | { opened: false; current: StoredRound };

/** What a facilitator's action did; `round` is the state after it (or as it is, when refused). */
export type RoundChange =
  | { done: true; round: StoredRound }
  | { done: false; reason: 'not-found' }
  | { done: false; reason: 'closed' | 'no-votes' | 'unknown-block'; round: StoredRound };

export type JoinOutcome = { joined: true; participantId: string; roundId: string } | { joined: false; reason: 'not-found' | 'full' };

export type PlaceOutcome = { placed: true; roundId: string; stored: number } | { placed: false; reason: 'not-found' } | { placed: false; reason: 'closed'; roundId: string };

export interface RoundStore {
  /**
   * Opens a round with a new join code (`newCode` is asked again when a code is taken by another open
   * round). A centre has one open round per instrument: when one is open, it is handed back and nothing
   * changes, however many open at once.
   */
  open(round: NewRound, newCode: () => string): Promise<OpenOutcome>;
  /** The round of this id, when it belongs to the centre. */
  get(id: string, centreId: string): Promise<StoredRound | undefined>;
  /** The centre's open rounds of an instrument (one at most), for a facilitator's screen that reloads. */
  openRounds(centreId: string, instrumentId: string): Promise<StoredRound[]>;
  /**
   * Reveals a block: its counts of the current generation are frozen (with `now` as revealedAt) and later
   * placements of it are not stored. Refused when nobody placed it, for a closed round or an unknown block.
   */
  reveal(id: string, centreId: string, blockId: string, now: Date): Promise<RoundChange>;
  /** Starts a new generation of a block: back to voting, its placements deleted. */
  revote(id: string, centreId: string, blockId: string): Promise<RoundChange>;
  /** Closes the round and deletes its placements in the same transaction; the revealed counts remain. */
  close(id: string, centreId: string, now: Date): Promise<RoundChange>;
  /** Closes (as `close`) every round opened before `date`: the ids of those it closed. */
  closeOpenedBefore(date: Date, now: Date): Promise<string[]>;
  /** Joins the open round of a code (normalised, upper case) as a new participant known by `tokenHash`. */
  join(code: string, tokenHash: string): Promise<JoinOutcome>;
  /** What the participant of this token hash sees, or undefined for an unknown token. */
  participant(tokenHash: string): Promise<ParticipantView | undefined>;
  /**
   * Stores the placements of the participant, block by block: only those made in a block's current
   * generation, of a block still voting, of an open round (the rest is left out, not refused).
   */
  place(tokenHash: string, placements: Record<string, Placement>): Promise<PlaceOutcome>;
}
