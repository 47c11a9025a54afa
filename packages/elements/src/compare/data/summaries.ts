import type { RankedBlock, StageDistribution, Table } from '@poolster/schema';
import { groupByCluster, type ClusterGroup, type ViewContext } from './context.js';

// Distribution

export interface DistributionRow {
  blockId: string;
  title: string;
  /** Scans per stage, in the instrument's stage order. */
  counts: number[];
  unanswered: number;
}

export function distributionRows(ctx: ViewContext, distribution: readonly StageDistribution[]): Array<ClusterGroup<DistributionRow>> {
  const byBlock = new Map(distribution.map((d) => [d.blockId, d]));
  return groupByCluster(ctx, (entry) => {
    const d = byBlock.get(entry.block.id);
    return { blockId: entry.block.id, title: ctx.blockTitle(entry), counts: d ? [...d.current] : [], unanswered: d?.unanswered ?? 0 };
  });
}

export function distributionTable(ctx: ViewContext, groups: ReadonlyArray<ClusterGroup<DistributionRow>>): Table {
  return {
    header: [ctx.t.cluster, ctx.t.block, ...ctx.model.instrument.stages.map((_, i) => ctx.stageLabel(i)), ctx.t.unanswered],
    rows: groups.flatMap((g) => g.rows.map((r) => [g.title, r.title, ...r.counts.map(String), String(r.unanswered)])),
  };
}

// Priorities

export interface PriorityRow {
  rank: number;
  blockId: string;
  title: string;
  score: number;
  mentions: number;
  firstPlaces: number;
}

/** The rank-weighted list, restricted to the shown blocks (ranks count the shown rows). */
export function priorityRows(ctx: ViewContext, ranked: readonly RankedBlock[]): PriorityRow[] {
  const shown = new Map(ctx.blocks.map((b) => [b.block.id, b]));
  return ranked
    .filter((r) => shown.has(r.blockId))
    .map((r, i) => ({ rank: i + 1, blockId: r.blockId, title: ctx.blockTitle(shown.get(r.blockId)!), score: r.score, mentions: r.mentions, firstPlaces: r.firstPlaces }));
}

export function prioritiesTable(ctx: ViewContext, rows: readonly PriorityRow[]): Table {
  return {
    header: [ctx.t.rank, ctx.t.block, ctx.t.points, ctx.t.mentions, ctx.t.firstPlaces],
    rows: rows.map((r) => [String(r.rank), r.title, String(r.score), String(r.mentions), String(r.firstPlaces)]),
  };
}

