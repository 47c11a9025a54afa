import type { Block, Cluster, Instrument, Stage } from './instrument.js';
import type { AmbitionQuestion, Question, StageQuestion } from './questions.js';

export interface BlockEntry {
  block: Block;
  cluster: Cluster;
  /** Position among all blocks of the instrument, from 0. */
  index: number;
}

/**
 * Lookups derived once from an instrument: every consumer (validation, analysis, the elements) needs
 * the blocks in order, blocks by id, and the stage order, and must not compute them its own way.
 */
export interface InstrumentModel {
  instrument: Instrument;
  blocks: BlockEntry[];
  blockById: Map<string, BlockEntry>;
  stageIndex: Map<string, number>;
  /** The first block question of type `stage`: the one the continuum is read from. */
  stageQuestion?: StageQuestion;
  /** The first block question of type `ambition`. */
  ambitionQuestion?: AmbitionQuestion;
}

const models = new WeakMap<Instrument, InstrumentModel>();

export function modelOf(instrument: Instrument): InstrumentModel {
  let model = models.get(instrument);
  if (!model) {
    const blocks = instrument.clusters.flatMap((cluster) => cluster.blocks.map((block) => ({ block, cluster })));
    const entries = blocks.map((entry, index) => ({ ...entry, index }));
    model = {
      instrument,
      blocks: entries,
      blockById: new Map(entries.map((e) => [e.block.id, e])),
      stageIndex: new Map(instrument.stages.map((s: Stage, i) => [s.id, i])),
      stageQuestion: instrument.blockQuestions.find((q): q is StageQuestion => q.type === 'stage'),
      ambitionQuestion: instrument.blockQuestions.find((q): q is AmbitionQuestion => q.type === 'ambition'),
    };
    models.set(instrument, model);
  }
  return model;
}

export const findQuestion = (questions: readonly Question[], id: string): Question | undefined => questions.find((q) => q.id === id);

/** The major part of a semantic version ("1.4.2" → 1). */
export const majorOf = (version: string): number => Number.parseInt(version.split('.')[0] ?? '', 10);
