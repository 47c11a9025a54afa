import type { BlockEntry } from '@poolster/schema';
import type { CompareSort } from './context.js';
import type { Scan } from './entries.js';

/** Sorting the centres by the stage of one block (a column of the matrix). */
export interface BlockSort {
  /** `BlockEntry.index` of the block. */
  index: number;
  /** descending: highest stage first; ascending: lowest first. Unplaced always last. */
  direction: 'ascending' | 'descending';
}

/** Mean current stage index over the given blocks, or undefined when none of them is placed. */
export function meanStage(scan: Scan, blocks: readonly BlockEntry[]): number | undefined {
  let sum = 0;
  let n = 0;
  for (const { index } of blocks) {
    const i = scan.placements[index]?.currentIndex;
    if (i !== undefined) {
      sum += i;
      n += 1;
    }
  }
  return n === 0 ? undefined : sum / n;
}

/** Higher values first, undefined last. */
const highFirst = (a: number | undefined, b: number | undefined): number => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : b - a);

/**
 * Orders scans: by the stage of one block when `byBlock` is given, else by name (numbers in names compared
 * as numbers), by mean stage over the shown blocks (highest first, unplaced last) or by date (oldest first,
 * undated last). Ties: name, date, entry order.
 */
export function sortScans(
  scans: readonly Scan[],
  sort: CompareSort,
  names: ReadonlyMap<string, string>,
  blocks: readonly BlockEntry[],
  lang: string,
  byBlock?: BlockSort,
): Scan[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const name = (s: Scan): string => names.get(s.key) ?? s.key;
  const byName = (a: Scan, b: Scan): number => collator.compare(name(a), name(b));
  const byDate = (a: Scan, b: Scan): number => (a.date === b.date ? 0 : a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? -1 : 1);
  const byIndex = (a: Scan, b: Scan): number => a.index - b.index;
  if (byBlock) {
    const stage = (s: Scan): number | undefined => s.placements[byBlock.index]?.currentIndex;
    const sign = byBlock.direction === 'descending' ? 1 : -1;
    const byStage = (a: Scan, b: Scan): number => {
      const sa = stage(a);
      const sb = stage(b);
      if (sa === undefined || sb === undefined) return highFirst(sa, sb);
      return sign * highFirst(sa, sb);
    };
    return [...scans].sort((a, b) => byStage(a, b) || byName(a, b) || byDate(a, b) || byIndex(a, b));
  }
  if (sort === 'mean-stage') {
    const means = new Map(scans.map((s) => [s, meanStage(s, blocks)]));
    return [...scans].sort((a, b) => highFirst(means.get(a), means.get(b)) || byName(a, b) || byDate(a, b) || byIndex(a, b));
  }
  if (sort === 'date') return [...scans].sort((a, b) => byDate(a, b) || byName(a, b) || byIndex(a, b));
  return [...scans].sort((a, b) => byName(a, b) || byDate(a, b) || byIndex(a, b));
}
