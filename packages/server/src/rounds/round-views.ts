import { BALLOT_FORMAT, BALLOT_VERSION, type ParticipantRound, type RoundState } from '../schema.js';
import type { ParticipantView, StoredRound } from '../store/rounds.js';

/** The round as the facilitator's screen sees it: counts, and the link participants open (`${base}/join/${code}`). */
export function roundState(round: StoredRound, base: string): RoundState {
  return {
    id: round.id,
    code: round.code,
    joinUrl: `${base}/join/${round.code}`,
    instrumentId: round.instrumentId,
    instrumentVersion: round.instrumentVersion,
    askAmbition: round.askAmbition,
    status: round.status,
    createdAt: round.createdAt,
    participants: round.participants,
    blocks: round.blocks.map((b) => ({ blockId: b.blockId, phase: b.phase, generation: b.generation, voted: b.voted, ...(b.votes ? { votes: b.votes } : {}) })),
  };
}

/** The round as one participant sees it: no counts at all, and the placements of theirs that count. */
export function participantRound(view: ParticipantView): ParticipantRound {
  const { round } = view;
  return {
    roundId: round.id,
    instrumentId: round.instrumentId,
    instrumentVersion: round.instrumentVersion,
    askAmbition: round.askAmbition,
    status: round.status,
    blocks: round.blocks.map((b) => ({ blockId: b.blockId, phase: b.phase, generation: b.generation })),
    ballot: { format: BALLOT_FORMAT, version: BALLOT_VERSION, placements: view.placements },
  };
}
