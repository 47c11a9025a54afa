import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Response as ScanResponse } from '@poolster/schema';
import { AUTOSAVE_DELAY, AUTOSAVE_MAX_WAIT, CORRUPT_SUFFIX, DRAFT_FORMAT, DRAFT_VERSION, defaultStorage, extrasOf, isQuotaError, parseDraft } from './stored-draft.js';
import type { AutosaveOptions, AutosaveStatus, DraftExtras, LoadedDraft, StoredDraft } from './stored-draft.js';
import { whenLeavingPage } from '../shared/leaving-page.js';

export { AUTOSAVE_DELAY, AUTOSAVE_MAX_WAIT, CORRUPT_SUFFIX, DRAFT_FORMAT, DRAFT_VERSION, parseDraft } from './stored-draft.js';
export type { AutosaveOptions, AutosaveStatus, DraftExtras, LoadedDraft, StoredDraft } from './stored-draft.js';

/**
 * Keeps a draft of the response in localStorage while the team works, so no answer is lost when the
 * browser closes, the laptop sleeps or the projector tab is reloaded.
 *
 * - `schedule(response)` debounces writes (`delay`), with a max-wait so a team that keeps typing is
 *   still saved at least every `maxWait` ms. `flush()` writes at once; the controller flushes itself on
 *   `pagehide`, on `visibilitychange` to hidden and when the host disconnects.
 * - Storage problems never throw and never touch the response in memory: `status` becomes
 *   'unavailable' or 'full' and the next change tries again.
 * - When another tab writes a newer draft for the same key, `conflict` is set and this tab stops
 *   writing that key (it would overwrite the other tab's answers) until the host calls
 *   `resolveConflict()` with the team's choice. Changes made meanwhile are kept as pending.
 */
