import { parseJson, validateResponse, type Instrument, type Issue, type Response } from '@poolster/schema';

export type OpenedDraft = { ok: true; response: Response } | { ok: false; issues: Issue[] };

/**
 * Reads a draft file: valid JSON, a response to this instrument (any answers so far), nothing broken.
 * Unanswered questions are fine; a draft is a draft.
 */
export function readDraft(instrument: Instrument, text: string): OpenedDraft {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  const issues = validateResponse(instrument, parsed.value, { requireComplete: false }).filter((i) => i.severity === 'error');
  return issues.length ? { ok: false, issues } : { ok: true, response: parsed.value as Response };
}
