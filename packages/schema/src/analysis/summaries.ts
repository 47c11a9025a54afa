import type { Instrument } from '../instrument.js';
import type { Response } from '../response.js';
import { blockPlacements, type BlockPlacement } from './placement.js';

export interface ClusterSummary {
  clusterId: string;
  blocks: BlockPlacement[];
  /** Blocks with a current stage. */
  placed: number;
  total: number;
  /** Mean stage index of the placed blocks (0 = first stage); undefined when none is placed. */
  meanCurrentIndex?: number;
  meanAmbitionIndex?: number;
  meanGap?: number;
}

const mean = (values: number[]): number | undefined =>
  values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;

const defined = (values: Array<number | undefined>): number[] => values.filter((v): v is number => v !== undefined);

export function clusterSummaries(instrument: Instrument, response: Response): ClusterSummary[] {
  const all = blockPlacements(instrument, response);
  return instrument.clusters.map((cluster) => {
    const blocks = all.filter((p) => p.clusterId === cluster.id);
    const placed = defined(blocks.map((b) => b.currentIndex));
    return {
      clusterId: cluster.id,
      blocks,
      placed: placed.length,
      total: blocks.length,
      meanCurrentIndex: mean(placed),
      meanAmbitionIndex: mean(defined(blocks.map((b) => b.ambitionIndex))),
      meanGap: mean(defined(blocks.map((b) => b.gap))),
    };
  });
}
