/* How a draft is stored on the device (its envelope, read back and checked), for the autosave (autosave-controller.ts). */

/** What the autosave can tell the team. The host turns it into text. */
export type AutosaveStatus = 'idle' | 'saved' | 'unavailable' | 'full' | 'corrupt';

/** The `format` marker of a stored draft. */
export const DRAFT_FORMAT = 'poolster-draft';
/** The version of the stored draft envelope (not of the response inside it). */
export const DRAFT_VERSION = 1;
/** The autosave's cadence: a write this many ms after the last change, */
export const AUTOSAVE_DELAY = 400;
/** and at the latest this many ms after the first unsaved one. */
export const AUTOSAVE_MAX_WAIT = 1000;
/** Suffix of the key under which a corrupt draft is kept when a new draft replaces it. */
export const CORRUPT_SUFFIX = ':corrupt';

/** The JSON stored under the draft key. */
export interface StoredDraft {
  format: typeof DRAFT_FORMAT;
  version: typeof DRAFT_VERSION;
  /** ISO timestamp of the write. */
  savedAt: string;
  /** The response as the host had it; validated by the host, not here. */
  response: unknown;
  /** The step the team was on (see `DraftExtras`). */
  step?: string;
  /** The server's version this draft is based on (see `DraftExtras`). */
  basedOn?: string;
  /** True when the draft has changes the server has not got yet (see `DraftExtras`). */
  unsent?: boolean;
  /** The `savedAt` of the draft last sent to the server whose answer has not come back (see `DraftExtras`). */
  sending?: string;
}

/**
 * What the host keeps with each draft besides the answers: where the team was, and how the draft
 * stands towards a copy on a server, so that the next start knows whether to send it, take the
 * server's, or ask the team.
 */
export interface DraftExtras {
  step?: string;
  basedOn?: string;
  unsent?: boolean;
  /**
   * The `savedAt` of the draft this device sent to the server last, while its answer has not come back (the
   * laptop may close first). At the next start, a server draft with this `savedAt` is this device's own.
   */
  sending?: string;
}

/** What `load()` returns. */
export interface LoadedDraft extends DraftExtras {
  response: unknown;
  savedAt: string;
}

export interface AutosaveOptions {
  /** Where drafts go. Default: `window.localStorage` (its access guarded: it throws in sandboxed frames). */
  storage?: () => Storage | undefined;
  /** Debounce in ms after the last change. Default 400. */
  delay?: number;
  /** A pending change is written at the latest this many ms after the first unsaved change. Default 1000. */
  maxWait?: number;
  /** The clock for `savedAt` (tests). Default `() => new Date()`. */
  now?: () => Date;
  /** Asked at each write: what to keep with the draft besides the answers. */
  extras?: () => DraftExtras;
}

export const defaultStorage = (): Storage | undefined => {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses a stored draft envelope; undefined when the text is not one. */
export function parseDraft(text: string): StoredDraft | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  if (value['format'] !== DRAFT_FORMAT || value['version'] !== DRAFT_VERSION) return undefined;
  const savedAt = value['savedAt'];
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return undefined;
  if (!isRecord(value['response'])) return undefined;
  return { format: DRAFT_FORMAT, version: DRAFT_VERSION, savedAt, response: value['response'], ...extrasOf(value) };
}

/** The extras of a stored envelope that have the right type; others are ignored. */
export function extrasOf(value: Record<string, unknown>): DraftExtras {
  const { step, basedOn, unsent, sending } = value;
  return {
    ...(typeof step === 'string' ? { step } : {}),
    ...(typeof basedOn === 'string' ? { basedOn } : {}),
    ...(typeof unsent === 'boolean' ? { unsent } : {}),
    ...(typeof sending === 'string' ? { sending } : {}),
  };
}

/** QuotaExceededError in Chromium/WebKit (code 22) and Firefox (NS_ERROR_DOM_QUOTA_REACHED, code 1014). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

