import { checkResponse, type Instrument, type Issue, type Response } from './schema.js';

export interface SubmissionCheck {
  /** The errors (warnings left out; the schema package caps the list): when there is one, nothing is stored. */
  errors: Issue[];
  /** The validated value, present when there are no errors: this is what is stored, never the raw body. */
  value?: Response;
}

/**
 * Checks a submitted body against the instrument (complete answers required) with the schema package,
 * the one source of truth: the route's own JSON Schema for the body only says "an object".
 */
export function checkSubmission(instrument: Instrument, data: unknown): SubmissionCheck {
  const { issues, value } = checkResponse(instrument, data, { requireComplete: true });
  const errors = issues.filter((issue) => issue.severity === 'error');
  return value ? { errors, value } : { errors };
}
