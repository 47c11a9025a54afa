/**
 * The API of the server over real HTTP on loopback, on both engines: the embedded database (PGlite) and
 * a PostgreSQL server started for the test.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES, stopPostgres } from './engines.js';
import { allSummaries, getJson, goResponse, rawRequest, submit, type TestServer } from './helpers.js';
import { fetchAs, member } from './sessions.js';

const MEMBER = member('CLB Test');

after(stopPostgres);

for (const engine of ENGINES) {
  describe(`POST /api/responses (${engine.name})`, () => {
    let server: TestServer;
    before(async () => (server = await engine.start()));
    after(() => server?.dispose());

    it('stores a valid submission: 201 { id } with its Location, then listed and readable', async () => {
      const response = await goResponse({ centre: 'CLB Antwerpen' });
      const { status, json, headers } = await submit(server.url, response);
      assert.equal(status, 201);
      assert.deepEqual(json, { id: response.id });
      assert.equal(headers.get('location'), `/api/responses/${response.id}`);
      const listed = (await allSummaries(server.url)).find((s) => s.id === response.id);
      assert.deepEqual(
        { ...listed, receivedAt: undefined },
        {
          id: response.id,
          instrumentId: response.instrumentId,
          instrumentVersion: response.instrumentVersion,
          centre: 'CLB Antwerpen',
          submittedAt: response.submittedAt,
          receivedAt: undefined,
          centreId: listed!.centreId,
        },
      );
      assert.match(listed!.centreId ?? '', /^[0-9a-f-]{36}$/, 'the registered centre it belongs to');
      const one = await getJson(`${server.url}/api/responses/${response.id}`);
      assert.equal(one.status, 200);
      assert.match(one.headers.get('content-type')!, /^application\/json/);
      assert.deepEqual(one.json, response);
    });

    it('answers a re-send of the same response with 200 { id, duplicate: true } and keeps one row', async () => {
      const response = await goResponse({ centre: 'CLB Brugge' });
      assert.equal((await submit(server.url, response)).status, 201);
      const again = await submit(server.url, response);
      assert.equal(again.status, 200);
      assert.deepEqual(again.json, { id: response.id, duplicate: true });
      // A retry from the scan after a lost answer carries new send stamps: still the same response.
      const retried = { ...response, submittedAt: '2026-03-02T10:05:00.000Z', updatedAt: '2026-03-02T10:05:00.000Z' };
      assert.deepEqual((await submit(server.url, retried)).json, { id: response.id, duplicate: true });
      const rows = (await allSummaries(server.url)).filter((r) => r.id === response.id);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.submittedAt, response.submittedAt, 'the first stored copy is kept');
    });

    it('refuses other answers under a stored id with 409 { id, error } and keeps the stored ones', async () => {
      const response = await goResponse({ centre: 'CLB Gent' });
      assert.equal((await submit(server.url, response)).status, 201);
      const other = await goResponse({ centre: 'CLB Gent (gewijzigd)', id: response.id, stage: 'integrated' });
      const { status, json } = await submit(server.url, other, { 'Accept-Language': 'fr' });
      assert.equal(status, 409);
      assert.equal(json.id, response.id);
      assert.match(json.error, /conservées/);
      assert.equal((await getJson(`${server.url}/api/responses/${response.id}`)).json.context['centre-name'].text, 'CLB Gent');
    });

    it('refuses invalid answers with 400 and every issue with its code, path and message (Dutch by default)', async () => {
      const response = await goResponse();
      const blocks = structuredClone(response.blocks);
      delete blocks['prevention']!['current-stage'];
      blocks['strong-teamwork']!['levers'] = { choices: ['none', 'people-culture'] };
      const { status, json } = await submit(server.url, { ...response, blocks });
      assert.equal(status, 400);
      assert.equal(json.code, 'invalid-response');
      assert.equal(json.error, 'De antwoorden zijn niet geldig.');
      const paths = json.issues.map((i: { path: string }) => i.path);
      assert.ok(paths.includes('blocks.prevention.current-stage'), paths.join(', '));
      assert.ok(paths.some((p: string) => p.startsWith('blocks.strong-teamwork.levers')), paths.join(', '));
      for (const issue of json.issues) {
        assert.deepEqual(Object.keys(issue).sort(), ['code', 'message', 'path']);
        assert.match(issue.code, /^[a-z]+\.[a-z-]+$/);
      }
      const required = json.issues.find((i: { path: string }) => i.path === 'blocks.prevention.current-stage');
      assert.equal(required.code, 'answer.required');
      assert.equal((await getJson(`${server.url}/api/responses/${response.id}`)).status, 404, 'nothing stored');
    });

    it('words the issues in the language of Accept-Language, or of ?lang=', async () => {
      const response = await goResponse({ skipBlock: 'prevention' });
      const nl = await submit(server.url, response);
      const fr = await submit(server.url, response, { 'Accept-Language': 'fr-BE,fr;q=0.9,en;q=0.5' });
      const en = await submit(server.url, response, { 'Accept-Language': 'de, en;q=0.8' });
      assert.equal(nl.status, 400);
      assert.match(nl.json.issues[0].path, /^blocks\.prevention\./);
      assert.notEqual(nl.json.issues[0].message, fr.json.issues[0].message);
      assert.notEqual(fr.json.issues[0].message, en.json.issues[0].message);
      assert.equal(fr.json.error, 'Les réponses ne sont pas valides.');
      assert.equal(en.json.error, 'The answers are not valid.');
      const res = await fetchAs(server, '/api/responses?lang=en', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(response) }, MEMBER);
      assert.equal((await res.json()).error, 'The answers are not valid.');
    });

    it('accepts only submitted responses', async () => {
      const draft = await goResponse({ status: 'draft' });
      const { status, json } = await submit(server.url, draft);
      assert.equal(status, 400);
      assert.deepEqual(json.issues.map((i: { code: string; path: string }) => [i.code, i.path]), [['host.not-submitted', 'status']]);
    });

    it('stores the validated value, never the raw body: an unknown key is not stored', async () => {
      const response = await goResponse({ centre: 'CLB injected' });
      const raw = JSON.stringify(response).replace(/^\{/, `{"injected":"<script>alert(1)</script>",`);
      const { status } = await submit(server.url, raw, { 'Idempotency-Key': response.id });
      const stored = await fetchAs(server, `/api/responses/${response.id}`);
      if (status === 201) {
        const text = await stored.text();
        assert.ok(!text.includes('"injected"'), `injected was stored: ${text.slice(0, 200)}`);
      } else {
        assert.equal(status, 400);
        assert.equal(stored.status, 404, 'injected: nothing stored');
      }
    });

    it('refuses a body with an own __proto__ key (400, structure.forbidden-key in the language asked), stores nothing', async () => {
      const response = await goResponse({ centre: 'CLB __proto__' });
      const raw = JSON.stringify(response).replace(/^\{/, '{"__proto__":{"polluted":true},');
      const nl = await submit(server.url, raw, { 'Idempotency-Key': response.id });
      const en = await submit(server.url, raw, { 'Idempotency-Key': response.id, 'Accept-Language': 'en' });
      for (const answer of [nl, en]) {
        assert.equal(answer.status, 400);
        assert.equal(answer.json.code, 'invalid-response');
        const forbidden = answer.json.issues.filter((issue: { code: string }) => issue.code === 'structure.forbidden-key');
        assert.deepEqual(forbidden.map((issue: { path: string }) => issue.path), ['__proto__'], JSON.stringify(answer.json.issues));
        assert.match(forbidden[0].message, /__proto__/);
      }
      assert.equal(en.json.error, 'The answers are not valid.');
      assert.notEqual(nl.json.issues[0].message, en.json.issues[0].message, 'the issue is worded in the language asked');
      assert.equal((await fetchAs(server, `/api/responses/${response.id}`)).status, 404, 'nothing stored');
    });

    it('refuses malformed JSON with 400 and the line and column of the error', async () => {
      const { status, json } = await submit(server.url, '{\n  "id": "x",\n  "status": submitted\n}');
      assert.equal(status, 400);
      assert.equal(json.code, 'invalid-json');
      assert.equal(json.issues.length, 1);
      assert.equal(json.issues[0].code, 'structure.invalid-json');
      assert.equal(json.issues[0].line, 3);
      assert.equal(json.issues[0].column, 13);
      assert.match(json.issues[0].message, /regel 3, kolom 13/);
      const cut = await submit(server.url, '{"id": "x", ');
      assert.equal(cut.status, 400);
      assert.equal(cut.json.issues[0].code, 'structure.json-ends-early');
      assert.equal(cut.json.issues[0].line, 1);
      const latin1 = await rawRequest(server.url, { body: Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]) });
      assert.equal(latin1.status, 400);
      assert.equal(JSON.parse(latin1.body).code, 'invalid-encoding');
    });

    it('refuses an Idempotency-Key that is not the response id', async () => {
      const response = await goResponse();
      const { status, json } = await submit(server.url, response, { 'Idempotency-Key': '00000000-0000-4000-8000-000000000000' });
      assert.equal(status, 400);
      assert.equal(json.code, 'idempotency-key-mismatch');
      assert.equal((await getJson(`${server.url}/api/responses/${response.id}`)).status, 404);
      // Without the header, the same response is welcome.
      const res = await fetchAs(server, '/api/responses', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(response) }, MEMBER);
      assert.equal(res.status, 201);
    });

    it('refuses other media types (a cross-site form cannot post JSON) with 415, in the language asked', async () => {
      const response = JSON.stringify(await goResponse());
      const plain = await fetchAs(server, '/api/responses', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Accept-Language': 'fr' }, body: response }, MEMBER);
      assert.equal(plain.status, 415);
      assert.deepEqual(await plain.json(), { error: 'Envoyez les réponses en JSON (Content-Type: application/json).', code: 'unsupported-media-type' });
      const form = await fetchAs(server, '/api/responses', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1' }, MEMBER);
      assert.equal(form.status, 415);
      const none = await rawRequest(server.url, { body: Buffer.from(response), headers: { 'Content-Type': '', 'Accept-Language': 'en' } });
      assert.equal(none.status, 415);
      assert.equal(JSON.parse(none.body).error, 'Send the response as JSON (Content-Type: application/json).');
    });

    it('refuses a body over 1 MB with 413, from Content-Length and from a chunked body', async () => {
      const big = Buffer.alloc(2 * 1024 * 1024, 0x20);
      const declared = await rawRequest(server.url, { body: big, headers: { 'Accept-Language': 'en' } });
      assert.equal(declared.status, 413);
      assert.deepEqual(JSON.parse(declared.body), { error: 'The request is larger than 1 MB.', code: 'too-large' });
      const chunked = await rawRequest(server.url, { body: big, chunked: true });
      assert.equal(chunked.status, 413);
      assert.equal(JSON.parse(chunked.body).error, 'De aanvraag is groter dan 1 MB.');
      // The server is still there.
      assert.equal((await getJson(`${server.url}/api/responses`)).status, 200);
    });
  });

  describe(`reading stored responses (${engine.name})`, () => {
    let server: TestServer;
    before(async () => (server = await engine.start()));
    after(() => server?.dispose());

    it('lists summaries a page at a time, newest first, with a cursor to the next page', async () => {
      const sent = [];
      for (const [i, at] of ['2026-04-01T08:00:00.000Z', '2026-04-03T08:00:00.000Z', '2026-04-02T08:00:00.000Z'].entries()) {
        const response = await goResponse({ centre: `CLB Pagina ${i}`, at });
        assert.equal((await submit(server.url, response)).status, 201);
        sent.push(response);
      }
      const first = await getJson(`${server.url}/api/responses?limit=2`);
      assert.equal(first.status, 200);
      assert.deepEqual(first.json.items.map((s: { centre: string }) => s.centre), ['CLB Pagina 1', 'CLB Pagina 2']);
      assert.equal(typeof first.json.next, 'string');
      const second = await getJson(`${server.url}/api/responses?limit=2&cursor=${encodeURIComponent(first.json.next)}`);
      assert.deepEqual(second.json.items.map((s: { centre: string }) => s.centre), ['CLB Pagina 0']);
      assert.equal(second.json.next, undefined);
      for (const item of [...first.json.items, ...second.json.items]) assert.ok(!('context' in item), 'a summary, not the answers');
    });

    it('refuses a limit out of range or a cursor it did not hand out with 400, in the language asked', async () => {
      const res = await getJson(`${server.url}/api/responses?limit=0`, { 'Accept-Language': 'en' });
      assert.equal(res.status, 400);
      assert.equal(res.json.code, 'invalid-request');
      assert.equal(res.json.error, 'The request is not valid.');
      assert.equal(res.json.issues[0].path, 'querystring.limit');
      assert.equal((await getJson(`${server.url}/api/responses?limit=501`)).status, 400);
      const cursor = await getJson(`${server.url}/api/responses?cursor=not-one-of-ours`, { 'Accept-Language': 'fr' });
      assert.equal(cursor.status, 400);
      assert.deepEqual(cursor.json, { error: "La requête n'est pas valide.", code: 'invalid-request' });
      assert.equal((await getJson(`${server.url}/api/responses?full=1`)).json.items !== undefined, true, 'full=1 is gone: the summaries');
    });

    it('GET /api/dashboard: the latest scan of each centre in each school year, in full, for the comparison', async () => {
      const older = await goResponse({ centre: 'CLB Dashboard A', at: '2026-05-01T08:00:00.000Z', stage: 'fragmentary' });
      const newer = await goResponse({ centre: 'CLB Dashboard A', at: '2026-05-02T08:00:00.000Z', stage: 'integrated' });
      const other = await goResponse({ centre: 'CLB Dashboard B', at: '2026-05-01T09:00:00.000Z' });
      for (const r of [older, newer, other]) assert.equal((await submit(server.url, r)).status, 201);
      const { status, json } = await getJson(`${server.url}/api/dashboard`);
      assert.equal(status, 200);
      assert.equal(json.instrumentId, 'go-clb-poolster');
      const ours = json.entries.filter((e: { label: string }) => e.label.startsWith('CLB Dashboard'));
      assert.deepEqual(ours.map((e: { id: string }) => e.id).sort(), [newer.id, other.id].sort());
      const a = ours.find((e: { id: string }) => e.id === newer.id);
      assert.equal(a.date, newer.submittedAt);
      assert.deepEqual(a.response, newer);
      // A scan of the school year before is sent beside it: the latest of each school year.
      const lastYear = await goResponse({ centre: 'CLB Dashboard A', at: '2025-05-01T08:00:00.000Z', stage: 'fragmentary' });
      assert.equal((await submit(server.url, lastYear)).status, 201);
      const again = (await getJson(`${server.url}/api/dashboard`)).json.entries.filter((e: { label: string }) => e.label === 'CLB Dashboard A');
      assert.deepEqual(again.map((e: { id: string }) => e.id), [lastYear.id, newer.id], 'oldest school year first');
      assert.equal(typeof again[0].centreId, 'string');
      assert.equal(again[0].centreId, again[1].centreId, 'one centre, two school years');
    });

    it('answers 404 for an unknown id, as JSON under /api and as a page elsewhere', async () => {
      const api = await fetchAs(server, '/api/responses/7b1e8c1e-0000-4000-8000-000000000000');
      assert.equal(api.status, 404);
      assert.match(api.headers.get('content-type')!, /^application\/json/);
      assert.deepEqual(await api.json(), { error: 'Niet gevonden.', code: 'not-found' });
      for (const path of ['/api/responses/nope/overview.html', '/api/responses/%E0%A4%A/overview.txt', '/api/nothing']) {
        const res = await fetchAs(server, path);
        assert.ok([400, 404].includes(res.status), `${path}: ${res.status}`);
      }
      const page = await fetchAs(server, '/report/nope');
      assert.equal(page.status, 404);
      assert.match(page.headers.get('content-type')!, /^text\/html/);
      assert.equal((await fetch(`${server.url}/no/such/page`)).status, 404);
      assert.equal((await fetch(`${server.url}/api/responses`, { method: 'PUT' })).status, 404);
    });
  });
}
