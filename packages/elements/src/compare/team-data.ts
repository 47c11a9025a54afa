import type { BlockDisagreement, Table } from '@poolster/schema';
import { format } from '../i18n/strings.js';
import type { ViewContext } from './compare-data.js';

/** One block of the team-rounds view: how much the teams of the compared scans disagreed on it. */
export interface TeamRow {
  blockId: string;
  title: string;
  cluster: string;
  /** Scans with a team round on the block. */
  rounds: number;
  /** The mean spread of those rounds, in stages. */
  meanSpread: number;
  /** Rounds whose placements lay two or more stages apart. */
  wide: number;
}

/** `teamDisagreement`'s order (most disagreed first), restricted to the shown blocks. */
export function teamRows(ctx: ViewContext, disagreement: readonly BlockDisagreement[]): TeamRow[] {
  const shown = new Map(ctx.blocks.map((b) => [b.block.id, b]));
  return disagreement.flatMap((d) => {
    const entry = shown.get(d.blockId);
    if (!entry) return [];
    return [{ blockId: d.blockId, title: ctx.blockTitle(entry), cluster: ctx.clusterTitle(entry), rounds: d.rounds, meanSpread: d.meanSpread, wide: d.wide }];
  });
}

/** A mean spread as people read it in their language: at most one decimal ("1,5" in Dutch). */
export const spreadText = (value: number, lang: string): string => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);

/** How many of the compared scans kept a team round with votes on at least one block. */
export const scansWithRounds = (responses: ReadonlyArray<{ team?: Record<string, { votes?: unknown }> }>): number =>
  responses.filter((r) => Object.values(r.team ?? {}).some((entry) => entry.votes !== undefined)).length;

export function teamsTable(ctx: ViewContext, rows: readonly TeamRow[], lang: string): Table {
  return {
    header: [ctx.t.cluster, ctx.t.block, ctx.t.teamRounds, ctx.t.meanSpread, ctx.t.wideRounds],
    rows: rows.map((r) => [r.cluster, r.title, String(r.rounds), spreadText(r.meanSpread, lang), format(ctx.t.wideValue, { n: r.wide, total: r.rounds })]),
  };
}
