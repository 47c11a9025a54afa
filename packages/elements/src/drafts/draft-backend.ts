import type { Response } from '@poolster/schema';
import type { SubmissionResult } from '../controllers/submission-controller.js';
import type { RemoteDraft } from './remote-draft.js';

/** Why a request to the backend did not get an answer it could use. */
export type BackendFailure = 'offline' | 'network' | 'timeout' | 'http';

/** A request that did not work: nothing was decided, so the scan keeps the draft and tries again later. */
export interface BackendFailed {
  ok: false;
  reason: BackendFailure;
  /** With reason 'http': the status (a 4xx other than 412 is not tried again until the next change). */
  status?: number;
}

/** The outcome of `load()`: the draft and its version, or none (`draft` absent). */
export type LoadDraftResult = { ok: true; draft?: RemoteDraft; etag?: string } | BackendFailed;

/**
 * The outcome of `save()` and `discard()`. `conflict` means the stored draft is not the version the write
 * was based on (HTTP 412): nothing was written, and `current`/`etag` are what is stored now (absent when
 * there is no draft any more). `already-sent` means the answers of this draft were sent already.
 */
export type WriteDraftResult =
  | { ok: true; etag?: string }
  | { ok: false; reason: 'conflict'; current?: RemoteDraft; etag?: string }
  /** The scan was already sent (on another device): its draft is not kept any more (HTTP 409 `already-sent`). */
  | { ok: false; reason: 'already-sent' }
  | BackendFailed;

/**
 * How the scan reaches the place its drafts are kept and its answers are sent. `<poolster-scan draft-url>`
 * uses the built-in HTTP implementation of the draft protocol (`HttpDraftBackend`); a portal with its own
 * backend gives the scan an object of this shape (the `backend` property) instead.
 *
 * Versions are opaque strings chosen by the backend (HTTP: the `ETag`). Every write says which version it
 * is based on, and the backend refuses it (`conflict`) when the stored one differs: that is what keeps two
 * devices from overwriting each other's answers. Methods should not throw; a thrown error counts as a
 * network failure.
 */
export interface DraftBackend {
  /** The stored draft, if there is one, with its version. */
  load(): Promise<LoadDraftResult>;
  /**
   * Stores the draft. `basedOn` is the version it replaces, or undefined to create the first one (refused
   * with `conflict` when a draft exists already). Answers the new version.
   */
  save(draft: RemoteDraft, basedOn: string | undefined): Promise<WriteDraftResult>;
  /** Removes the draft ("start again"), if the stored version is still `basedOn`. */
  discard(basedOn: string): Promise<WriteDraftResult>;
  /**
   * Sends the finished answers (status "submitted"). Optional: without it the scan POSTs to its `action`
   * URL, if it has one. After a successful send the backend drops its own draft; the scan drops the device's.
   */
  send?(response: Response, options: { lang: string }): Promise<SubmissionResult>;
}
