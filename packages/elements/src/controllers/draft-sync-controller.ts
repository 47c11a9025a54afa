import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Response as ScanResponse } from '@poolster/schema';
import type { DraftBackend, WriteDraftResult } from '../drafts/draft-backend.js';
import { REMOTE_DRAFT_FORMAT, REMOTE_DRAFT_VERSION, STEP_MAX_LENGTH, type RemoteDraft } from '../drafts/remote-draft.js';
import { sameJson } from '../drafts/same-json.js';
import { whenLeavingPage } from '../shared/leaving-page.js';
import { AUTOSAVE_DELAY, AUTOSAVE_MAX_WAIT, type DraftExtras } from './autosave-controller.js';
import type { DraftStartOutcome, DraftSyncOptions, DraftSyncStatus, DraftConflict, LocalDraftState } from './draft-sync-types.js';

export type { DraftStartOutcome, DraftSyncOptions, DraftSyncStatus, DraftConflict, LocalDraftState } from './draft-sync-types.js';

const isDraft = (response: ScanResponse): response is RemoteDraft['response'] => response.status === 'draft';

interface Change {
  response: ScanResponse;
  step: string | undefined;
}

/**
 * Keeps the device's draft and the server's in step, so a team can continue on another laptop, and two
 * devices never overwrite each other's answers without the team choosing.
 *
 * - `start(backend, local)` loads the server's draft and compares it with the device's: the device has no
 *   unsent changes and the server a version it has not seen → the server's is taken (another laptop went
 *   on: the usual case); the device has unsent changes based on the server's current version → they are
 *   sent; unsent changes and a server version changed since → `conflict`.
 * - `schedule(response, step)` sends changes at the autosave's cadence, one request at a time, each based
 *   on the version it replaces. A refusal because the version changed (HTTP 412) is a `conflict`, never
 *   an overwrite. A failure keeps the change (status `local`) and tries again after a growing wait and when
 *   the browser comes back online.
 * - Every version the server took is noted in the device's draft (`extras()`), so a device that closes
 *   offline sends its changes at the next start.
 * - Leaving the page (hidden, closed) or taking the scan out of it sends what waits at once, in a request
 *   that outlives the page. Its answer may never come back, so the device's draft notes the draft it sent
 *   (`sending`): at the next start a server draft with that `savedAt` is this device's own, not a conflict.
 */
