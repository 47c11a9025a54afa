import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadInstrument, type LoadResult } from './load-instrument.js';

/**
 * Loads an element's instrument from its `src`, for every element that has one (the scan, the report).
 *
 * Only the last `src` asked for counts: asking for another one aborts the fetch still running (the browser
 * stops downloading it), and a result that comes in anyway for an older `src` is dropped, so a page that
 * switches instruments quickly never shows the first one after the second. A load cut off because the
 * element left the page (it was moved, say) starts again when it comes back.
 */
export class InstrumentLoader implements ReactiveController {
  private running: { src: string; abort: AbortController } | undefined;
  /** A `src` whose load was cut off by a disconnect, to load again on reconnect. */
  private interrupted: string | undefined;

  constructor(
    host: ReactiveControllerHost,
    /** Receives the result for the `src` asked for last, and only that one. */
    private readonly onLoaded: (result: LoadResult, src: string) => void,
  ) {
    host.addController(this);
  }

  /** True while a fetch is running. */
  get loading(): boolean {
    return this.running !== undefined;
  }

  /** Fetches and checks `src`, aborting any load still running. */
  load(src: string): void {
    this.cancel();
    const running = { src, abort: new AbortController() };
    this.running = running;
    void loadInstrument(src, running.abort.signal).then((result) => {
      if (this.running !== running || running.abort.signal.aborted) return;
      this.running = undefined;
      this.onLoaded(result, src);
    });
  }

  /** Stops the load still running (the host was given an instrument as data, or a new `src` is coming). */
  cancel(): void {
    this.running?.abort.abort();
    this.running = undefined;
    this.interrupted = undefined;
  }

  hostConnected(): void {
    const src = this.interrupted;
    if (src !== undefined) this.load(src);
  }

  hostDisconnected(): void {
    const src = this.running?.src;
    this.cancel();
    this.interrupted = src;
  }
}
