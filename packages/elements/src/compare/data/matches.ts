import type { Table } from '@poolster/schema';
import { format } from '../../i18n/strings.js';
import type { CompareStrings } from '../compare.strings.js';
import type { ViewContext } from './context.js';
import type { Scan } from './entries.js';

// Matches

export interface MatchLine {
  /** The place of the block in the centre's ranking, from 1. */
  place: number;
  blockId: string;
  title: string;
  /** The other centres that picked the block as an inspiring practice, in the centres' order. */
  inspiring: string[];
}

export interface CentreMatches {
  key: string;
  name: string;
  lines: MatchLine[];
}

/**
 * For each centre (its latest scan; `centres` in display order), its priorities in order, each with the
 * OTHER centres whose latest scan picked that block as an inspiring practice.
 */
export function centreMatches(ctx: ViewContext, centres: readonly Scan[], rankingId: string, pickId: string): CentreMatches[] {
  const shown = new Map(ctx.blocks.map((b) => [b.block.id, b]));
  const pickers = new Map<string, Scan[]>();
  for (const scan of centres) {
    const pick = scan.response.final[pickId];
    if (!pick || pick.none) continue;
    for (const blockId of new Set(pick.blocks ?? [])) {
      const list = pickers.get(blockId) ?? [];
      list.push(scan);
      pickers.set(blockId, list);
    }
  }
  return centres.map((scan) => {
    const ranking = [...new Set(scan.response.final[rankingId]?.blocks ?? [])].filter((id) => ctx.model.blockById.has(id));
    const lines = ranking.flatMap((blockId, i) => {
      const entry = shown.get(blockId);
      if (!entry) return [];
      const inspiring = (pickers.get(blockId) ?? []).filter((other) => other.key !== scan.key).map((other) => ctx.name(other));
      return [{ place: i + 1, blockId, title: ctx.blockTitle(entry), inspiring }];
    });
    return { key: scan.key, name: ctx.name(scan), lines };
  });
}

export const matchSentence = (t: CompareStrings, centre: string, line: MatchLine): string =>
  `${format(t.matchLine, { centre, block: line.title })} → ${line.inspiring.length ? format(t.inspiring, { names: line.inspiring.join(', ') }) : t.noInspiring}`;

export function matchesTable(ctx: ViewContext, centres: readonly CentreMatches[]): Table {
  return {
    header: [ctx.t.centre, ctx.t.priority, ctx.t.block, ctx.t.inspiringAt],
    rows: centres.flatMap((c) => c.lines.map((l) => [c.name, String(l.place), l.title, l.inspiring.join(', ')])),
  };
}

