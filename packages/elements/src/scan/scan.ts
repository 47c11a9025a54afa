import type { Instrument, Issue, Response, SetAsideAnswer, TeamBlock } from '@poolster/schema';
import { nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html } from 'lit/static-html.js';
import { PoolsterScanProperties } from './scan-properties.js';
import type { DraftServer } from '../controllers/lazy-draft-sync.js';
import { fire } from '../shared/events.js';
import { whenIdle } from '../shared/when-idle.js';
import { baseStyles, buttonStyles } from '../shared/styles.js';
import { formatDateTime } from '../shared/format-date.js';
import { ScanInstrument, type Loaded } from './scan-instrument.js';
import { endViews, LateParts } from './end-part.js';
import { PendingWork } from './pending-work.js';
import { ResponseIssues } from './response-issues.js';
import type { ScanErrorDetail, ScanStepDetail } from './scan-events.js';
import { focusTarget } from './focus-target.js';
import { scanContext } from './scan-context.js';
import { styles } from './scan.styles.js';
import { withTeamBlock } from './team-summary.js';
import { scanStrings } from './scan.strings.js';
import { navigate, type NavigationAction } from './navigation.js';
import { blockIdOf, progressSteps, stepIds, type StepId } from './steps.js';
import { DraftWiring } from './draft-wiring.js';
import { DraftRestore } from './draft-restore.js';
import { Answering } from './answering.js';
import type { ScanContext } from './views/context.js';
import { errorPanel } from './views/error-panel.js';
import { PresentationPart } from './presentation/presentation-part.js';
import { LateNeeds } from './late-needs.js';
import { QuietAnswers } from './quiet-answer.js';
import { scanView } from './views/scan-view.js';

export type { ScanChangeDetail, ScanErrorDetail, ScanStepDetail, ScanSubmitDetail, ScanSubmittedDetail } from './scan-events.js';

/**
 * The whole self-scan: an introduction, one step per building block, the questions across blocks, a check
 * of all answers, and the submission. Every change is kept as a draft on the device; nothing
 * the team typed is ever dropped. While the team reads the introduction, the first block is drawn ahead,
 * hidden, so that the start shows it at once.
 *
 * Drafts can follow the team to another device (`draft-url` or `backend`); once sent, the scan confirms it
 * with a short reference and links to the report (`report-href`). Those properties say how.
 *
 * Messages say what to do and name the field by its label ("Vul ‘Naam van het centrum’ in."), by question
 * type; a question's `requiredMessage` replaces the default when it is unanswered. The error summary's links
 * read as the messages beside the fields.
 *
 * @summary A self-assessment scan, from introduction to submission.
 * @slot round - A team round's panel (`<poolster-round slot="round">`), shown on each block step near the stage question and in the presentation.
 * @fires poolster-change - The team changed an answer. Detail: `{ response, location }`.
 * @fires poolster-step - The scan moved to another step. Detail: `{ step, index, total }`.
 * @fires poolster-submit - Cancelable. The team sends valid answers. Detail: `{ response }` (status "submitted"). Cancel it to keep the answers as a draft (for example to send them yourself).
 * @fires poolster-submitted - The answers were sent (and, with `action`, accepted by the server). Detail: `{ response, status?, body? }`.
 * @fires poolster-error - The instrument could not be used, a value was refused, or sending failed. Detail: `{ kind, message, issues, refusals? }`; `refusals` lists the answers a server refused (HTTP 400 with `issues`), which the scan also shows at their fields.
 * @csspart base - The scan's outer container.
 * @csspart nav - The progress navigation.
 * @csspart step - The current step's content.
 * @csspart actions - The row of buttons that move between steps.
 * @csspart button - Every button; `button primary` for the main one.
 * @csspart notice - Notices (draft restored, storage warnings); also `notice continue-at` and `notice sync-conflict`.
 * @csspart sync-status - The line saying whether the draft is on the server or on this device only.
 * @csspart team-summary - What a team round left on a block (the counts in a sentence and the team's note), under its heading.
 * @csspart reading - Each collapsible part of the reading material.
 * @csspart question - Each question with its comment field.
 * @csspart count - The character count under a text field, shown from 80 % of its limit.
 * @csspart error-panel - The panel shown instead of the scan when the instrument is broken.
 * @csspart confirmation - The panel that says the scan is sent, with its reference (GOV.UK confirmation panel).
 * @csspart report-link - The links to the report of the sent scan (see `report-href`, `print-href`).
 * @cssprop --poolster-color-accent - Buttons, chosen cards, links.
 * @cssprop --poolster-color-text - Text.
 * @cssprop --poolster-color-surface - Backgrounds of cards and panels.
 * @cssprop --poolster-color-error - Errors.
 * @cssprop --poolster-color-focus - Focus outline.
 * @cssprop --poolster-color-success - Background of the confirmation panel (default #00703c).
 * @cssprop --poolster-color-on-success - Text on the confirmation panel (default #fff).
 * @cssprop --poolster-font-family - The font.
 * @cssprop --poolster-radius - Corner radius.
 * @cssprop --poolster-max-width - The widest the text column gets (default 48rem).
 * @cssprop --poolster-overview-max-width - The widest the check of all answers gets, its cards side by side (default 80rem).
 */
