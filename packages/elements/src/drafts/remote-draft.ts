import type { Response } from '@poolster/schema';

/**
 * The draft envelope of the draft protocol, as it travels between the scan and a server (and as a
 * portal's own backend hands it over). Structurally the same as the protocol document's "RemoteDraft";
 * this is the one place the elements define it, so the schema package's type can take its place.
 */
export interface RemoteDraft {
  format: 'poolster-draft';
  version: 1;
  /** ISO 8601, set by the device that wrote it. */
  savedAt: string;
  /** The id of the scan step the team was on (at most 200 characters), e.g. `block:integral-policy`. */
  step?: string;
  /** Who saved it, as the server names them; set by the server on reads, ignored on writes. */
  savedBy?: string;
  /** A response with status "draft". The scan checks it against its instrument before using it. */
  response: Response;
}

export const REMOTE_DRAFT_FORMAT = 'poolster-draft';
export const REMOTE_DRAFT_VERSION = 1;
/** The protocol's limit on `step`. */
export const STEP_MAX_LENGTH = 200;

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
    response: response as unknown as Response,
  };
}
