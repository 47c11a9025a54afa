import type { RemoteDraft } from './remote-draft.js';

/** A request the fake server received. */
export interface DraftRequest {
  method: string;
  ifMatch: string | null;
  ifNoneMatch: string | null;
  body: RemoteDraft | undefined;
  status: number;
  /** Whether the request was made to outlive the page (fetch's `keepalive`). */
  keepalive: boolean;
}

/**
 * A test double of a remote server speaking the draft protocol at one URL, behind the page's `fetch`:
 * one stored draft with a version (`ETag`), GET (200 / 404), PUT with `If-Match` or `If-None-Match: *`
 * (200 / 201, 412 with the stored draft as `current`, 428 without a condition), DELETE with `If-Match`
 * (204 / 412), and 409 `already-sent` for a PUT of a response that was sent already (`markSent`). `savedBy` is set on reads, as the server names the signed-in person. `down` makes every
 * request fail as a lost network does. Other URLs go out as before.
 */
export class FakeDraftServer {
  readonly url: string;
  readonly requests: DraftRequest[] = [];
  /** While true, requests fail as when the network is gone. */
  down = false;
  /** Who the next write is saved by (on reads the stored name is returned). */
  savedBy = 'Team CLB Gent';
  /** Response ids stored as sent scans: a PUT of their draft is answered 409 `already-sent`. */
  private readonly sent = new Set<string>();
  private stored: { draft: RemoteDraft; etag: string; savedBy: string } | undefined;
  private versions = 0;
  private readonly realFetch = window.fetch;

  constructor(url = `/api/drafts/test-${Math.random().toString(36).slice(2)}`) {
    this.url = url;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input) === this.url ? this.answer(init ?? {}) : this.realFetch(input, init)) as typeof fetch;
  }

  /** The stored envelope, as a GET answers it. */
  get draft(): RemoteDraft | undefined {
    return this.stored && { ...this.stored.draft, savedBy: this.stored.savedBy };
  }

  get etag(): string | undefined {
    return this.stored?.etag;
  }

  /** Stores a draft as another device would (no condition); returns its version. */
  seed(draft: RemoteDraft, savedBy = this.savedBy): string {
    this.stored = { draft: structuredClone(draft), etag: `"v${++this.versions}"`, savedBy };
    return this.stored.etag;
  }

  /** Stores a response id as a sent scan, as sending on another device does (its draft is dropped). */
  markSent(responseId: string): void {
    this.sent.add(responseId);
    this.stored = undefined;
  }

  /** Removes the draft as another device does ("start again"). */
  remove(): void {
    this.stored = undefined;
  }

  /** The PUT requests, in order. */
  get puts(): DraftRequest[] {
    return this.requests.filter((r) => r.method === 'PUT');
  }

  restore(): void {
    window.fetch = this.realFetch;
  }

  private async answer(init: RequestInit): Promise<Response> {
    if (this.down) throw new TypeError('Failed to fetch');
    const headers = new Headers(init.headers);
    const method = (init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as RemoteDraft) : undefined;
    const reply = this.handle(method, headers, body);
    this.requests.push({ method, ifMatch: headers.get('If-Match'), ifNoneMatch: headers.get('If-None-Match'), body, status: reply.status, keepalive: init.keepalive === true });
    return reply;
  }

  private handle(method: string, headers: Headers, body: RemoteDraft | undefined): Response {
    const json = (status: number, value: unknown, etag?: string) =>
      new Response(value === undefined ? null : JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json', ...(etag ? { ETag: etag } : {}) } });
    const refused = () => json(412, { error: 'The draft was changed meanwhile.', ...(this.stored ? { current: this.draft } : {}) }, this.stored?.etag);
    const ifMatch = headers.get('If-Match');
    const ifNoneMatch = headers.get('If-None-Match');
    switch (method) {
      case 'GET':
        return this.stored ? json(200, this.draft, this.stored.etag) : json(404, { error: 'No draft.' });
      case 'PUT': {
        if (!body || body.format !== 'poolster-draft' || body.response?.status !== 'draft') return json(400, { error: 'Not a draft.', issues: [] });
        const { savedBy: _ignored, ...envelope } = body;
        if (this.sent.has(body.response.id)) return json(409, { code: 'already-sent', error: 'This scan was sent already.' });
        if (ifNoneMatch === '*') {
          if (this.stored) return refused();
          this.seed(envelope as RemoteDraft);
          return json(201, { etag: this.stored!.etag }, this.stored!.etag);
        }
        if (ifMatch !== null) {
          if (!this.stored || this.stored.etag !== ifMatch) return refused();
          this.seed(envelope as RemoteDraft);
          return json(200, { etag: this.stored!.etag }, this.stored!.etag);
        }
        return json(428, { error: 'A condition is required.' });
      }
      case 'DELETE':
        if (!this.stored || ifMatch === null || this.stored.etag !== ifMatch) return ifMatch === null ? json(428, { error: 'A condition is required.' }) : refused();
        this.stored = undefined;
        return new Response(null, { status: 204 });
      default:
        return json(405, { error: 'Method not allowed.' });
    }
  }
}