export class PoolsterScan extends PoolsterScanProperties {
  // The check of all answers and the presentation bring their styles with their files (late-styles.ts).
  static override styles = [baseStyles, buttonStyles, styles];

  static override properties: PropertyDeclarations = {
    response: { state: true },
    step: { state: true },
    returnTo: { state: true },
    notice: { state: true },
    problem: { state: true },
    confirmingRestart: { state: true },
    sending: { state: true },
    setAside: { state: true },
    ahead: { state: true },
  };

  private response: Response | undefined;
  private step: StepId = 'intro';
  private returnTo: StepId | undefined;
  private notice = '';
  private problem = '';
  private confirmingRestart = false;
  private sending = false;
  /** Answers set aside when a draft made against other content was opened here. */
  private setAside: SetAsideAnswer[] = [];
  /** The scan was drawn and had an idle moment since: the intro holds the first block, hidden (scan-view.ts). */
  private ahead = false;

  /** A response given through `value` before the instrument was there. */
  private pendingValue: unknown;
  private focusAfterUpdate: string | undefined;
  private readonly pending = new PendingWork();
  private readonly responseIssues = new ResponseIssues(this, (work) => void this.track(work));
  private readonly lateParts = new LateParts(this, {
    ready: () => this.loaded.state === 'ready' && this.response !== undefined,
    step: () => this.step,
    readonly: () => this.readonly,
    lang: () => this.lang,
    track: (work) => void this.track(work),
  });
  private readonly lateNeeds = new LateNeeds(this, {
    lang: () => this.lang,
    step: () => this.step,
    response: () => this.response,
    showsIssues: () => this.loaded.state === 'error' || this.answering.shown.length > 0 || this.answering.summary.length > 0,
    root: () => this.renderRoot as ShadowRoot,
    presentationStyles: () => this.presenter.styles,
    track: (work) => void this.track(work),
  });
  private readonly source = new ScanInstrument(this, (instrument) => this.useInstrument(instrument), (work) => void this.track(work));

