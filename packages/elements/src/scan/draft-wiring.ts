import type { Instrument, MigrationHook, Response, SetAsideAnswer } from '@poolster/schema';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { AutosaveController } from '../controllers/autosave-controller.js';
import { LazyDraftSync } from '../controllers/lazy-draft-sync.js';
import type { RemoteDraft } from '../drafts/remote-draft.js';
import { whenReady } from '../instrument/checks.js';
import type { OpenedDraft } from './draft-file.js';
import { loadDraftOpening } from './draft-restore.js';
import type { ScanStrings } from './scan.strings.js';
import { isStepOf, storedStep, type StepId } from './steps.js';
import { draftSyncNotices, syncStatus } from './views/draft-sync.js';
import { twoWindowNotice } from './views/notices.js';

/** What the draft wiring reads from and changes in the scan. */
export interface DraftWiringHost {
  instrument(): Instrument | undefined;
  migrate(): MigrationHook | undefined;
  response(): Response | undefined;
  step(): StepId;
  /** Shows another version of the draft (the server's, or another window's) instead of the current one. */
  open(response: Response, setAside?: SetAsideAnswer[]): void;
  /** Moves to a step without leaving a trace in the draft (it is the draft's own step). */
  landOn(step: StepId): void;
  /** Where focus goes after the next update; `onlyIfUnset` keeps a target already chosen. */
  focus(target: string, onlyIfUnset?: boolean): void;
}

/**
 * How the scan keeps its draft: on the device (autosave, with the two-window conflict) and on the server
 * (draft sync, with the two-device conflict), and what it tells the team about both. Kept apart from the
 * scan so the scan itself is about steps and answers.
 */
export class DraftWiring {
  readonly autosave: AutosaveController;
  readonly sync: LazyDraftSync;
  /** The step a reopened draft was saved on, while its "continue at" notice is shown. */
  continueAt: StepId | undefined = undefined;
  private readonly element: ReactiveControllerHost;
  private readonly host: DraftWiringHost;

  constructor(element: ReactiveControllerHost, host: DraftWiringHost) {
    this.element = element;
    this.host = host;
    this.autosave = new AutosaveController(element, { extras: () => this.sync.extras(host.step()) });
    this.sync = new LazyDraftSync(element, { autosave: this.autosave, take: (draft) => this.takeRemote(draft) });
  }

  /** Set while a choice between two versions (devices or windows) waits: sending would drop one unseen. */
  get unresolved(): boolean {
    return this.sync.conflict !== undefined || this.autosave.conflict !== undefined;
  }

  /** Keeps a changed draft: on the device, and on the server when the scan has one. */
  keep(response: Response): void {
    // Sent on another device: the draft is finished, keeping it would bring it back.
    if (this.sync.status === 'sent-elsewhere') return;
    this.autosave.schedule(response);
    this.sync.schedule(response, this.host.step());
  }

  /** Opens a reopened draft's step, with a "continue at" notice that takes focus. */
  landOn(saved: string | undefined): void {
    const instrument = this.host.instrument();
    const step = saved === undefined ? undefined : storedStep(saved);
    if (!instrument || !step || step === 'intro' || !isStepOf(instrument, step)) return;
    this.continueAt = step;
    this.host.landOn(step);
    this.host.focus('continue-at');
  }

  /** Leaving the step the draft was reopened on ends its notice. */
  moved(): void {
    this.continueAt = undefined;
  }

  /**
   * The draft notices: "continue at", the two-device and two-window choices, and the line saying where the
   * draft is kept. `continueAtLabel` names the step; `formatTime` writes times in the team's language.
   */
  notices(t: ScanStrings, view: { continueAtLabel: string | undefined; formatTime(value: string | Date): string }): TemplateResult {
    const windowConflict = this.autosave.conflict;
    return html`${windowConflict
      ? twoWindowNotice(t, { at: view.formatTime(windowConflict.savedAt), onKeepMine: () => this.keepMine(), onTakeTheirs: () => this.takeTheirs() })
      : nothing}
    ${draftSyncNotices(t, {
      conflict: this.sync.conflict,
      conflictNotice: this.sync.conflictNotice,
      formatTime: (value) => view.formatTime(value),
      continueAt: view.continueAtLabel,
      onKeepOurs: () => {
        const response = this.host.response();
        if (response) this.sync.keepOurs(response, this.host.step());
        this.host.focus('heading');
      },
      onTakeTheirs: () => this.host.focus(this.sync.takeTheirs() ? 'heading' : 'sync-conflict', true),
      onDismissContinue: () => {
        this.continueAt = undefined;
        this.element.requestUpdate();
        this.host.focus('heading');
      },
    })}`;
  }

  status(t: ScanStrings): TemplateResult | typeof nothing {
    return syncStatus(t, this.sync.status);
  }

  /** A draft from the server (another device went on): opened here, on the step it was saved on. */
  private takeRemote(draft: RemoteDraft): boolean | Promise<boolean> {
    const instrument = this.host.instrument();
    if (!instrument) return false;
    return loadDraftOpening().then(({ readDraft }) => whenReady(readDraft(instrument, JSON.stringify(draft.response), this.host.migrate()), (opened) => this.host.instrument() === instrument && this.openRemote(opened, draft)));
  }

  private openRemote(opened: OpenedDraft, draft: RemoteDraft): boolean {
    if (!opened.ok || opened.response.status !== 'draft') return false;
    this.host.open(opened.response, opened.setAside);
    this.autosave.schedule(opened.response);
    this.landOn(draft.step);
    return true;
  }

  /** Two windows on one draft: this window's answers win, and saving resumes. */
  private keepMine(): void {
    this.autosave.resolveConflict(this.host.response());
  }

  /** Two windows on one draft: the other window's (newer) answers are opened here, and saving resumes. */
  private takeTheirs(): void {
    const stored = this.autosave.load();
    const instrument = this.host.instrument();
    if (!stored || !instrument) return this.keepOurs();
    // Without the opening part (offline), the choice stays open: choosing again tries again.
    void loadDraftOpening().then(({ readDraft }) => whenReady(readDraft(instrument, JSON.stringify(stored.response)), (opened) => (opened.ok ? this.openTheirs(opened.response) : this.keepOurs())), () => undefined);
  }

  private openTheirs(response: Response): void {
    this.host.open(response);
    this.autosave.resolveConflict();
  }

  /** The other window's draft cannot be read: keeping ours is the only way to lose nothing. */
  private keepOurs(): void {
    this.autosave.resolveConflict(this.host.response());
  }
}
