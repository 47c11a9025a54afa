import type { BlockEntry, InstrumentModel } from '@poolster/schema';
import type { CompareStrings } from '../compare.strings.js';
import type { Scan } from './entries.js';

export const VIEWS = ['matrix', 'distribution', 'challenges', 'comments', 'priorities', 'inspire', 'cycles', 'teams'] as const;
export type CompareView = (typeof VIEWS)[number];
export const SORTS = ['label', 'mean-stage', 'date'] as const;
export type CompareSort = (typeof SORTS)[number];

/** What every view needs to turn ids into display texts. */
export interface ViewContext {
  t: CompareStrings;
  model: InstrumentModel;
  /** The blocks shown (after the cluster filter), in the instrument's order. */
  blocks: readonly BlockEntry[];
  name(scan: Scan): string;
  blockTitle(entry: BlockEntry): string;
  clusterTitle(entry: BlockEntry): string;
  stageLabel(index: number | undefined): string;
  /** The stage's short code: the instrument's `short`, or its number (1 for the first stage). */
  stageShort(index: number): string;
}

export interface ClusterGroup<R> {
  clusterId: string;
  title: string;
  rows: R[];
}

/** Consecutive blocks of the same cluster (blocks are in the instrument's order). */
export function groupByCluster<R>(ctx: ViewContext, row: (entry: BlockEntry) => R): Array<ClusterGroup<R>> {
  const groups: Array<ClusterGroup<R>> = [];
  for (const entry of ctx.blocks) {
    let group = groups[groups.length - 1];
    if (!group || group.clusterId !== entry.cluster.id) {
      group = { clusterId: entry.cluster.id, title: ctx.clusterTitle(entry), rows: [] };
      groups.push(group);
    }
    group.rows.push(row(entry));
  }
  return groups;
}

/** A heading for a scan: its name, and its date when it has one. */
export const scanHeading = (ctx: ViewContext, scan: Scan): string => (scan.date ? `${ctx.name(scan)} (${scan.date})` : ctx.name(scan));
