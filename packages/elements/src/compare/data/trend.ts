import type { Table } from '@poolster/schema';
import type { CompareStrings } from '../compare.strings.js';
import type { ViewContext } from './context.js';
import type { Scan } from './entries.js';

// Trend

export type Movement = 'up' | 'down' | 'same' | 'unknown';

export interface TrendRow {
  blockId: string;
  title: string;
  then?: number;
  now?: number;
  movement: Movement;
}

export interface CentreTrend {
  key: string;
  name: string;
  first: Scan;
  last: Scan;
  rows: TrendRow[];
}

export function centreTrend(ctx: ViewContext, first: Scan, last: Scan): CentreTrend {
  const rows = ctx.blocks.map((entry) => {
    const then = first.placements[entry.index]?.currentIndex;
    const now = last.placements[entry.index]?.currentIndex;
    const movement: Movement = then === undefined || now === undefined ? 'unknown' : now > then ? 'up' : now < then ? 'down' : 'same';
    return { blockId: entry.block.id, title: ctx.blockTitle(entry), ...(then === undefined ? {} : { then }), ...(now === undefined ? {} : { now }), movement };
  });
  return { key: first.key, name: ctx.name(last), first, last, rows };
}

/** Signs before the words (never "=", which a spreadsheet would read as a formula). */
export const MOVEMENT_SIGN: Record<Movement, string> = { up: '↑', down: '↓', same: '→', unknown: '–' };

export const movementText = (t: CompareStrings, movement: Movement): string => `${MOVEMENT_SIGN[movement]} ${t[movement]}`;

export function trendTable(ctx: ViewContext, trends: readonly CentreTrend[]): Table {
  const stage = (i: number | undefined): string => (i === undefined ? ctx.t.unanswered : ctx.stageLabel(i));
  return {
    header: [ctx.t.centre, ctx.t.block, ctx.t.dateThen, ctx.t.then, ctx.t.dateNow, ctx.t.now, ctx.t.movement],
    rows: trends.flatMap((c) => c.rows.map((r) => [c.name, r.title, c.first.date, stage(r.then), c.last.date, stage(r.now), movementText(ctx.t, r.movement)])),
  };
}
