import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadLateWords } from '../i18n/words-loader.js';
import { loadFieldMessages } from './field-messages-part.js';
import { loadLateElements } from '../shared/late-elements.js';
import { loadOnce } from '../shared/load-once.js';
import { whenIdle } from '../shared/when-idle.js';
import type { StepId } from './steps.js';

/**
 * The scan's end (end-views.ts), loaded when needed: at idle once the first block is drawn, at once when the
 * team reaches the end before that, or for a read-only or sent scan. While it loads, those steps say so and
 * wait; answers are never touched. A failed load is tried again at the next need.
 */
export type EndViews = typeof import('./end-views.js');

export const loadEndViews = loadOnce<EndViews>(() => import('./end-views.js'));

/** The end's views once loaded, else undefined. */
export const endViews = (): EndViews | undefined => loadEndViews.loaded();

/** The steps drawn with the end's views. */
export const isEndStep = (step: StepId): boolean => step === 'confirm' || step === 'submitted';

/** What the late parts need to know of the scan. */
export interface LatePartsView {
  /** The scan has its instrument and a response. */
  ready(): boolean;
  step(): StepId;
  readonly(): boolean;
  /** The language whose late words (the confirmation's, the validation messages) come with the parts. */
  lang(): string;
  /** Lets the scan's `updateComplete` wait for a part the team is waiting for. */
  track(work: Promise<unknown>): void;
}

/**
 * Once a step past the introduction is on screen (the first block: the team is answering), the parts of
 * the last steps are fetched if they are late (the drop-in's poolster-later.js, poolster-end-views.js and the
 * late words, poolster-words-late-<lang>.js),
 * in the browser's first idle moment, so they are there long before the team gets to them; at once when the
 * team is there already (or the scan is read-only or sent), and then the scan's `updateComplete` waits for
 * them. A failed load is said (`failed`), and tried again on the next step or when the browser is back
 * online; answers are kept.
 */
export class LateParts implements ReactiveController {
  failed = false;
  private loaded = false;
  private askedOn: StepId | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly view: LatePartsView,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.view.ready() || this.loaded) return;
    const step = this.view.step();
    const now = this.view.readonly() || isEndStep(step);
    if ((step === 'intro' && !now) || this.askedOn === step) return;
    this.askedOn = step;
    // When the browser is idle: the block just drawn comes first (its frame, the team's first input).
    const start = now ? Promise.resolve() : new Promise<void>((resolve) => whenIdle(resolve));
    // The elements and the end's views are taken in only once the late words are here, so that none of their
    // texts is ever drawn empty; the end's file is fetched beside the words meanwhile.
    const load = start.then(() => {
      void import('./end-views.js').catch(() => undefined);
      const words = loadLateWords(this.view.lang());
      return Promise.all([words.then(() => Promise.all([loadLateElements(), loadEndViews()])), loadFieldMessages()]);
    }).then(
      () => {
        this.loaded = true;
        this.failed = false;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.failed = true;
        this.host.requestUpdate();
        console.error('Poolster could not load the parts of the last steps:', error);
        // A team that lost the network gets the parts as soon as it is back, without having to change step.
        if (typeof window !== 'undefined') window.addEventListener('online', () => this.retry(), { once: true });
      },
    );
    if (now) this.view.track(load);
  }

  private retry(): void {
    if (this.loaded) return;
    this.askedOn = undefined;
    this.host.requestUpdate();
  }
}
