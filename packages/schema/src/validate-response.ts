import { reportForbiddenKeys } from './forbidden-keys.js';
import type { Instrument } from './instrument.js';
import { IssueCollector } from './issue-collector.js';
import type { Issue } from './issues.js';
import { checkResponseMeaning, type ResponseValidationOptions } from './response-meaning.js';
import { Response } from './response.js';
import { parseStructure } from './structure.js';

export type { ResponseValidationOptions };

export interface ResponseCheck {
  /** At most MAX_ISSUES issues, then one `issues.truncated` that counts the rest. */
  issues: Issue[];
  /**
   * The response as validated: a new object built by the schema, not the input, so nothing the schema
   * does not know travels along. Present only when no issue is an error; this is what to store.
   */
  value?: Response;
}

/**
 * Checks a response against its instrument: forbidden keys first (on the raw document, where they
 * still are), then structure, then every answer against its question. `instrument` must be valid (see
 * validateInstrument). Linear in the size of the response; never throws.
 */
export function checkResponse(instrument: Instrument, data: unknown, options: ResponseValidationOptions = {}): ResponseCheck {
  const issues = new IssueCollector();
  reportForbiddenKeys(data, issues);
  if (issues.size > 0) return { issues: issues.toArray() };
  const response = parseStructure(Response, data, issues);
  if (!response) return { issues: issues.toArray() };
  checkResponseMeaning(instrument, response, options, issues);
  return issues.hasErrors ? { issues: issues.toArray() } : { issues: issues.toArray(), value: response };
}

/** The issues of checkResponse, for callers that do not keep the value. */
export function validateResponse(instrument: Instrument, data: unknown, options: ResponseValidationOptions = {}): Issue[] {
  return checkResponse(instrument, data, options).issues;
}
