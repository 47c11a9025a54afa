import type { Instrument } from '../instrument.js';
import { modelOf } from '../model.js';
import type { Response } from '../response.js';
import { blockPlacement } from './placement.js';

/**
 * Functions over many responses. They expect responses of the given instrument (callers refuse the
 * others first, with a message); answers to unknown blocks, questions or options are not counted.
 */

export interface StageDistribution {
  blockId: string;
  /** How many responses place the block at each stage, in the instrument's stage order. */
  current: number[];
  /** How many responses aim for each stage (keeping counts as aiming for the current stage). */
  ambition: number[];
  unanswered: number;
}

export function stageDistribution(instrument: Instrument, responses: readonly Response[]): StageDistribution[] {
  const stages = instrument.stages.length;
  return modelOf(instrument).blocks.map(({ block }) => {
    const row: StageDistribution = { blockId: block.id, current: Array(stages).fill(0), ambition: Array(stages).fill(0), unanswered: 0 };
    for (const response of responses) {
      const p = blockPlacement(instrument, response, block.id);
      if (p.currentIndex === undefined) row.unanswered += 1;
      else row.current[p.currentIndex]! += 1;
      if (p.ambitionIndex !== undefined) row.ambition[p.ambitionIndex]! += 1;
    }
    return row;
  });
}

export interface OptionCounts {
  questionId: string;
  /** Per block: how many responses chose each option id, and how many chose at least one option. */
  perBlock: Array<{ blockId: string; counts: Record<string, number>; answered: number }>;
  /** Summed over all blocks. */
  total: Record<string, number>;
}

/** How often each option of a block question (single or multiple choice, stage, ambition) was chosen. */
export function optionCounts(instrument: Instrument, responses: readonly Response[], questionId: string): OptionCounts {
  const question = instrument.blockQuestions.find((q) => q.id === questionId);
  const optionIds =
    question?.type === 'stage' ? instrument.stages.map((s) => s.id) : question && 'options' in question ? question.options.map((o) => o.id) : [];
  // Counted in arrays by option position, not in records by id: a comparison counts a thousand responses
  // per block and question, and this runs once per view.
  const position = new Map(optionIds.map((id, i) => [id, i]));
  const total = new Array<number>(optionIds.length).fill(0);
  // `seenIn[i] === stamp`: option i was already counted for this answer (an id named twice counts once).
  const seenIn = new Array<number>(optionIds.length).fill(-1);
  let stamp = 0;
  const count = (counts: number[], id: string): void => {
    const i = position.get(id);
    if (i === undefined || seenIn[i] === stamp) return;
    seenIn[i] = stamp;
    counts[i]! += 1;
    total[i]! += 1;
  };
  const toRecord = (counts: number[]): Record<string, number> => Object.fromEntries(optionIds.map((id, i) => [id, counts[i]!]));
  const perBlock = modelOf(instrument).blocks.map(({ block }) => {
    const counts = new Array<number>(optionIds.length).fill(0);
    let answered = 0;
    for (const response of responses) {
      const answer = response.blocks[block.id]?.[questionId];
      if (!answer) continue;
      stamp += 1;
      if (answer.choices) {
        if (answer.choices.length > 0) answered += 1;
        for (const id of answer.choices) count(counts, id);
      } else if (answer.choice !== undefined) {
        answered += 1;
        count(counts, answer.choice);
      }
    }
    return { blockId: block.id, counts: toRecord(counts), answered };
  });
  return { questionId, perBlock, total: toRecord(total) };
}

export interface RankedBlock {
  blockId: string;
  /** Sum of rank weights: the first of a ranking of at most N gets N points, the second N − 1, … */
  score: number;
  /** In how many responses the block appears at all. */
  mentions: number;
  /** In how many responses it is ranked first. */
  firstPlaces: number;
}

/**
 * Combines many rankings (or picks) of blocks into one list by a rank-weighted count (a Borda count):
 * with at most N places, place 1 is worth N points and place N one point. For an unordered pick every
 * mention is worth one point. Sorted by score, then mentions, then the instrument's order.
 */
export function rankWeightedBlocks(instrument: Instrument, responses: readonly Response[], questionId: string): RankedBlock[] {
  const question = instrument.finalQuestions.find((q) => q.id === questionId);
  const ordered = question?.type === 'block-ranking';
  const places = question && 'max' in question && question.max !== undefined ? question.max : 1;
  const model = modelOf(instrument);
  const rows = new Map(model.blocks.map(({ block }) => [block.id, { blockId: block.id, score: 0, mentions: 0, firstPlaces: 0 }]));
  for (const response of responses) {
    const blocks = [...new Set(response.final[questionId]?.blocks ?? [])];
    blocks.forEach((blockId, rank) => {
      const row = rows.get(blockId);
      if (!row) return;
      row.mentions += 1;
      row.score += ordered ? Math.max(1, places - rank) : 1;
      if (ordered && rank === 0) row.firstPlaces += 1;
    });
  }
  const order = (id: string): number => model.blockById.get(id)?.index ?? 0;
  return [...rows.values()].sort((a, b) => b.score - a.score || b.mentions - a.mentions || order(a.blockId) - order(b.blockId));
}
