import { createResponse, majorOf, type Instrument } from '@poolster/schema';
import type { ReactiveControllerHost } from 'lit';
import type { DraftServer } from '../controllers/lazy-draft-sync.js';
import { downloadJson } from '../shared/download.js';
import { loadLateWords } from '../i18n/words-loader.js';
import { loadOnce } from '../shared/load-once.js';
import type { DraftOpening, DraftOpeningHost } from './draft-opening.js';
import type { DraftWiring } from './draft-wiring.js';

/**
 * Opening drafts (draft-opening.ts, draft-file.ts and the schema's reconciling), loaded when needed (#18): at
 * once when there is something to restore (a draft stored under the scan's key, a `value` given by the host,
 * drafts on a server), and on click for the tools that read or replace a draft (open a file, start again).
 * A fresh visit loads none of it before the first block.
 */
export type DraftOpeningPart = typeof import('./draft-opening.js');

export const loadDraftOpening = loadOnce<DraftOpeningPart>(() => import('./draft-opening.js'));

/** Whether the device holds a draft under `key`; storage that cannot be read holds none the scan could open. */
function storedUnder(key: string): boolean {
  try {
    return globalThis.localStorage?.getItem(key) != null;
  } catch {
    return false;
  }
}

/**
 * The scan's side of opening drafts. While the part loads the scan shows no response, so nothing is written
 * over a stored draft and "start" cannot begin over it. A part that does not arrive is said (`failed`, the
 * scan's alert) and tried again on the next need and when the browser is back online.
 */
export class DraftRestore {
  failed = false;
  private opening: DraftOpening | undefined;

  constructor(
    private readonly element: ReactiveControllerHost,
    private readonly drafts: DraftWiring,
    private readonly host: DraftOpeningHost,
  ) {}

  /** A new instrument: its drafts' key, then the host's draft, this device's or the server's; a new response when there is none. */
  start(instrument: Instrument, draftKey: string, server: DraftServer | undefined, pending: unknown): void {
    const key = `poolster:draft:${instrument.id}:${majorOf(instrument.version)}${draftKey ? `:${draftKey}` : ''}`;
    this.drafts.autosave.key = key;
    if (pending === undefined && !server && !storedUnder(key)) return this.host.show(createResponse(instrument, { lang: this.host.lang() }), {});
    const again = () => this.host.instrument() === instrument && !this.host.response() && this.start(instrument, draftKey, server, pending);
    void this.host.track(this.with((opening) => opening.start(instrument, server, pending), again));
  }

  adopt(value: unknown): void {
    void this.host.track(this.with((opening) => opening.adopt(value)));
  }

  /** The file the team chose to open, read at once: the event's target is gone once it is dispatched (the field is emptied, so the same file can be chosen again). */
  openChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.host.track(this.with((opening) => opening.openFile(file)));
  }

  startAgain(): void {
    void this.host.track(this.with((opening) => opening.startAgain()));
  }

  // Downloads stay here, at once: a file saved on a click must not wait for a part (nor fail with it).
  download(): void {
    const [instrument, response] = [this.host.instrument(), this.host.response()];
    if (!instrument || !response) return;
    const date = response.updatedAt.slice(0, 10);
    downloadJson(this.host.root(), `${instrument.id}-${response.status === 'submitted' ? 'submitted' : 'draft'}-${date}.json`, response);
  }

  /** The device's draft as it is stored, when it can no longer be read here (nothing the team typed is lost). */
  downloadStored(): void {
    const raw = this.drafts.autosave.readRaw();
    if (raw !== undefined) downloadJson(this.host.root(), 'poolster-unreadable-draft.json', raw);
  }

  private with(run: (opening: DraftOpening) => unknown, again?: () => unknown): Promise<unknown> {
    // Its words (the notices of an opened draft, the server drafts' status and conflict) are in the late words
    // file of the drop-in: they come with the part, so that no notice is ever drawn empty.
    return Promise.all([loadDraftOpening(), loadLateWords(this.host.lang())]).then(
      ([part]) => {
        this.opening ??= new part.DraftOpening(this.drafts, this.host);
        if (this.failed) this.element.requestUpdate();
        this.failed = false;
        return run(this.opening);
      },
      (error: unknown) => {
        this.failed = true;
        this.element.requestUpdate();
        console.error('Poolster could not load the opening of drafts:', error);
        if (again && typeof window !== 'undefined') window.addEventListener('online', () => void again(), { once: true });
      },
    );
  }
}
