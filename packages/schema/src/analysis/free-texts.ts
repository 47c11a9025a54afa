import type { Instrument } from '../instrument.js';
import { modelOf } from '../model.js';
import type { Question } from '../questions.js';
import type { KeyedResponse } from './network-sources.js';

/**
 * Where a free text was written: a question of a block, or a final (cross-cutting) question. Context
 * questions are left out: they describe the centre itself (its name, its address), not its practice.
 */
export interface FreeText {
  key: string;
  /** The block, for a block question; absent for a final question. */
  blockId?: string;
  questionId: string;
  /** `comment`: the explanation after a question; `other`: the text of an "other" option; `text`: a text question's answer. */
  kind: 'comment' | 'other' | 'text';
  text: string;
}

export interface FreeTextFilter {
  /** A block id, or '' for every block; FINAL_QUESTIONS for the final questions only. */
  blockId?: string;
  /** A question id, or '' for every question. */
  questionId?: string;
  /** Words that must all occur in the text (case and accents ignored). */
  query?: string;
}

/** The `blockId` of a filter that keeps only the texts of the final (cross-cutting) questions. */
export const FINAL_QUESTIONS = '#final';

function textsOf(key: string, questions: readonly Question[], answers: Record<string, { other?: string; text?: string; comment?: string }> | undefined, blockId?: string): FreeText[] {
  if (!answers) return [];
  const found: FreeText[] = [];
  const at = blockId === undefined ? {} : { blockId };
  for (const q of questions) {
    const a = answers[q.id];
    if (!a) continue;
    if (q.type === 'text' && a.text?.trim()) found.push({ key, ...at, questionId: q.id, kind: 'text', text: a.text.trim() });
    if (q.type === 'multiple-choice' && a.other?.trim()) found.push({ key, ...at, questionId: q.id, kind: 'other', text: a.other.trim() });
    if (a.comment?.trim()) found.push({ key, ...at, questionId: q.id, kind: 'comment', text: a.comment.trim() });
  }
  return found;
}

/**
 * Every comment, "other" text and text answer of the sources: per block in the instrument's order, each
 * block's questions in their order, then the final questions; within a question, in the sources' order.
 * Texts of unknown blocks or questions are not shown. A shared entry whose texts were stripped simply has none.
 */
export function freeTexts(instrument: Instrument, sources: readonly KeyedResponse[]): FreeText[] {
  const all: FreeText[] = [];
  for (const { block } of modelOf(instrument).blocks) {
    for (const q of instrument.blockQuestions) {
      for (const { key, response } of sources) all.push(...textsOf(key, [q], response.blocks[block.id], block.id));
    }
  }
  for (const q of instrument.finalQuestions) {
    for (const { key, response } of sources) all.push(...textsOf(key, [q], response.final));
  }
  return all;
}

/** Lower case without accents, so "prioriteit" finds "Prioriteit" and "eleve" finds "élève". */
export const foldText = (text: string): string => text.normalize('NFD').replace(/\p{Mn}/gu, '').toLocaleLowerCase();

export function filterFreeTexts(texts: readonly FreeText[], filter: FreeTextFilter): FreeText[] {
  const words = foldText(filter.query ?? '').split(/\s+/).filter(Boolean);
  return texts.filter((t) => {
    if (filter.blockId === FINAL_QUESTIONS ? t.blockId !== undefined : filter.blockId && t.blockId !== filter.blockId) return false;
    if (filter.questionId && t.questionId !== filter.questionId) return false;
    if (words.length === 0) return true;
    const folded = foldText(t.text);
    return words.every((w) => folded.includes(w));
  });
}
