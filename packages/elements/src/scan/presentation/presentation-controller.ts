import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { blockIdOf, type StepId } from '../steps.js';
import { inTextField, isPresentationShortcut } from './present-button.js';
import { presentationStrings } from './presentation.strings.js';

/** The scan as the presentation sees it: an element with the `presentation` attribute and a language. */
export type PresentationHost = ReactiveControllerHost &
  HTMLElement & {
    presentation: boolean;
    renderRoot: HTMLElement | DocumentFragment;
  };

/** How the presentation moves between blocks: the scan's own steps and navigation. */
export interface PresentationNavigation {
  steps(): StepId[];
  current(): StepId;
  goTo(step: StepId): void;
}

export { PRESENTATION_SHORTCUT } from './present-button.js';

const BACK = new Set(['ArrowLeft', 'PageUp']);
const FORWARD = new Set(['ArrowRight', 'PageDown']);

/**
 * The presentation mode's behaviour: the shortcut, the keys a presenter (or a clicker) sends, the reading
 * panel, full screen, and where focus goes when the mode starts and ends.
 *
 * Digits only work while focus is in the scan (WCAG 2.1.4: a one-key shortcut is active only where the
 * component has focus); the keys a clicker sends (Page Up / Page Down, arrows) also work when nothing on
 * the page has focus, since a projector's audience page often has none.
 */
export class PresentationController implements ReactiveController {
  /** Whether the reading material panel is open. */
  readingOpen = false;
  /** Why full screen did not happen, said once, politely; empty otherwise. */
  message = '';

  private presenting = false;
  private focusAfterUpdate: 'presentation' | 'present-button' | 'reading' | 'reading-button' | undefined;

  constructor(
    private readonly host: PresentationHost,
    private readonly navigation: PresentationNavigation,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKey);
    document.addEventListener('keydown', this.onPageKey);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKey);
    document.removeEventListener('keydown', this.onPageKey);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
  }

  /** Starts or ends the presentation when the attribute changed (by the button, the shortcut or the page). */
  hostUpdate(): void {
    if (this.host.presentation !== this.presenting) {
      this.presenting = this.host.presentation;
      this.readingOpen = false;
      this.message = '';
      if (this.presenting) this.focusAfterUpdate = 'presentation';
      else {
        if (this.isFullScreen) void document.exitFullscreen().catch(() => undefined);
        this.focusAfterUpdate = 'present-button';
      }
    }
    // The presentation shows blocks: from the introduction or the overview (also once an instrument given
    // by `src` has loaded, or another instrument was given), it opens on the first one. A sent scan
    // ('submitted' is not among the steps) stays where it is: it is shown, never reopened.
    const current = this.navigation.current();
    if (this.presenting && !blockIdOf(current) && this.navigation.steps().includes(current)) {
      const first = this.navigation.steps().find((s) => blockIdOf(s));
      if (first) this.navigation.goTo(first);
    }
  }

  hostUpdated(): void {
    const target = this.focusAfterUpdate;
    if (!target) return;
    this.focusAfterUpdate = undefined;
    const selector = {
      presentation: '.presentation .step-heading',
      'present-button': '.present-button',
      reading: '.reading-panel-title',
      'reading-button': '.reading-button',
    }[target];
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
  }

  get isFullScreen(): boolean {
    return document.fullscreenElement === this.host;
  }

  toggle(): void {
    this.host.presentation = !this.host.presentation;
  }

  setReading(open: boolean): void {
    this.readingOpen = open;
    this.focusAfterUpdate = open ? 'reading' : 'reading-button';
    this.host.requestUpdate();
  }

  /** Full screen through the Fullscreen API, on the scan itself; a refusal is said, never thrown. */
  async toggleFullScreen(): Promise<void> {
    this.message = '';
    try {
      if (this.isFullScreen) await document.exitFullscreen();
      else if (typeof this.host.requestFullscreen === 'function' && document.fullscreenEnabled) await this.host.requestFullscreen();
      else throw new Error('unavailable');
    } catch {
      this.message = presentationStrings(this.host.lang).fullScreenRefused;
    }
    this.host.requestUpdate();
  }

  /** Moves to the previous (-1) or next (+1) block; nothing happens past the first or the last. */
  move(delta: -1 | 1): void {
    const blocks = this.navigation.steps().filter((s) => blockIdOf(s));
    const target = blocks[blocks.indexOf(this.navigation.current()) + delta];
    if (target) this.navigation.goTo(target);
  }

  /** Chooses the stage at this position (from 0) in the shown block. */
  choose(index: number): void {
    const picker = this.host.renderRoot.querySelector<HTMLElement & { chooseAt(i: number): void }>('.presentation-picker');
    picker?.chooseAt(index);
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || inTextField(event)) return;
    if (isPresentationShortcut(event)) {
      event.preventDefault();
      this.toggle();
      return;
    }
    if (!this.host.presentation || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape' && this.readingOpen) {
      event.preventDefault();
      this.setReading(false);
    } else if (/^[1-9]$/.test(event.key)) {
      event.preventDefault();
      this.choose(Number(event.key) - 1);
    } else this.onNavigationKey(event);
  };

  /** Clicker keys while nothing has focus (the body): the audience's page stays in step. */
  private readonly onPageKey = (event: KeyboardEvent): void => {
    const nothingFocused = document.activeElement === null || document.activeElement === document.body;
    if (!this.host.presentation || !nothingFocused || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    this.onNavigationKey(event);
  };

  private onNavigationKey(event: KeyboardEvent): void {
    // The arrows would also move between the stage radios: in a presentation they move between blocks (↑ ↓ still choose).
    if (BACK.has(event.key) || FORWARD.has(event.key)) {
      event.preventDefault();
      this.move(BACK.has(event.key) ? -1 : 1);
    }
  }

  private readonly onFullscreenChange = (): void => this.host.requestUpdate();
}
