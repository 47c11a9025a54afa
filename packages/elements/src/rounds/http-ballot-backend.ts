import type { Ballot, ParticipantRound } from '@poolster/schema';
import { readJson } from '../controllers/post-response.js';
import { asParticipantRound } from './participant-round-check.js';
import { RoundBackendError, type BallotBackend } from './round-backend.js';

export interface HttpBallotBackendOptions {
  /** Where a code is POSTed to join. Default `/api/join`. */
  joinUrl?: string;
  /** The participants' ballots: `${ballotsUrl}/${token}` (GET, PUT) and `…/events`. Default `/api/ballots`. */
  ballotsUrl?: string;
  /** Asked of the server for its messages (`Accept-Language`). */
  lang?: string;
  /** Default: the global `fetch`, looked up at each call. */
  fetch?: typeof fetch;
  /** Give up on a request after this many ms. Default 30000. */
  timeoutMs?: number;
  /**
   * When the event stream was refused outright (the browser does not retry then, for instance after a
   * server restart answered 502), open it again after this many ms. Default 5000.
   */
  reopenMs?: number;
}

/**
 * The participant's side of the round protocol over HTTP: `POST joinUrl {code}` → `{token, round}`,
 * `GET`/`PUT ${ballotsUrl}/${token}`, and the round's phases as server-sent events from
 * `${ballotsUrl}/${token}/events` (`event: round`). Errors reject with a `RoundBackendError` that carries
 * the protocol's code and the server's localised message; no answer at all is code `network` or `timeout`
 * (status 0). The token goes in the path, never in a cookie: the participant has no account.
 */
export class HttpBallotBackend implements BallotBackend {
  private readonly joinUrl: string;
  private readonly ballotsUrl: string;
  private readonly options: HttpBallotBackendOptions;
  private readonly fetchFn: typeof fetch;

  constructor(options: HttpBallotBackendOptions = {}) {
    this.options = options;
    this.joinUrl = options.joinUrl || '/api/join';
    this.ballotsUrl = (options.ballotsUrl || '/api/ballots').replace(/\/+$/, '');
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  async join(code: string): Promise<{ token: string; round: ParticipantRound }> {
    const body = await this.request('POST', this.joinUrl, { code });
    const round = isRecord(body) ? asParticipantRound(body['round']) : undefined;
    if (!isRecord(body) || typeof body['token'] !== 'string' || body['token'] === '' || !round) throw unexpected();
    return { token: body['token'], round };
  }

  async load(token: string): Promise<ParticipantRound> {
    return this.round(await this.request('GET', this.ballotUrl(token)));
  }

  async vote(token: string, ballot: Ballot): Promise<ParticipantRound> {
    return this.round(await this.request('PUT', this.ballotUrl(token), ballot));
  }

  watch(token: string, onRound: (round: ParticipantRound) => void, onConnection: (connected: boolean) => void): () => void {
    const url = `${this.ballotUrl(token)}/events`;
    let source: EventSource | undefined;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let connected: boolean | undefined;
    let stopped = false;
    // Said once per change, not at every retry of the browser.
    const report = (value: boolean) => {
      if (stopped || connected === value) return;
      connected = value;
      onConnection(value);
    };
    const open = () => {
      reopen = undefined;
      if (stopped) return;
      try {
        source = new EventSource(url);
      } catch {
        report(false);
        return;
      }
      source.addEventListener('open', () => report(true));
      source.addEventListener('round', (event) => {
        const round = asParticipantRound(parse((event as MessageEvent).data));
        if (round && !stopped) onRound(round);
      });
      source.addEventListener('error', () => {
        report(false);
        // CONNECTING: the browser tries again by itself. CLOSED: it gave up (an answer that is not a stream).
        if (source?.readyState === EventSource.CLOSED && !stopped && reopen === undefined) {
          reopen = setTimeout(open, this.options.reopenMs ?? 5000);
        }
      });
    };
    open();
    return () => {
      stopped = true;
      if (reopen !== undefined) clearTimeout(reopen);
      source?.close();
    };
  }

  private ballotUrl(token: string): string {
    return `${this.ballotsUrl}/${encodeURIComponent(token)}`;
  }

  private round(body: unknown): ParticipantRound {
    const round = asParticipantRound(body);
    if (!round) throw unexpected();
    return round;
  }

  /** One JSON request; a 2xx answers its body, anything else rejects with a RoundBackendError. */
  private async request(method: string, url: string, payload?: unknown): Promise<unknown> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.options.timeoutMs ?? 30000);
    let res: Awaited<ReturnType<typeof fetch>>;
    let body: unknown;
    try {
      res = await this.fetchFn(url, {
        method,
        headers: {
          Accept: 'application/json',
          ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(this.options.lang ? { 'Accept-Language': this.options.lang } : {}),
        },
        ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
        credentials: 'same-origin',
        cache: 'no-store',
        signal: abort.signal,
      });
      body = await readJson(res);
    } catch {
      throw abort.signal.aborted ? new RoundBackendError(0, 'timeout', 'The server did not answer in time.') : new RoundBackendError(0, 'network', 'The server could not be reached.');
    } finally {
      clearTimeout(timer);
    }
    if (res.status >= 200 && res.status < 300) return body;
    throw failure(res.status, body);
  }
}

/**
 * The API's error body names its code and its localised message; both spellings are read (`{ code,
 * error: message }` as the server's other routes answer, `{ error: code, message }`), so a portal's own
 * backend may use either.
 */
function failure(status: number, body: unknown): RoundBackendError {
  const fallbackCode = status === 429 ? 'rate-limited' : status === 404 ? 'not-found' : `http-${status}`;
  if (!isRecord(body)) return new RoundBackendError(status, fallbackCode, `HTTP ${status}`);
  const code = typeof body['code'] === 'string' ? body['code'] : typeof body['message'] === 'string' && typeof body['error'] === 'string' ? body['error'] : fallbackCode;
  const message = typeof body['code'] === 'string' && typeof body['error'] === 'string' ? body['error'] : typeof body['message'] === 'string' ? body['message'] : `HTTP ${status}`;
  return new RoundBackendError(status, code, message);
}

const unexpected = () => new RoundBackendError(502, 'unexpected-answer', 'The server answered something that is not a round.');

function parse(data: unknown): unknown {
  try {
    return typeof data === 'string' ? (JSON.parse(data) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
