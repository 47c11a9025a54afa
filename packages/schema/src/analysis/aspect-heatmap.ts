import type { Instrument } from '../instrument.js';
import { modelOf } from '../model.js';
import type { MultipleChoiceQuestion } from '../questions.js';
import type { KeyedResponse } from './network-sources.js';

/** One cell of the block × option heatmap: how many keys (centres) chose the option for the block, and which. */
export interface HeatmapCell {
  optionId: string;
  count: number;
  /** The keys behind the count, in the order of the sources. */
  keys: string[];
  /** True for an exclusive option ("none"): it names no aspect, so rankings put it last. */
  exclusive: boolean;
}

export interface HeatmapRow {
  blockId: string;
  /** One cell per option, in the question's option order. */
  cells: HeatmapCell[];
  /** How many sources answered the question for this block (chose at least one known option). */
  answered: number;
}

export interface AspectHeatmap {
  questionId: string;
  /** One row per block, in the instrument's order. */
  rows: HeatmapRow[];
  /** The highest count of a non-exclusive cell (0 when nothing is named): the top of the shading scale. */
  max: number;
}

/** The multiple-choice block questions (levers, obstacles, …): the aspects a heatmap can show. */
export const multipleChoiceBlockQuestions = (instrument: Instrument): MultipleChoiceQuestion[] =>
  instrument.blockQuestions.filter((q): q is MultipleChoiceQuestion => q.type === 'multiple-choice');

/**
 * Per block, how often each option of a multiple-choice block question is named. Each source counts at
 * most once per cell, however often it repeats an option; unknown options and blocks are not counted.
 * Pass one response per centre (the latest) to count centres, or every scan to count scans.
 */
export function aspectHeatmap(instrument: Instrument, sources: readonly KeyedResponse[], questionId: string): AspectHeatmap {
  const question = multipleChoiceBlockQuestions(instrument).find((q) => q.id === questionId);
  const options = question?.options ?? [];
  let max = 0;
  const rows = modelOf(instrument).blocks.map(({ block }): HeatmapRow => {
    const cells = options.map((o): HeatmapCell => ({ optionId: o.id, count: 0, keys: [], exclusive: o.exclusive === true }));
    const byId = new Map(cells.map((c) => [c.optionId, c]));
    let answered = 0;
    for (const { key, response } of sources) {
      const chosen = new Set(response.blocks[block.id]?.[questionId]?.choices ?? []);
      let known = false;
      for (const id of chosen) {
        const cell = byId.get(id);
        if (!cell) continue;
        known = true;
        cell.count += 1;
        cell.keys.push(key);
      }
      if (known) answered += 1;
    }
    for (const c of cells) if (!c.exclusive && c.count > max) max = c.count;
    return { blockId: block.id, cells, answered };
  });
  return { questionId, rows, max };
}

/**
 * A row's options, most named first: the answer to "which obstacles are named most in this block?".
 * Exclusive options ("none") come after every aspect; ties keep the question's option order.
 */
export function rankedCells(row: HeatmapRow): HeatmapCell[] {
  const order = new Map(row.cells.map((c, i) => [c, i]));
  return [...row.cells].sort((a, b) => Number(a.exclusive) - Number(b.exclusive) || b.count - a.count || order.get(a)! - order.get(b)!);
}

/**
 * The shade of a count on a sequential scale of `steps` steps (0 = no one named it, `steps` = the most
 * named cell). Non-zero counts never fall to 0, so a cell someone named never looks empty.
 */
export function heatLevel(count: number, max: number, steps: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(steps, Math.ceil((count / max) * steps)));
}
