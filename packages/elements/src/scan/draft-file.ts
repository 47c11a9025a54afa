import { parseJson, reconcileResponse, validateResponse, type Instrument, type Issue, type MigrationHook, type Response, type SetAsideAnswer } from '@poolster/schema';

export type OpenedDraft = { ok: true; response: Response; setAside: SetAsideAnswer[] } | { ok: false; issues: Issue[] };

/**
 * A text longer than its limit (a comment, a text answer, an "other" text) is still the team's text: the
 * draft opens with it whole, and the limit is enforced before sending, not by losing the draft.
 */
const tooLongText = (issue: Issue): boolean =>
  issue.code === 'answer.too-long' || (issue.code === 'structure.too-big' && ['text', 'comment', 'other'].includes(String(issue.path.at(-1))));

/** What makes a draft unreadable: a broken structure, another instrument, another major version (without a hook). */
const unreadable = (issue: Issue, canMigrate: boolean): boolean =>
  !tooLongText(issue) &&
  (issue.code.startsWith('structure.') || issue.code === 'response.other-instrument' || (issue.code === 'response.other-major-version' && !canMigrate));

/**
 * Reads a draft (a file, a stored draft, a host's prefill): valid JSON, a response to this instrument. A draft
 * made against other content is fitted to this one: answers that no longer fit are set aside, never dropped.
 * Unanswered questions are fine; a draft is a draft.
 */
export function readDraft(instrument: Instrument, text: string, migrate?: MigrationHook): OpenedDraft {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  const blocking = validateResponse(instrument, parsed.value, { requireComplete: false }).filter((i) => unreadable(i, migrate !== undefined));
  if (blocking.length) return { ok: false, issues: blocking };
  const { response, setAside } = reconcileResponse(instrument, parsed.value as Response, migrate);
  const errors = validateResponse(instrument, response, { requireComplete: false }).filter((i) => i.severity === 'error' && !tooLongText(i));
  return errors.length ? { ok: false, issues: errors } : { ok: true, response, setAside };
}