export class AutosaveController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly storageOption: () => Storage | undefined;
  private readonly delay: number;
  private readonly maxWait: number;
  private readonly now: () => Date;
  private readonly extras: () => DraftExtras;

  private currentKey: string | undefined = undefined;
  private currentStatus: AutosaveStatus = 'idle';
  private savedAt: Date | undefined = undefined;
  private currentConflict: { savedAt: string } | undefined = undefined;
  /** Time (ms) of the draft this tab knows for its key: the one it wrote or loaded. */
  private knownSavedAt: number | undefined = undefined;
  private pending: ScanResponse | undefined = undefined;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  private maxWaitTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  private listening = false;
  private stopLeaving: (() => void) | undefined = undefined;

  constructor(host: ReactiveControllerHost, options: AutosaveOptions = {}) {
    this.host = host;
    this.storageOption = options.storage ?? defaultStorage;
    this.delay = Math.max(0, options.delay ?? AUTOSAVE_DELAY);
    this.maxWait = Math.max(0, options.maxWait ?? AUTOSAVE_MAX_WAIT);
    this.now = options.now ?? (() => new Date());
    this.extras = options.extras ?? (() => ({}));
    host.addController(this);
  }

  /**
   * The storage key of this scan's draft, e.g. `poolster:draft:go-clb-poolster:1:team-a`. Without a key
   * nothing is saved. Changing it first writes what is pending under the old key, then starts afresh.
   */
  get key(): string | undefined {
    return this.currentKey;
  }

  set key(value: string | undefined) {
    const next = value === '' ? undefined : value;
    if (next === this.currentKey) return;
    this.flush();
    this.cancelTimers();
    this.pending = undefined;
    this.currentKey = next;
    this.knownSavedAt = undefined;
    this.currentStatus = 'idle';
    this.savedAt = undefined;
    this.currentConflict = undefined;
    this.host.requestUpdate();
  }

  /** What happened to the last attempt to save, load or clear. */
  get status(): AutosaveStatus {
    return this.currentStatus;
  }

  /** When this tab last wrote the draft. */
  get lastSavedAt(): Date | undefined {
    return this.savedAt;
  }

  /** Set when another tab wrote a newer draft for this key; writing is held until `resolveConflict()`. */
  get conflict(): { savedAt: string } | undefined {
    return this.currentConflict;
  }

  /** True while a change waits to be written (debouncing, after a failed write, or during a conflict). */
  get hasPending(): boolean {
    return this.pending !== undefined;
  }

  hostConnected(): void {
    if (this.listening) return;
    this.listening = true;
    this.stopLeaving = whenLeavingPage(() => this.flush());
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    this.flush();
    if (!this.listening) return;
    this.listening = false;
    this.stopLeaving?.();
    this.stopLeaving = undefined;
    window.removeEventListener('storage', this.onStorage);
  }

  /** Remembers the latest response and writes it after `delay` ms of calm, at the latest `maxWait` ms after the first unsaved change. */
  schedule(response: ScanResponse): void {
    if (this.currentKey === undefined) return;
    this.pending = response;
    if (this.debounceTimer !== undefined) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.flush(), this.delay);
    this.maxWaitTimer ??= setTimeout(() => this.flush(), this.maxWait);
  }

  /** Writes the pending response now. Returns true when something was written. */
  flush(): boolean {
    this.cancelTimers();
    const response = this.pending;
    const key = this.currentKey;
    if (response === undefined || key === undefined || this.currentConflict) return false;
    if (!this.write(key, response)) return false;
    if (this.pending === response) this.pending = undefined;
    return true;
  }

  /**
   * Reads the stored draft for `key`. Undefined when there is none, when storage is unavailable
   * (status 'unavailable') or when the entry is not a draft (status 'corrupt'; the entry is kept, see
   * `readRaw()`). Whether the response fits the instrument is the host's question.
   */
  load(): LoadedDraft | undefined {
    const raw = this.readRaw();
    if (raw === undefined) return undefined;
    const draft = parseDraft(raw);
    if (!draft) {
      this.setStatus('corrupt');
      return undefined;
    }
    this.knownSavedAt = Date.parse(draft.savedAt);
    if (this.currentStatus === 'corrupt' || this.currentStatus === 'unavailable') this.setStatus('idle');
    return { response: draft.response, savedAt: draft.savedAt, ...extrasOf(draft as unknown as Record<string, unknown>) };
  }

  /** The stored text for `key` as it is (for offering a corrupt draft as a download). */
  readRaw(): string | undefined {
    const key = this.currentKey;
    if (key === undefined) return undefined;
    const storage = this.storage();
    if (!storage) {
      this.setStatus('unavailable');
      return undefined;
    }
    try {
      return storage.getItem(key) ?? undefined;
    } catch {
      this.setStatus('unavailable');
      return undefined;
    }
  }

  /** Removes the draft (after a successful submission or "start again") and drops what is pending. */
  clear(): boolean {
    this.cancelTimers();
    this.pending = undefined;
    this.knownSavedAt = undefined;
    this.currentConflict = undefined;
    this.savedAt = undefined;
    const key = this.currentKey;
    const storage = key === undefined ? undefined : this.storage();
    let removed = key === undefined;
    if (key !== undefined && storage) {
      try {
        storage.removeItem(key);
        removed = true;
      } catch {
        removed = false;
      }
    }
    this.currentStatus = removed ? 'idle' : 'unavailable';
    this.host.requestUpdate();
    return removed;
  }

  /**
   * Ends a conflict with the team's choice. With a response ("keep ours") it is written at once,
   * replacing the other tab's draft. Without ("take theirs", after `load()`), this tab's pending
   * change is dropped and later changes are saved as usual.
   */
  resolveConflict(keep?: ScanResponse): void {
    this.cancelTimers();
    this.pending = undefined;
    const conflict = this.currentConflict;
    if (conflict) {
      this.currentConflict = undefined;
      const theirs = Date.parse(conflict.savedAt);
      if (!keep && (this.knownSavedAt === undefined || theirs > this.knownSavedAt)) this.knownSavedAt = theirs;
      this.host.requestUpdate();
    }
    if (keep) {
      this.pending = keep;
      this.flush();
    }
  }

  /**
   * Rewrites the extras of the stored draft (after the server took it), leaving its answers and its time
   * alone, so other tabs do not take it for a newer draft. Nothing happens when no draft is stored.
   */
  annotate(extras: DraftExtras): void {
    const key = this.currentKey;
    const storage = key === undefined ? undefined : this.storage();
    if (key === undefined || !storage) return;
    try {
      const raw = storage.getItem(key);
      const draft = raw === null ? undefined : parseDraft(raw);
      if (!draft) return;
      const { step: _s, basedOn: _b, unsent: _u, sending: _x, ...rest } = draft;
      storage.setItem(key, JSON.stringify({ ...rest, ...extras }));
    } catch {
      // The answers are stored; only the note about the server is missing, and the next write brings it.
    }
  }

  private write(key: string, response: ScanResponse): boolean {
    const storage = this.storage();
    if (!storage) {
      this.setStatus('unavailable');
      return false;
    }
    try {
      const savedAt = this.now();
      const draft: StoredDraft = { format: DRAFT_FORMAT, version: DRAFT_VERSION, savedAt: savedAt.toISOString(), response, ...this.extras() };
      const text = JSON.stringify(draft);
      if (this.currentStatus === 'corrupt') this.keepCorrupt(storage, key);
      storage.setItem(key, text);
      this.knownSavedAt = savedAt.getTime();
      this.savedAt = savedAt;
      this.currentStatus = 'saved';
      this.host.requestUpdate();
      return true;
    } catch (error) {
      this.setStatus(isQuotaError(error) ? 'full' : 'unavailable');
      return false;
    }
  }

  /** Before a new draft replaces a corrupt one, the corrupt text is kept under `<key>:corrupt`. */
  private keepCorrupt(storage: Storage, key: string): void {
    try {
      const raw = storage.getItem(key);
      if (raw !== null && !parseDraft(raw)) storage.setItem(key + CORRUPT_SUFFIX, raw);
    } catch {
      // No room for the copy: the team's new answers matter more than the unreadable old text.
    }
  }

  private storage(): Storage | undefined {
    try {
      return this.storageOption() ?? undefined;
    } catch {
      return undefined;
    }
  }

  private setStatus(status: AutosaveStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    this.host.requestUpdate();
  }

  private cancelTimers(): void {
    if (this.debounceTimer !== undefined) clearTimeout(this.debounceTimer);
    if (this.maxWaitTimer !== undefined) clearTimeout(this.maxWaitTimer);
    this.debounceTimer = undefined;
    this.maxWaitTimer = undefined;
  }

  private readonly onStorage = (event: StorageEvent): void => {
    const key = this.currentKey;
    if (key === undefined || event.key !== key || event.newValue === null) return;
    if (event.storageArea) {
      const storage = this.storage();
      if (storage && event.storageArea !== storage) return;
    }
    const draft = parseDraft(event.newValue);
    if (!draft) return;
    const theirs = Date.parse(draft.savedAt);
    if (this.knownSavedAt !== undefined && theirs <= this.knownSavedAt) return;
    if (this.currentConflict && Date.parse(this.currentConflict.savedAt) >= theirs) return;
    this.currentConflict = { savedAt: draft.savedAt };
    this.host.requestUpdate();
  };
}
