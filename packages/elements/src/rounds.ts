/**
 * The team round's entry: the participant's and the facilitator's elements and the backends they speak
 * through. Importing this registers nothing (see define-rounds.ts); it is separate from index.ts so the
 * scan's drop-in does not carry the rounds.
 */
export { PoolsterVote } from './vote/vote.js';
export { PoolsterRound, type RoundScan } from './round/round.js';
export { RoundBackendError, type RoundBackend, type BallotBackend } from './rounds/round-backend.js';
export { HttpBallotBackend, type HttpBallotBackendOptions } from './rounds/http-ballot-backend.js';
export { HttpRoundBackend, type HttpRoundBackendOptions } from './rounds/http-round-backend.js';
export type { Ballot, BallotPlacement, ParticipantRound, RoundState, RoundBlockState, RoundPhase, TeamVotes, TeamBlock } from '@poolster/schema';
