import type { RoundState, TeamBlock } from '@poolster/schema';
import { LitElement, html, nothing, type PropertyValues, type ReactiveController, type TemplateResult, type PropertyDeclarations } from 'lit';
import { format, uiLanguage } from '../i18n/strings.js';
import { HttpRoundBackend } from '../rounds/http-round-backend.js';
import { RoundBackendError, type RoundBackend } from '../rounds/round-backend.js';
import { agreedStage } from '../scan/agreed-stage.js';
import { baseStyles, buttonStyles } from '../shared/styles.js';
import { findScan, type RoundScan } from './round-scan.js';
import { stripRow, type RoundPanel } from './round-strip.js';
import { blockCounts, blocksOfScope, closeControls, joinDialog, joinedCounts, joinPanel, revealButton, revealedPanel, roundHead, roundView, startForm, type RoundScope, type RoundView } from './round-views.js';
import { styles } from './round.styles.js';
import { roundStrings } from './round.strings.js';
import { SettledAnnouncement } from './settled-announcement.js';

export type { RoundScan } from './round-scan.js';

/**
 * The facilitator's side of a team round, inside the scan (`<poolster-round slot="round">`): start a round
 * for this block, its cluster or every block; show the join code, link and QR code; follow how many joined
 * and placed each block (never who, never what); reveal a block's anonymous distribution and its spread;
 * record it, with the team's note, in the scan (the team chooses the agreed stage in the scan itself);
 * vote again; close the round (placements are deleted, only counts kept). A reloaded page finds the open
 * round again. A lost connection is said, and recovers by itself.
 *
 * @summary A team round's panel on the facilitator's screen.
 * @csspart base - The panel.
 * @csspart button - Every button; `button primary` for the main one.
 * @cssprop --poolster-color-accent - Buttons, bars.
 * @cssprop --poolster-color-surface - The panel's background.
 */
export class PoolsterRound extends LitElement {
  static override styles = [baseStyles, buttonStyles, styles];

  static override properties: PropertyDeclarations = {
    roundsUrl: { attribute: 'rounds-url' },
    backend: { attribute: false },
    lang: {},
    round: { state: true },
    connected: { state: true },
    busy: { state: true },
    problem: { state: true },
    notice: { state: true },
    scope: { state: true },
    askAmbition: { state: true },
    confirmingClose: { state: true },
    notes: { state: true },
    recordMessages: { state: true },
    panel: { state: true },
  };

  /** Where the rounds are (the rounds protocol over HTTP, e.g. `/api/rounds`). */
  roundsUrl = '';

  /** A portal's own rounds backend, used instead of `rounds-url`. */
  backend: RoundBackend | undefined;

  /** Interface language (nl, fr, en); default: the scan's. */
  override lang = '';

  private round: RoundState | undefined;
  private connected = true;
  private busy = false;
  private problem = '';
  private notice = '';
  private scope: RoundScope = 'block';
  private askAmbition = false;
  private confirmingClose = false;
  /** The note being written, per block. */
  private notes: Record<string, string> = {};
  /** The message next to "Record", per block. */
  private recordMessages: Record<string, string> = {};
  /** In the presentation: which panel is open over the columns: the round's (start, join link, closing) or the revealed spread. */
  private panel: RoundPanel | undefined;

  private scan: RoundScan | undefined;
  private lookedUp: string | undefined;
  private stopWatching: (() => void) | undefined;
  /** The counts of the block on screen, said once they stopped changing: never a word per placement. */
  private readonly announcement = new SettledAnnouncement(this);
  private focusAfterUpdate: string | undefined;
  private httpBackend: HttpRoundBackend | undefined;
  /** Every update of the scan (a step, an answer, the instrument, the presentation) is an update of the panel. */
  private readonly follower: ReactiveController = { hostUpdated: () => this.followScan() };

  override connectedCallback(): void {
    super.connectedCallback();
    findScan(this, (scan) => this.attach(scan));
  }

