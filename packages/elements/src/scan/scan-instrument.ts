import type { Instrument, Issue } from '@poolster/schema';
import type { ReactiveControllerHost } from 'lit';
import { format } from '../i18n/strings.js';
import { loadWords, wordsReady } from '../i18n/words-loader.js';
import { InstrumentLoader } from '../instrument/instrument-loader.js';
import { validated, type LoadResult } from '../instrument/load-instrument.js';
import { fire } from '../shared/events.js';
import type { ScanErrorDetail } from './scan-events.js';
import { scanStrings } from './scan.strings.js';

export type Loaded = { state: 'none' } | { state: 'loading' } | { state: 'ready'; instrument: Instrument } | { state: 'error'; message: string; issues: Issue[] };

/** The scan as its instrument sees it: what it was given, as data (`instrument`) or as a URL (`src`). */
export type ScanInstrumentHost = ReactiveControllerHost & HTMLElement & { instrument: unknown; src: string; lang: string };

/**
 * The scan's instrument: the one given as data (checked at once, or once the full checks are there for a
 * broken one), else the one at `src` (instrument-loader.ts: only the last `src` counts). A broken or
 * unreachable instrument becomes an error the scan shows, with a `poolster-error` event; a usable one is
 * handed to `ready`.
 */
export class ScanInstrument {
  loaded: Loaded = { state: 'none' };
  private readonly loader: InstrumentLoader;

  constructor(
    private readonly host: ScanInstrumentHost,
    private readonly ready: (instrument: Instrument) => void,
    private readonly track: (work: Promise<unknown>) => void,
  ) {
    this.loader = new InstrumentLoader(host, (result, src) => this.loadedFrom(result, src));
  }

  /** The instrument in use, once loaded and valid. */
  get instrument(): Instrument | undefined {
    return this.loaded.state === 'ready' ? this.loaded.instrument : undefined;
  }

  /** Called from the scan's `willUpdate`: a new `instrument` or `src`. */
  changed(instrumentChanged: boolean, srcChanged: boolean): void {
    const { instrument, src } = this.host;
    if (instrumentChanged && instrument !== undefined) {
      this.loader.cancel();
      const result = validated(instrument);
      if (!(result instanceof Promise)) return this.use(result);
      // Only a broken instrument waits for the full checks (checks.ts), which say what is wrong.
      this.set({ state: 'loading' });
      this.track(result.then((later) => this.host.instrument === instrument && this.use(later)));
    } else if (srcChanged && instrument === undefined && src) {
      this.set({ state: 'loading' });
      this.loader.load(src);
    }
  }

  private loadedFrom(result: LoadResult, src: string): void {
    if (this.host.instrument !== undefined) return;
    if (!result.ok && result.issues.length === 0) return this.withWords(() => this.fail('load', format(scanStrings(this.host.lang).loadFailed, { src, reason: result.reason }), []));
    this.use(result);
  }

  /**
   * What follows a loaded instrument speaks (a restored draft's notice, an error) in the scan's words. The
   * drop-in fetches them beside the instrument and either may come first: on a busy device the instrument
   * can win, so the next step waits for the words rather than read a text that is not there yet.
   */
  private withWords(then: () => void): void {
    const { lang } = this.host;
    if (wordsReady(lang)) return then();
    this.track(loadWords(lang).then(then));
  }

  private use(result: LoadResult): void {
    this.withWords(() => this.useNow(result));
  }

  private useNow(result: LoadResult): void {
    const t = scanStrings(this.host.lang);
    if (!result.ok) return result.reason === 'checks' ? this.fail('instrument', t.checksFailed, []) : this.fail('instrument', t.errorIntro, result.issues);
    this.set({ state: 'ready', instrument: result.instrument });
    this.ready(result.instrument);
  }

  private fail(kind: 'load' | 'instrument', message: string, issues: Issue[]): void {
    this.set({ state: 'error', message, issues });
    fire<ScanErrorDetail>(this.host, 'poolster-error', { kind, message, issues });
  }

  private set(loaded: Loaded): void {
    this.loaded = loaded;
    this.host.requestUpdate();
  }
}
