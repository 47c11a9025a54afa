import type { Response } from '@poolster/schema';
import { postResponse, readJson } from '../controllers/post-response.js';
import type { SubmissionResult } from '../controllers/submission-controller.js';
import type { BackendFailed, DraftBackend, LoadDraftResult, WriteDraftResult } from './draft-backend.js';
import { asRemoteDraft, type RemoteDraft } from './remote-draft.js';

export interface HttpDraftBackendOptions {
  /** The draft's URL (GET, PUT, DELETE); empty: no drafts on the server, only sending. */
  draftUrl: string;
  /** Where finished answers are POSTed; empty: `send` answers a failure without a request. */
  action: string;
  /** Default: the global `fetch`, looked up at each call. */
  fetch?: typeof fetch;
  /** Give up after this many ms. Default 30000. */
  timeoutMs?: number;
  /** Default `() => navigator.onLine`. When false, nothing is asked (reason 'offline'). */
  online?: () => boolean;
}

/**
 * The draft protocol over HTTP (the one `<poolster-scan draft-url>` speaks): `GET` the draft with its
 * `ETag`; `PUT` it with `If-Match: <etag>` (or `If-None-Match: *` for the first one), a 412 meaning the
 * stored draft is another version (its body holds it as `current`); `DELETE` with `If-Match`; finished
 * answers `POST`ed to `action` with an `Idempotency-Key`. Same-origin cookies only.
 */
export class HttpDraftBackend implements DraftBackend {
  private readonly options: HttpDraftBackendOptions;
  private readonly fetchFn: typeof fetch;

  constructor(options: HttpDraftBackendOptions) {
    this.options = options;
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  async load(): Promise<LoadDraftResult> {
    const answer = await this.request('GET', {});
    if (!answer.ok) return answer;
    const { res, body } = answer;
    if (res.status === 404) return { ok: true };
    if (res.status !== 200) return { ok: false, reason: 'http', status: res.status };
    const draft = asRemoteDraft(body);
    // A 200 that is not a draft is the server's fault; treating it as "none" would let the next save replace it.
    if (!draft) return { ok: false, reason: 'http', status: res.status };
    const etag = res.headers.get('ETag');
    return { ok: true, draft, ...(etag ? { etag } : {}) };
  }

  async save(draft: RemoteDraft, basedOn: string | undefined): Promise<WriteDraftResult> {
    // savedBy is the server's to set; sending ours would only be ignored.
    const { savedBy: _ignored, ...envelope } = draft;
    const condition: Record<string, string> = basedOn === undefined ? { 'If-None-Match': '*' } : { 'If-Match': basedOn };
    return this.written(await this.request('PUT', condition, JSON.stringify(envelope)), [200, 201]);
  }

  async discard(basedOn: string): Promise<WriteDraftResult> {
    return this.written(await this.request('DELETE', { 'If-Match': basedOn }), [204, 200]);
  }

  send(response: Response, options: { lang: string }): Promise<SubmissionResult> {
    if (!this.options.action) return Promise.resolve({ ok: false, reason: 'network' });
    if (!this.isOnline()) return Promise.resolve({ ok: false, reason: 'offline' });
    return postResponse(this.fetchFn, this.options.action, response, { timeoutMs: this.options.timeoutMs ?? 30000, lang: options.lang });
  }

  private written(answer: Awaited<ReturnType<HttpDraftBackend['request']>>, okStatuses: number[]): WriteDraftResult {
    if (!answer.ok) return answer;
    const { res, body } = answer;
    const etag = res.headers.get('ETag') ?? (isRecord(body) && typeof body['etag'] === 'string' ? body['etag'] : undefined);
    if (okStatuses.includes(res.status)) return { ok: true, ...(etag ? { etag } : {}) };
    if (res.status === 412) {
      const current = isRecord(body) ? asRemoteDraft(body['current']) : undefined;
      return { ok: false, reason: 'conflict', ...(current ? { current } : {}), ...(current && etag ? { etag } : {}) };
    }
    if (res.status === 409 && isRecord(body) && body['code'] === 'already-sent') return { ok: false, reason: 'already-sent' };
    return { ok: false, reason: 'http', status: res.status };
  }

  private async request(method: string, headers: Record<string, string>, body?: string): Promise<{ ok: true; res: globalThis.Response; body: unknown } | BackendFailed> {
    if (!this.options.draftUrl) return { ok: false, reason: 'http', status: 404 };
    if (!this.isOnline()) return { ok: false, reason: 'offline' };
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.options.timeoutMs ?? 30000);
    try {
      const res = await this.fetchFn(this.options.draftUrl, {
        method,
        headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body }),
        credentials: 'same-origin',
        cache: 'no-store',
        // A save outlives the page: a team that closes the laptop right after a change still gets that change
        // to the server. Browsers allow 64 KiB of such bodies at once; a larger draft goes as a plain request.
        ...(method === 'PUT' && body !== undefined && new TextEncoder().encode(body).length <= KEEPALIVE_MAX_BYTES ? { keepalive: true } : {}),
        signal: abort.signal,
      });
      return { ok: true, res, body: await readJson(res) };
    } catch {
      return { ok: false, reason: abort.signal.aborted ? 'timeout' : 'network' };
    } finally {
      clearTimeout(timer);
    }
  }

  private isOnline(): boolean {
    try {
      return (this.options.online ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false))() !== false;
    } catch {
      return true;
    }
  }
}

/** Under the browsers' limit of 64 KiB for all keepalive bodies in flight (the sync sends one save at a time). */
const KEEPALIVE_MAX_BYTES = 60 * 1024;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
