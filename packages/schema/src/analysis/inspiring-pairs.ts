import type { Instrument } from '../instrument.js';
import { modelOf } from '../model.js';
import type { KeyedResponse } from './network-sources.js';
import { blockPlacement } from './placement.js';

/** A centre that wants to grow in a block. */
export interface Grower {
  key: string;
  currentIndex?: number;
  /** The stage aimed for (the current one when the centre keeps it but ranked the block). */
  ambitionIndex?: number;
  /** The block's place among the centre's priorities, from 1; absent when not ranked. */
  rank?: number;
}

/** A centre that calls itself an inspiring practice in a block, with its own stage there. */
export interface Inspirer {
  key: string;
  currentIndex?: number;
}

export interface InspiringPair {
  grower: Grower;
  inspirer: Inspirer;
  /** The inspiring centre stands at or above the stage the other centre aims for. */
  reaches: boolean;
  /** How many stages the inspiring centre's stage lies from the other's ambition (either way); absent when unknown. */
  distance?: number;
}

export interface BlockInspiration {
  blockId: string;
  /** Wants to grow here: moves to a later stage, or ranks the block among its priorities. */
  growers: Grower[];
  inspirers: Inspirer[];
  /** Every grower × every OTHER inspirer, the most promising first (see `comparePairs`). */
  pairs: InspiringPair[];
}

export interface InspirationQuestions {
  /** The block-pick question "where are you an inspiring practice". */
  pickId: string;
  /** The block-ranking question of priorities, if the instrument has one. */
  rankingId?: string;
}

/**
 * The order of "most promising" pairs:
 * 1. the inspiring centre already stands where the other wants to go (its stage ≥ the other's ambition);
 * 2. the block ranks higher among the other centre's priorities (first priority first; unranked last);
 * 3. the inspiring centre's stage lies closer to that ambition (a peer one step ahead shares the most
 *    usable experience; one far behind it has the least to show);
 * 4. the order of the sources (callers pass them sorted by name), the grower's first.
 */
export function comparePairs(a: InspiringPair, b: InspiringPair, order: ReadonlyMap<string, number>): number {
  const rank = (p: InspiringPair): number => p.grower.rank ?? Number.POSITIVE_INFINITY;
  const distance = (p: InspiringPair): number => p.distance ?? Number.POSITIVE_INFINITY;
  const at = (key: string): number => order.get(key) ?? 0;
  return (
    Number(b.reaches) - Number(a.reaches) ||
    (rank(a) === rank(b) ? 0 : rank(a) < rank(b) ? -1 : 1) ||
    (distance(a) === distance(b) ? 0 : distance(a) < distance(b) ? -1 : 1) ||
    at(a.grower.key) - at(b.grower.key) ||
    at(a.inspirer.key) - at(b.inspirer.key)
  );
}

/**
 * Per block (instrument order): who wants to grow in it, who is an inspiring practice in it, and the
 * pairs between them, most promising first. A source picking "none / not yet" inspires nowhere. Pass one
 * response per centre: a centre is never paired with itself (same key).
 */
export function blockInspiration(instrument: Instrument, sources: readonly KeyedResponse[], questions: InspirationQuestions): BlockInspiration[] {
  const order = new Map<string, number>();
  sources.forEach((s, i) => {
    if (!order.has(s.key)) order.set(s.key, i);
  });
  return modelOf(instrument).blocks.map(({ block }) => {
    const growers: Grower[] = [];
    const inspirers: Inspirer[] = [];
    for (const { key, response } of sources) {
      const placement = blockPlacement(instrument, response, block.id);
      const stage = placement.currentIndex === undefined ? {} : { currentIndex: placement.currentIndex };
      const pick = response.final[questions.pickId];
      if (!pick?.none && (pick?.blocks ?? []).includes(block.id)) inspirers.push({ key, ...stage });
      const ranking = questions.rankingId ? [...new Set(response.final[questions.rankingId]?.blocks ?? [])] : [];
      const place = ranking.indexOf(block.id);
      const moves = (placement.gap ?? 0) > 0;
      if (moves || place >= 0) {
        growers.push({
          key,
          ...stage,
          ...(placement.ambitionIndex === undefined ? {} : { ambitionIndex: placement.ambitionIndex }),
          ...(place >= 0 ? { rank: place + 1 } : {}),
        });
      }
    }
    const pairs: InspiringPair[] = [];
    for (const grower of growers) {
      for (const inspirer of inspirers) {
        if (inspirer.key === grower.key) continue;
        const known = inspirer.currentIndex !== undefined && grower.ambitionIndex !== undefined;
        pairs.push({
          grower,
          inspirer,
          reaches: known && inspirer.currentIndex! >= grower.ambitionIndex!,
          ...(known ? { distance: Math.abs(inspirer.currentIndex! - grower.ambitionIndex!) } : {}),
        });
      }
    }
    pairs.sort((a, b) => comparePairs(a, b, order));
    return { blockId: block.id, growers, inspirers, pairs };
  });
}

/**
 * Keeps what concerns the given keys: the pairs in which one of them takes part (on either side), the
 * growers and inspirers that are kept or in a kept pair. `keep` undefined keeps everything.
 */
export function restrictInspiration(block: BlockInspiration, keep: ReadonlySet<string> | undefined): BlockInspiration {
  if (!keep) return block;
  const pairs = block.pairs.filter((p) => keep.has(p.grower.key) || keep.has(p.inspirer.key));
  const paired = new Set(pairs.flatMap((p) => [p.grower.key, p.inspirer.key]));
  const kept = (key: string): boolean => keep.has(key) || paired.has(key);
  return { blockId: block.blockId, growers: block.growers.filter((g) => kept(g.key)), inspirers: block.inspirers.filter((i) => kept(i.key)), pairs };
}
