import { centreYears, latestSteps, networkShift, type CentreYears, type Movement, type Table } from '@poolster/schema';
import { format, plural } from '../i18n/strings.js';
import type { Scan, ViewContext } from './compare-data.js';
import type { CyclesStrings } from './cycles.strings.js';

/** A scan as the cycle analysis reads it: its centre (`centreId`, else its label) and the entry's date as sent. */
interface CycleInput {
  centre: string;
  date: string;
  placements: Scan['placements'];
  scan: Scan;
}

/** One block of the network table: centres per stage in the earlier and the later school year. */
export interface CyclesNetworkRow {
  blockId: string;
  title: string;
  cells: Array<{ before: number; after: number }>;
  up: number;
  same: number;
  down: number;
}

export interface CyclesNetwork {
  before: string;
  after: string;
  /** "12 centres scanned in 2024–2025 · 14 centres in 2025–2026 · 11 centres in both", in plural forms. */
  counts: string;
  rows: CyclesNetworkRow[];
}

export interface CyclesCentreRow {
  blockId: string;
  title: string;
  then: string;
  now: string;
  movement: Movement;
}

export interface CyclesCentre {
  key: string;
  name: string;
  from: string;
  to: string;
  rows: CyclesCentreRow[];
}

/** What the cycles view shows: undefined `network` when the scans cover fewer than two school years. */
export interface CyclesModel {
  network?: CyclesNetwork;
  centres: CyclesCentre[];
}

// The school years of each centre depend only on the scans: worked out once per classification, not on
// every render (a filter or a sort changes which blocks and in which order, not the school years).
const yearsOf = new WeakMap<readonly Scan[], Array<CentreYears<CycleInput>>>();

function centreYearsOf(scans: readonly Scan[]): Array<CentreYears<CycleInput>> {
  let years = yearsOf.get(scans);
  if (!years) {
    const inputs = scans.map((scan) => ({ centre: scan.entry.centreId ?? scan.key, date: typeof scan.entry.date === 'string' ? scan.entry.date : '', placements: scan.placements, scan }));
    years = centreYears(inputs);
    yearsOf.set(scans, years);
  }
  return years;
}

/**
 * The cycles view's model: the network's distribution per block in the two latest school years, and per
 * centre with two or more school years the step to its latest, on the blocks shown. `order` puts the
 * centres in the element's sort order (it receives each centre's latest scan).
 */
export function prepareCycles(ctx: ViewContext, cs: CyclesStrings, lang: string, scans: readonly Scan[], order: (latest: Scan[]) => Scan[]): CyclesModel {
  const years = centreYearsOf(scans);
  const indexes = ctx.blocks.map((b) => b.index);
  const stageCount = ctx.model.instrument.stages.length;
  const shift = networkShift(years, stageCount, indexes);
  const stage = (i: number | undefined) => (i === undefined ? cs.unanswered : ctx.stageLabel(i));
  const steps = latestSteps(years, indexes);
  const byLatest = new Map(steps.map((s) => [s.to.scan.scan, s]));
  const centres = order(steps.map((s) => s.to.scan.scan)).map((latest): CyclesCentre => {
    const s = byLatest.get(latest)!;
    return {
      key: s.centre,
      name: ctx.name(latest),
      from: s.from.schoolYear,
      to: s.to.schoolYear,
      rows: s.moves.map((m, i) => {
        const entry = ctx.blocks[i]!;
        return { blockId: entry.block.id, title: ctx.blockTitle(entry), then: stage(m.then), now: stage(m.now), movement: m.movement };
      }),
    };
  });
  if (!shift) return { centres };
  const counts = [
    plural(cs.networkCentres, lang, { count: shift.centresBefore, n: shift.centresBefore, before: shift.before }),
    plural(cs.networkCentresAfter, lang, { count: shift.centresAfter, n: shift.centresAfter, after: shift.after }),
    plural(cs.networkBoth, lang, { count: shift.centresBoth, n: shift.centresBoth }),
  ].join(' · ');
  const rows = shift.blocks.map((b, i): CyclesNetworkRow => {
    const entry = ctx.blocks[i]!;
    return { blockId: entry.block.id, title: ctx.blockTitle(entry), cells: b.before.map((before, s) => ({ before, after: b.after[s] ?? 0 })), up: b.up, same: b.same, down: b.down };
  });
  return { network: { before: shift.before, after: shift.after, counts, rows }, centres };
}

/** Signs before the words (never "=", which a spreadsheet would read as a formula). */
export const CYCLE_SIGN: Record<Movement, string> = { up: '↑', down: '↓', same: '→', unknown: '–' };

/** The CSV of the cycles view: the network's rows, then a row per centre and block. */
export function cyclesTable(ctx: ViewContext, cs: CyclesStrings, model: CyclesModel): Table {
  const stages = ctx.model.instrument.stages.map((_, i) => ctx.stageLabel(i));
  const rows: string[][] = [];
  const network = model.network;
  if (network) {
    const heading = format(cs.networkHeading, { before: network.before, after: network.after });
    for (const r of network.rows) {
      const moved = format(cs.movedCounts, { up: r.up, same: r.same, down: r.down });
      rows.push([heading, r.title, network.before, '', ...r.cells.map((c) => String(c.before))]);
      rows.push([heading, r.title, network.after, moved, ...r.cells.map((c) => String(c.after))]);
    }
  }
  const header = [cs.csvCentre, cs.block, cs.csvFrom, cs.then, cs.csvTo, cs.now, cs.movement];
  const centreRows = model.centres.flatMap((c) => c.rows.map((r) => [c.name, r.title, c.from, r.then, c.to, r.now, `${CYCLE_SIGN[r.movement]} ${cs[r.movement]}`]));
  if (!network) return { header, rows: centreRows };
  return {
    header: [cs.csvCentre, cs.block, cs.csvFrom, cs.moved, ...stages],
    rows: [...rows, [], header, ...centreRows],
  };
}
