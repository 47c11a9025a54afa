import type { Instrument } from '../instrument.js';
import { modelOf } from '../model.js';
import type { Response } from '../response.js';

/** Where a response places one building block on the continuum, and where it wants to go. */
export interface BlockPlacement {
  blockId: string;
  clusterId: string;
  /** The chosen current stage, when answered and known. */
  current?: string;
  currentIndex?: number;
  /** The stage aimed for: the chosen later stage, or the current one when the team keeps it. */
  ambition?: string;
  ambitionIndex?: number;
  /** True when the ambition is to keep the current stage. */
  keep: boolean;
  /** ambitionIndex − currentIndex: how many stages the team wants to move (0 = keep). */
  gap?: number;
}

/** The position of a stage on the instrument's continuum (0 for the first), or −1 when unknown. */
export function stageIndex(instrument: Instrument, stageId: string | undefined): number {
  return stageId === undefined ? -1 : (modelOf(instrument).stageIndex.get(stageId) ?? -1);
}

export function blockPlacement(instrument: Instrument, response: Response, blockId: string): BlockPlacement {
  const model = modelOf(instrument);
  const entry = model.blockById.get(blockId);
  const answers = response.blocks[blockId] ?? {};
  const placement: BlockPlacement = { blockId, clusterId: entry?.cluster.id ?? '', keep: false };

  const currentId = model.stageQuestion ? answers[model.stageQuestion.id]?.choice : undefined;
  const currentIndex = stageIndex(instrument, currentId);
  if (currentIndex >= 0) Object.assign(placement, { current: currentId, currentIndex });

  const ambitionQuestion = model.ambitionQuestion;
  const option = ambitionQuestion?.options.find((o) => o.id === answers[ambitionQuestion.id]?.choice);
  if (option) {
    placement.keep = option.stage === undefined;
    const targetId = option.stage ?? placement.current;
    const targetIndex = stageIndex(instrument, targetId);
    if (targetIndex >= 0) Object.assign(placement, { ambition: targetId, ambitionIndex: targetIndex });
  }
  if (placement.currentIndex !== undefined && placement.ambitionIndex !== undefined) {
    placement.gap = placement.ambitionIndex - placement.currentIndex;
  }
  return placement;
}

/** Every block's placement, in the instrument's order. */
export function blockPlacements(instrument: Instrument, response: Response): BlockPlacement[] {
  return modelOf(instrument).blocks.map(({ block }) => blockPlacement(instrument, response, block.id));
}