  private readonly drafts = new DraftWiring(this, {
    instrument: () => (this.loaded.state === 'ready' ? this.loaded.instrument : undefined),
    migrate: () => this.migrate,
    response: () => this.response,
    step: () => this.step,
    open: (response, setAside) => {
      this.response = response;
      if (setAside) [this.setAside, this.notice] = [setAside, ''];
      if (setAside) this.answering.forgetRefusals();
    },
    landOn: (step) => (this.step = step),
    focus: (target, onlyIfUnset) => (this.focusAfterUpdate = onlyIfUnset ? (this.focusAfterUpdate ?? target) : target),
  });
  private readonly opening = new DraftRestore(this, this.drafts, {
    instrument: () => (this.loaded.state === 'ready' ? this.loaded.instrument : undefined),
    migrate: () => this.migrate,
    lang: () => this.lang,
    response: () => this.response,
    // Any draft opened answers the question "start again?" too.
    show: (response, { setAside = this.setAside, notice = this.notice, step = this.step }) => {
      [this.response, this.setAside, this.notice, this.step, this.confirmingRestart] = [response, setAside, notice, step, false];
      this.answering.forgetRefusals();
    },
    say: (notice) => (this.notice = notice),
    goTo: (step) => this.goTo(step),
    formatTime: (value) => this.formatTime(value),
    track: (value) => this.track(value),
    refuse: (issues) => fire<ScanErrorDetail>(this, 'poolster-error', { kind: 'value', message: 'value', issues }),
    root: () => this.renderRoot,
  });
  private readonly presenter = new PresentationPart(this, {
    steps: () => (this.loaded.state === 'ready' ? stepIds(this.loaded.instrument) : []),
    current: () => this.step,
    goTo: (step) => this.goTo(step),
  }, (loading) => void this.track(loading));
  private readonly quietAnswers = new QuietAnswers();
  /** Answers changed, errors shown and followed, refusals (answering.ts). */
  private readonly answering = new Answering(this, {
    instrument: () => this.loadedInstrument,
    response: () => this.response,
    step: () => this.step,
    issues: () => this.issues,
    context: (instrument, response) => this.context(instrument, response),
    store: (response, byControl) => {
      const [before, instrument] = [this.response, this.loadedInstrument];
      const drawAnyway = this.isUpdatePending || this.notice !== '' || this.presentation || this.readonly;
      [this.response, this.notice] = [response, ''];
      if (before && instrument && byControl) {
        const step = this.step;
        const stepIssues = (r: Response) => this.responseIssues.ofStep(instrument, r, step);
        this.quietAnswers.stored({ instrument, before, after: response, at: byControl, step, stepIssues }, drawAnyway);
      }
      this.drafts.keep(response);
    },
    move: (action, focus) => this.move(action, focus),
    focusAfterUpdate: (target) => (this.focusAfterUpdate = target),
    root: () => this.renderRoot as ShadowRoot,
    track: (work) => void this.track(work),
  });

  /** The whole response: read it to save it elsewhere, set it to prefill (it must belong to the instrument; it is opened as a draft is, so read it back after `updateComplete`). */
  get value(): Response | undefined {
    return this.response;
  }

  set value(value: Response | undefined) {
    if (this.loaded.state !== 'ready') {
      this.pendingValue = value;
      return;
    }
    void this.opening.adopt(value);
  }

  /** The instrument in use, once it is loaded and valid (`instrument` is what was given). */
  get loadedInstrument(): Instrument | undefined {
    return this.loaded.state === 'ready' ? this.loaded.instrument : undefined;
  }

  /** The id of the building block on screen (its step, or the presentation); undefined on other steps. A change fires `poolster-step`. */
  get currentBlockId(): string | undefined {
    return this.response ? blockIdOf(this.step) : undefined;
  }

  /**
   * Keeps what a team round left on a block (its anonymous counts and the team's note) in the response, as
   * `team[blockId]`, saved like an answer (on the device and on the server) and sent with the answers.
   * False, and nothing changes, when the scan is read-only or sent, or the block or the counts do not fit.
   */
  recordTeamRound(blockId: string, team: TeamBlock): boolean {
    if (this.loaded.state !== 'ready' || !this.response || this.readonly || this.response.status !== 'draft') return false;
    const next = withTeamBlock(this.loaded.instrument, this.response, blockId, team);
    if (!next) return false;
    this.response = next;
    this.drafts.keep(next);
    return true;
  }

