import type { Response as ScanResponse } from '@poolster/schema';
import type { RemoteDraft } from '../drafts/remote-draft.js';
import type { AutosaveController, DraftExtras } from './autosave-controller.js';

/**
 * Where the draft stands towards the server. The host turns it into text.
 * - `off`: no backend; `idle`: nothing saved on the server yet (or nothing to say);
 * - `saved`: the server has the draft; `local`: changes are kept on this device only and sent when the
 *   server can be reached; `refused`: the server refused the draft (a 4xx), it is kept on the device;
 * - `conflict`: another device saved another version; saving waits for the team's choice;
 * - `sent-elsewhere`: the answers were sent on another device; this draft is not saved any more.
 */
export type DraftSyncStatus = 'off' | 'idle' | 'saved' | 'local' | 'refused' | 'conflict' | 'sent-elsewhere';

/** The device's draft as it was stored, with what it knows about the server's copy. */
export interface LocalDraftState extends DraftExtras {
  response: ScanResponse;
  savedAt: string;
}

/** Two versions of one draft: this device's unsent changes and the server's newer draft. */
export interface DraftConflict {
  /** When this device's answers last changed (ISO). */
  mineAt: string;
  /** The server's version: its time, who saved it, its step and answers (not yet checked against the instrument). */
  theirs: RemoteDraft;
  /** Set once the server's version turned out not to open in this scan (another content version, or damaged). */
  unopenable: boolean;
}

/** How `start()` ended: which draft the scan now shows. */
export type DraftStartOutcome = 'none' | 'local' | 'remote' | 'conflict' | 'unreachable';

export interface DraftSyncOptions {
  /** The device's draft store: told when the server has taken the draft. */
  autosave: AutosaveController;
  /**
   * Opens a draft from the server in the host; false when it does not fit (then nothing changes). A promise
   * when the host needs a moment to check it (a late file with the full checks).
   */
  take(draft: RemoteDraft): boolean | Promise<boolean>;
  /** Debounce and max-wait of saves, in ms; default the autosave's cadence. */
  delay?: number;
  maxWait?: number;
  /** The first wait before trying a failed save again, doubled on each failure up to `maxRetryDelay`. Default 2000 and 60000. */
  retryDelay?: number;
  maxRetryDelay?: number;
  /** Default `() => navigator.onLine`. While false, nothing is sent; the `online` event sends. */
  online?: () => boolean;
  /** The clock for `savedAt` (tests). */
  now?: () => Date;
}
