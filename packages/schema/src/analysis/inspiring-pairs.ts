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
  return (
    promise(a, b) ||
    (order.get(a.grower.key) ?? 0) - (order.get(b.grower.key) ?? 0) ||
    (order.get(a.inspirer.key) ?? 0) - (order.get(b.inspirer.key) ?? 0)
  );
}

/** Steps 1–3 of `comparePairs`, without closures or look-ups: sorting thousands of pairs calls it often. */
function promise(a: InspiringPair, b: InspiringPair): number {
  if (a.reaches !== b.reaches) return a.reaches ? -1 : 1;
  const ra = a.grower.rank ?? Number.POSITIVE_INFINITY;
  const rb = b.grower.rank ?? Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra < rb ? -1 : 1;
  const da = a.distance ?? Number.POSITIVE_INFINITY;
  const db = b.distance ?? Number.POSITIVE_INFINITY;
  return da === db ? 0 : da < db ? -1 : 1;
}

export interface InspirationOptions {
  /**
   * Keep only what concerns these keys: the pairs in which one of them takes part (on either side), and
   * the growers and inspirers that are kept or in a kept pair. Absent: everything.
   */
  keep?: ReadonlySet<string>;
  /** At most this many pairs per growing centre, its most promising ones (default: all). */
  perGrower?: number;
  /** Only these blocks (default: every block): a view of one block need not pair the others. */
  blockIds?: ReadonlySet<string>;
}

/**
 * Per block (instrument order; `blockIds` limits them): who wants to grow in it, who is an inspiring practice in it, and the
 * pairs between them, most promising first. A source picking "none / not yet" inspires nowhere. Pass one
 * response per centre: a centre is never paired with itself (same key).
 *
 * For a growing centre, the order of its candidates depends only on its ambition (its rank is the same
 * for all of them), so the inspirers are ordered once per ambition and block: 1,000 centres cost a sort
 * of the inspirers per stage, not one of every pair.
 */
export function blockInspiration(
  instrument: Instrument,
  sources: readonly KeyedResponse[],
  questions: InspirationQuestions,
  options: InspirationOptions = {},
): BlockInspiration[] {
  const order = new Map<string, number>();
  sources.forEach((s, i) => {
    if (!order.has(s.key)) order.set(s.key, i);
  });
  const { keep } = options;
  const perGrower = options.perGrower ?? Number.POSITIVE_INFINITY;
  const kept = (key: string): boolean => !keep || keep.has(key);
  const blocks = modelOf(instrument).blocks.filter(({ block }) => !options.blockIds || options.blockIds.has(block.id));
  return blocks.map(({ block }) => {
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
    const byAmbition = new Map<number | undefined, InspiringPair[]>();
    const candidatesFor = (grower: Grower): InspiringPair[] => {
      let list = byAmbition.get(grower.ambitionIndex);
      if (!list) {
        list = inspirers.map((inspirer) => {
          const known = inspirer.currentIndex !== undefined && grower.ambitionIndex !== undefined;
          return {
            grower,
            inspirer,
            reaches: known && inspirer.currentIndex! >= grower.ambitionIndex!,
            ...(known ? { distance: Math.abs(inspirer.currentIndex! - grower.ambitionIndex!) } : {}),
          };
        });
        // The same grower in every pair: the order is decided by the inspirer's side alone.
        list.sort((a, b) => comparePairs(a, b, order));
        byAmbition.set(grower.ambitionIndex, list);
      }
      return list;
    };
    const pairs: InspiringPair[] = [];
    for (const grower of growers) {
      let taken = 0;
      for (const candidate of candidatesFor(grower)) {
        if (taken >= perGrower) break;
        if (candidate.inspirer.key === grower.key) continue;
        if (!kept(grower.key) && !kept(candidate.inspirer.key)) continue;
        pairs.push({ ...candidate, grower });
        taken += 1;
      }
    }
    // comparePairs, with each pair's places in the sources looked up once instead of at every comparison.
    const ranked = pairs.map((pair) => ({ pair, g: order.get(pair.grower.key) ?? 0, i: order.get(pair.inspirer.key) ?? 0 }));
    ranked.sort((a, b) => promise(a.pair, b.pair) || a.g - b.g || a.i - b.i);
    pairs.splice(0, pairs.length, ...ranked.map((r) => r.pair));
    // A kept centre is listed on each side it stands on; another centre only on the side of its kept pairs.
    const growing = new Set(pairs.map((p) => p.grower.key));
    const inspiring = new Set(pairs.map((p) => p.inspirer.key));
    return {
      blockId: block.id,
      growers: growers.filter((g) => kept(g.key) || growing.has(g.key)),
      inspirers: inspirers.filter((i) => kept(i.key) || inspiring.has(i.key)),
      pairs,
    };
  });
}
