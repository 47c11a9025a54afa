import type { BlockPlacement, Table } from '@poolster/schema';
import { schoolYear } from '@poolster/schema';
import type { ViewContext } from './context.js';
import type { Scan } from './entries.js';

/** One column of the matrix: a block. */
export interface MatrixColumn {
  blockId: string;
  /** `BlockEntry.index`: the position of the block's placement in `Scan.placements`. */
  index: number;
  /** The block's number ("4.1"), or its position from 1: short enough for a narrow column. */
  code: string;
  title: string;
  cluster: string;
}

export interface MatrixCell {
  stageIndex?: number;
  /** The stage's short code ("2"), '' when not answered. */
  short: string;
  /** The ambition's short code when the centre wants to move ("3"); the same code when it keeps its stage. */
  ambitionShort: string;
  /** The stage label, or "not answered". */
  stage: string;
  /** "→ Stage" for a move, "(keep)" for keeping the stage, '' without an ambition. */
  ambition: string;
}

/** One row of the matrix: a scan (by default the latest of a centre). */
export interface MatrixRow {
  key: string;
  name: string;
  date: string;
  /** The school year of the scan's date, '' without a date. */
  year: string;
  cells: MatrixCell[];
}

export function matrixColumns(ctx: ViewContext): MatrixColumn[] {
  return ctx.blocks.map((entry) => ({
    blockId: entry.block.id,
    index: entry.index,
    code: entry.block.number ?? String(entry.index + 1),
    title: ctx.blockTitle(entry),
    cluster: ctx.clusterTitle(entry),
  }));
}

export function matrixCell(ctx: ViewContext, placement: BlockPlacement | undefined): MatrixCell {
  const current = placement?.currentIndex;
  const stage = current === undefined ? ctx.t.unanswered : ctx.stageLabel(current);
  let ambition = '';
  let ambitionShort = '';
  if (placement?.ambitionIndex !== undefined) {
    ambition = placement.gap === 0 ? ctx.t.keep : `→ ${ctx.stageLabel(placement.ambitionIndex)}`;
    ambitionShort = ctx.stageShort(placement.ambitionIndex);
  }
  return { ...(current === undefined ? {} : { stageIndex: current }), short: current === undefined ? '' : ctx.stageShort(current), ambitionShort, stage, ambition };
}

/** The cell in words: "Stage → Stage", "Stage (keep)", "Stage" or "Not answered" (for the CSV and screen readers). */
export const cellText = (cell: MatrixCell): string => (cell.ambition ? `${cell.stage} ${cell.ambition}` : cell.stage);

export function matrixRows(ctx: ViewContext, scans: readonly Scan[], columns: readonly MatrixColumn[]): MatrixRow[] {
  return scans.map((scan) => ({
    key: scan.key,
    name: ctx.name(scan),
    date: scan.date,
    year: scan.date ? (schoolYear(scan.date) ?? '') : '',
    cells: columns.map((c) => matrixCell(ctx, scan.placements[c.index])),
  }));
}

/** The matrix as a table: a row per scan (centre, date), a column per block. */
export function matrixTable(ctx: ViewContext, scans: readonly Scan[]): Table {
  const columns = matrixColumns(ctx);
  return {
    header: [ctx.t.centre, ctx.t.date, ...columns.map((c) => `${c.code} ${c.title}`)],
    rows: matrixRows(ctx, scans, columns).map((r) => [r.name, r.date, ...r.cells.map(cellText)]),
  };
}
