import type { OptionCounts, RankedBlock, StageDistribution, Table } from '@poolster/schema';
import { format } from '../../i18n/strings.js';
import { groupByCluster, type ClusterGroup, type ViewContext } from './context.js';
import type { Scan } from './entries.js';

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

// Aspects

export interface AspectRow {
  optionId: string;
  label: string;
  count: number;
  /** Rounded percentage of the answers to the question (0 when there are none). */
  percent: number;
}

export interface AspectQuestion {
  questionId: string;
  title: string;
  /** Answers (a scan's answer for one block) that chose at least one option, over the shown blocks. */
  answered: number;
  rows: AspectRow[];
}

/**
 * The options of a multiple-choice block question ranked by how often they were chosen over the shown
 * blocks and all scans (counts from `optionCounts`), then in the instrument's order.
 */
export function aspectQuestion(
  ctx: ViewContext,
  scans: readonly Scan[],
  counts: OptionCounts,
  title: string,
  optionLabels: ReadonlyArray<{ id: string; label: string }>,
): AspectQuestion {
  const all = ctx.blocks.length === ctx.model.blocks.length;
  const shown = new Set(ctx.blocks.map((b) => b.block.id));
  const totals: Record<string, number> = all ? counts.total : {};
  if (!all) {
    for (const { blockId, counts: perBlock } of counts.perBlock) {
      if (!shown.has(blockId)) continue;
      for (const [id, n] of Object.entries(perBlock)) totals[id] = (totals[id] ?? 0) + n;
    }
  }
  let answered = 0;
  for (const scan of scans) {
    for (const { block } of ctx.blocks) {
      if ((scan.response.blocks[block.id]?.[counts.questionId]?.choices?.length ?? 0) > 0) answered += 1;
    }
  }
  const rows = optionLabels
    .map((o, order) => ({ order, optionId: o.id, label: o.label, count: totals[o.id] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ optionId, label, count }) => ({ optionId, label, count, percent: answered === 0 ? 0 : Math.round((count / answered) * 100) }));
  return { questionId: counts.questionId, title, answered, rows };
}

export function aspectsTable(ctx: ViewContext, questions: readonly AspectQuestion[]): Table {
  return {
    header: [ctx.t.question, ctx.t.option, ctx.t.count, ctx.t.percent],
    rows: questions.flatMap((q) => q.rows.map((r) => [q.title, r.label, String(r.count), format(ctx.t.percentValue, { n: r.percent })])),
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

