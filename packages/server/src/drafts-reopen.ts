import { DRAFT_ENVELOPE_VERSION, DRAFT_FORMAT, type Response } from './schema.js';

/**
 * A sent scan as a draft again, for correction: status `draft`, no submission date, updated now. Its id
 * stays, so the corrected scan is sent under the same id (the stored one is removed when it is reopened).
 */
export function reopenedDraft(stored: unknown, now: Date): unknown {
  const { submittedAt: _sent, ...response } = stored as Response;
  const at = now.toISOString();
  return { format: DRAFT_FORMAT, version: DRAFT_ENVELOPE_VERSION, savedAt: at, response: { ...response, status: 'draft', updatedAt: at } };
}
