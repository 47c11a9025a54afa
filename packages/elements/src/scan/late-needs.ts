import type { Response } from '@poolster/schema';
import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { lateWordsReady, loadLateWords } from '../i18n/words-loader.js';
import { endViews } from './end-part.js';
import { fieldMessages, loadFieldMessages } from './field-messages-part.js';
import { addLateStyles } from './late-styles.js';
import type { StepId } from './steps.js';
import { holdsTeamRound, loadTeamSummary, teamSummaryReady, teamSummaryStyles } from './team-summary.js';

/** What the scan's late needs read of it. */
export interface LateNeedsView {
  lang(): string;
  step(): StepId;
  response(): Response | undefined;
  /** The scan shows issues now (a broken instrument, errors at fields or in the summary). */
  showsIssues(): boolean;
  root(): ShadowRoot;
  /** The presentation's styles once its file is here (presentation-part.ts). */
  presentationStyles(): CSSResult | undefined;
  /** Lets the scan's `updateComplete` wait for what it fetches. */
  track(work: Promise<unknown>): void;
}

/**
 * What the scan fetches because of what it is about to draw, before each update, beside the last steps'
 * parts (end-part.ts): the late words when an issue shows before the first block's idle moment brought them
 * (their validation messages), and a team round's summary when the response holds one. Late parts' styles
 * join the scan's own when their files are here. A failed fetch is said (`failed`, the scan's alert) and
 * tried again on another step; answers are never touched.
 */
export class LateNeeds implements ReactiveController {
  failed = false;
  private failedOn: StepId | undefined;
  private pending = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly view: LateNeedsView,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const root = this.view.root();
    addLateStyles(root, endViews()?.overviewStyles);
    addLateStyles(root, this.view.presentationStyles());
    addLateStyles(root, teamSummaryStyles());
    if (this.failed && this.failedOn === this.view.step()) return;
    const lang = this.view.lang();
    // The last steps' views read late words too: a language changed after they came needs its own.
    if ((this.view.showsIssues() || endViews()) && !lateWordsReady(lang)) this.fetch(`words:${lang}`, loadLateWords(lang));
    if (this.view.showsIssues() && !fieldMessages()) this.fetch('field-messages', loadFieldMessages());
    if (holdsTeamRound(this.view.response()) && !teamSummaryReady()) this.fetch('team', loadTeamSummary());
  }

  private fetch(what: string, work: Promise<unknown>): void {
    if (this.pending.has(what)) return;
    this.pending.add(what);
    const done = work.then(
      () => {
        this.failed = false;
      },
      (error: unknown) => {
        this.failed = true;
        this.failedOn = this.view.step();
        console.error('Poolster could not load a part of the scan:', error);
      },
    );
    this.view.track(
      done.finally(() => {
        this.pending.delete(what);
        this.host.requestUpdate();
      }),
    );
  }
}
