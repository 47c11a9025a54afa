import type { Ballot, ParticipantRound, RoundState } from '@poolster/schema';

export interface RoundBackend {            // the facilitator's side
  open(request: { instrumentId: string; blocks: string[]; askAmbition: boolean }): Promise<RoundState>;
  openRounds(instrumentId: string): Promise<RoundState[]>;
  watch(roundId: string, onState: (state: RoundState) => void, onConnection: (connected: boolean) => void): () => void;
  reveal(roundId: string, blockId: string): Promise<RoundState>;
  revote(roundId: string, blockId: string): Promise<RoundState>;
  close(roundId: string): Promise<RoundState>;
}
export interface BallotBackend {           // the participant's side
  join(code: string): Promise<{ token: string; round: ParticipantRound }>;
  load(token: string): Promise<ParticipantRound>;
  vote(token: string, ballot: Ballot): Promise<ParticipantRound>;
  watch(token: string, onRound: (round: ParticipantRound) => void, onConnection: (connected: boolean) => void): () => void;
}
export class RoundBackendError extends Error { constructor(readonly status: number, readonly code: string, message: string) { super(message); } }
