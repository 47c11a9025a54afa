import type { RoundState } from '@poolster/schema';
import { readJson } from '../controllers/post-response.js';
import { RoundBackendError, type RoundBackend } from './round-backend.js';

export interface HttpRoundBackendOptions {
  /** Default: the global `fetch`, looked up at each call. */
  fetch?: typeof fetch;
  /** Give up on a request after this many ms. Default 30000. */
  timeoutMs?: number;
  /** Default: the global `EventSource`. */
  eventSource?: typeof EventSource;
}

/** How long to wait before opening a stream again when the browser gave up on it (an error answer, not a lost connection). */
const REOPEN_AFTER_MS = [2000, 5000, 15000, 30000];

/**
 * The facilitator's side of the team round over HTTP (see the rounds protocol): `POST` to open one, `GET`
 * the centre's open rounds, a `text/event-stream` with the whole round state after every change, and `POST`s
 * to reveal a block, vote again and close. Same-origin cookies only; errors are `RoundBackendError`s with the
 * server's code and its localised message.
 */
export class HttpRoundBackend implements RoundBackend {
  private readonly fetchFn: typeof fetch;

  constructor(
    readonly baseUrl = '/api/rounds',
    private readonly options: HttpRoundBackendOptions = {},
  ) {
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  async open(request: { instrumentId: string; blocks: string[]; askAmbition: boolean }): Promise<RoundState> {
    return asRoundState(await this.request('POST', this.baseUrl, request));
  }

  async openRounds(instrumentId: string): Promise<RoundState[]> {
    const body = await this.request('GET', `${this.baseUrl}?instrumentId=${encodeURIComponent(instrumentId)}`);
    const rounds = isRecord(body) && Array.isArray(body['rounds']) ? body['rounds'] : undefined;
    if (!rounds) throw unreadable();
    return rounds.map(asRoundState);
  }

  async reveal(roundId: string, blockId: string): Promise<RoundState> {
    return asRoundState(await this.request('POST', `${this.roundUrl(roundId)}/blocks/${encodeURIComponent(blockId)}/reveal`));
  }

  async revote(roundId: string, blockId: string): Promise<RoundState> {
    return asRoundState(await this.request('POST', `${this.roundUrl(roundId)}/blocks/${encodeURIComponent(blockId)}/revote`));
  }

  async close(roundId: string): Promise<RoundState> {
    return asRoundState(await this.request('POST', `${this.roundUrl(roundId)}/close`));
  }

  /**
   * Follows the round's stream. The browser reconnects a lost stream by itself (the server says `retry`);
   * when it gives up (an error answer from a proxy, say), the stream is opened again a little later, so the
   * facilitator's screen recovers without a reload.
   */
  watch(roundId: string, onState: (state: RoundState) => void, onConnection: (connected: boolean) => void): () => void {
    const Source = this.options.eventSource ?? globalThis.EventSource;
    const url = `${this.roundUrl(roundId)}/events`;
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let stopped = false;
    let connected: boolean | undefined;
    const say = (value: boolean) => {
      if (value !== connected) onConnection((connected = value));
    };
    const connect = () => {
      source = new Source(url, { withCredentials: false });
      source.addEventListener('open', () => {
        failures = 0;
        say(true);
      });
      source.addEventListener('round', (event) => {
        try {
          onState(asRoundState(JSON.parse((event as MessageEvent<string>).data)));
          say(true);
        } catch {
          // A message that is not a round state changes nothing: the next one is the whole state again.
        }
      });
      source.addEventListener('error', () => {
        if (stopped) return;
        say(false);
        if (source?.readyState === 2) {
          source.close();
          timer = setTimeout(connect, REOPEN_AFTER_MS[Math.min(failures++, REOPEN_AFTER_MS.length - 1)]);
        }
      });
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }

  private roundUrl(roundId: string): string {
    return `${this.baseUrl}/${encodeURIComponent(roundId)}`;
  }

  private async request(method: string, url: string, body?: unknown): Promise<unknown> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.options.timeoutMs ?? 30000);
    let res: globalThis.Response;
    try {
      res = await this.fetchFn(url, {
        method,
        headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        credentials: 'same-origin',
        cache: 'no-store',
        signal: abort.signal,
      });
    } catch {
      throw new RoundBackendError(0, abort.signal.aborted ? 'timeout' : 'network', '');
    } finally {
      clearTimeout(timer);
    }
    const answer = await readJson(res);
    if (res.ok) return answer;
    // The server answers `{ error: <localised message>, code }`; a portal may answer `{ error: <code>, message }`.
    const failed: Record<string, unknown> = isRecord(answer) ? answer : {};
    const serverShape = typeof failed['code'] === 'string';
    const code = serverShape ? (failed['code'] as string) : typeof failed['error'] === 'string' ? failed['error'] : 'http';
    const message = serverShape ? (typeof failed['error'] === 'string' ? failed['error'] : '') : typeof failed['message'] === 'string' ? failed['message'] : '';
    throw new RoundBackendError(res.status, code, message);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const unreadable = () => new RoundBackendError(0, 'unreadable', '');

/**
 * The checks the screen relies on (an id, a code, a list of blocks with their phase), not the whole schema:
 * the drop-in for rounds stays small, and a server adding a field does not break the facilitator's screen.
 */
function asRoundState(value: unknown): RoundState {
  if (!isRecord(value) || typeof value['id'] !== 'string' || typeof value['code'] !== 'string' || !Array.isArray(value['blocks'])) throw unreadable();
  if (!value['blocks'].every((b) => isRecord(b) && typeof b['blockId'] === 'string' && (b['phase'] === 'voting' || b['phase'] === 'revealed'))) throw unreadable();
  return value as RoundState;
}
