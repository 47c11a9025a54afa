import {
  createResponse,
  getAnswer,
  majorOf,
  newResponseId,
  validateResponseMeaning,
  modelOf,
  withAnswer,
  type Answer,
  type AnswerLocation,
  type Instrument,
  type Issue,
  type MigrationHook,
  type Response,
  type SetAsideAnswer,
  type TeamBlock,
} from '@poolster/schema';
import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import { SubmissionController, type SubmissionResult } from '../controllers/submission-controller.js';
import type { DraftBackend } from '../drafts/draft-backend.js';
import { HttpDraftBackend } from '../drafts/http-draft-backend.js';
import type { SummaryError } from '../error-summary/error-summary.js';
import { format, uiLanguage } from '../i18n/strings.js';
import { fire, type AnswerChangeDetail } from '../shared/events.js';
import { baseStyles, buttonStyles } from '../shared/styles.js';
import { loadLateElements } from '../shared/late-elements.js';
import { tag } from '../shared/tags.js';
import { downloadJson } from '../shared/download.js';
import { formatDateTime } from '../shared/format-date.js';
import { readDraft, type OpenedDraft } from './draft-file.js';
import { fieldKey, fieldKeyOfIssue, nextAnswer, questionAt, summaryItems, targetOf, teamMessage } from './fields.js';
import { loadInstrument, validated, type LoadResult } from './load-instrument.js';
import { loadFullChecks, responseIssuesNow, whenReady } from './checks.js';
import { refusalSummary, submitFailure, type Refusal } from './refusals.js';
import type { ScanChangeDetail, ScanErrorDetail, ScanStepDetail, ScanSubmitDetail, ScanSubmittedDetail } from './scan-events.js';
import { focusTarget } from './focus-target.js';
import { scanContext } from './scan-context.js';
import { styles } from './scan.styles.js';
import { withTeamBlock } from './team-summary.js';
import { scanStrings } from './scan.strings.js';
import { blockIdOf, issuesOfStep, progressSteps, stepIds, stepOfIssue, type StepId } from './steps.js';
import { blockStep } from './views/block-step.js';
import { confirmation } from './views/confirmation.js';
import { DraftWiring } from './draft-wiring.js';
import type { ScanContext } from './views/context.js';
import { errorPanel } from './views/error-panel.js';
import { finalStep } from './views/final-step.js';
import { introStep } from './views/intro-step.js';
import { missingPanel } from './views/missing-panel.js';
import { fieldOfStepTarget, incompleteSteps, incompleteSummary } from './missing.js';
import { notices } from './views/notices.js';
import { overview } from './views/overview.js';
import { overviewStyles } from './views/overview.styles.js';
import { PresentationController } from './presentation/presentation-controller.js';
import { presentationStyles } from './presentation/presentation.styles.js';
import { presentationView } from './presentation/presentation-view.js';
import { tools } from './views/tools.js';
import { richText } from './views/rich-text.js';

export type { ScanChangeDetail, ScanErrorDetail, ScanStepDetail, ScanSubmitDetail, ScanSubmittedDetail } from './scan-events.js';

type Loaded = { state: 'none' } | { state: 'loading' } | { state: 'ready'; instrument: Instrument } | { state: 'error'; message: string; issues: Issue[] };

