import { parseJson, validateResponse, type Instrument, type Issue, type Response } from '@poolster/schema';

/** Offers a JSON file to download without a server: a Blob URL on a temporary link. */
export function downloadJson(root: ParentNode & Node, fileName: string, data: unknown): void {
  const text = typeof data === 'string' ? data : `${JSON.stringify(data, null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

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
