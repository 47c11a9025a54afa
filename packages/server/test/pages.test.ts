/** The overviews, the pages and the files, over real HTTP, with their headers and policies. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CSP } from '../src/http/csp.js';
import { ensureDropIn, goResponse, startTestServer, submit, type TestServer } from './helpers.js';
import { fetchAs, member } from './sessions.js';

describe('the overview of one scan', () => {
  let server: TestServer;
  const centre = 'CLB <Noord> & "Zuid" – Gent';
  let id: string;
  before(async () => {
    server = await startTestServer();
    const response = await goResponse({ centre });
    id = response.id;
    assert.equal((await submit(server.url, response)).status, 201);
  });
  after(() => server?.dispose());

  it('as HTML: the centre (escaped), no script, styles allowed by hash only', async () => {
    const res = await fetchAs(server, `/api/responses/${id}/overview.html`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/html; charset=utf-8/);
    const body = await res.text();
    assert.ok(body.includes('CLB &lt;Noord&gt; &amp; &quot;Zuid&quot; – Gent'), 'the centre, escaped');
    assert.ok(!/<script/i.test(body));
    const csp = res.headers.get('content-security-policy')!;
    assert.ok(csp.startsWith(CSP), csp);
    assert.match(csp, /; style-src-attr 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(csp));
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });

  it('as plain text', async () => {
    const res = await fetchAs(server, `/api/responses/${id}/overview.txt`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/plain; charset=utf-8/);
    const text = await res.text();
    assert.ok(text.includes(centre));
    assert.ok(!text.includes('<'.concat('td')));
  });

  it('as a complete RFC 5322 message, multipart/alternative, subject in RFC 2047', async () => {
    const get = async (f: string) => (await fetchAs(server, `/api/responses/${id}/overview.${f}`)).text();
    const [eml, text, html] = [await get('eml'), await get('txt'), await get('html')];
    const res = await fetchAs(server, `/api/responses/${id}/overview.eml`);
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

  it('in the language of the response (Dutch here), or the one asked for with ?lang=', async () => {
    const txt = async (query: string, headers: Record<string, string> = {}) => (await fetchAs(server, `/api/responses/${id}/overview.txt${query}`, { headers })).text();
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
  let server: TestServer;
  let id: string;
  before(async () => {
    ensureDropIn();
    server = await startTestServer();
    const response = await goResponse({ centre: 'CLB <b>Kortrijk</b>' });
    id = response.id;
    await submit(server.url, response);
  });
  after(() => server?.dispose());

  // As a member of the centre that sent the scan: the scan page is theirs, and so are the dashboard and report of it.
  const page = async (path: string) => {
    const res = await fetchAs(server, path, {}, member('CLB <b>Kortrijk</b>'));
    const body = await res.text();
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(res.headers.get('content-security-policy'), CSP);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'same-origin');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.ok(!/<script(?![^>]*\ssrc=)[^>]*>/i.test(body), `${path}: an inline script`);
    assert.ok(!/<style|\sstyle=|\son[a-z]+=/i.test(body), `${path}: an inline style or handler`);
    assert.ok(body.includes('<link rel="stylesheet" href="/host.css">'));
    assert.ok(body.includes('href="/dashboard"'));
    return body;
  };

  it('GET / is the scan page', async () => {
    const body = await page('/');
    assert.ok(body.includes('<script type="module" src="/poolster.js"></script>'));
    // With the rounds' drop-in built, the team round sits inside the scan (round-pages.test.ts looks at both cases).
    assert.match(body, /<poolster-scan src="\/instrument.json" action="\/api\/responses" report-href="\/report\/\{id\}" draft-url="\/api\/drafts\/go-clb-poolster" lang="nl" time-zone="Europe\/Brussels">(<poolster-round slot="round" rounds-url="\/api\/rounds"><\/poolster-round>)?<\/poolster-scan>/);
  });

  it('GET /dashboard has the comparison, its script, and the stored scans linked to their reports', async () => {
    const body = await page('/dashboard');
    assert.ok(body.includes('<poolster-compare'));
    assert.ok(body.includes('<script type="module" src="/dashboard.js"></script>'));
    assert.ok(body.includes(`<a href="/report/${id}">CLB &lt;b&gt;Kortrijk&lt;/b&gt;</a>`));
    assert.ok(body.includes('1 ingediende scan.'));
  });

  it('GET /report/:id has the report element and the overview links', async () => {
    const body = await page(`/report/${id}`);
    assert.ok(body.includes(`<poolster-report src="/instrument.json" response-src="/api/responses/${id}" lang="nl" time-zone="Europe/Brussels"></poolster-report>`));
    for (const f of ['html', 'txt', 'eml']) assert.ok(body.includes(`/api/responses/${id}/overview.${f}`));
  });

  it('serves the bundle, the instrument, the CSS, the script and the icon with their types, revalidated by ETag', async () => {
    const expected: Record<string, RegExp> = {
      '/poolster.js': /^text\/javascript; charset=utf-8$/,
      // The drop-in's other files: the one it imports, and those it loads on first use.
      '/poolster-core.js': /^text\/javascript; charset=utf-8$/,
      '/poolster-report.js': /^text\/javascript; charset=utf-8$/,
      '/poolster-compare.js': /^text\/javascript; charset=utf-8$/,
      '/instrument.json': /^application\/json; charset=utf-8$/,
      '/host.css': /^text\/css; charset=utf-8$/,
      '/dashboard.js': /^text\/javascript; charset=utf-8$/,
      '/favicon.svg': /^image\/svg\+xml/,
    };
    for (const [path, type] of Object.entries(expected)) {
      const res = await fetch(`${server.url}${path}`);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type')!, type, path);
      assert.equal(res.headers.get('cache-control'), 'no-cache', path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      const etag = res.headers.get('etag')!;
      assert.ok(etag, `${path}: an ETag`);
      await res.arrayBuffer();
      // As a browser revalidates (fetch alone would add `Cache-Control: no-cache`, which forces a full answer).
      const again = await fetch(`${server.url}${path}`, { headers: { 'If-None-Match': etag, 'Cache-Control': 'max-age=0' } });
      assert.equal(again.status, 304, path);
      const head = await fetch(`${server.url}${path}`, { method: 'HEAD' });
      assert.equal(head.status, 200, `HEAD ${path}`);
    }
    const instrument = await (await fetch(`${server.url}/instrument.json`)).json();
    assert.equal(instrument.id, 'go-clb-poolster');
  });

  it('serves no source map and nothing else from disk', async () => {
    for (const path of ['/poolster.js.map', '/poolster-core.js.map', '/poolster-no-such-part.js', '/poolster-Core.js', '/poolster-..%2fpackage.js', '/poolster-.js', '/index.js', '/index.js.map', '/define.js.map', '/host.css.map', '/../package.json', '/%2e%2e/package.json', '/src/main.ts', '/.gitignore']) {
      const res = await fetch(`${server.url}${path}`);
      assert.ok([400, 404].includes(res.status), `${path}: ${res.status}`);
    }
  });
});
