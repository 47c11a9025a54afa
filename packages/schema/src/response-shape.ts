import { reportForbiddenKeys } from './forbidden-keys.js';
import type { Instrument } from './instrument.js';
import { IssueCollector } from './issue-collector.js';
import { issue, type Issue } from './issues.js';
import { Response } from './response.js';
import { parseStructure } from './structure.js';
import { isWellFormedResponse } from './response-well-formed.js';

/** The quick, zod-free structure check (response-well-formed.ts), exported here too where the comparison has long found it. */
export { isWellFormedResponse };

/**
 * What a comparison needs to know of a response before it reads its placements: its forbidden keys and
 * structural issues (as `checkResponse` reports them) and whether it belongs to another instrument
 * (`response.other-instrument`). The answers themselves are not checked against their questions: the
 * analysis reads only placements, and ignores what it does not know. Much faster than `validateResponse`
 * on well-formed responses.
 */
export function checkResponseShape(instrument: Instrument, data: unknown): Issue[] {
  if (!isWellFormedResponse(data)) {
    const issues = new IssueCollector();
    reportForbiddenKeys(data, issues);
    if (issues.size > 0) return issues.toArray();
    if (!parseStructure(Response, data, issues)) return issues.toArray();
  }
  const response = data as Response;
  return response.instrumentId === instrument.id ? [] : [issue('response.other-instrument', ['instrumentId'], { expected: instrument.id, received: response.instrumentId })];
}
