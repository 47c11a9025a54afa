import type { Response } from '@poolster/schema';
import type { ReactiveControllerHost } from 'lit';
import type { DraftBackend } from '../drafts/draft-backend.js';
import { STEP_MAX_LENGTH } from '../drafts/remote-draft.js';
import { loadOnce } from '../shared/load-once.js';
import type { DraftExtras } from './autosave-controller.js';
import type { DraftSyncController } from './draft-sync-controller.js';
import type { DraftConflict, DraftStartOutcome, DraftSyncOptions, DraftSyncStatus, LocalDraftState } from './draft-sync-types.js';

type ServerDrafts = typeof import('../drafts/server-drafts.js');

/** The sync and the HTTP backend (drafts/server-drafts.ts), loaded once; a failed load is tried again at the next need. */
export const loadServerDrafts = loadOnce<ServerDrafts>(() => import('../drafts/server-drafts.js'));

/** Where a scan keeps its drafts on a server: a portal's own backend, or the draft protocol at `draftUrl`. */
export interface DraftServer {
  backend: DraftBackend | undefined;
  draftUrl: string;
  action: string;
}

/**
 * The draft sync (draft-sync-controller.ts) as the scan holds it, its code loaded only when the scan has a
 * server for its drafts. Until then (and for a scan without one) it answers as a sync without a backend:
 * status `off`, no conflict, every change kept as unsent. A change made while the code loads is handed to
 * the sync before it starts, so it is sent or set against a newer draft, never lost. Should the code not
 * load, the status says the draft is kept on this device only (it is: the autosave keeps every change), and
 * the next change tries again.
 */
export class LazyDraftSync {
  private sync: DraftSyncController | undefined;
  /** The server drafts' code, once here: it also draws a conflict (server-drafts.ts). */
  private code: ServerDrafts | undefined;
  private server: DraftServer | undefined;
  /** The last change made before the sync was there. */
  private latest: { response: Response; step: string | undefined } | undefined;
  private failed = false;
  private retrying = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftSyncOptions,
  ) {}

  get status(): DraftSyncStatus {
    return this.sync?.status ?? (this.failed ? 'local' : 'off');
  }

  get conflict(): DraftConflict | undefined {
    return this.sync?.conflict;
  }

  /** Draws a conflict; there is none before the code is here. */
  get conflictNotice(): ServerDrafts['syncConflictNotice'] | undefined {
    return this.code?.syncConflictNotice;
  }

  extras(step: string | undefined): DraftExtras {
    if (this.sync) return this.sync.extras(step);
    return { ...(step ? { step: step.slice(0, STEP_MAX_LENGTH) } : {}), unsent: this.latest !== undefined };
  }

  /** Loads the sync's code and starts it with the scan's server (see DraftSyncController.start). */
  async start(server: DraftServer, local: LocalDraftState | undefined): Promise<DraftStartOutcome> {
    this.server = server;
    let code: ServerDrafts;
    try {
      code = await loadServerDrafts();
    } catch (error) {
      this.failed = true;
      this.host.requestUpdate();
      console.error('Poolster could not load the part that keeps drafts on the server:', error);
      return 'unreachable';
    }
    if (this.server !== server) return 'none';
    this.failed = false;
    this.code = code;
    const sync = (this.sync ??= new code.DraftSyncController(this.host, this.options));
    const latest = this.latest;
    this.latest = undefined;
    if (latest) sync.schedule(latest.response, latest.step);
    return sync.start(server.backend ?? new code.HttpDraftBackend({ draftUrl: server.draftUrl, action: server.action }), local);
  }

  schedule(response: Response, step: string | undefined): void {
    if (this.sync) return this.sync.schedule(response, step);
    this.latest = { response, step };
    if (this.failed && this.server && !this.retrying) {
      // The sync's code did not load: this change tries again, as this device's unsent draft.
      this.retrying = true;
      const server = this.server;
      void this.start(server, { response, savedAt: response.updatedAt, unsent: true }).finally(() => (this.retrying = false));
    }
  }

  keepOurs(response: Response, step: string | undefined): void {
    this.sync?.keepOurs(response, step);
  }

  takeTheirs(): boolean {
    return this.sync?.takeTheirs() ?? false;
  }

  async discard(): Promise<void> {
    this.latest = undefined;
    await this.sync?.discard();
  }

  async settle(): Promise<void> {
    await this.sync?.settle();
  }

  forget(): void {
    this.latest = undefined;
    this.server = undefined;
    this.failed = false;
    this.sync?.forget();
  }
}
