import type { BallotPlacement, Instrument, ParticipantRound } from '@poolster/schema';
import type { PropertyValues, PropertyDeclarations } from 'lit';
import type { AnswerChangeDetail } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import { HttpBallotBackend } from '../rounds/http-ballot-backend.js';
import { RoundBackendError, type BallotBackend } from '../rounds/round-backend.js';
import { keepFocusAboveBar } from './keep-above-bar.js';
import { afterChoice, ballotPlacements, reconcile, refusals, unsentBlocks, type Placements } from './vote-ballot.js';
import { InstrumentByUrl, voteBlock, withCurrentStage } from './vote-content.js';
import { blockOnScreen } from './vote-screen.js';
import { isConnectionLoss, joinMessage } from './vote-errors.js';
import { normaliseCode, voteStorage } from './vote-storage.js';
import { renderVote, type VoteView } from './vote-views.js';
import { voteStrings } from './vote.strings.js';
import { styles } from './vote.styles.js';
import { PoolsterVoteProperties } from './vote-properties.js';

/**
 * A participant's side of a team round, made for a phone: join with the code on the shared screen (no
 * account), place each block of the round privately (its current stage, and the ambition when the round
 * asks for it), one block at a time. Every choice is sent at once and kept on the device, so a reload or
 * a lost connection loses nothing; what the server does not hold yet is sent again when the connection
 * is back. Nothing is ever thrown into the host page: every failure is shown in the element.
 *
 * @summary Join a team round and place the blocks privately.
 * @csspart join - The form with the join code.
 * @csspart block - The block being placed.
 * @csspart status - The line that says whether the block's choice was sent.
 * @csspart notice - A notice (the connection is lost, the block is voted on again).
 * @csspart error - An error message.
 * @cssprop --poolster-color-accent - Buttons and the chosen stage card.
 * @cssprop --poolster-color-warning - The border of notices.
 */
