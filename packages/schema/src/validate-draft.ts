import { DraftEnvelope } from './draft-envelope.js';
import { reportForbiddenKeys } from './forbidden-keys.js';
import type { Instrument } from './instrument.js';
import { IssueCollector } from './issue-collector.js';
import { formatPath, type Issue } from './issues.js';
import { parseStructure } from './structure.js';
import { checkResponse } from './validate-response.js';

export interface DraftEnvelopeCheck {
  /** At most MAX_ISSUES issues (then one `issues.truncated`); paths from the envelope's root (`response.blocks…`). */
  issues: Issue[];
  /**
   * The envelope as validated, its response the value checkResponse built: new objects, nothing the
   * schemas do not know in them. Present only when no issue is an error; this is what to store.
   */
  value?: DraftEnvelope;
}

/**
 * Checks a draft envelope: its own fields, then its response with checkResponse as a draft (only what
 * was answered is checked; status must be `draft`). `instrument` must be valid. Never throws.
 */
export function checkDraftEnvelope(instrument: Instrument, data: unknown): DraftEnvelopeCheck {
  const issues = new IssueCollector();
  reportForbiddenKeys(data, issues);
  if (issues.size > 0) return { issues: issues.toArray() };
  const found = new IssueCollector();
  const envelope = parseStructure(DraftEnvelope, data, found);
  if (!envelope) return { issues: withoutRepeats(found.toArray()) };
  const checked = checkResponse(instrument, envelope.response, { requireComplete: false });
  for (const found of checked.issues) {
    // The response's own count of what it left out carries over as a count, not as one more issue.
    if (found.code === 'issues.truncated') issues.omit(Number(found.params['omitted']), found.severity);
    else issues.push({ ...found, path: ['response', ...found.path] });
  }
  if (issues.hasErrors || !checked.value) return { issues: issues.toArray() };
  return { issues: issues.toArray(), value: { ...envelope, response: { ...checked.value, status: 'draft' } } };
}

/** The issues of checkDraftEnvelope, for callers that do not keep the value. */
export function validateDraftEnvelope(instrument: Instrument, data: unknown): Issue[] {
  return checkDraftEnvelope(instrument, data).issues;
}

/**
 * The response is checked twice by zod (as a Response, and for its draft status), so a response that is
 * missing or not an object is reported by both: the reader needs to hear it once.
 */
function withoutRepeats(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code} ${formatPath(i.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
