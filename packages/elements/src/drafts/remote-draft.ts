import type { DRAFT_ENVELOPE_VERSION, DRAFT_FORMAT, DRAFT_STEP_MAX_LENGTH, DraftEnvelope } from '@poolster/schema';

/**
 * The draft envelope of the draft protocol, as it travels between the scan and a server (and as a
 * portal's own backend hands it over): the schema package's `DraftEnvelope`. `RemoteDraft` stays the
 * name the elements export, so portals that import it keep working.
 */
export type RemoteDraft = DraftEnvelope;

// The schema package's constants, repeated as values here so the elements' bundle does not import its
// validators (zod) for three literals; typed by the schema's own, so a change there fails to compile.
export const REMOTE_DRAFT_FORMAT: typeof DRAFT_FORMAT = 'poolster-draft';
export const REMOTE_DRAFT_VERSION: typeof DRAFT_ENVELOPE_VERSION = 1;
/** The protocol's limit on `step`. */
export const STEP_MAX_LENGTH: typeof DRAFT_STEP_MAX_LENGTH = 200;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an envelope from a server's answer; undefined when it is not one (the response inside is checked later, by the scan). */
export function asRemoteDraft(value: unknown): RemoteDraft | undefined {
  if (!isRecord(value) || value['format'] !== REMOTE_DRAFT_FORMAT || value['version'] !== REMOTE_DRAFT_VERSION) return undefined;
  const { savedAt, step, savedBy, response } = value;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt)) || !isRecord(response)) return undefined;
  return {
    format: REMOTE_DRAFT_FORMAT,
    version: REMOTE_DRAFT_VERSION,
    savedAt,
    ...(typeof step === 'string' && step.length <= STEP_MAX_LENGTH ? { step } : {}),
    ...(typeof savedBy === 'string' && savedBy.trim() ? { savedBy } : {}),
    // Only its shape is taken on trust here: the scan reads it against its instrument, status included.
    response: response as unknown as RemoteDraft['response'],
  };
}