  override render() {
    // The drop-in loads the words beside the instrument: until they are here, the loading state without words.
    if (!this.inheritedLang.ready) return html`<p class="loading" role="status" aria-busy="true"></p>`;
    const t = scanStrings(this.lang);
    switch (this.loaded.state) {
      case 'none':
        return errorPanel(t, this.lang, t.noInstrument, []);
      case 'loading':
        return html`<p class="loading" role="status">${t.loading}</p>`;
      case 'error':
        return errorPanel(t, this.lang, this.loaded.message, this.loaded.issues);
      case 'ready':
        if (this.response) return this.renderScan(this.loaded.instrument, this.response);
        return this.opening.failed ? html`<p class="notice warning" part="notice" role="alert">${t.partFailed}</p>` : nothing;
    }
  }

  private renderScan(instrument: Instrument, response: Response): TemplateResult {
    const ctx = this.context(instrument, response);
    const time = (value: string | Date) => this.formatTime(value);
    const blockId = blockIdOf(this.step);
    const { controller, view } = this.presenter;
    if (this.presentation && blockId && controller && view && !this.readonly) {
      const drafts = html`${this.drafts.notices(ctx.t, { continueAtLabel: undefined, formatTime: time })}${this.drafts.status(ctx.t)}`;
      return view(ctx, blockId, controller, drafts, this.querySelector(':scope > [slot="round"]') !== null);
    }
    return scanView({
      ctx,
      lang: this.lang,
      step: this.step,
      returnTo: this.returnTo,
      readonly: this.readonly,
      notice: this.notice,
      setAside: this.setAside,
      storage: this.drafts.autosave.status,
      partFailed: this.lateParts.failed || this.lateNeeds.failed || this.opening.failed || (this.presentation && this.presenter.failed),
      summary: this.answering.summary,
      problem: this.problem,
      sending: this.sending,
      confirmingRestart: this.confirmingRestart,
      savedAt: this.drafts.autosave.lastSavedAt ? time(this.drafts.autosave.lastSavedAt) : undefined,
      sentAt: () => time(response.submittedAt ?? response.updatedAt),
      reportHref: this.reportHref,
      printHref: this.printHref,
      draftNotices: this.drafts.notices(ctx.t, { continueAtLabel: this.continueAtLabel(ctx), formatTime: time }),
      draftStatus: this.drafts.status(ctx.t),
      presenter: this.presenter,
      ahead: this.ahead,
      issues: () => this.issues,
      on: {
        goTo: (step) => this.goTo(step),
        back: () => this.move({ type: 'back' }),
        next: () => this.answering.next(),
        submit: () => void this.submit(),
        change: (at) => this.answering.change(at),
        selectError: (target) => this.answering.selectError(target),
        download: () => this.opening.download(),
        downloadStored: () => this.opening.downloadStored(),
        open: (event) => this.opening.openChosen(event),
        askRestart: (asking) => (this.confirmingRestart = asking),
        restart: () => this.opening.startAgain(),
      },
    });
  }

  /** An answer its own control has drawn (quiet-answer.ts) leaves the step as it is; anything else draws it. */
  override requestUpdate(...request: Parameters<PoolsterScanProperties['requestUpdate']>): void {
    // (Lit asks for the first update in its constructor, before this element's fields exist.)
    this.quietAnswers?.requested();
    super.requestUpdate(...request);
  }

  protected override shouldUpdate(): boolean {
    return !this.quietAnswers.skip();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.source.changed(changed.has('instrument'), changed.has('src'));
  }

  /** Issues of the current response, warnings included (response-issues.ts). */
  private get issues(): Issue[] {
    return this.response && this.loaded.state === 'ready' ? this.responseIssues.of(this.loaded.instrument, this.response) : [];
  }