export class DraftSyncController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: DraftSyncOptions;
  private readonly delay: number;
  private readonly maxWait: number;
  private readonly online: () => boolean;
  private readonly now: () => Date;

  private backend: DraftBackend | undefined = undefined;
  /** The server version the device's draft is based on; undefined when the server has none (that we know of). */
  private etag: string | undefined = undefined;
  /** The latest change the server has not got yet. */
  private pending: Change | undefined = undefined;
  private step: string | undefined = undefined;
  private changedAt: string | undefined = undefined;
  /** The `savedAt` of the draft sent last, until its answer says whether the server took it. */
  private sending: string | undefined = undefined;
  /** Set while in the page: stops listening for the page being left. */
  private stopLeaving: (() => void) | undefined = undefined;
  private ready = false;
  /** Bumped by start and forget: answers to requests of an earlier round are ignored. */
  private round = 0;
  private inFlight: Promise<void> | undefined = undefined;
  private failures = 0;
  private currentStatus: DraftSyncStatus = 'off';
  private currentConflict: { theirs: RemoteDraft; etag: string | undefined; unopenable: boolean } | undefined = undefined;
  /** The answers the server holds (JSON), when known: a save of the same answers is no unsent change. */
  private serverAnswers: string | undefined = undefined;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  private maxWaitTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined = undefined;

  constructor(host: ReactiveControllerHost, options: DraftSyncOptions) {
    this.host = host;
    this.options = options;
    this.delay = options.delay ?? AUTOSAVE_DELAY;
    this.maxWait = options.maxWait ?? AUTOSAVE_MAX_WAIT;
    this.online = options.online ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
    this.now = options.now ?? (() => new Date());
    host.addController(this);
  }

  get status(): DraftSyncStatus {
    return this.currentStatus;
  }

  /** Set while the server holds another version than the one this device's changes are based on. */
  get conflict(): DraftConflict | undefined {
    const conflict = this.currentConflict;
    return conflict ? { mineAt: this.changedAt ?? conflict.theirs.savedAt, theirs: conflict.theirs, unopenable: conflict.unopenable } : undefined;
  }

  /** What the device's draft should note about the server (written with each local save), with the step the team is on. */
  extras(step: string | undefined = this.step): DraftExtras {
    return {
      ...(step ? { step: step.slice(0, STEP_MAX_LENGTH) } : {}),
      ...(this.etag !== undefined ? { basedOn: this.etag } : {}),
      unsent: this.pending !== undefined || this.currentConflict !== undefined,
      ...(this.sending !== undefined ? { sending: this.sending } : {}),
    };
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    // Leaving: what waits is sent now, in a request that outlives the page (HttpDraftBackend).
    this.stopLeaving ??= whenLeavingPage(() => this.flush());
    // Moved in the page: what was waiting when it was taken out is sent now.
    if (this.pending) this.flush();
  }

  /** Taken out of the page (a portal that shows another view): what waits is sent now, not at the next start. */
  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    this.stopLeaving?.();
    this.stopLeaving = undefined;
    this.flush();
    this.cancelTimers();
  }

  /**
   * Starts syncing with `backend`: loads its draft and settles which draft the host shows (see the class
   * comment). `local` is the device's draft as stored, if there is one.
   */
  async start(backend: DraftBackend, local: LocalDraftState | undefined): Promise<DraftStartOutcome> {
    const round = ++this.round;
    this.backend = backend;
    this.ready = false;
    this.currentConflict = undefined;
    this.etag = local?.basedOn;
    this.step = local?.step;
    // What is unsent is what the device's draft says (one from before it knew a server has never been sent);
    // whatever was pending before belonged to another instrument or draft.
    this.cancelTimers();
    this.pending = local && (local.unsent ?? local.basedOn === undefined) ? { response: local.response, step: local.step } : undefined;
    this.changedAt = local?.savedAt;
    this.sending = local?.sending;
    this.serverAnswers = undefined;
    this.setStatus('idle');
    let loaded: Awaited<ReturnType<DraftBackend['load']>>;
    try {
      loaded = await backend.load();
    } catch {
      loaded = { ok: false, reason: 'network' };
    }
    if (round !== this.round) return 'unreachable';
    this.ready = true;
    if (!loaded.ok) {
      this.failed();
      return 'unreachable';
    }
    const remote = loaded.draft;
    if (!remote) {
      // None there (never saved, or sent or discarded on another device): this device's draft is the only one.
      this.etag = undefined;
      this.flush();
      return local || this.pending ? 'local' : 'none';
    }
    if (this.pending && loaded.etag !== this.etag) {
      // The server holds the very answers this device has unsent (its save arrived, the answer did not): nothing
      // to send, and the server's draft opens as usual, on its step.
      if (sameJson(this.pending.response, remote.response)) [this.pending, this.sending] = [undefined, undefined];
      // The server's draft is the one this device sent last, its answer lost when the page closed: nobody wrote
      // in between, so the changes made after it are sent on top of it.
      else if (this.sending !== undefined && remote.savedAt === this.sending) this.etag = loaded.etag;
    }
    if (local && loaded.etag !== undefined && loaded.etag === this.etag) {
      this.serverAnswers = JSON.stringify(remote.response);
      if (this.pending) this.flush();
      else this.setStatus('saved');
      return 'local';
    }
    if (!this.pending) {
      this.etag = loaded.etag;
      this.step = remote.step;
      const take = this.options.take(remote);
      const taken = take instanceof Promise ? await take : take;
      if (round !== this.round) return 'unreachable';
      if (taken) {
        this.serverAnswers = JSON.stringify(remote.response);
        this.setStatus('saved');
        return 'remote';
      }
      // The server's draft does not fit this scan: ours stays, and replacing theirs waits for the team.
      this.etag = local?.basedOn;
      this.showConflict(remote, loaded.etag, true);
      return 'conflict';
    }
    this.showConflict(remote, loaded.etag);
    return 'conflict';
  }

  /** Remembers a change and sends it after `delay` ms of calm, at the latest `maxWait` ms after the first unsent one. */
  schedule(response: ScanResponse, step: string | undefined): void {
    // Sent on another device: saving this draft again would bring back a scan that is finished.
    if (this.currentStatus === 'sent-elsewhere') return;
    this.step = step?.slice(0, STEP_MAX_LENGTH);
    // Kept before a backend is known too: a change made before `start()` is an unsent one.
    this.pending = { response, step: this.step };
    this.changedAt = this.now().toISOString();
    if (!this.backend) return;
    if (this.debounceTimer !== undefined) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.flush(), this.delay);
    this.maxWaitTimer ??= setTimeout(() => this.flush(), this.maxWait);
  }

  /** Sends the pending change now, unless a request is in flight (it follows that one) or a conflict waits. */
  flush(): void {
    this.cancelTimers();
    const backend = this.backend;
    const change = this.pending;
    if (!backend || !this.ready || this.inFlight || this.currentConflict || !change) return;
    if (this.etag === undefined && this.serverAnswers !== undefined && JSON.stringify(change.response) === this.serverAnswers) {
      // Removed on the server (see `saved`) and no answer changed since: a step change alone does not bring it back.
      this.pending = undefined;
      return;
    }
    if (!this.isOnline()) {
      this.setStatus('local');
      return;
    }
    const response = change.response;
    if (!isDraft(response)) {
      // Only a draft travels in the envelope: a response already sent is no draft to keep for the team.
      this.pending = undefined;
      return;
    }
    const round = this.round;
    const draft: RemoteDraft = {
      format: REMOTE_DRAFT_FORMAT,
      version: REMOTE_DRAFT_VERSION,
      savedAt: this.now().toISOString(),
      ...(change.step ? { step: change.step } : {}),
      response,
    };
    // Noted before the request leaves: the page may close before its answer comes back.
    this.sending = draft.savedAt;
    this.options.autosave.annotate(this.extras());
    this.inFlight = this.write(() => backend.save(draft, this.etag)).then((result) => {
      this.inFlight = undefined;
      if (round === this.round) this.saved(change, result);
    });
  }

  /** "Keep ours": this device's answers replace the server's newer version (based on it, so a third one still conflicts). */
  keepOurs(response: ScanResponse, step: string | undefined): void {
    const conflict = this.currentConflict;
    if (!conflict) return;
    this.currentConflict = undefined;
    this.etag = conflict.etag;
    this.pending = { response, step: step ?? this.step };
    this.setStatus('local');
    this.flush();
  }

  /** "Take theirs": the server's version is opened in the host; this device's unsent changes are dropped. */
  takeTheirs(): boolean {
    const conflict = this.currentConflict;
    if (!conflict) return false;
    const take = this.options.take(conflict.theirs);
    if (take instanceof Promise) {
      void take.then((taken) => this.currentConflict === conflict && this.tookTheirs(conflict, taken));
      return false;
    }
    return this.tookTheirs(conflict, take);
  }

  private tookTheirs(conflict: NonNullable<typeof this.currentConflict>, taken: boolean): boolean {
    if (!taken) {
      // Said in the panel, so the choice that is left (keep ours) is clear.
      this.currentConflict = { ...conflict, unopenable: true };
      this.host.requestUpdate();
      return false;
    }
    this.currentConflict = undefined;
    this.etag = conflict.etag;
    this.serverAnswers = JSON.stringify(conflict.theirs.response);
    this.pending = undefined;
    this.step = conflict.theirs.step;
    this.setStatus('saved');
    return true;
  }

  /** "Start again": removes the server's draft if it is still the version this device knows. */
  async discard(): Promise<void> {
    this.cancelTimers();
    this.pending = undefined;
    await this.inFlight;
    const backend = this.backend;
    const etag = this.etag;
    this.currentConflict = undefined;
    if (!backend || etag === undefined) return;
    const round = this.round;
    const result = await this.write(() => backend.discard(etag));
    if (round !== this.round) return;
    if (result.ok) {
      this.etag = undefined;
      this.setStatus('idle');
    } else if (result.reason === 'conflict' && result.current) {
      this.showConflict(result.current, result.etag);
    } else if (result.reason === 'conflict') {
      this.etag = undefined;
    }
    // Unreachable: the version stays known, so the next save replaces it, as the team asked.
  }

  /** Before sending the answers: no timer fires meanwhile, and the request in flight has finished. */
  async settle(): Promise<void> {
    this.cancelTimers();
    await this.inFlight;
  }

  /** After the answers were sent: the server dropped its draft; this device stops saving one. */
  forget(): void {
    this.round += 1;
    this.cancelTimers();
    this.pending = undefined;
    this.etag = undefined;
    this.currentConflict = undefined;
    this.setStatus('idle');
  }

  private async write(request: () => Promise<WriteDraftResult>): Promise<WriteDraftResult> {
    try {
      return await request();
    } catch {
      return { ok: false, reason: 'network' };
    }
  }

  private saved(change: Change, result: WriteDraftResult): void {
    // Whether the server took it is known now, unless the request got no answer at all.
    if (result.ok || (result.reason !== 'network' && result.reason !== 'timeout')) this.sending = undefined;
    if (result.ok) {
      this.etag = result.etag;
      this.serverAnswers = JSON.stringify(change.response);
      this.failures = 0;
      if (this.pending === change) this.pending = undefined;
      this.options.autosave.annotate(this.extras());
      if (this.pending) this.flush();
      else this.setStatus('saved');
      return;
    }
    if (result.reason === 'conflict') {
      if (result.current) {
        this.showConflict(result.current, result.etag);
        return;
      }
      // The version it was based on is gone and nothing replaced it (sent or discarded elsewhere). It is
      // made again only when it holds answers the server never had: the team's work is never lost, and a
      // mere step change does not bring back a draft another device removed.
      this.etag = undefined;
      const unsentAnswers = this.pending !== undefined && JSON.stringify(this.pending.response) !== this.serverAnswers;
      if (unsentAnswers) this.flush();
      else {
        this.pending = undefined;
        this.options.autosave.annotate(this.extras());
        this.setStatus('idle');
      }
      return;
    }
    if (result.reason === 'already-sent') {
      this.sentElsewhere();
      return;
    }
    if (result.reason === 'http' && result.status !== undefined && result.status >= 400 && result.status < 500) {
      // Trying the same draft again would be refused again; the next change tries anew.
      this.setStatus('refused');
      return;
    }
    this.failed();
  }

  /** The answers were sent on another device: this draft is not saved any more, here or there. */
  private sentElsewhere(): void {
    this.round += 1;
    this.cancelTimers();
    this.pending = undefined;
    this.etag = undefined;
    this.currentConflict = undefined;
    this.options.autosave.clear();
    this.setStatus('sent-elsewhere');
  }

  private showConflict(theirs: RemoteDraft, etag: string | undefined, unopenable = false): void {
    this.cancelTimers();
    this.currentConflict = { theirs, etag, unopenable };
    this.options.autosave.annotate(this.extras());
    this.setStatus('conflict');
  }

  /** The server could not be reached: the change stays on the device and is sent later. */
  private failed(): void {
    if (!this.pending) {
      this.setStatus('idle');
      return;
    }
    this.setStatus('local');
    // Out of the page, nothing tries again: the device's draft says the change is unsent, and the next start sends it.
    if (this.retryTimer !== undefined || !this.stopLeaving) return;
    const wait = Math.min((this.options.retryDelay ?? 2000) * 2 ** this.failures, this.options.maxRetryDelay ?? 60000);
    this.failures += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.flush();
    }, wait);
  }

  private isOnline(): boolean {
    try {
      return this.online() !== false;
    } catch {
      return true;
    }
  }

  private setStatus(status: DraftSyncStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    this.host.requestUpdate();
  }

  private cancelTimers(): void {
    for (const timer of [this.debounceTimer, this.maxWaitTimer, this.retryTimer]) if (timer !== undefined) clearTimeout(timer);
    this.debounceTimer = undefined;
    this.maxWaitTimer = undefined;
    this.retryTimer = undefined;
  }

  private readonly onOnline = (): void => {
    this.failures = 0;
    this.flush();
  };
}
