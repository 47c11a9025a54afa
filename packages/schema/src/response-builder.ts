import type { Instrument } from './instrument.js';
import { SCHEMA_MAJOR } from './format-constants.js';
import type { Answer, Response } from './response.js';

/** Where an answer lives in a response. */
export type AnswerLocation =
  | { scope: 'context'; questionId: string }
  | { scope: 'block'; blockId: string; questionId: string }
  | { scope: 'final'; questionId: string };

/** A random (version 4) UUID, also where `crypto.randomUUID` is missing (pages served over plain http). */
export function newResponseId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An empty draft for an instrument. */
export function createResponse(instrument: Instrument, options: { now?: Date; lang?: string; id?: string } = {}): Response {
  const now = (options.now ?? new Date()).toISOString();
  return {
    schemaVersion: SCHEMA_MAJOR,
    id: options.id ?? newResponseId(),
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    ...(options.lang ? { lang: options.lang } : {}),
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    context: {},
    blocks: {},
    final: {},
  };
}

export function getAnswer(response: Response, at: AnswerLocation): Answer | undefined {
  if (at.scope === 'block') return response.blocks[at.blockId]?.[at.questionId];
  return response[at.scope][at.questionId];
}

/** Drops fields that hold nothing, so an emptied answer disappears instead of lingering as `{}`. */
function compact(answer: Answer): Answer | undefined {
  const kept = Object.entries(answer).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0) && v !== false);
  return kept.length === 0 ? undefined : (Object.fromEntries(kept) as Answer);
}

/**
 * A new response with one answer replaced (the old response is not changed), and `updatedAt` set.
 * Pass `undefined` (or an answer with nothing in it) to remove the answer.
 */
export function withAnswer(response: Response, at: AnswerLocation, answer: Answer | undefined, now = new Date()): Response {
  const value = answer && compact(answer);
  const put = (answers: Record<string, Answer>): Record<string, Answer> => {
    const next = { ...answers };
    if (value) next[at.questionId] = value;
    else delete next[at.questionId];
    return next;
  };
  const updated = { ...response, updatedAt: now.toISOString() };
  if (at.scope === 'block') {
    const blocks = { ...response.blocks, [at.blockId]: put(response.blocks[at.blockId] ?? {}) };
    if (Object.keys(blocks[at.blockId]!).length === 0) delete blocks[at.blockId];
    return { ...updated, blocks };
  }
  return { ...updated, [at.scope]: put(response[at.scope]) };
}