  /** The scan makes room for its round in the presentation (a panel added later is seen at once); moved in the page, the round it showed is followed again. */
  private attach(scan: RoundScan | undefined): void {
    if ((this.scan = scan)) {
      scan.addController(this.follower);
      scan.addEventListener('poolster-step', this.onStep);
      scan.requestUpdate();
    }
    if (this.round) this.follow(this.round);
    this.followScan();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scan?.removeController(this.follower);
    this.scan?.removeEventListener('poolster-step', this.onStep);
    this.scan?.requestUpdate();
    this.scan = undefined;
    this.lookedUp = undefined;
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  override render(): TemplateResult | typeof nothing {
    const instrument = this.scan?.loadedInstrument;
    if (!this.scan || !instrument) return nothing;
    const uiLang = uiLanguage(this.lang || this.scan.lang);
    const t = roundStrings(uiLang);
    const v = roundView(instrument, uiLang, this.lang || this.scan.lang, t);
    const blockId = this.scan.currentBlockId;
    const presenting = this.scan.presentation;
    const head = roundHead(t, { presenting, connected: this.connected, problem: this.problem, notice: this.notice });
    const tail = html`<p class="visually-hidden" aria-live="polite">${this.announcement.text}</p>
      ${joinDialog(v, this.round, () => this.focusSoon('.larger'))}`;
    if (presenting) {
      return html`<section class="round strip" part="base" lang=${uiLang} aria-labelledby="round-heading">
        ${head}
        ${stripRow(v, this.round, blockId, { panel: this.panel, busy: this.busy }, { reveal: (id) => void this.reveal(id), toggle: (panel, focus) => this.showPanel(this.panel === panel ? undefined : panel, focus) })}
        ${this.renderPanel(v, blockId)} ${tail}
      </section>`;
    }
    return html`<section class="round" part="base" lang=${uiLang} aria-labelledby="round-heading">
      ${head} ${this.round ? this.renderOpen(v, this.round, blockId) : this.renderStart(v, blockId)} ${tail}
    </section>`;
  }

  private renderPanel(v: RoundView, blockId: string | undefined): TemplateResult {
    const round = this.round;
    const block = round?.blocks.find((b) => b.blockId === blockId);
    let content: TemplateResult | typeof nothing = nothing;
    if (this.panel === 'round') {
      content = round
        ? html`${joinPanel(v, round, () => this.openLarger())} ${round.blocks.length > 1 ? blockCounts(v, round) : nothing} ${this.renderClose(v)}`
        : this.renderStart(v, blockId);
    } else if (this.panel === 'spread' && round && blockId && block?.phase === 'revealed' && block.votes) content = this.renderRevealed(v, blockId, block.votes);
    return html`<div id="round-panel" class="panel" role="group" aria-labelledby="round-heading" tabindex="-1" ?hidden=${content === nothing} @keydown=${this.onPanelKey}>
      ${content === nothing ? nothing : html`${content} <button type="button" part="button" class="hide-panel" @click=${() => this.hidePanel()}>${v.t.hidePanel}</button>`}
    </div>`;
  }

  private renderStart(v: RoundView, blockId: string | undefined): TemplateResult {
    if (!this.currentBackend()) return html`<p>${v.t.noBackend}</p>`;
    if (!blockId) return html`<p>${v.t.noBlock}</p>`;
    return startForm(
      v,
      blockId,
      { scope: this.scope, askAmbition: this.askAmbition, busy: this.busy },
      { scope: (scope) => (this.scope = scope), askAmbition: (ask) => (this.askAmbition = ask), start: () => void this.start(blockId) },
    );
  }

  private renderOpen(v: RoundView, round: RoundState, blockId: string | undefined): TemplateResult {
    const { t } = v;
    const block = round.blocks.find((b) => b.blockId === blockId);
    const counts = joinedCounts(t, round, block);
    let current: TemplateResult;
    if (!block || !blockId) current = html`<p>${t.notInRound}</p>`;
    else if (block.phase === 'voting' || !block.votes) current = html`<div class="reveal-row">${revealButton(t, this.busy, () => void this.reveal(blockId))}</div>`;
    else current = this.renderRevealed(v, blockId, block.votes);
    return html`${joinPanel(v, round, () => this.openLarger())} ${counts} ${round.blocks.length > 1 ? blockCounts(v, round) : nothing}
      <div class="current">${current}</div>
      ${this.renderClose(v)}`;
  }

  private renderRevealed(v: RoundView, blockId: string, votes: NonNullable<RoundState['blocks'][number]['votes']>): TemplateResult {
    const scan = this.scan!;
    return revealedPanel(
      v,
      blockId,
      votes,
      { response: scan.value, presenting: scan.presentation, note: this.notes[blockId], message: this.recordMessages[blockId] },
      { note: (value) => (this.notes = { ...this.notes, [blockId]: value }), record: () => this.record(blockId, votes, v), revote: () => void this.revote(blockId) },
    );
  }

  private renderClose(v: RoundView): TemplateResult {
    return closeControls(v, { confirming: this.confirmingClose, busy: this.busy }, { ask: (asking) => this.askClose(asking), close: () => void this.close() });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // A backend given (or changed) after the panel was connected: the open round is looked up with it.
    if ((changed.has('backend') || changed.has('roundsUrl')) && !this.round && this.hasUpdated) {
      this.lookedUp = undefined;
      queueMicrotask(() => this.followScan());
    }
  }

  override updated(): void {
    const target = this.focusAfterUpdate;
    // While an action runs its buttons are disabled: focus waits for the render after it.
    if (!target || this.busy) return;
    this.focusAfterUpdate = undefined;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** Escape closes the panel over the columns, as it closes the reading material. */
  private readonly onPanelKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.hidePanel();
  };

  private readonly onStep = (): void => {
    this.confirmingClose = false;
    this.requestUpdate();
  };

  /** Keeps up with the scan: its language and step (a new render), its instrument (the open round looked up once). */
  private followScan(): void {
    const scan = this.scan;
    if (!scan) return;
    this.requestUpdate();
    const instrument = scan.loadedInstrument;
    const backend = this.currentBackend();
    if (!instrument || !backend || this.lookedUp === instrument.id) return;
    this.lookedUp = instrument.id;
    void this.findOpenRound(backend, instrument.id);
  }

  private currentBackend(): RoundBackend | undefined {
    if (this.backend) return this.backend;
    if (!this.roundsUrl) return undefined;
    if (this.httpBackend?.baseUrl !== this.roundsUrl) this.httpBackend = new HttpRoundBackend(this.roundsUrl);
    return this.httpBackend;
  }

  private get t() {
    return roundStrings(this.lang || this.scan?.lang);
  }

  private async findOpenRound(backend: RoundBackend, instrumentId: string): Promise<void> {
    try {
      const open = (await backend.openRounds(instrumentId)).find((r) => r.status === 'open' && r.instrumentId === instrumentId);
      if (open && !this.round) this.follow(open);
    } catch (error) {
      this.fail(error);
    }
  }

  private async start(blockId: string): Promise<void> {
    const backend = this.currentBackend();
    const instrument = this.scan?.loadedInstrument;
    if (!backend || !instrument || this.busy) return;
    const blocks = blocksOfScope(instrument, blockId, this.scope);
    const askAmbition = this.askAmbition && instrument.blockQuestions.some((q) => q.type === 'ambition');
    await this.act(async () => {
      try {
        this.follow(await backend.open({ instrumentId: instrument.id, blocks, askAmbition }));
      } catch (error) {
        // Another member (or this screen before a reload) opened one: that one is the team's round.
        if (!(error instanceof RoundBackendError && error.code === 'round-open')) throw error;
        const open = (await backend.openRounds(instrument.id)).find((r) => r.status === 'open');
        if (!open) throw error;
        this.follow(open);
      }
      // On the shared screen the room needs the code and the QR code at once: the round's panel stays open
      // over the columns with them, until the facilitator hides it or reveals a block.
      this.panel = this.scan?.presentation ? 'round' : undefined;
      this.focusAfterUpdate = '.join';
    });
  }

  private async reveal(blockId: string): Promise<void> {
    const round = this.round;
    const backend = this.currentBackend();
    if (!round || !backend || this.busy) return;
    if (round.blocks.find((b) => b.blockId === blockId)?.voted === 0) {
      this.problem = this.t.noVotesYet;
      this.focusAfterUpdate = '.problem';
      return;
    }
    await this.act(async () => {
      this.take(await backend.reveal(round.id, blockId));
      this.panel = 'spread';
      this.focusAfterUpdate = '.distribution-heading';
    });
  }

  private async revote(blockId: string): Promise<void> {
    const round = this.round;
    const backend = this.currentBackend();
    if (!round || !backend || this.busy) return;
    await this.act(async () => {
      this.take(await backend.revote(round.id, blockId));
      const { [blockId]: _dropped, ...messages } = this.recordMessages;
      this.recordMessages = messages;
      this.panel = undefined;
      this.focusAfterUpdate = '.reveal';
    });
  }

  private record(blockId: string, votes: TeamBlock['votes'], v: RoundView): void {
    const scan = this.scan;
    const response = scan?.value;
    if (!scan || !response) return;
    let message: string;
    if (!agreedStage(v.instrument, response, blockId)) message = v.t.chooseFirst;
    else {
      const note = (this.notes[blockId] ?? response.team?.[blockId]?.note ?? '').trim();
      message = scan.recordTeamRound(blockId, { ...(votes ? { votes } : {}), ...(note ? { note } : {}) }) ? v.t.recorded : v.t.recordRefused;
    }
    this.recordMessages = { ...this.recordMessages, [blockId]: message };
    this.focusAfterUpdate = '.record-message';
  }

  private askClose(asking: boolean): void {
    this.confirmingClose = asking;
    this.focusAfterUpdate = asking ? '#close-confirm' : '.close';
  }

  private async close(): Promise<void> {
    const round = this.round;
    const backend = this.currentBackend();
    if (!round || !backend || this.busy) return;
    await this.act(async () => {
      this.take(await backend.close(round.id));
      // In the presentation the heading is not shown: focus goes to the button that starts the next round.
      this.panel = undefined;
      this.focusAfterUpdate = this.scan?.presentation ? '.open-round-panel' : '#round-heading';
    });
  }

  private showPanel(panel: RoundPanel | undefined, focus: string): void {
    const was = this.panel;
    this.panel = panel;
    this.confirmingClose = false;
    this.focusAfterUpdate = panel ? focus : `.open-${was}-panel`;
  }

  /** Hides the panel over the columns; focus goes back to the button that opened it. */
  private hidePanel(): void {
    this.showPanel(undefined, '');
  }

  private openLarger(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('.join-dialog')?.showModal();
  }

  /** Runs a facilitator's action: one at a time, its failure said in words. */
  private async act(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.problem = '';
    this.notice = '';
    try {
      await action();
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private fail(error: unknown): void {
    const t = this.t;
    const said = error instanceof RoundBackendError ? (error.code === 'no-votes' ? t.noVotesYet : error.message) : '';
    this.problem = format(t.failed, { reason: said || t.failedNetwork });
    this.focusAfterUpdate ??= '.problem';
  }

  /** Shows a round and follows its stream. */
  private follow(round: RoundState): void {
    this.stopWatching?.();
    this.take(round);
    const backend = this.currentBackend();
    if (!backend || round.status !== 'open') return;
    this.stopWatching = backend.watch(
      round.id,
      (state) => this.take(state),
      (connected) => (this.connected = connected),
    );
  }

  /** A new state of the round (an answer to an action, or from the stream). */
  private take(state: RoundState): void {
    if (this.round && state.id !== this.round.id) return;
    if (state.status === 'closed') {
      this.stopWatching?.();
      this.stopWatching = undefined;
      this.round = undefined;
      this.connected = true;
      this.confirmingClose = false;
      this.notice = this.t.closed;
      return;
    }
    this.round = state;
    this.announcement.schedule(() => this.countsToAnnounce());
  }

  /** The counts of the block on screen, for the live region; undefined when no block on screen is being voted on. */
  private countsToAnnounce(): string | undefined {
    const round = this.round;
    const instrument = this.scan?.loadedInstrument;
    const block = round?.blocks.find((b) => b.blockId === this.scan?.currentBlockId);
    if (!round || !instrument || !block || block.phase !== 'voting') return undefined;
    const lang = this.lang || this.scan!.lang;
    const label = roundView(instrument, uiLanguage(lang), lang, this.t).blockLabel(block.blockId);
    return format(this.t.announce, { joined: round.participants, placed: block.voted, block: label });
  }

  private focusSoon(selector: string): void {
    this.focusAfterUpdate = selector;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'poolster-round': PoolsterRound;
  }
}
