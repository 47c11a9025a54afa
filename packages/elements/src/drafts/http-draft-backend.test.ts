import { expect } from '@open-wc/testing';
import { createResponse, type Instrument } from '@poolster/schema';
import { goInstrument } from '../scan/scan.test-helpers.js';
import { HttpDraftBackend } from './http-draft-backend.js';
import type { RemoteDraft } from './remote-draft.js';

interface Seen {
  url: string;
  init: RequestInit;
}

/** A fetch that records each request and answers what the test says. */
function recording(answer: (init: RequestInit) => Response | Promise<Response>): { fetch: typeof fetch; seen: Seen[] } {
  const seen: Seen[] = [];
  return {
    seen,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push({ url: String(input), init: init ?? {} });
      return answer(init ?? {});
    }) as typeof fetch,
  };
}

const json = (status: number, body: unknown, etag?: string) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...(etag ? { ETag: etag } : {}) } });

describe('HttpDraftBackend: the draft protocol over HTTP', () => {
  let instrument: Instrument;
  let draft: RemoteDraft;
  before(async () => {
    instrument = await goInstrument();
    draft = { format: 'poolster-draft', version: 1, savedAt: '2026-12-04T09:00:00Z', step: 'overview', savedBy: 'someone', response: { ...createResponse(instrument), status: 'draft' } };
  });

  it('loads the draft with its ETag, and "none" on 404, with same-origin cookies and no cache', async () => {
    const ok = recording(() => json(200, { ...draft, savedBy: 'Team CLB Gent' }, '"7"'));
    const loaded = await new HttpDraftBackend({ draftUrl: '/api/drafts/x', action: '', fetch: ok.fetch }).load();
    expect(loaded).to.deep.include({ ok: true, etag: '"7"' });
    expect(loaded.ok && loaded.draft?.savedBy).to.equal('Team CLB Gent');
    expect(ok.seen[0]!.init).to.include({ method: 'GET', credentials: 'same-origin', cache: 'no-store' });
    const none = recording(() => json(404, { error: 'none' }));
    expect(await new HttpDraftBackend({ draftUrl: '/api/drafts/x', action: '', fetch: none.fetch }).load()).to.deep.equal({ ok: true });
  });

  it('a 200 that is not a draft is a failure, not "no draft" (the next save must not replace what is there)', async () => {
    const odd = recording(() => json(200, { hello: 'world' }, '"1"'));
    expect(await new HttpDraftBackend({ draftUrl: '/d', action: '', fetch: odd.fetch }).load()).to.deep.equal({ ok: false, reason: 'http', status: 200 });
  });

  it('writes with If-None-Match: * for the first draft and If-Match for the next, never sending savedBy', async () => {
    const rec = recording((init) => (new Headers(init.headers).get('If-None-Match') ? json(201, { etag: '"1"' }, '"1"') : json(200, { etag: '"2"' }, '"2"')));
    const backend = new HttpDraftBackend({ draftUrl: '/d', action: '', fetch: rec.fetch });
    expect(await backend.save(draft, undefined)).to.deep.equal({ ok: true, etag: '"1"' });
    expect(await backend.save(draft, '"1"')).to.deep.equal({ ok: true, etag: '"2"' });
    const [first, second] = rec.seen.map((s) => new Headers(s.init.headers));
    expect([first!.get('If-None-Match'), first!.get('If-Match')]).to.deep.equal(['*', null]);
    expect([second!.get('If-None-Match'), second!.get('If-Match')]).to.deep.equal([null, '"1"']);
    expect(first!.get('Content-Type')).to.equal('application/json');
    const body = JSON.parse(rec.seen[0]!.init.body as string);
    expect(body).to.not.have.property('savedBy');
    expect(body).to.include({ format: 'poolster-draft', version: 1, step: 'overview' });
  });

  it('a 412 is a conflict carrying the stored draft and its version; without one, a conflict with nothing to show', async () => {
    const stored = { ...draft, savedBy: 'Team CLB Gent' };
    const rec = recording(() => json(412, { error: 'changed', current: stored }, '"9"'));
    const result = await new HttpDraftBackend({ draftUrl: '/d', action: '', fetch: rec.fetch }).save(draft, '"1"');
    expect(result).to.deep.include({ ok: false, reason: 'conflict', etag: '"9"' });
    expect(!result.ok && result.reason === 'conflict' && result.current?.savedBy).to.equal('Team CLB Gent');
    const gone = recording(() => json(412, { error: 'none' }));
    expect(await new HttpDraftBackend({ draftUrl: '/d', action: '', fetch: gone.fetch }).discard('"1"')).to.deep.equal({ ok: false, reason: 'conflict' });
  });

  it('other refusals and lost networks are failures with their reason; offline asks nothing', async () => {
    const refused = recording(() => json(400, { error: 'invalid', issues: [] }));
    expect(await new HttpDraftBackend({ draftUrl: '/d', action: '', fetch: refused.fetch }).save(draft, '"1"')).to.deep.equal({ ok: false, reason: 'http', status: 400 });
    const lost = recording(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await new HttpDraftBackend({ draftUrl: '/d', action: '', fetch: lost.fetch }).load()).to.deep.equal({ ok: false, reason: 'network' });
    const offline = recording(() => json(200, {}));
    expect(await new HttpDraftBackend({ draftUrl: '/d', action: '', fetch: offline.fetch, online: () => false }).save(draft, '"1"')).to.deep.equal({ ok: false, reason: 'offline' });
    expect(offline.seen).to.have.length(0);
  });

  it('discards with If-Match and sends finished answers to action with the Idempotency-Key', async () => {
    const rec = recording((init) => (init.method === 'DELETE' ? new Response(null, { status: 204 }) : json(201, { id: 'r' })));
    const backend = new HttpDraftBackend({ draftUrl: '/d', action: '/api/responses', fetch: rec.fetch });
    expect(await backend.discard('"3"')).to.deep.equal({ ok: true });
    expect(new Headers(rec.seen[0]!.init.headers).get('If-Match')).to.equal('"3"');
    const sent = { ...draft.response, status: 'submitted' as const, submittedAt: '2026-12-04T09:30:00Z' };
    expect(await backend.send(sent, { lang: 'fr' })).to.deep.include({ ok: true, status: 201 });
    expect(rec.seen[1]!.url).to.equal('/api/responses');
    const headers = new Headers(rec.seen[1]!.init.headers);
    expect([headers.get('Idempotency-Key'), headers.get('Accept-Language')]).to.deep.equal([sent.id, 'fr']);
  });
});
