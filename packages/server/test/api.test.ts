import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CSP } from '../src/http.js';
import { getJson, goResponse, rawPost, startTestHost, submit, type TestHost } from './helpers.js';

describe('POST /api/responses', () => {
  let host: TestHost;
  before(async () => (host = await startTestHost()));
  after(() => host.dispose());

  it('stores a valid submission: 201 { id }, then listed and readable', async () => {
    const response = await goResponse({ centre: 'CLB Antwerpen' });
    const { status, json } = await submit(host.url, response);
    assert.equal(status, 201);
    assert.deepEqual(json, { id: response.id });
    const list = await getJson(`${host.url}/api/responses`);
    assert.deepEqual(list.json, [{ id: response.id, centre: 'CLB Antwerpen', submittedAt: response.submittedAt, instrumentVersion: response.instrumentVersion }]);
    const one = await getJson(`${host.url}/api/responses/${response.id}`);
    assert.equal(one.status, 200);
    assert.deepEqual(one.json, response);
    const full = await getJson(`${host.url}/api/responses?full=1`);
    assert.deepEqual(full.json, [response]);
  });

  it('answers a re-send of the same response with 200 { id, duplicate: true } and keeps one row', async () => {
    const response = await goResponse({ centre: 'CLB Brugge' });
    assert.equal((await submit(host.url, response)).status, 201);
    const again = await submit(host.url, response);
    assert.equal(again.status, 200);
    assert.deepEqual(again.json, { id: response.id, duplicate: true });
    // A retry from the scan after a lost answer carries new send stamps: still the same response.
    const retried = { ...response, submittedAt: '2026-03-02T10:05:00.000Z', updatedAt: '2026-03-02T10:05:00.000Z' };
    assert.deepEqual((await submit(host.url, retried)).json, { id: response.id, duplicate: true });
    const rows = (await getJson(`${host.url}/api/responses`)).json.filter((r: { id: string }) => r.id === response.id);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].submittedAt, response.submittedAt, 'the first stored copy is kept');
  });

  it('refuses other answers under a stored id with 409 { id, error } and keeps the stored ones', async () => {
    const response = await goResponse({ centre: 'CLB Gent' });
    assert.equal((await submit(host.url, response)).status, 201);
    const other = await goResponse({ centre: 'CLB Gent (gewijzigd)', id: response.id, stage: 'integrated' });
    const { status, json } = await submit(host.url, other);
    assert.equal(status, 409);
    assert.equal(json.id, response.id);
    assert.equal(typeof json.error, 'string');
    assert.equal((await getJson(`${host.url}/api/responses/${response.id}`)).json.context['centre-name'].text, 'CLB Gent');
  });

  it('refuses invalid answers with 400 and every issue with its code, path and message (Dutch by default)', async () => {
    const response = await goResponse();
    const blocks = structuredClone(response.blocks);
    delete blocks['prevention']!['current-stage'];
    blocks['strong-teamwork']!['levers'] = { choices: ['none', 'people-culture'] };
    const { status, json } = await submit(host.url, { ...response, blocks });
    assert.equal(status, 400);
    assert.equal(typeof json.error, 'string');
    const paths = json.issues.map((i: { path: string }) => i.path);
    assert.ok(paths.includes('blocks.prevention.current-stage'), paths.join(', '));
    assert.ok(paths.some((p: string) => p.startsWith('blocks.strong-teamwork.levers')), paths.join(', '));
    for (const issue of json.issues) {
      assert.deepEqual(Object.keys(issue).sort(), ['code', 'message', 'path']);
      assert.match(issue.code, /^[a-z]+\.[a-z-]+$/);
    }
    const required = json.issues.find((i: { path: string }) => i.path === 'blocks.prevention.current-stage');
    assert.equal(required.code, 'answer.required');
    assert.equal((await getJson(`${host.url}/api/responses/${response.id}`)).status, 404, 'nothing stored');
  });

  it('words the issues in the language of Accept-Language', async () => {
    const response = await goResponse({ skipCentre: true });
    const nl = await submit(host.url, response);
    const fr = await submit(host.url, response, { 'Accept-Language': 'fr-BE,fr;q=0.9,en;q=0.5' });
    const en = await submit(host.url, response, { 'Accept-Language': 'de, en;q=0.8' });
    assert.equal(nl.status, 400);
    assert.notEqual(nl.json.issues[0].message, fr.json.issues[0].message);
    assert.notEqual(fr.json.issues[0].message, en.json.issues[0].message);
    assert.equal(nl.json.issues[0].path, 'context.centre-name');
  });

  it('accepts only submitted responses', async () => {
    const draft = await goResponse({ status: 'draft' });
    const { status, json } = await submit(host.url, draft);
    assert.equal(status, 400);
    assert.deepEqual(json.issues.map((i: { code: string; path: string }) => [i.code, i.path]), [['host.not-submitted', 'status']]);
  });

  it('refuses a body over 1 MB with 413, from Content-Length and from a chunked body', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 0x20);
    const declared = await rawPost(host.url, big);
    assert.equal(declared.status, 413);
    assert.equal(JSON.parse(declared.body).code, 'too-large');
    const chunked = await rawPost(host.url, big, { chunked: true });
    assert.equal(chunked.status, 413);
    assert.equal(JSON.parse(chunked.body).code, 'too-large');
    // The host is still there.
    assert.equal((await getJson(`${host.url}/api/responses`)).status, 200);
  });

  it('refuses malformed JSON with 400 and the line and column of the error', async () => {
    const { status, json } = await submit(host.url, '{\n  "id": "x",\n  "status": submitted\n}');
    assert.equal(status, 400);
    assert.equal(json.issues.length, 1);
    assert.equal(json.issues[0].code, 'structure.invalid-json');
    assert.equal(json.issues[0].line, 3);
    assert.equal(json.issues[0].column, 13);
    assert.match(json.issues[0].message, /regel 3, kolom 13/);
    const cut = await submit(host.url, '{"id": "x", ');
    assert.equal(cut.status, 400);
    assert.equal(cut.json.issues[0].code, 'structure.json-ends-early');
    assert.equal(cut.json.issues[0].line, 1);
  });

  it('refuses an Idempotency-Key that is not the response id', async () => {
    const response = await goResponse();
    const { status, json } = await submit(host.url, response, { 'Idempotency-Key': '00000000-0000-4000-8000-000000000000' });
    assert.equal(status, 400);
    assert.equal(json.code, 'idempotency-key-mismatch');
    assert.equal((await getJson(`${host.url}/api/responses/${response.id}`)).status, 404);
    // Without the header, the same response is welcome.
    const res = await fetch(`${host.url}/api/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(response) });
    assert.equal(res.status, 201);
  });

  it('refuses other media types (a cross-site form cannot post JSON) with 415', async () => {
    const response = await goResponse();
    const res = await fetch(`${host.url}/api/responses`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(response) });
    assert.equal(res.status, 415);
  });
});

describe('GET /api/responses/:id and the overview', () => {
  let host: TestHost;
  const centre = 'CLB <Noord> & "Zuid" – Gent';
  let id: string;
  before(async () => {
    host = await startTestHost();
    const response = await goResponse({ centre });
    id = response.id;
    assert.equal((await submit(host.url, response)).status, 201);
  });
  after(() => host.dispose());

  it('answers 404 for an unknown id, as JSON under /api and as a page elsewhere', async () => {
    const api = await fetch(`${host.url}/api/responses/7b1e8c1e-0000-4000-8000-000000000000`);
    assert.equal(api.status, 404);
    assert.match(api.headers.get('content-type')!, /^application\/json/);
    assert.equal(typeof (await api.json()).error, 'string');
    for (const path of ['/api/responses/nope/overview.html', '/api/responses/%E0%A4%A/overview.txt', '/api/nothing']) {
      assert.equal((await fetch(`${host.url}${path}`)).status, 404, path);
    }
    const page = await fetch(`${host.url}/report/nope`);
    assert.equal(page.status, 404);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    assert.equal(page.headers.get('content-security-policy'), CSP);
    assert.equal((await fetch(`${host.url}/no/such/page`)).status, 404);
  });

  it('serves the overview as HTML: the centre (escaped), no script, styles allowed by hash only', async () => {
    const res = await fetch(`${host.url}/api/responses/${id}/overview.html`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/html; charset=utf-8/);
    const body = await res.text();
    assert.ok(body.includes('CLB &lt;Noord&gt; &amp; &quot;Zuid&quot; – Gent'), 'the centre, escaped');
    assert.ok(!/<script/i.test(body));
    const csp = res.headers.get('content-security-policy')!;
    assert.ok(csp.startsWith(CSP), csp);
    assert.match(csp, /; style-src-attr 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(csp));
  });

  it('serves the overview as plain text', async () => {
    const res = await fetch(`${host.url}/api/responses/${id}/overview.txt`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/plain; charset=utf-8/);
    const text = await res.text();
    assert.ok(text.includes(centre));
    assert.ok(!text.includes('<'.concat('td')));
  });

  it('serves the overview as a complete RFC 5322 message, multipart/alternative, subject in RFC 2047', async () => {
    const get = async (f: string) => (await fetch(`${host.url}/api/responses/${id}/overview.${f}`)).text();
    const [eml, text, html] = [await get('eml'), await get('txt'), await get('html')];
    const res = await fetch(`${host.url}/api/responses/${id}/overview.eml`);
    assert.match(res.headers.get('content-type')!, /^message\/rfc822/);
    assert.match(res.headers.get('content-disposition')!, /^attachment; filename="poolster-[0-9a-f-]+\.eml"$/);

    assert.ok(!/(^|[^\r])\n/.test(eml), 'every line ends in CRLF');
    const lines = eml.split('\r\n');
    assert.ok(lines.every((l) => l.length <= 78), 'no line longer than 78 characters');
    assert.ok(/^[\x00-\x7f]*$/.test(eml), 'the message is 7-bit');
    const [head, ...rest] = eml.split('\r\n\r\n');
    const unfolded = head!.replace(/\r\n[ \t]/g, ' ');
    const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(unfolded)?.[1];
    assert.ok(header('From'));
    assert.match(header('Date')!, /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d \+0000$/);
    assert.match(header('Message-ID')!, /^<[^<>@\s]+@[^<>@\s]+>$/);
    assert.equal(header('MIME-Version'), '1.0');
    const subject = header('Subject')!;
    const words = subject.split(' ');
    assert.ok(words.every((w) => /^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/.test(w) && w.length <= 75), subject);
    const decoded = words.map((w) => Buffer.from(w.slice(10, -2), 'base64').toString('utf8')).join('');
    assert.ok(decoded.includes(centre), decoded);
    const boundary = /boundary="([^"]+)"/.exec(header('Content-Type')!)![1]!;
    assert.match(header('Content-Type')!, /^multipart\/alternative;/);
    const body = rest.join('\r\n\r\n');
    const parts = body.split(`--${boundary}`);
    assert.equal(parts.at(-1), '--\r\n', 'the closing delimiter ends the message');
    const [plain, rich] = parts.slice(1, -1).map((part) => {
      const [partHead, partBody] = part.replace(/^\r\n/, '').split('\r\n\r\n');
      assert.match(partHead!, /Content-Transfer-Encoding: base64/);
      return { head: partHead!, text: Buffer.from(partBody!.replace(/\r\n/g, ''), 'base64').toString('utf8') };
    });
    assert.match(plain!.head, /^Content-Type: text\/plain; charset=utf-8$/m);
    assert.match(rich!.head, /^Content-Type: text\/html; charset=utf-8$/m);
    assert.equal(plain!.text, text.replace(/\r?\n/g, '\r\n'));
    assert.equal(rich!.text, html.replace(/\r?\n/g, '\r\n'));
  });

  it('words the overview in the language of the response (Dutch here), or the one asked for with ?lang=', async () => {
    const txt = async (query: string, headers: Record<string, string> = {}) => (await fetch(`${host.url}/api/responses/${id}/overview.txt${query}`, { headers })).text();
    const nl = await txt('');
    assert.equal(await txt('', { 'Accept-Language': 'en-US,en;q=0.9' }), nl, 'not the browser language: the team’s');
    assert.match(nl, /Verzonden op/);
    const fr = await txt('?lang=fr');
    const en = await txt('?lang=en');
    assert.notEqual(fr, nl);
    assert.notEqual(en, nl);
    assert.notEqual(en, fr);
  });
});

describe('pages and files', () => {
  let host: TestHost;
  let id: string;
  before(async () => {
    host = await startTestHost();
    const response = await goResponse({ centre: 'CLB <b>Kortrijk</b>' });
    id = response.id;
    await submit(host.url, response);
  });
  after(() => host.dispose());

  const page = async (path: string) => {
    const res = await fetch(`${host.url}${path}`);
    const body = await res.text();
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(res.headers.get('content-security-policy'), CSP);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'same-origin');
    assert.ok(!/<script(?![^>]*\ssrc=)[^>]*>/i.test(body), `${path}: an inline script`);
    assert.ok(!/<style|\sstyle=|\son[a-z]+=/i.test(body), `${path}: an inline style or handler`);
    assert.ok(body.includes('<link rel="stylesheet" href="/host.css">'));
    assert.ok(body.includes('href="/dashboard"'));
    return body;
  };

  it('GET / is the scan page', async () => {
    const body = await page('/');
    assert.ok(body.includes('<script type="module" src="/poolster.js"></script>'));
    assert.ok(body.includes('<poolster-scan src="/instrument.json" action="/api/responses" lang="nl"></poolster-scan>'));
  });

  it('GET /dashboard has the comparison, its script, and the stored scans linked to their reports', async () => {
    const body = await page('/dashboard');
    assert.ok(body.includes('<poolster-compare'));
    assert.ok(body.includes('<script type="module" src="/dashboard.js"></script>'));
    assert.ok(body.includes(`<a href="/report/${id}">CLB &lt;b&gt;Kortrijk&lt;/b&gt;</a>`));
  });

  it('GET /report/:id has the report element and the overview links', async () => {
    const body = await page(`/report/${id}`);
    assert.ok(body.includes(`<poolster-report src="/instrument.json" response-src="/api/responses/${id}" lang="nl"></poolster-report>`));
    for (const f of ['html', 'txt', 'eml']) assert.ok(body.includes(`/api/responses/${id}/overview.${f}`));
  });

  it('serves the bundle, the instrument and the CSS with their types, revalidated by ETag', async () => {
    const expected: Record<string, RegExp> = {
      '/poolster.js': /^text\/javascript; charset=utf-8$/,
      '/instrument.json': /^application\/json; charset=utf-8$/,
      '/host.css': /^text\/css; charset=utf-8$/,
      '/dashboard.js': /^text\/javascript; charset=utf-8$/,
      '/favicon.svg': /^image\/svg\+xml$/,
    };
    for (const [path, type] of Object.entries(expected)) {
      const res = await fetch(`${host.url}${path}`);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type')!, type, path);
      assert.equal(res.headers.get('cache-control'), 'no-cache', path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      const etag = res.headers.get('etag')!;
      await res.arrayBuffer();
      const again = await fetch(`${host.url}${path}`, { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304, path);
    }
    const instrument = await (await fetch(`${host.url}/instrument.json`)).json();
    assert.equal(instrument.id, 'go-clb-poolster');
  });

  it('answers wrong methods with 405 and Allow, foreign Host headers with 421, and stays up after bad requests', async () => {
    const put = await fetch(`${host.url}/api/responses`, { method: 'PUT' });
    assert.equal(put.status, 405);
    assert.equal(put.headers.get('allow'), 'GET, HEAD, POST');
    assert.equal((await fetch(`${host.url}/`, { method: 'DELETE' })).status, 405);
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) =>
      request(`${host.url}/api/responses`, { headers: { Host: 'attacker.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      })
        .on('error', reject)
        .end(),
    );
    assert.equal(status, 421);
    const { connect } = await import('node:net');
    const { port } = new URL(host.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.end('GARBAGE / NOT-HTTP\r\n\r\n'));
      socket.on('data', () => undefined);
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    assert.equal((await fetch(`${host.url}/api/responses`)).status, 200);
  });
});

describe('a failing write', () => {
  it('answers 500 with a generic message, logs the cause, stores nothing, and the next write works', async () => {
    let writes = 0;
    const host = await startTestHost({
      hooks: {
        onWrite: (stage) => {
          // Write 1 creates the database; write 2 is the first submission.
          if (stage === 'temp-written' && ++writes === 2) {
            throw new Error('disk full (simulated)');
          }
        },
      },
    });
    try {
      const response = await goResponse();
      const failed = await submit(host.url, response);
      assert.equal(failed.status, 500);
      assert.ok(!JSON.stringify(failed.json).includes('disk full'), 'no internals in the answer');
      assert.ok(host.logs.some((l) => l.includes('disk full (simulated)')));
      assert.equal((await getJson(`${host.url}/api/responses`)).json.length, 0);
      assert.equal((await submit(host.url, response)).status, 201);
      assert.equal((await getJson(`${host.url}/api/responses`)).json.length, 1);
    } finally {
      await host.dispose();
    }
  });
});
