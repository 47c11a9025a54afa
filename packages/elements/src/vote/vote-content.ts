import { blockName, type BallotPlacement, contentLanguage, fillPlaceholders, localize, modelOf, type Block, type Instrument, type RichText, type Text } from '@poolster/schema';
import type { ChoiceOption } from '../choice-group/choice-group.js';
import type { StageCard } from '../stage-picker/stage-picker.js';

/** What the participant reads of one block: the same stage cards and question texts the scan shows. */
export interface VoteBlock {
  id: string;
  title: string;
  /** The block's number in the scan ("4", or the content's own numbering). */
  number: string;
  stages: StageCard[];
  stagePrompt: string;
  ambitionPrompt: string;
  /** Every ambition option with the stage it evolves to (absent: keep the current stage), in order. */
  ambition: { option: ChoiceOption; stageIndex?: number }[];
}

/**
 * The block texts in the participant's language. The scan builds its stage cards the same way
 * (scan/views/question.ts `stageCards`); this is the small part of that the participant needs,
 * without the scan's context.
 */
export function voteBlock(instrument: Instrument, blockId: string, lang: string): VoteBlock | undefined {
  const model = modelOf(instrument);
  const entry = model.blockById.get(blockId);
  if (!entry) return undefined;
  const contentLang = contentLanguage(instrument, lang);
  const text = (value: Text | undefined) => localize(value, contentLang, instrument.defaultLanguage);
  // A list item is `{ list: Text[] }` (the schema's isListItem lives beside the zod schemas, so it is not imported).
  const rich = (value: RichText | undefined) =>
    (value ?? []).flatMap((p) => {
      const list = typeof p === 'object' ? (p as { list?: unknown }).list : undefined;
      return Array.isArray(list) ? (list as Text[]).map(text) : [text(p as Text)];
    });
  const block: Block = entry.block;
  const fill = (s: string) => fillPlaceholders(s, { block: blockName(instrument, block, contentLang) });
  const ambitionQuestion = model.ambitionQuestion;
  return {
    id: block.id,
    title: text(block.title),
    number: block.number ?? String(entry.index + 1),
    stages: instrument.stages.map((stage) => ({
      id: stage.id,
      label: text(stage.label),
      ...(stage.gloss !== undefined ? { gloss: text(stage.gloss) } : {}),
      paragraphs: rich(block.stages[stage.id]),
    })),
    stagePrompt: fill(text(model.stageQuestion?.prompt)),
    ambitionPrompt: ambitionQuestion ? fill(text(ambitionQuestion.prompt)) : '',
    ambition: (ambitionQuestion?.options ?? []).map((o) => {
      const stageIndex = o.stage === undefined ? undefined : model.stageIndex.get(o.stage);
      return { option: { id: o.id, label: fill(text(o.label)) }, ...(stageIndex === undefined ? {} : { stageIndex }) };
    }),
  };
}

/**
 * The ambition options worth offering once the current stage is chosen: "keep", and the later stages
 * only; evolving to the stage the centre is at already, or to an earlier one, is not an ambition.
 */
export function ambitionOptions(block: VoteBlock, currentStageId: string | undefined): ChoiceOption[] {
  const current = block.stages.findIndex((s) => s.id === currentStageId);
  if (current < 0) return [];
  return block.ambition.filter((a) => a.stageIndex === undefined || a.stageIndex > current).map((a) => a.option);
}

/**
 * A plain check that the data has what the participant's view reads (stages, clusters of blocks, the
 * block questions). The scan validates an instrument fully with the schema; the participant's drop-in
 * does not carry that validator (zod) for a page that only reads stage texts.
 */
export function asInstrument(value: unknown): Instrument | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<Record<keyof Instrument, unknown>>;
  const listOk = (list: unknown, each: (item: Record<string, unknown>) => boolean) => Array.isArray(list) && list.every((i) => typeof i === 'object' && i !== null && each(i as Record<string, unknown>));
  const ok =
    typeof v.id === 'string' &&
    typeof v.defaultLanguage === 'string' &&
    Array.isArray(v.languages) &&
    listOk(v.stages, (s) => typeof s['id'] === 'string') &&
    listOk(v.blockQuestions, (q) => typeof q['type'] === 'string') &&
    listOk(v.clusters, (c) => listOk(c['blocks'], (b) => typeof b['id'] === 'string' && typeof b['stages'] === 'object' && b['stages'] !== null));
  return ok ? (value as Instrument) : undefined;
}

/** Fetches and checks an instrument; undefined when it cannot be had (never throws). */
export async function fetchInstrument(src: string): Promise<Instrument | undefined> {
  try {
    const res = await fetch(src, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    return res.ok ? asInstrument(await res.json()) : undefined;
  } catch {
    return undefined;
  }
}

/** A placement with a new current stage; an ambition no longer above it is dropped rather than kept silently. */
export function withCurrentStage(block: VoteBlock, placement: BallotPlacement, current: string): BallotPlacement {
  const { ambition, ...rest } = placement;
  const stillOffered = ambition !== undefined && ambitionOptions(block, current).some((o) => o.id === ambition);
  return { ...rest, current, ...(stillOffered ? { ambition } : {}) };
}

/** Fetches an instrument once per URL: a second start for the same `src` waits for the same answer. */
export class InstrumentByUrl {
  private last: { src: string; done: Promise<Instrument | undefined> } | undefined;

  get(src: string): Promise<Instrument | undefined> {
    if (this.last?.src !== src) this.last = { src, done: fetchInstrument(src) };
    return this.last.done;
  }
}
