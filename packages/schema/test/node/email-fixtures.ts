import { readFileSync } from 'node:fs';
import type { Instrument } from '../../src/instrument.js';
import { modelOf } from '../../src/model.js';
import type { Question } from '../../src/questions.js';
import { createResponse, withAnswer, type AnswerLocation } from '../../src/response-builder.js';
import type { Answer, Response } from '../../src/response.js';

/**
 * The e-mail tests' fixtures: the GO! instrument with a complete response built from its own questions
 * (nothing hand-listed), and the three-stage fixture with its response.
 */
const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
export const GO = read<Instrument>('../../../../content/go-clb/instrument.json');
export const LUMEN = read<Instrument>('../fixtures/three-stages.instrument.json');
export const LUMEN_RESPONSE = read<Response>('../fixtures/three-stages.response.json');

export const NOW = new Date('2026-03-10T08:15:00Z'); // 09:15 in Brussels (winter time)
export const GO_ID = '7d2c1b9e-3f4a-4c5d-8e6f-a1b2c3d4e5f6';

/* ---------------------------------------------------------------------------------------------- */
/* A complete GO! response, built from the instrument's questions (nothing hand-listed).          */
/* ---------------------------------------------------------------------------------------------- */

export const goBlocks = modelOf(GO).blocks.map((e) => e.block);
export const stageIds = GO.stages.map((s) => s.id);

/** An answer to a block question for the i-th block: varied, valid, with comments and "other" texts. */
function blockAnswer(question: Question, i: number, blockId: string, answers: Record<string, Answer>): Answer | undefined {
  switch (question.type) {
    case 'stage':
      return { choice: stageIds[i % (stageIds.length - 1)]! };
    case 'ambition': {
      const current = stageIds.indexOf(answers[question.relativeTo]?.choice ?? '');
      const higher = question.options.filter((o) => o.stage !== undefined && stageIds.indexOf(o.stage) > current);
      const keep = question.options.find((o) => o.stage === undefined)!;
      return { choice: i % 3 === 0 ? keep.id : higher[i % higher.length]!.id };
    }
    case 'single-choice':
      return {
        choice: question.options[i % question.options.length]!.id,
        ...(i % 2 === 0 ? { comment: `Bewust gekozen voor ${blockId}, zie verslag ${i}.` } : {}),
      };
    case 'multiple-choice': {
      const plain = question.options.filter((o) => !o.exclusive && !o.other);
      const exclusive = question.options.find((o) => o.exclusive);
      const other = question.options.find((o) => o.other);
      if (exclusive && i % 4 === 3) return { choices: [exclusive.id], comment: `Niets te melden bij ${question.id} (${blockId}).` };
      const choices = [plain[i % plain.length]!.id, plain[(i + 1) % plain.length]!.id];
      if (other && i % 2 === 0) return { choices: [...choices, other.id], other: `de cel ${blockId} & co`, comment: `Regel één bij ${blockId}\nRegel twee (${question.id})` };
      return { choices };
    }
    case 'text':
      return { text: `Tekst ${blockId}` };
    default:
      return undefined;
  }
}

function finalAnswer(question: Question): Answer | undefined {
  if (question.type === 'block-pick') return { blocks: goBlocks.slice(1, 1 + question.max).map((b) => b.id), comment: 'Vooral de "samenwerking" & het netwerk.' };
  if (question.type === 'block-ranking') return { blocks: [...goBlocks].reverse().slice(0, question.max).map((b) => b.id) };
  if (question.type === 'text') return { text: 'Slotwoord' };
  return undefined;
}

export function completeGoResponse(): Response {
  let r = createResponse(GO, { now: NOW, lang: 'nl', id: GO_ID });
  for (const q of GO.contextQuestions) r = withAnswer(r, { scope: 'context', questionId: q.id }, { text: 'CLB Noord' }, NOW);
  goBlocks.forEach((block, i) => {
    for (const q of GO.blockQuestions) {
      const at: AnswerLocation = { scope: 'block', blockId: block.id, questionId: q.id };
      r = withAnswer(r, at, blockAnswer(q, i, block.id, r.blocks[block.id] ?? {}), NOW);
    }
  });
  for (const q of GO.finalQuestions) r = withAnswer(r, { scope: 'final', questionId: q.id }, finalAnswer(q), NOW);
  return { ...r, status: 'submitted', submittedAt: '2026-03-12T14:05:00+01:00' };
}

export const GO_RESPONSE = completeGoResponse();

/** How often `needle` occurs in `haystack`. */
export const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
/** Every tag of an HTML text, as written. */
export const tags = (html: string) => [...html.matchAll(/<[^>]*>/g)].map((m) => m[0]);
