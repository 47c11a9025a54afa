import type { Ballot, ParticipantRound, RoundState } from '@poolster/schema';

/**
 * The facilitator's side of a team round: open a round for some blocks of a scan, follow it live, reveal
 * a block's spread, let the team vote again, close it. `<poolster-round>` uses the HTTP implementation
 * (`HttpRoundBackend`); a portal with its own backend gives the element an object of this shape instead.
 * Failures reject with a `RoundBackendError`.
 */
export interface RoundBackend {
  /** Opens a round (every block 'voting', generation 0). A centre's second open round for an instrument: 409 `round-open`. */
  open(request: { instrumentId: string; blocks: string[]; askAmbition: boolean }): Promise<RoundState>;
  /** The centre's open rounds of this instrument, so a reloaded screen finds its round again. */
  openRounds(instrumentId: string): Promise<RoundState[]>;
  /**
   * Follows a round: `onState` with the whole state at once and after every change; `onConnection` when
   * the live connection is lost (false) or back (true). Returns the function that stops following.
   */
  watch(roundId: string, onState: (state: RoundState) => void, onConnection: (connected: boolean) => void): () => void;
  /** Shows the block's anonymous distribution; nobody placed it: 409 `no-votes`. */
  reveal(roundId: string, blockId: string): Promise<RoundState>;
  /** Starts a new generation of the block: earlier placements stop counting. */
  revote(roundId: string, blockId: string): Promise<RoundState>;
  /** Closes the round: every ballot is deleted, revealed counts remain. */
  close(roundId: string): Promise<RoundState>;
}

/**
 * The participant's side: join with a code (no account; the answer holds a capability token), place
 * blocks privately, and follow the round's phases. `<poolster-vote>` uses `HttpBallotBackend`; a portal
 * may bring its own. Failures reject with a `RoundBackendError`.
 */
export interface BallotBackend {
  /** Joins the open round with this code. Unknown or closed: 404 `round-not-found`; too many tries: 429. */
  join(code: string): Promise<{ token: string; round: ParticipantRound }>;
  /** The round as this participant sees it, with the placements the server holds that count. */
  load(token: string): Promise<ParticipantRound>;
  /**
   * Sends the participant's whole ballot; placements merge per block. A placement of an older generation
   * or of a revealed block is not stored (the answer's `ballot` shows what counts). Closed: 409 `round-closed`.
   */
  vote(token: string, ballot: Ballot): Promise<ParticipantRound>;
  /** Follows the round's phases, generations and status; see `RoundBackend.watch`. */
  watch(token: string, onRound: (round: ParticipantRound) => void, onConnection: (connected: boolean) => void): () => void;
}

/**
 * Why a round request failed: the HTTP status (0 when no answer arrived), the protocol's error code
 * (`round-not-found`, `round-closed`, `round-open`, `no-votes`, …; `network` or `timeout` without an
 * answer) and a message a person can read (the server's localised one when it sent one).
 */
export class RoundBackendError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RoundBackendError';
  }
}