/**
 * The whole self-scan: an introduction, one step per building block, the questions across blocks, a check
 * of all answers, and the submission. Every change is kept as a draft on the device; nothing
 * the team typed is ever dropped.
 *
 * Drafts that follow the team: with `draft-url` (the draft protocol over HTTP: GET, PUT with `If-Match` or
 * `If-None-Match: *`, DELETE) or a `backend` object (a portal's own backend, see `DraftBackend`), each
 * draft is also saved on the server with the step the team was on, so the team continues on another
 * device where it stopped ("Continue at 6.1 …"). Changes made offline are kept on the device and sent when
 * it is back online. When another device saved a newer version meanwhile, the scan shows both and the
 * team chooses; nothing is overwritten silently. After a successful send, the draft is dropped.
 *
 * Once sent, the scan confirms it GOV.UK style: a panel with a short reference (the first eight characters of
 * the response's id, "3F2A-9C1E"), then what happens next in the instrument's words (`afterSubmit`), then
 * links to the report when the host gives `report-href` (and `print-href`), e.g. `report-href="/report/{id}"`:
 * the host knows its own routes, so the scan needs nothing back from sending. Focus moves to the panel's
 * heading, so a screen reader announces it.
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
export class PoolsterScan extends LitElement {
  static override styles = [baseStyles, buttonStyles, styles, overviewStyles, presentationStyles];

  /** The instrument, as data (validated before use). Takes precedence over `src`. */
  @property({ attribute: false }) instrument: unknown;

  /** A URL to load the instrument from. The only host, with `action` and `draft-url`, that the scan ever contacts. */
  @property() src = '';

  /** Interface language (nl, fr, en; default nl). The content is shown in this language when the instrument has it. */
  @property() override lang = 'nl';

  /**
   * The time zone the element shows times in, as an IANA name ("Europe/Brussels"); empty: the browser's. A
   * server sets the one its mails and pages use, so every view of a scan says the same time.
   */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** Distinguishes drafts of the same instrument on one device (for example a team or centre id). */
  @property({ attribute: 'draft-key' }) draftKey = '';

  /** When set, valid answers are POSTed there as JSON (the response id is the Idempotency-Key). */
  @property() action = '';

  /**
   * Where the host shows the report of a sent scan, `{id}` standing for the response's id (e.g.
   * `/report/{id}`). The confirmation links to it once the scan is sent; empty: no link.
   */
  @property({ attribute: 'report-href' }) reportHref = '';

  /** Where the host prints the report of a sent scan or offers it as PDF, `{id}` standing for its id; empty: no link. */
  @property({ attribute: 'print-href' }) printHref = '';

  /**
   * The server's URL of this scan's draft (e.g. `/api/drafts/go-clb-poolster`): drafts are also kept there,
   * versioned, so the team continues on another device. Same-origin cookies are sent. Read when the
   * instrument is set.
   */
  @property({ attribute: 'draft-url' }) draftUrl = '';

  /**
   * A portal's own backend for drafts and sending (`load`, `save` with the version it is based on,
   * `discard`, and optionally `send`), used instead of `draft-url`, and of `action` when it has `send`.
   * Read when the instrument is set.
   */
  @property({ attribute: false }) backend: DraftBackend | undefined;

  /**
   * Moves answers across a content change (renamed ids) before a draft is fitted to this instrument.
   * Answers that still do not fit are set aside and shown, never dropped.
   */
  @property({ attribute: false }) migrate: MigrationHook | undefined;

  /** Shows the answers (of `value`) without letting anything change. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** One block per screen for a projector: stages as columns, keys 1…N, ← → / Page Up / Page Down (see presentation/). Shortcut: Alt+Shift+P. */
  @property({ type: Boolean, reflect: true }) presentation = false;

  @state() private loaded: Loaded = { state: 'none' };
  @state() private response: Response | undefined;
  @state() private step: StepId = 'intro';
  /** Issues shown on the current step (after the team tried to move on or send). */
  @state() private shown: Issue[] = [];
  @state() private summary: SummaryError[] = [];
  @state() private returnTo: StepId | undefined;
  @state() private notice = '';
  @state() private problem = '';
  @state() private confirmingRestart = false;
  @state() private sending = false;
  /** Answers set aside when a draft made against other content was opened here. */
  @state() private setAside: SetAsideAnswer[] = [];
  /** Answers the server refused, shown at their fields until they change or a sending succeeds. */
  @state() private refused: Refusal[] = [];

  private checked: { response: Response; issues: Issue[] } | undefined;
  /** A response given through `value` before the instrument was there. */
  private pendingValue: unknown;
  private focusAfterUpdate: string | undefined;
  /** The late elements (shared/late-elements.ts): the step they were last asked for on, and whether they are here. */
  private lateAskedOn: StepId | undefined;
  private lateLoaded = false;
  @state() private lateFailed = false;
  /** Checks still running (see getUpdateComplete). */
  private readonly checking = new Set<Promise<unknown>>();
  private loadController: AbortController | undefined;

  private readonly drafts = new DraftWiring(this, {
    instrument: () => (this.loaded.state === 'ready' ? this.loaded.instrument : undefined),
    migrate: () => this.migrate,
    response: () => this.response,
    step: () => this.step,
    open: (response, setAside) => {
      this.response = response;
      if (setAside) [this.setAside, this.refused, this.notice] = [setAside, [], ''];
    },
    landOn: (step) => (this.step = step),
    focus: (target, onlyIfUnset) => (this.focusAfterUpdate = onlyIfUnset ? (this.focusAfterUpdate ?? target) : target),
  });
  private readonly autosave = this.drafts.autosave;
  private readonly sync = this.drafts.sync;
  private readonly submission = new SubmissionController(this);
  private readonly presenter = new PresentationController(this, {
    steps: () => (this.loaded.state === 'ready' ? stepIds(this.loaded.instrument) : []),
    current: () => this.step,
    goTo: (step) => this.goTo(step),
  });

  /** The whole response: read it to save it elsewhere, set it to prefill (it must belong to the instrument). */
  get value(): Response | undefined {
    return this.response;
  }

  set value(value: Response | undefined) {
    if (this.loaded.state !== 'ready') {
      this.pendingValue = value;
      return;
    }
    void this.adopt(value);
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
    this.keep(next);
    return true;
  }

  override render() {
    const t = scanStrings(this.lang);
    switch (this.loaded.state) {
      case 'none':
        return errorPanel(t, this.lang, t.noInstrument, []);
      case 'loading':
        return html`<p class="loading" role="status">${t.loading}</p>`;
      case 'error':
        return errorPanel(t, this.lang, this.loaded.message, this.loaded.issues);
      case 'ready':
        return this.response ? this.renderScan(this.loaded.instrument, this.response) : nothing;
    }
  }

  private renderScan(instrument: Instrument, response: Response): TemplateResult {
    const ctx = this.context(instrument, response);
    const { t } = ctx;
    if (this.readonly) {
      return html`<div class="scan" part="base" lang=${ctx.contentLang}>
        <p class="scan-title">${ctx.text(instrument.title)}</p>
        <h2 class="step-heading" tabindex="-1">${t.readOnlyTitle}</h2>
        ${overview(ctx)}
      </div>`;
    }
    if (this.step === 'submitted') {
      return html`<div class="scan" part="base" lang=${ctx.contentLang}>
        <p class="scan-title">${ctx.text(instrument.title)}</p>
        ${confirmation(ctx, {
          sentAt: this.formatTime(response.submittedAt ?? response.updatedAt),
          reportHref: this.reportHref,
          printHref: this.printHref,
          onDownload: () => this.downloadDraft(),
        })}
      </div>`;
    }
    const blockId = blockIdOf(this.step);
    const drafts = html`${this.drafts.notices(t, { continueAtLabel: undefined, formatTime: (value) => this.formatTime(value) })}${this.drafts.status(t)}`;
    if (this.presentation && blockId) return presentationView(ctx, blockId, this.presenter, drafts, this.querySelector(':scope > [slot="round"]') !== null);
    const steps = stepIds(instrument);
    const index = steps.indexOf(this.step);
    return html`<div class="scan" part="base" lang=${ctx.contentLang}>
      <p class="scan-title">${ctx.text(instrument.title)}</p>
      <div class="layout">
        <${tag('progress-nav')}
          class="nav"
          part="nav"
          .steps=${ctx.stable('progress-nav/steps', progressSteps(ctx, steps))}
          .current=${this.step}
          .label=${t.progress}
          .lang=${this.lang}
          @poolster-navigate=${(e: CustomEvent<{ stepId: string }>) => this.goTo(e.detail.stepId as StepId)}
        ></${tag('progress-nav')}>
        <div class=${this.step === 'confirm' ? 'content overview' : 'content'} part="step">
          ${notices(ctx.t, {
            notice: this.notice,
            setAside: this.setAside,
            storage: this.autosave.status,
            onDownloadStored: () => this.downloadStored(),
          })}
          ${this.lateFailed ? html`<p class="notice warning" part="notice" role="alert">${t.partFailed}</p>` : nothing}
          ${this.drafts.notices(t, { continueAtLabel: this.continueAtLabel(ctx), formatTime: (value) => this.formatTime(value) })}
          ${this.summary.length
            ? html`<${tag('error-summary')}
                class="summary"
                .errors=${this.summary}
                .lang=${this.lang}
                @poolster-error-select=${(e: CustomEvent<{ target: string }>) => this.selectError(e.detail.target)}
              ></${tag('error-summary')}>`
            : nothing}
          ${this.renderStep(ctx)}
          ${this.renderActions(ctx, steps, index)}
          ${tools(ctx.t, {
            savedAt: this.autosave.lastSavedAt ? this.formatTime(this.autosave.lastSavedAt) : undefined,
            confirmingRestart: this.confirmingRestart,
            onDownload: () => this.downloadDraft(),
            onOpen: (event) => void this.openDraft(event),
            onAskRestart: (asking) => (this.confirmingRestart = asking),
            onRestart: () => this.startAgain(),
          })}
          ${this.drafts.status(t)}
        </div>
      </div>
    </div>`;
  }

  private renderStep(ctx: ScanContext): TemplateResult {
    const { t, instrument } = ctx;
    const heading = (text: string) => html`<h2 class="step-heading" tabindex="-1">${text}</h2>`;
    const blockId = blockIdOf(this.step);
    if (blockId) {
      const entry = modelOf(instrument).blockById.get(blockId)!;
      return html`<p class="step-counter">${format(t.blockOf, { n: entry.index + 1, total: modelOf(instrument).blocks.length })}</p>
        ${heading(`${entry.block.number ? `${entry.block.number} ` : ''}${ctx.text(entry.block.title)}`)} ${blockStep(ctx, entry.block, entry.cluster, this.presenter)}`;
    }
    switch (this.step) {
      case 'final':
        return html`${heading(t.stepFinal)} ${finalStep(ctx)}`;
      case 'confirm':
        // The check of every answer, then the closing note and the warning right above the button that sends.
        return html`${heading(t.stepConfirm)}
          ${this.summary.length ? nothing : missingPanel(ctx, incompleteSteps(this.issues, ctx), (step) => this.selectError(step))}
          <p>${t.overviewIntro}</p>
          ${overview(ctx, (at) => this.change(at))} ${richText(ctx, instrument.closingNote)}
          <p class="warning"><strong>${t.confirmIntro}</strong></p>
          ${this.problem ? html`<p class="notice problem" part="notice" role="alert">${this.problem}</p>` : nothing}`;
      default:
        return html`${heading(ctx.text(instrument.title))} ${introStep(ctx)}`;
    }
  }

  private renderActions(ctx: ScanContext, steps: StepId[], index: number): TemplateResult {
    const { t } = ctx;
    const back = index > 0 ? html`<button type="button" part="button" @click=${() => this.goTo(steps[index - 1]!)}>${t.previous}</button>` : nothing;
    if (this.step === 'confirm') {
      return html`<div class="actions" part="actions">
        ${back}
        <button type="button" part="button primary" class="primary" ?disabled=${this.sending} aria-disabled=${this.sending ? 'true' : 'false'} @click=${this.submit}>
          ${this.sending ? t.sending : this.problem ? t.retry : t.submit}
        </button>
      </div>`;
    }
    const forward = this.returnTo ? t.backToConfirm : this.step === 'intro' ? t.start : t.next;
    return html`<div class="actions" part="actions">
      ${back}<button type="button" part="button primary" class="primary" @click=${this.next}>${forward}</button>
    </div>`;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('instrument') && this.instrument !== undefined) {
      const instrument = this.instrument;
      const result = validated(instrument);
      if (!(result instanceof Promise)) this.useInstrument(result);
      else {
        // Only a broken instrument waits for the full checks (checks.ts), which say what is wrong.
        this.loaded = { state: 'loading' };
        void this.track(result.then((later) => this.instrument === instrument && this.useInstrument(later)));
      }
    }
    else if (changed.has('src') && this.instrument === undefined && this.src) void this.fetchInstrument(this.src);
  }

  /** Issues of the current response, warnings included: computed once per response (responses are never changed in place). */
  private get issues(): Issue[] {
    if (!this.response || this.loaded.state !== 'ready') return [];
    if (this.checked?.response !== this.response) {
      const response = this.response;
      const issues = responseIssuesNow(this.loaded.instrument, response);
      if (issues) this.checked = { response, issues };
      else {
        // Only the full checks can judge this response (a text over the schema's limit): until they are
        // here, the issues of its meaning; then all of them, drawn again.
        this.checked = { response, issues: validateResponseMeaning(this.loaded.instrument, response) };
        void this.track(loadFullChecks().then(
          () => {
            if (this.checked?.response === response) this.checked = undefined;
            this.requestUpdate();
          },
          () => undefined,
        ));
      }
    }
    return this.checked.issues;
  }

  /**
   * Also waits for checks still running: an instrument or a draft that only the full checks can judge
   * (checks.ts) is taken, or refused, once they are loaded; `updateComplete` then says it is settled.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.checking.size > 0) {
      await Promise.allSettled([...this.checking]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Once a step past the introduction is on screen (the first block: the team is answering), the elements
   * of the final page are fetched if they are late (the drop-in's poolster-later.js), in the browser's first
   * idle moment, so they are there long before the team gets to that page. A failed load is said, and tried
   * again on the next step; answers are kept.
   */
  private askForLateElements(): void {
    if (this.loaded.state !== 'ready' || this.step === 'intro' || this.lateAskedOn === this.step || this.lateLoaded) return;
    this.lateAskedOn = this.step;
    // When the browser is idle: the block just drawn comes first (its frame, the team's first input).
    const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200));
    const load = new Promise<void>((resolve) => idle(resolve)).then(loadLateElements);
    load.then(
      () => {
        this.lateLoaded = true;
        this.lateFailed = false;
      },
      (error: unknown) => {
        this.lateFailed = true;
        console.error('Poolster could not load the final page\'s elements:', error);
      },
    );
  }

  /** Keeps a check that is still running in `checking` until it settles. */
  private track<T>(value: T | Promise<T>): T | Promise<T> {
    if (!(value instanceof Promise)) return value;
    this.checking.add(value);
    const done = () => this.checking.delete(value);
    value.then(done, done);
    return value;
  }

  override updated(): void {
    this.askForLateElements();
    const target = this.focusAfterUpdate;
    if (target === undefined) return;
    this.focusAfterUpdate = undefined;
    void focusTarget(this.renderRoot as ShadowRoot, target);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadController?.abort();
  }

  private async fetchInstrument(src: string): Promise<void> {
    this.loadController?.abort();
    this.loadController = new AbortController();
    this.loaded = { state: 'loading' };
    const result = await loadInstrument(src, this.loadController.signal);
    if (this.instrument !== undefined || this.src !== src) return;
    if (!result.ok && result.issues.length === 0) {
      const message = format(scanStrings(this.lang).loadFailed, { src, reason: result.reason });
      this.loaded = { state: 'error', message, issues: [] };
      fire<ScanErrorDetail>(this, 'poolster-error', { kind: 'load', message, issues: [] });
      return;
    }
    this.useInstrument(result);
  }

  private useInstrument(result: LoadResult): void {
    if (!result.ok && result.reason === 'checks') {
      const message = scanStrings(this.lang).checksFailed;
      this.loaded = { state: 'error', message, issues: [] };
      fire<ScanErrorDetail>(this, 'poolster-error', { kind: 'instrument', message, issues: [] });
      return;
    }
    if (!result.ok) {
      const message = scanStrings(this.lang).errorIntro;
      this.loaded = { state: 'error', message, issues: result.issues };
      fire<ScanErrorDetail>(this, 'poolster-error', { kind: 'instrument', message, issues: result.issues });
      return;
    }
    const instrument = result.instrument;
    this.loaded = { state: 'ready', instrument };
    this.step = 'intro';
    this.autosave.key = `poolster:draft:${instrument.id}:${majorOf(instrument.version)}${this.draftKey ? `:${this.draftKey}` : ''}`;
    const backend = this.backend ?? (this.draftUrl ? new HttpDraftBackend({ draftUrl: this.draftUrl, action: this.action }) : undefined);
    if (this.pendingValue !== undefined) {
      const value = this.pendingValue;
      this.pendingValue = undefined;
      // A draft given by the host is this device's unsent change: sent, or set against a newer one on the server.
      return void this.track(whenReady(this.adopt(value), (adopted) => {
        const r = adopted ? this.response : undefined;
        if (r) return void (backend && r.status === 'draft' && this.sync.start(backend, { response: r, savedAt: r.updatedAt, unsent: true }));
        this.restore(instrument, backend);
      }));
    }
    this.restore(instrument, backend);
  }

  /** Opens this device's stored draft, if any, and starts the server's drafts. */
  private restore(instrument: Instrument, backend: DraftBackend | undefined): void {
    const stored = this.autosave.load();
    if (!stored) return this.resume(instrument, backend, stored, undefined);
    void this.track(whenReady(readDraft(instrument, JSON.stringify(stored.response), this.migrate), (opened) => this.resume(instrument, backend, stored, opened)));
  }

  private resume(instrument: Instrument, backend: DraftBackend | undefined, stored: ReturnType<typeof this.autosave.load>, opened: OpenedDraft | undefined): void {
    if (this.loaded.state !== 'ready' || this.loaded.instrument !== instrument) return;
    const local = stored && opened?.ok && opened.response.status === 'draft' ? { ...stored, response: opened.response, setAside: opened.setAside } : undefined;
    if (backend) void this.sync.start(backend, local);
    if (local) {
      this.response = local.response;
      this.setAside = local.setAside;
      this.notice = format(scanStrings(this.lang).draftRestored, { time: this.formatTime(local.savedAt) });
      this.drafts.landOn(local.step);
      if (local.setAside.length) this.keep(local.response);
    } else this.response = createResponse(instrument, { lang: this.lang });
  }

  private keep(response: Response): void {
    this.drafts.keep(response);
  }

  /** Takes a response given by the host; refuses (with an event) one that does not belong here. */
  private adopt(value: unknown): boolean | Promise<boolean> {
    if (this.loaded.state !== 'ready') return false;
    const instrument = this.loaded.instrument;
    return this.track(whenReady(readDraft(instrument, JSON.stringify(value ?? null), this.migrate), (opened) => this.loaded.state === 'ready' && this.loaded.instrument === instrument && this.take(opened)));
  }

  private take(opened: OpenedDraft): boolean {
    if (!opened.ok) {
      fire<ScanErrorDetail>(this, 'poolster-error', { kind: 'value', message: 'value', issues: opened.issues });
      return false;
    }
    this.response = opened.response;
    this.setAside = opened.setAside;
    this.refused = [];
    this.step = opened.response.status === 'submitted' ? 'submitted' : 'intro';
    // A prefilled draft is the team's work from now on: it is kept on the device like any change.
    if (opened.response.status === 'draft') this.keep(opened.response);
    return true;
  }

  private context(instrument: Instrument, response: Response): ScanContext {
    const { lang, shown, refused, issues } = this;
    const readonly = this.readonly || this.step === 'submitted';
    return scanContext({ owner: this, instrument, response, lang, readonly, shown, refused, issues, onAnswer: (at, d) => this.answer(at, d), onText: (at, f, v) => this.typeText(at, f, v) });
  }

  private answer(at: AnswerLocation, detail: AnswerChangeDetail): void {
    if (this.loaded.state !== 'ready' || !this.response) return;
    const question = questionAt(this.loaded.instrument, at);
    if (!question) return;
    this.commit(at, nextAnswer(question, getAnswer(this.response, at) ?? {}, detail), fieldKey(at));
  }

  private typeText(at: AnswerLocation, field: 'text' | 'comment', value: string): void {
    if (!this.response) return;
    this.commit(at, { ...(getAnswer(this.response, at) ?? {}), [field]: value }, field === 'comment' ? `${fieldKey(at)}/comment` : fieldKey(at));
  }

  /** Stores a changed answer; `field` is the key of the field the team changed. */
  private commit(at: AnswerLocation, answer: Answer, field: string): void {
    if (!this.response || this.loaded.state !== 'ready') return;
    this.response = withAnswer(this.response, at, answer);
    this.notice = '';
    this.keep(this.response);
    // What the server said about a field no longer holds once the team changed it.
    if (this.refused.some((r) => fieldKeyOfIssue(r) === field)) this.refused = this.refused.filter((r) => fieldKeyOfIssue(r) !== field);
    if (this.shown.length) {
      // Errors disappear as they are fixed; new ones only appear when the team moves on again. Those
      // that remain take the current issue's words ("this text has 10,412 characters").
      const key = (i: Issue) => `${i.code}@${i.path.join('/')}`;
      const shown = new Set(this.shown.map(key));
      this.shown = this.issues.filter((i) => shown.has(key(i)));
      this.summary = this.summary.filter((s) => this.shown.some((i) => targetOf(i) === s.target) || this.refused.some((r) => targetOf(r) === s.target));
    }
    fire<ScanChangeDetail>(this, 'poolster-change', { response: this.response, location: at });
  }

  private goTo(step: StepId, focus: string = 'heading'): void {
    if (this.loaded.state !== 'ready') return;
    const steps = stepIds(this.loaded.instrument);
    if (!steps.includes(step)) return;
    if (this.returnTo === step) this.returnTo = undefined;
    const moved = step !== this.step;
    this.step = step;
    // Where the team is belongs to the draft: another device opens it there.
    if (moved && this.response?.status === 'draft') this.keep(this.response);
    this.drafts.moved();
    this.shown = [];
    // Back on the confirmation step, the answers the server refused and the team has not changed yet are listed again.
    this.summary = step === 'confirm' && this.refused.length && this.response ? refusalSummary(this.refused, this.context(this.loaded.instrument, this.response)) : [];
    this.problem = '';
    this.focusAfterUpdate = focus;
    fire<ScanStepDetail>(this, 'poolster-step', { step, index: steps.indexOf(step), total: steps.length });
  }

  private next(): void {
    if (this.loaded.state !== 'ready') return;
    const errors = issuesOfStep(this.issues, this.step).filter((i) => i.severity === 'error');
    if (errors.length) {
      this.showErrors(errors, errors);
      return;
    }
    const steps = stepIds(this.loaded.instrument);
    const target = this.returnTo ?? steps[steps.indexOf(this.step) + 1];
    this.returnTo = undefined;
    if (target) this.goTo(target);
  }

  /** "Change" in the check of all answers: to the question, and back to sending afterwards. */
  private change(at: AnswerLocation): void {
    const step: StepId = at.scope === 'block' ? `block:${at.blockId}` : at.scope === 'context' ? 'intro' : 'final';
    this.goTo(step, fieldKey(at));
    this.returnTo = 'confirm';
  }

  private showErrors(inline: Issue[], listed: Issue[]): void {
    if (this.loaded.state !== 'ready') return;
    const ctx = this.context(this.loaded.instrument, this.response!);
    this.shown = inline;
    // Sending with answers missing: one link per step that keeps it from being sent, saying what is missing there.
    this.summary = this.step === 'confirm' ? incompleteSummary(incompleteSteps(listed, ctx), ctx) : summaryItems(listed, ctx, false);
    this.focusAfterUpdate = 'summary';
  }

  /** A link in the error summary: to the field, on its own step if need be, with its inline error shown. */
  private selectError(chosen: string): void {
    if (this.loaded.state !== 'ready') return;
    // A link naming a whole step (a block still incomplete) leads to its first field with a problem.
    const target = fieldOfStepTarget(chosen, this.context(this.loaded.instrument, this.response!), this.issues);
    const issue = this.issues.find((i) => targetOf(i) === target) ?? this.refused.find((r) => targetOf(r) === target);
    const step = issue ? stepOfIssue(issue) : undefined;
    if (step && step !== this.step) {
      const from = this.step;
      this.goTo(step, target);
      this.returnTo = from === 'confirm' ? 'confirm' : undefined;
      this.shown = issuesOfStep(this.issues, step).filter((i) => i.severity === 'error');
      return;
    }
    void focusTarget(this.renderRoot as ShadowRoot, target);
  }

  private async submit(): Promise<void> {
    if (this.sending || this.loaded.state !== 'ready' || !this.response) return;
    const errors = this.issues.filter((i) => i.severity === 'error');
    if (errors.length) return this.showErrors([], errors);
    // Sending drops the server's draft: with another device's or window's version unchosen, it would go unseen.
    if (this.drafts.unresolved) {
      this.problem = scanStrings(this.lang).sendBlockedByConflict;
      return;
    }
    const now = new Date().toISOString();
    const submitted: Response = { ...this.response, status: 'submitted', submittedAt: now, updatedAt: now };
    if (!fire<ScanSubmitDetail>(this, 'poolster-submit', { response: submitted }, { cancelable: true })) return;
    this.problem = '';
    let result: SubmissionResult | undefined;
    const sender = this.backend?.send ? this.backend : this.action ? new HttpDraftBackend({ draftUrl: '', action: this.action }) : undefined;
    if (sender?.send) {
      this.sending = true;
      await this.sync.settle();
      result = await this.submission.submitWith(() => sender.send!(submitted, { lang: uiLanguage(this.lang) }));
      this.sending = false;
      if (!result.ok) {
        const { problem, refusals } = submitFailure(scanStrings(this.lang), result);
        this.problem = problem;
        this.refused = refusals;
        this.summary = refusalSummary(refusals, this.context(this.loaded.instrument, this.response));
        if (this.summary.length) this.focusAfterUpdate = 'summary';
        fire<ScanErrorDetail>(this, 'poolster-error', { kind: 'submit', message: this.problem, issues: [], ...(refusals.length ? { refusals } : {}) });
        return;
      }
    }
    this.refused = [];
    this.sync.forget();
    this.autosave.clear();
    this.response = submitted;
    this.step = 'submitted';
    this.focusAfterUpdate = 'heading';
    fire<ScanSubmittedDetail>(this, 'poolster-submitted', {
      response: submitted,
      ...(result?.ok ? { status: result.status, body: result.body } : {}),
    });
  }

  private startAgain(): void {
    if (this.loaded.state !== 'ready') return;
    void this.sync.discard();
    this.autosave.clear();
    this.response = createResponse(this.loaded.instrument, { lang: this.lang });
    this.confirmingRestart = false;
    this.notice = '';
    this.setAside = [];
    this.refused = [];
    this.goTo('intro');
  }

  private downloadDraft(): void {
    if (!this.response || this.loaded.state !== 'ready') return;
    const date = this.response.updatedAt.slice(0, 10);
    downloadJson(this.renderRoot, `${this.loaded.instrument.id}-${this.response.status === 'submitted' ? 'submitted' : 'draft'}-${date}.json`, this.response);
  }

  private downloadStored(): void {
    const raw = this.autosave.readRaw();
    if (raw !== undefined) downloadJson(this.renderRoot, 'poolster-unreadable-draft.json', raw);
  }

  private async openDraft(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || this.loaded.state !== 'ready') return;
    const t = scanStrings(this.lang);
    const instrument = this.loaded.instrument;
    const opened = await this.track(readDraft(instrument, await file.text(), this.migrate));
    if (!opened.ok) {
      const first = opened.issues[0];
      this.notice = first ? format(t.draftOpenFailed, { reason: teamMessage(first, instrument, this.lang, instrument.defaultLanguage) }) : t.checksFailed;
      return;
    }
    // A sent scan opened again is a new scan: a new id, so sending it cannot collide with the one stored.
    const { submittedAt: _sent, ...rest } = opened.response;
    this.response = opened.response.status === 'submitted' ? { ...rest, id: newResponseId(), status: 'draft' } : opened.response;
    this.setAside = opened.setAside;
    this.refused = [];
    this.keep(this.response);
    this.notice = format(t.draftOpened, { time: this.formatTime(opened.response.updatedAt) });
    this.goTo('intro');
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
  interface HTMLElementEventMap {
    'poolster-change': CustomEvent<ScanChangeDetail>;
    'poolster-step': CustomEvent<ScanStepDetail>;
    'poolster-submit': CustomEvent<ScanSubmitDetail>;
    'poolster-submitted': CustomEvent<ScanSubmittedDetail>;
    'poolster-error': CustomEvent<ScanErrorDetail>;
  }
}
