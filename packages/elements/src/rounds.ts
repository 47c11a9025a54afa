/** The team round's elements and backends; importing this registers nothing (see define-rounds.ts). */
export { PoolsterRound, type RoundScan } from './round/round.js';
export { HttpRoundBackend, type HttpRoundBackendOptions } from './rounds/http-round-backend.js';
export { RoundBackendError, type RoundBackend, type BallotBackend } from './rounds/round-backend.js';