export class PoolsterVote extends PoolsterVoteProperties {
  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    view: { state: true },
    typed: { state: true },
    joinError: { state: true },
    joining: { state: true },
    problem: { state: true },
    round: { state: true },
    placements: { state: true },
    index: { state: true },
    connected: { state: true },
    sending: { state: true },
    refused: { state: true },
    revoted: { state: true },
    loaded: { state: true },
  };

  private view: VoteView = 'loading';
  private typed = '';
  private joinError = '';
  private joining = false;
  private problem = '';
  private round: ParticipantRound | undefined;
  private placements: Placements = {};
  private index = 0;
  private connected = true;
  private sending = false;
  private refused: Record<string, string> = {};
  private revoted: ReadonlySet<string> = new Set();
  private loaded: Instrument | undefined;

  private httpBackend: HttpBallotBackend | undefined;
  private token: string | undefined;
  private roundCode: string | undefined;
  private stopWatching: (() => void) | undefined;
  private dirty = false;
  /** Each start supersedes the one before (a new code, a new instrument); late answers of an older one are ignored. */
  private run = 0;
  private started = false;
  private readonly instruments = new InstrumentByUrl();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    this.addEventListener('focusin', this.onFocusIn);
    if (this.started) void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    this.removeEventListener('focusin', this.onFocusIn);
    this.unwatch();
    this.run++;
  }

  override render() {
    const ballot = { placements: this.placements, refused: this.refused, revoted: this.revoted, sending: this.sending, connected: this.connected };
    return renderVote({
      ...blockOnScreen(this.currentInstrument, this.round, this.index, ballot, this.lang),
      t: voteStrings(this.lang),
      lang: this.lang,
      view: this.view,
      typed: this.typed,
      joinError: this.joinError,
      joining: this.joining,
      problem: this.problem,
      connected: this.connected,
      index: this.index,
      onCodeInput: (value) => (this.typed = value),
      onJoin: () => void this.enter(normaliseCode(this.typed)),
      onStage: (e) => this.onStage(e),
      onAmbition: (e) => this.onAmbition(e),
      onMove: (step) => this.move(step),
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.started) {
      this.started = true;
      void this.start();
      return;
    }
    const newCode = changed.has('code') && changed.get('code') !== undefined && this.code && normaliseCode(this.code) !== this.roundCode;
    const newInstrument = (changed.has('instrument') || changed.has('src')) && this.view === 'loading';
    if (newCode || newInstrument) void this.start();
  }

  private get currentInstrument(): Instrument | undefined {
    return this.instrument ?? this.loaded;
  }

  /** The backend given, or the built-in HTTP one at `join-url` and `ballots-url`. */
  private get ballots(): BallotBackend {
    return this.backend ?? (this.httpBackend ??= new HttpBallotBackend({ joinUrl: this.joinUrl, ballotsUrl: this.ballotsUrl, lang: this.lang }));
  }

  /** Finds the instrument, then the round: the one in the link, or the one this device joined last. */
  private async start(): Promise<void> {
    const run = ++this.run;
    this.unwatch();
    if (!(await this.ensureInstrument()) || run !== this.run) return;
    const code = this.code ? normaliseCode(this.code) : voteStorage.lastCode();
    if (!code) {
      this.view = 'join';
      return;
    }
    this.typed = code;
    await this.enter(code, run);
  }

  /** Joins with a code, or picks up the ballot this device keeps for it (a second join would start an empty one). */
  private async enter(code: string, run = ++this.run): Promise<void> {
    const stored = code ? voteStorage.read(code) : undefined;
    if (stored) await this.resume(code, stored.token, stored.placements, stored.round, run);
    else await this.join(code, run);
  }

  /** The instrument given, or the one at `src` (fetched once per URL); false, with the reason shown, when there is none. */
  private async ensureInstrument(): Promise<boolean> {
    if (this.currentInstrument) return true;
    const src = this.src;
    if (!src) return false;
    const loaded = await this.instruments.get(src);
    if (this.src !== src) return false;
    this.loaded = loaded;
    if (!loaded) this.fail(voteStrings(this.lang).instrumentFailed);
    return loaded !== undefined;
  }

  private async join(code: string, run = ++this.run): Promise<void> {
    const t = voteStrings(this.lang);
    if (!code) {
      this.joinError = t.codeMissing;
      this.view = 'join';
      return;
    }
    this.joining = true;
    this.joinError = '';
    try {
      const { token, round } = await this.ballots.join(code);
      if (run !== this.run) return;
      this.token = token;
      this.roundCode = code;
      this.placements = {};
      this.round = undefined;
      this.revoted = new Set();
      this.index = 0;
      if (this.accept(round)) {
        this.follow();
        // The form is gone: the keyboard continues from the first block's name, not from the page's top.
        this.focusHeading();
      }
    } catch (error) {
      if (run !== this.run) return;
      this.view = 'join';
      this.joinError = joinMessage(error, this.lang);
    } finally {
      if (run === this.run) this.joining = false;
    }
  }

  /** Picks up a round this device joined before: its own placements first, then what the server says. */
  private async resume(code: string, token: string, placements: Placements, round: ParticipantRound | undefined, run: number): Promise<void> {
    this.token = token;
    this.roundCode = code;
    this.placements = placements;
    if (round && this.accept(round, false)) this.view = 'joined';
    try {
      const fresh = await this.ballots.load(token);
      if (run !== this.run) return;
      if (this.accept(fresh)) this.follow();
    } catch (error) {
      if (run !== this.run) return;
      if (error instanceof RoundBackendError && error.status === 404) {
        // The token is gone: the round was closed and its ballots deleted. A new round may use the code now.
        voteStorage.remove(code);
        this.round = undefined;
        await this.join(code, run);
        if (run === this.run && this.view === 'join' && this.joinError === voteStrings(this.lang).roundNotFound) {
          this.joinError = '';
          this.view = 'ended';
        }
        return;
      }
      if (isConnectionLoss(error)) {
        this.connected = false;
        if (this.round) this.follow();
        else {
          this.view = 'join';
          this.joinError = voteStrings(this.lang).unreachable;
        }
        return;
      }
      this.view = 'join';
      this.joinError = joinMessage(error, this.lang);
    }
  }

  /** Takes the round as the server sees it; false when it cannot be shown (another scan, or closed). */
  private accept(round: ParticipantRound, fromServer = true, afterSend = false): boolean {
    const instrument = this.currentInstrument;
    if (instrument && round.instrumentId !== instrument.id) {
      this.fail(voteStrings(this.lang).otherScan);
      return false;
    }
    if (round.status === 'closed') {
      this.close();
      return false;
    }
    const { placements, revoted, unsent } = reconcile(this.placements, round);
    this.round = round;
    this.placements = placements;
    if (revoted.length > 0) this.revoted = new Set([...this.revoted, ...revoted]);
    this.index = Math.min(this.index, Math.max(0, round.blocks.length - 1));
    if (this.view !== 'joined') this.view = 'joined';
    this.persist();
    if (fromServer && unsent.length > 0 && this.connected && !afterSend) void this.send();
    return true;
  }

  private follow(): void {
    const token = this.token;
    if (!token) return;
    this.stopWatching?.();
    const run = this.run;
    this.stopWatching = this.ballots.watch(
      token,
      (round) => {
        if (run === this.run) this.accept(round);
      },
      (connected) => {
        if (run !== this.run) return;
        this.connected = connected;
        if (connected && unsentBlocks(this.placements, this.round).length > 0) void this.send();
      },
    );
  }

  /** Sends the whole ballot; while a send is under way, a newer choice is sent right after it. */
  private async send(): Promise<void> {
    if (this.sending) {
      this.dirty = true;
      return;
    }
    const run = this.run;
    this.sending = true;
    try {
      do {
        this.dirty = false;
        const token = this.token;
        const round = this.round;
        if (!token || !round) return;
        const placements = ballotPlacements(this.placements, round);
        try {
          const answer = await this.ballots.vote(token, { format: 'poolster-ballot', version: 1, placements });
          if (run !== this.run) return;
          this.connected = true;
          this.refused = {};
          if (!this.accept(answer, true, true)) return;
        } catch (error) {
          if (run !== this.run) return;
          this.onSendFailed(error, Object.keys(placements));
          return;
        }
      } while (this.dirty);
    } finally {
      if (run === this.run) this.sending = false;
    }
  }

  private onSendFailed(error: unknown, blockIds: string[]): void {
    if (isConnectionLoss(error)) this.connected = false;
    else if (error instanceof RoundBackendError && error.code === 'round-closed') this.close();
    else if (error instanceof RoundBackendError && error.status === 404) {
      if (this.roundCode) voteStorage.remove(this.roundCode);
      this.stopWatching?.();
      this.view = 'ended';
    } else {
      this.refused = refusals(this.round!, this.placements, blockIds, error instanceof Error ? error.message : String(error));
    }
  }

  private close(): void {
    if (this.roundCode) voteStorage.remove(this.roundCode);
    this.unwatch();
    this.view = 'closed';
  }

  private fail(message: string): void {
    this.unwatch();
    this.problem = message;
    this.view = 'broken';
  }

  private persist(): void {
    if (this.roundCode && this.token) voteStorage.write(this.roundCode, { token: this.token, placements: this.placements, ...(this.round ? { round: this.round } : {}) });
  }

  private unwatch(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  private choose(change: (placement: BallotPlacement) => BallotPlacement): void {
    const block = this.round?.blocks[this.index];
    if (!block || block.phase !== 'voting') return;
    const choices = afterChoice({ placements: this.placements, refused: this.refused, revoted: this.revoted }, block, change);
    ({ placements: this.placements, refused: this.refused, revoted: this.revoted } = choices);
    this.persist();
    void this.send();
  }

  private onStage(event: CustomEvent<AnswerChangeDetail>): void {
    event.stopPropagation();
    const current = event.detail.value[0];
    const blockId = this.round?.blocks[this.index]?.blockId;
    const content = this.currentInstrument && blockId ? voteBlock(this.currentInstrument, blockId, this.lang) : undefined;
    if (!current || !content) return;
    this.choose((placement) => withCurrentStage(content, placement, current));
  }

  private onAmbition(event: CustomEvent<AnswerChangeDetail>): void {
    event.stopPropagation();
    const ambition = event.detail.value[0];
    if (ambition) this.choose((placement) => ({ ...placement, ambition }));
  }

  private move(step: number): void {
    const total = this.round?.blocks.length ?? 0;
    const next = Math.min(Math.max(this.index + step, 0), total - 1);
    if (next === this.index) return;
    this.index = next;
    this.focusHeading();
  }

  private focusHeading(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#block-title, #done-title')?.focus());
  }

  private readonly onFocusIn = (): void => keepFocusAboveBar(this.renderRoot);

  private readonly onOnline = (): void => {
    if (this.view === 'joined' && unsentBlocks(this.placements, this.round).length > 0) void this.send();
    else if (this.view === 'join' && this.joinError === voteStrings(this.lang).unreachable) void this.start();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'poolster-vote': PoolsterVote;
  }
}
