import { makesResponseUnusable, parseJson, reconcileResponse, type Instrument, type Issue, type MigrationHook, type Response, type ResponseValidationOptions, type SetAsideAnswer } from '@poolster/schema';
import { loadFullChecks, responseIssuesNow } from '../instrument/checks.js';

export type OpenedDraft = { ok: true; response: Response; setAside: SetAsideAnswer[] } | { ok: false; issues: Issue[] };

type Validate = (instrument: Instrument, data: unknown, options: ResponseValidationOptions) => Issue[] | undefined;

/**
 * A text longer than its limit (a comment, a text answer, an "other" text) is still the team's text: the
 * draft opens with it whole, and the limit is enforced before sending, not by losing the draft.
 */
const tooLongText = (issue: Issue): boolean =>
  issue.code === 'answer.too-long' || (issue.code === 'structure.too-big' && ['text', 'comment', 'other'].includes(String(issue.path.at(-1))));

/** What makes a draft unreadable: a broken structure, another instrument, another major version (without a hook). */
const unreadable = (issue: Issue, canMigrate: boolean): boolean =>
  !tooLongText(issue) &&
  makesResponseUnusable(issue, { canMigrate });

/**
 * Reads a draft (a file, a stored draft, a host's prefill): valid JSON, a response to this instrument. A draft
 * made against other content is fitted to this one: answers that no longer fit are set aside, never dropped.
 * Unanswered questions are fine; a draft is a draft.
 *
 * At once when the quick checks can answer (checks.ts); a draft they cannot judge (a text over the schema's
 * limit, a broken file) is read once the full checks are loaded. Should they fail to load, the draft is
 * reported unreadable, never taken half-checked: the stored copy stays where it is (the autosave keeps it).
 */
export function readDraft(instrument: Instrument, text: string, migrate?: MigrationHook): OpenedDraft | Promise<OpenedDraft> {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  const quick = readParsed(responseIssuesNow, instrument, parsed.value, migrate);
  if (quick) return quick;
  return loadFullChecks().then(
    (full) => readParsed(full.validateResponse, instrument, parsed.value, migrate)!,
    (): OpenedDraft => ({ ok: false, issues: [] }),
  );
}

function readParsed(validate: Validate, instrument: Instrument, value: unknown, migrate: MigrationHook | undefined): OpenedDraft | undefined {
  const found = validate(instrument, value, { requireComplete: false });
  if (!found) return undefined;
  const blocking = found.filter((i) => unreadable(i, migrate !== undefined));
  if (blocking.length) return { ok: false, issues: blocking };
  const { response, setAside } = reconcileResponse(instrument, value as Response, migrate);
  const checked = validate(instrument, response, { requireComplete: false });
  if (!checked) return undefined;
  const errors = checked.filter((i) => i.severity === 'error' && !tooLongText(i));
  return errors.length ? { ok: false, issues: errors } : { ok: true, response, setAside };
}