  /** Also waits for work still running (pending-work.ts): `updateComplete` then says the scan is settled. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.pending.settle(() => super.getUpdateComplete());
  }

  private track<T>(value: T | Promise<T>): T | Promise<T> {
    return this.pending.track(value);
  }

  override updated(): void {
    // After the intro's drawing, not with it: drawn with it, the first block would keep the start from showing.
    if (this.step === 'intro' && this.response && this.inheritedLang.ready && !this.readonly && !this.ahead) whenIdle(() => (this.ahead = true));
    const target = this.focusAfterUpdate;
    if (target === undefined) return;
    this.focusAfterUpdate = undefined;
    void this.track(focusTarget(this.renderRoot as ShadowRoot, target));
  }

  /** A usable instrument (scan-instrument.ts): its drafts are opened, from the introduction. */
  private useInstrument(instrument: Instrument): void {
    [this.step, this.ahead] = ['intro', false];
    const server: DraftServer | undefined = this.backend || this.draftUrl ? { backend: this.backend, draftUrl: this.draftUrl, action: this.action } : undefined;
    const pending = this.pendingValue;
    this.pendingValue = undefined;
    this.opening.start(instrument, this.draftKey, server, pending);
    // While the intro is read: the first "saved at" needs a date formatter (slow to build the first time), and
    // moving on from the first block reads the whole response's issues (untouched lists keep theirs).
    whenIdle(() => void [this.formatTime(new Date()), this.issues]);
  }

  private get loaded(): Loaded {
    return this.source.loaded;
  }

  private context(instrument: Instrument, response: Response): ScanContext {
    const { lang, answering } = this;
    const { shown, refused } = answering;
    const readonly = this.readonly || this.step === 'submitted';
    return scanContext({ owner: this, instrument, response, lang, readonly, shown, refused, stepIssues: () => this.responseIssues.ofStep(instrument, response, this.step), onAnswer: (at, d) => answering.answer(at, d), onText: (at, f, v) => answering.typeText(at, f, v) });
  }

  /** Moves as the team asked (navigation.ts decides where to); a move that leads nowhere changes nothing. */
  private move(action: NavigationAction, focus: string = 'heading'): void {
    if (this.loaded.state !== 'ready') return;
    const before = { steps: stepIds(this.loaded.instrument), step: this.step, returnTo: this.returnTo };
    const after = navigate(before, action);
    if (after === before) return;
    const moved = after.step !== this.step;
    [this.step, this.returnTo] = [after.step, after.returnTo];
    // Where the team is belongs to the draft: another device opens it there.
    if (moved && this.response?.status === 'draft') this.drafts.keep(this.response);
    this.drafts.moved();
    this.answering.moved(after.step);
    this.problem = '';
    this.focusAfterUpdate = focus;
    fire<ScanStepDetail>(this, 'poolster-step', { step: after.step, index: after.steps.indexOf(after.step), total: after.steps.length });
  }

  private goTo(step: StepId, focus?: string): void {
    this.move({ type: 'go', step }, focus);
  }

  private async submit(): Promise<void> {
    const end = endViews();
    if (this.sending || this.loaded.state !== 'ready' || !this.response || !end) return;
    if (this.answering.keepsFromSending()) return;
    // Sending drops the server's draft: with another device's or window's version unchosen, it would go unseen.
    if (this.drafts.unresolved) {
      this.problem = scanStrings(this.lang).sendBlockedByConflict;
      return;
    }
    const instrument = this.loaded.instrument;
    await end.sendAnswers(this.response, {
      element: this,
      lang: this.lang,
      backend: () => this.backend,
      action: () => this.action,
      sync: this.drafts.sync,
      autosave: this.drafts.autosave,
      context: () => this.context(instrument, this.response!),
      started: () => (this.problem = ''),
      sending: (on) => (this.sending = on),
      failed: (problem, refusals, summary) => {
        this.problem = problem;
        this.answering.refusedBySending(refusals, summary);
      },
      sent: (submitted) => {
        this.answering.forgetRefusals();
        [this.response, this.step, this.focusAfterUpdate] = [submitted, 'submitted', 'heading'];
      },
    });
  }

  private continueAtLabel(ctx: ScanContext): string | undefined {
    return this.drafts.continueAt && progressSteps(ctx, [this.drafts.continueAt])[0]!.label;
  }

  private formatTime(value: string | Date): string {
    return formatDateTime(value, this.lang, 'medium', this.timeZone);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'poolster-scan': PoolsterScan;
  }
}
