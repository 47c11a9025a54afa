import type { Instrument } from '../instrument.js';
import { modelOf } from '../model.js';
import type { Response } from '../response.js';
import { voteSpread } from './team-spread.js';

/** How much the teams of many scans disagreed on one block, over the scans that ran a team round on it. */
export interface BlockDisagreement {
  blockId: string;
  /** Scans with a team round on the block in which someone chose a known stage. */
  rounds: number;
  /** The mean of those rounds' spreads, in stages (0: every team agreed). */
  meanSpread: number;
  /** The largest spread of one round, in stages. */
  maxSpread: number;
  /** Rounds whose placements lay two or more stages apart ('wide-divergence'). */
  wide: number;
}

/**
 * Where teams saw their centre most differently: per block of the instrument, over the responses that
 * keep a team round for it, the mean spread and how many rounds diverged widely. Blocks without any
 * round are left out; the rest are sorted most disagreed first (mean spread, then wide rounds, then more
 * rounds), ties in the instrument's order. A network reads this as "where the conversation inside the
 * centres was hardest", a starting point for a shared session, not as a score of any centre.
 */
export function teamDisagreement(instrument: Instrument, responses: readonly Response[]): BlockDisagreement[] {
  const rows = modelOf(instrument).blocks.map(({ block }, order) => {
    let rounds = 0;
    let total = 0;
    let maxSpread = 0;
    let wide = 0;
    for (const response of responses) {
      const votes = response.team?.[block.id]?.votes;
      if (!votes) continue;
      const spread = voteSpread(instrument, votes);
      if (spread.lowest === undefined) continue; // nobody chose a stage this instrument knows
      rounds += 1;
      total += spread.spread;
      maxSpread = Math.max(maxSpread, spread.spread);
      if (spread.level === 'wide-divergence') wide += 1;
    }
    return { order, row: { blockId: block.id, rounds, meanSpread: rounds === 0 ? 0 : total / rounds, maxSpread, wide } };
  });
  return rows
    .filter(({ row }) => row.rounds > 0)
    .sort((a, b) => b.row.meanSpread - a.row.meanSpread || b.row.wide - a.row.wide || b.row.rounds - a.row.rounds || a.order - b.order)
    .map(({ row }) => row);
}
