import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Response as ScanResponse } from '@poolster/schema';
import { postResponse } from './post-response.js';

/** Why a submission did not arrive. */
export type SubmissionFailure = 'offline' | 'timeout' | 'network' | 'http';

/** The outcome of `submit()`. `body` is the parsed JSON answer of the server, when it sent one. */
export type SubmissionResult =
  | { ok: true; status: number; body?: unknown }
  | { ok: false; reason: SubmissionFailure; status?: number; body?: unknown };

/** Where the submission is. The host turns it into text. */
export type SubmissionState = 'idle' | 'sending' | 'failed' | 'done';

export interface SubmissionOptions {
  /** Default: the global `fetch`, looked up at each call. */
  fetch?: typeof fetch;
  /** Give up after this many ms (reason 'timeout'). Default 30000. */
  timeoutMs?: number;
  /** Default `() => navigator.onLine`. When false, nothing is sent (reason 'offline'). */
  online?: () => boolean;
}

/**
 * Sends a finished response to the server, once per click however fast the clicks come: while a
 * submission is in flight, `submit()` returns the same promise. The response id is the
 * `Idempotency-Key`, so a retry after a lost answer cannot store the scan twice: the server answers
 * a re-sent response with a 2xx. Any other status, 409 included (a different response with this id is
 * already stored), is a failure the team is told about, and the draft stays.
 *
 * Never throws and never touches storage: the host clears the draft only after `ok: true`.
 */
export class SubmissionController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly fetchFn: typeof fetch;
  private readonly timeoutMs: number;
  private readonly online: () => boolean;

  private currentState: SubmissionState = 'idle';
  private result: SubmissionResult | undefined = undefined;
  private inFlight: Promise<SubmissionResult> | undefined = undefined;

  constructor(host: ReactiveControllerHost, options: SubmissionOptions = {}) {
    this.host = host;
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 30000;
    this.online = options.online ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
    host.addController(this);
  }

  /** 'sending' while a request is in flight, then 'done' or 'failed'. */
  get state(): SubmissionState {
    return this.currentState;
  }

  /** The outcome of the last finished submission. */
  get lastResult(): SubmissionResult | undefined {
    return this.result;
  }

  hostConnected(): void {
    // Nothing to set up. A submission in flight is not aborted when the host moves in the DOM.
  }

  /**
   * POSTs the response as JSON to `url`. While a submission is in flight, returns that same promise
   * (no second request); after it settled, a new call sends again. `lang` (the interface language) is
   * sent as `Accept-Language`, so a server words the problems it finds the way the team reads them.
   */
  submit(url: string, response: ScanResponse, options: { lang?: string } = {}): Promise<SubmissionResult> {
    return this.submitWith(() => this.send(url, response, options.lang));
  }

  /**
   * The same once-per-click guard and state around another way of sending (a portal's backend): `send`
   * is called only when nothing is in flight, and a throw counts as a network failure.
   */
  submitWith(send: () => Promise<SubmissionResult>): Promise<SubmissionResult> {
    if (this.inFlight) return this.inFlight;
    this.currentState = 'sending';
    this.host.requestUpdate();
    let started: Promise<SubmissionResult>;
    try {
      // Called at once (not a microtask later), so the request and its timeout start with the click.
      started = send();
    } catch (error) {
      started = Promise.reject(error);
    }
    const settled = started
      .catch((): SubmissionResult => ({ ok: false, reason: 'network' }))
      .then((result) => {
        this.inFlight = undefined;
        this.result = result;
        this.currentState = result.ok ? 'done' : 'failed';
        this.host.requestUpdate();
        return result;
      });
    this.inFlight = settled;
    return settled;
  }

  /** Back to 'idle' without a result (e.g. after "start again"). Ignored while sending. */
  reset(): void {
    if (this.inFlight || (this.currentState === 'idle' && this.result === undefined)) return;
    this.currentState = 'idle';
    this.result = undefined;
    this.host.requestUpdate();
  }

  private isOnline(): boolean {
    try {
      return this.online() !== false;
    } catch {
      return true;
    }
  }

  private send(url: string, response: ScanResponse, lang: string | undefined): Promise<SubmissionResult> {
    if (!this.isOnline()) return Promise.resolve({ ok: false, reason: 'offline' });
    return postResponse(this.fetchFn, url, response, { timeoutMs: this.timeoutMs, ...(lang ? { lang } : {}) });
  }
}
