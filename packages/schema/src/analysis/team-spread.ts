import type { Instrument } from '../instrument.js';
import { modelOf } from '../model.js';
import type { TeamVotes } from '../team-round.js';

/** How far a team's private placements of one block lie apart, in plain words. */
export type SpreadLevel = 'agreement' | 'some-divergence' | 'wide-divergence';

export interface VoteSpread {
  /** How many people placed the block. */
  participants: number;
  /** How many chose each stage, in the instrument's stage order (unknown stage ids are not counted). */
  counts: number[];
  /** The lowest and highest stage index anyone chose; absent when nobody chose a known stage. */
  lowest?: number;
  highest?: number;
  /** highest − lowest: 0 when everyone chose the same stage. */
  spread: number;
  /** 0 stages apart: agreement; 1: some divergence; 2 or more: wide divergence. */
  level: SpreadLevel;
  /** The stage(s) chosen most, in stage order, with their count. */
  mostChosen: { stageId: string; count: number }[];
}

/**
 * The spread of one block's round. A one-stage step is the ordinary doubt the handbook describes
 * ("twijfel tussen twee stadia"); two or more stages apart means the team sees the centre differently,
 * which is where the conversation should start.
 */
export function voteSpread(instrument: Instrument, votes: TeamVotes): VoteSpread {
  const { stageIndex } = modelOf(instrument);
  const counts: number[] = instrument.stages.map(() => 0);
  for (const [stageId, count] of Object.entries(votes.current)) {
    const index = stageIndex.get(stageId);
    if (index !== undefined && count > 0) counts[index]! += count;
  }
  const chosen = counts.flatMap((count, index) => (count > 0 ? [index] : []));
  const lowest = chosen[0];
  const highest = chosen.at(-1);
  const spread = lowest === undefined || highest === undefined ? 0 : highest - lowest;
  const top = Math.max(0, ...counts);
  const mostChosen = top === 0 ? [] : counts.flatMap((count, i) => (count === top ? [{ stageId: instrument.stages[i]!.id, count }] : []));
  const level: SpreadLevel = spread === 0 ? 'agreement' : spread === 1 ? 'some-divergence' : 'wide-divergence';
  return { participants: votes.participants, counts, ...(lowest === undefined ? {} : { lowest, highest }), spread, level, mostChosen };
}
