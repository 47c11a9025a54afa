import type { IssuePath } from '@poolster/schema';
import { fieldKeyOfIssue, isOtherTextIssue } from './fields.js';
import type { FieldErrors } from './views/context.js';

/**
 * Answers the server refused. A server that checks a response answers 400 with
 * `{ error, code, issues: [{ code, path, message }] }`: `path` as the schema's `formatPath` writes it
 * (`blocks.prevention.levers.choices`, `context.centre-name`, `blocks["4.1"].levers`), read back with the
 * schema's `parseIssuePath`; `message` already worded in the language the scan asked for. The scan shows
 * each at its field and in the error summary, with the server's words (refusal-summary.ts reads them
 * from the server's answer; it is needed only once sending failed).
 */
export interface Refusal {
  code: string;
  path: IssuePath;
  message: string;
}

/** Refusals that point at a field of the scan (the others are about the response as a whole). */
export const fieldRefusals = (refusals: readonly Refusal[]): Refusal[] => refusals.filter((r) => fieldKeyOfIssue(r) !== undefined);

/** The server's messages shown inline, by field key; the team's own validation errors go first. */
export function withRefusals(errors: ReadonlyMap<string, FieldErrors>, refusals: readonly Refusal[]): ReadonlyMap<string, FieldErrors> {
  if (refusals.length === 0) return errors;
  const merged = new Map(errors);
  for (const refusal of refusals) {
    const key = fieldKeyOfIssue(refusal);
    if (key === undefined) continue;
    const entry = { ...merged.get(key) };
    entry[isOtherTextIssue(refusal) ? 'otherError' : 'error'] ??= refusal.message;
    merged.set(key, entry);
  }
  return merged;
}
