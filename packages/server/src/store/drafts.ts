/**
 * The drafts part of the store: the scan a centre's team is filling in, one per centre and instrument,
 * written only when the writer names the version it read (compare-and-set), so two machines of one team
 * never overwrite each other's work unseen.
 */

/** Which draft: a centre's, for one instrument. */
export interface DraftKey {
  centreId: string;
  instrumentId: string;
}

/** A stored draft. */
export interface StoredDraft {
  /** The envelope as stored (JSON text, without `savedBy`). */
  json: string;
  /** The version: the draft's ETag (without quotes). */
  version: string;
  /** The name of the person who saved it last; absent when that person was removed. */
  savedByName?: string;
  /** ISO 8601. */
  updatedAt: string;
}

/**
 * Which stored versions a conditional write accepts: any existing draft (`If-Match: *`), or one of the
 * listed versions.
 */
export type VersionMatch = { any: true } | { versions: string[] };

/** A conditional write: done (with the new version), or refused with the draft as it is now (absent when there is none). */
export type DraftWrite = { done: true; version: string } | { done: false; current?: StoredDraft };

/** What reopening a submitted scan did. */
export type ReopenOutcome =
  | { outcome: 'reopened'; key: DraftKey; version: string; replacedDraft: boolean; /** The replaced draft's envelope (JSON text), when one was replaced. */ replaced?: string }
  /** The centre has a draft and the reopen did not ask to replace it: nothing changed. */
  | { outcome: 'draft-exists'; key: DraftKey }
  | { outcome: 'not-found' }
  /** A scan stored before centres were registered belongs to no centre, so it can be no centre's draft. */
  | { outcome: 'no-centre' };

/** A new draft to write: the validated envelope, who saves it, and when. */
export interface DraftWriteValues {
  envelope: unknown;
  savedBy: string;
  now: Date;
}

export interface DraftStore {
  get(key: DraftKey): Promise<StoredDraft | undefined>;
  /** Writes the draft when there is none yet (`If-None-Match: *`). */
  create(key: DraftKey, values: DraftWriteValues): Promise<DraftWrite>;
  /** Replaces the draft when its version matches, in one statement: of two writers that read one version, one wins. */
  replace(key: DraftKey, match: VersionMatch, values: DraftWriteValues): Promise<DraftWrite>;
  /** Deletes the draft when its version matches. */
  delete(key: DraftKey, match: VersionMatch): Promise<DraftWrite>;
  /**
   * Deletes the draft whatever its version when it is the draft of the scan `responseId` (that scan was
   * sent); whether there was one. A draft of another scan is the team's newer work and stays.
   */
  discard(key: DraftKey, responseId: string): Promise<boolean>;
  /**
   * In one transaction: the stored scan `responseId` becomes its centre's draft again (replacing any
   * draft of that centre and instrument), and the stored scan is removed, so the corrected scan can be
   * sent again under the same id. `toEnvelope` makes the draft envelope of the stored response.
   */
  reopen(responseId: string, toEnvelope: (stored: unknown) => unknown, savedBy: string, now: Date, replace?: boolean): Promise<ReopenOutcome>;
  /** Deletes the drafts not saved for longer than `ageMs` before `now` (housekeeping); how many. */
  deleteNotSavedFor(ageMs: number, now: Date): Promise<number>;
}
