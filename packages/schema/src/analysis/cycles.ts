/**
 * Cycles: how centres move from one school year to the next. A centre scans about once a school year;
 * its latest scan of each school year stands for that year (an earlier one in the same year was a
 * try-out or a first draft of the same picture).
 */
import type { BlockPlacement } from './placement.js';
import { schoolYear, schoolYearStart } from './school-year.js';

/** What the cycle analysis needs of a scan: whose it is, when, and its placements in block order. */
export interface CycleScan {
  /** Identifies the centre. */
  centre: string;
  /** ISO 8601 date or date-time. */
  date: string;
  /** One placement per block, in the instrument's block order. */
  placements: readonly BlockPlacement[];
}

/** One school year of a centre: its latest scan in it. */
export interface CentreYear<T> {
  schoolYear: string;
  scan: T;
}

/** A centre's school years, oldest first. */
export interface CentreYears<T> {
  centre: string;
  years: Array<CentreYear<T>>;
}

export type Movement = 'up' | 'down' | 'same' | 'unknown';

/** up when the stage rose, down when it fell, same when it stayed; unknown when either is not known. */
export function movement(then: number | undefined, now: number | undefined): Movement {
  if (then === undefined || now === undefined) return 'unknown';
  return now > then ? 'up' : now < then ? 'down' : 'same';
}

/**
 * Per centre (in the order they first appear), the latest scan of each school year it scanned in, oldest
 * year first. A scan without a readable date belongs to no school year and is left out. Of two scans at
 * the same instant the later in the list counts (as a list sent oldest first ends with the latest).
 */
export function centreYears<T extends CycleScan>(scans: readonly T[], timeZone?: string): Array<CentreYears<T>> {
  const centres = new Map<string, Map<string, { time: number; scan: T }>>();
  for (const scan of scans) {
    const year = schoolYear(scan.date, timeZone);
    if (year === undefined) continue;
    const time = Date.parse(scan.date);
    let years = centres.get(scan.centre);
    if (!years) {
      years = new Map();
      centres.set(scan.centre, years);
    }
    const current = years.get(year);
    if (!current || time >= current.time) years.set(year, { time, scan });
  }
  return [...centres].map(([centre, years]) => ({
    centre,
    years: [...years]
      .map(([year, { scan }]) => ({ schoolYear: year, scan }))
      .sort((a, b) => schoolYearStart(a.schoolYear) - schoolYearStart(b.schoolYear)),
  }));
}

/** Every school year any centre scanned in, oldest first. */
export function schoolYearsOf<T>(centres: ReadonlyArray<CentreYears<T>>): string[] {
  const years = new Set(centres.flatMap((c) => c.years.map((y) => y.schoolYear)));
  return [...years].sort((a, b) => schoolYearStart(a) - schoolYearStart(b));
}

/** One block of a centre's step: its stage index then and now, and which way it moved. */
export interface BlockMove {
  /** The block's position in the instrument's block order. */
  blockIndex: number;
  then?: number;
  now?: number;
  movement: Movement;
}

/** A centre's step from one of its school years to the next one it scanned in. */
export interface CentreStep<T> {
  centre: string;
  from: CentreYear<T>;
  to: CentreYear<T>;
  moves: BlockMove[];
}

function step<T extends CycleScan>(centre: string, from: CentreYear<T>, to: CentreYear<T>, blockIndexes: readonly number[]): CentreStep<T> {
  const moves = blockIndexes.map((blockIndex) => {
    const then = from.scan.placements[blockIndex]?.currentIndex;
    const now = to.scan.placements[blockIndex]?.currentIndex;
    return { blockIndex, ...(then === undefined ? {} : { then }), ...(now === undefined ? {} : { now }), movement: movement(then, now) };
  });
  return { centre, from, to, moves };
}

/**
 * For every centre that scanned in two or more school years: the step from the year before its latest
 * to its latest, on the given blocks (positions in the instrument's block order). A gap year is skipped
 * over: the step is from the last year it scanned in.
 */
export function latestSteps<T extends CycleScan>(centres: ReadonlyArray<CentreYears<T>>, blockIndexes: readonly number[]): Array<CentreStep<T>> {
  return centres.flatMap(({ centre, years }) => {
    const to = years[years.length - 1];
    const from = years[years.length - 2];
    return from && to ? [step(centre, from, to, blockIndexes)] : [];
  });
}

/** How one block's distribution moved between two school years. */
export interface BlockShift {
  blockIndex: number;
  /** Centres per stage (index) in the earlier school year, and in the later. */
  before: number[];
  after: number[];
  /** Of the centres placed in both years: how many rose, stayed, fell. */
  up: number;
  same: number;
  down: number;
}

/** How the network's distribution moved between two school years. */
export interface NetworkShift {
  before: string;
  after: string;
  /** Centres with a scan in the earlier school year, in the later, and in both. */
  centresBefore: number;
  centresAfter: number;
  centresBoth: number;
  blocks: BlockShift[];
}

/**
 * The distribution per block (centres per stage) in the two latest school years any centre scanned in,
 * and, for the centres that scanned in both, how many rose, stayed or fell. Undefined with fewer than two
 * school years.
 */
export function networkShift<T extends CycleScan>(
  centres: ReadonlyArray<CentreYears<T>>,
  stageCount: number,
  blockIndexes: readonly number[],
): NetworkShift | undefined {
  const years = schoolYearsOf(centres);
  const before = years[years.length - 2];
  const after = years[years.length - 1];
  if (before === undefined || after === undefined) return undefined;
  const pick = (year: string) => centres.flatMap((c) => c.years.filter((y) => y.schoolYear === year).map((y) => ({ centre: c.centre, scan: y.scan })));
  const earlier = pick(before);
  const later = pick(after);
  const laterByCentre = new Map(later.map((l) => [l.centre, l.scan]));
  const both = earlier.flatMap((e) => {
    const now = laterByCentre.get(e.centre);
    return now ? [{ then: e.scan, now }] : [];
  });
  const count = (scans: ReadonlyArray<{ scan: T }>, blockIndex: number): number[] => {
    const counts = new Array<number>(stageCount).fill(0);
    for (const { scan } of scans) {
      const index = scan.placements[blockIndex]?.currentIndex;
      if (index !== undefined && index < stageCount) counts[index] = (counts[index] ?? 0) + 1;
    }
    return counts;
  };
  const blocks = blockIndexes.map((blockIndex) => {
    const shift: BlockShift = { blockIndex, before: count(earlier, blockIndex), after: count(later, blockIndex), up: 0, same: 0, down: 0 };
    for (const { then, now } of both) {
      const moved = movement(then.placements[blockIndex]?.currentIndex, now.placements[blockIndex]?.currentIndex);
      if (moved !== 'unknown') shift[moved] += 1;
    }
    return shift;
  });
  return { before, after, centresBefore: earlier.length, centresAfter: later.length, centresBoth: both.length, blocks };
}
