import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the counts must stay the same before they are announced: a room joining at once is one announcement. */
const SETTLED_MS = 4000;

/**
 * A live-region text that is said only once what it reports stopped changing: counts that move with every
 * placement would otherwise be read out word after word. `schedule` restarts the wait; the same text is
 * never said twice in a row.
 */
export class SettledAnnouncement implements ReactiveController {
  /** The text of the live region. */
  text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says what `compose` returns after the wait (nothing when it returns undefined). */
  schedule(compose: () => string | undefined): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const text = compose();
      if (text === undefined || text === this.last) return;
      this.text = this.last = text;
      this.host.requestUpdate();
    }, SETTLED_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
