import { createHash } from 'node:crypto';
import type { Response } from './schema.js';

/**
 * A hash of a response's content, for telling a repeat from a conflict under one id.
 *
 * The scan stamps `updatedAt` and `submittedAt` anew on every click of "send"; a retry after an answer
 * that got lost on the way back is therefore a different document with the same answers. Those two
 * stamps are left out, everything else counts, in any key order.
 */
export function answersHash(response: Response): string {
  const { updatedAt: _updated, submittedAt: _submitted, ...rest } = response;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

/** JSON with the keys of every object sorted: equal data, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
