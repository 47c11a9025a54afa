import { createResponse, newResponseId, type Instrument, type Issue, type MigrationHook, type Response, type SetAsideAnswer } from '@poolster/schema';
import type { DraftServer } from '../controllers/lazy-draft-sync.js';
import { format } from '../i18n/strings.js';
import { loadLateWords } from '../i18n/words-loader.js';
import { whenReady } from '../instrument/checks.js';
import { readDraft, type OpenedDraft } from './draft-file.js';

export { readDraft };
import type { DraftWiring } from './draft-wiring.js';
import { teamMessage } from './fields.js';
import { scanStrings } from './scan.strings.js';
import type { StepId } from './steps.js';

/** What opening drafts reads from and changes in the scan. */
export interface DraftOpeningHost {
  instrument(): Instrument | undefined;
  migrate(): MigrationHook | undefined;
  lang(): string;
  response(): Response | undefined;
  /**
   * Shows a response opened here; `setAside` (answers that did not fit) and `notice` replace the scan's when
   * given, `step` is where it opens. What a server refused no longer holds.
   */
  show(response: Response, view: { setAside?: SetAsideAnswer[]; notice?: string; step?: StepId }): void;
  say(notice: string): void;
  goTo(step: StepId): void;
  formatTime(value: string | Date): string;
  /** Lets the scan's `updateComplete` wait for a check still running. */
  track<T>(value: T | Promise<T>): T | Promise<T>;
  /** A response given by the host that does not belong here (fires `poolster-error`). */
  refuse(issues: Issue[]): void;
  /** Where a download's link is made. */
  root(): HTMLElement | DocumentFragment;
}

/**
 * How the scan opens drafts: the one stored on this device when the instrument arrives, one given by the host
 * (`value`), one the team opens from a file, and a new one when the team starts again. Every draft is fitted
 * to the instrument first (draft-file.ts, with the host's `migrate`): answers that no longer fit are set
 * aside and shown, never dropped. Keeping drafts and their conflicts is DraftWiring's.
 */
export class DraftOpening {
  constructor(
    private readonly drafts: DraftWiring,
    private readonly host: DraftOpeningHost,
  ) {}

  /** A new instrument (its drafts' key set): the host's draft (`pending`) or this device's, and the server's drafts. */
  start(instrument: Instrument, server: DraftServer | undefined, pending: unknown): void {
    if (pending === undefined) return this.restore(instrument, server);
    // A draft given by the host is this device's unsent change: sent, or set against a newer one on the server.
    void this.host.track(whenReady(this.adopt(pending), (adopted) => {
      const r = adopted ? this.host.response() : undefined;
      if (r) return void (server && r.status === 'draft' && this.drafts.sync.start(server, { response: r, savedAt: r.updatedAt, unsent: true }));
      this.restore(instrument, server);
    }));
  }

  /** Takes a response given by the host; refuses (with an event) one that does not belong here. */
  adopt(value: unknown): boolean | Promise<boolean> {
    const instrument = this.host.instrument();
    if (!instrument) return false;
    return this.host.track(whenReady(readDraft(instrument, JSON.stringify(value ?? null), this.host.migrate()), (opened) => this.host.instrument() === instrument && this.take(opened)));
  }

  /** "Open a draft": a file the team saved before (or a sent scan, which opens as a new draft). */
  async openFile(file: File): Promise<void> {
    const instrument = this.host.instrument();
    if (!instrument) return;
    const t = scanStrings(this.host.lang());
    const opened = await this.host.track(readDraft(instrument, await file.text(), this.host.migrate()));
    // The reason is written into the notice once: its words (the validation messages) must be here first.
    if (!opened.ok) await this.host.track(loadLateWords(this.host.lang()).catch(() => undefined));
    if (!opened.ok) {
      const first = opened.issues[0];
      return this.host.say(first ? format(t.draftOpenFailed, { reason: teamMessage(first, instrument, this.host.lang(), instrument.defaultLanguage) }) : t.checksFailed);
    }
    // A sent scan opened again is a new scan: a new id, so sending it cannot collide with the one stored.
    const { submittedAt: _sent, ...rest } = opened.response;
    const response: Response = opened.response.status === 'submitted' ? { ...rest, id: newResponseId(), status: 'draft' } : opened.response;
    this.host.show(response, { setAside: opened.setAside, notice: format(t.draftOpened, { time: this.host.formatTime(opened.response.updatedAt) }) });
    this.drafts.keep(response);
    this.host.goTo('intro');
  }

  /** "Start again": the drafts on the device and the server are dropped, and a new response begins. */
  startAgain(): void {
    const instrument = this.host.instrument();
    if (!instrument) return;
    void this.drafts.sync.discard();
    this.drafts.autosave.clear();
    this.host.show(createResponse(instrument, { lang: this.host.lang() }), { setAside: [], notice: '' });
    this.host.goTo('intro');
  }

  /** Opens this device's stored draft, if any, and starts the server's drafts. */
  private restore(instrument: Instrument, server: DraftServer | undefined): void {
    const stored = this.drafts.autosave.load();
    if (!stored) return this.resume(instrument, server, stored, undefined);
    void this.host.track(whenReady(readDraft(instrument, JSON.stringify(stored.response), this.host.migrate()), (opened) => this.resume(instrument, server, stored, opened)));
  }

  private resume(instrument: Instrument, server: DraftServer | undefined, stored: ReturnType<DraftWiring['autosave']['load']>, opened: OpenedDraft | undefined): void {
    if (this.host.instrument() !== instrument) return;
    const local = stored && opened?.ok && opened.response.status === 'draft' ? { ...stored, response: opened.response, setAside: opened.setAside } : undefined;
    if (server) void this.drafts.sync.start(server, local);
    if (!local) return this.host.show(createResponse(instrument, { lang: this.host.lang() }), {});
    const notice = format(scanStrings(this.host.lang()).draftRestored, { time: this.host.formatTime(local.savedAt) });
    this.host.show(local.response, { setAside: local.setAside, notice });
    this.drafts.landOn(local.step);
    if (local.setAside.length) this.drafts.keep(local.response);
  }

  private take(opened: OpenedDraft): boolean {
    if (!opened.ok) {
      this.host.refuse(opened.issues);
      return false;
    }
    this.host.show(opened.response, { setAside: opened.setAside, step: opened.response.status === 'submitted' ? 'submitted' : 'intro' });
    // A prefilled draft is the team's work from now on: it is kept on the device like any change.
    if (opened.response.status === 'draft') this.drafts.keep(opened.response);
    return true;
  }
}
