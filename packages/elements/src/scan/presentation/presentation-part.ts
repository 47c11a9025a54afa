import type { ReactiveController } from 'lit';
import { loadLateWords } from '../../i18n/words-loader.js';
import { loadOnce } from '../../shared/load-once.js';
import type { PresentationController, PresentationHost, PresentationNavigation } from './presentation-controller.js';
import { inTextField, isPresentationShortcut } from './present-button.js';

type PresentationCode = typeof import('./presentation-door.js');
const loadDoor = loadOnce<PresentationCode>(() => import('./presentation-door.js'));
/** The mode's code with its words (the late words file, in the drop-in): none of its texts is drawn empty. */
const loadPresentation = (lang: string): Promise<PresentationCode> => Promise.all([loadDoor(), loadLateWords(lang)]).then(([code]) => code);

/**
 * The presentation mode as the scan holds it: its code (presentation-controller.ts, presentation-view.ts) is
 * loaded the first time the scan presents, by its button, its shortcut or the `presentation` attribute;
 * most teams never do. Until then only the shortcut is listened to here. While the code loads the scan
 * stays as it is (answers go on as usual); should it fail to load, `failed` is set for the scan to say so,
 * and the next try loads it again.
 */
export class PresentationPart implements ReactiveController {
  /** The presentation's behaviour, once its code is here. */
  controller: PresentationController | undefined;
  view: PresentationCode['presentationView'] | undefined;
  /** The presentation's styles, from its file too: the scan adds them to its own (late-styles.ts). */
  styles: PresentationCode['presentationStyles'] | undefined;
  failed = false;
  private pending: Promise<unknown> | undefined;

  constructor(
    private readonly host: PresentationHost,
    private readonly navigation: PresentationNavigation,
    /** Lets the scan's `updateComplete` wait for the code while it loads. */
    private readonly track: (loading: Promise<unknown>) => void,
  ) {
    host.addController(this);
  }

  toggle(): void {
    this.host.presentation = !this.host.presentation;
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKey);
  }

  hostUpdate(): void {
    // A failed load is tried again the next time the scan presents, not at every update meanwhile.
    if (!this.host.presentation) this.failed = false;
    if (!this.host.presentation || this.controller || this.pending || this.failed) return;
    const pending = loadPresentation(this.host.lang).then(
      (code) => {
        this.failed = false;
        // Added now, the controller is connected at once and, at the next update, starts the presentation.
        this.controller = new code.PresentationController(this.host, this.navigation);
        this.view = code.presentationView;
        this.styles = code.presentationStyles;
      },
      (error: unknown) => {
        this.failed = true;
        console.error('Poolster could not load the presentation mode:', error);
      },
    ).finally(() => {
      this.pending = undefined;
      this.host.requestUpdate();
    });
    this.pending = pending;
    this.track(pending);
  }

  /** The shortcut, until the controller (which handles every key of the presentation) is here. */
  private readonly onKey = (event: KeyboardEvent): void => {
    if (this.controller || event.defaultPrevented || inTextField(event) || !isPresentationShortcut(event)) return;
    event.preventDefault();
    this.toggle();
  };
}
