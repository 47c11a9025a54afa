/**
 * The pages of team rounds (the participants' /join and /join/CODE, the round inside the members' scan),
 * the rounds' drop-in as a file, and housekeeping closing rounds left open.
 */
import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { configFromEnv } from '../src/env.js';
import { CSP } from '../src/http/csp.js';
import { escapeHtml } from '../src/html.js';
import { LANGUAGES } from '../src/i18n/language.js';
import { ROUND_MESSAGES } from '../src/i18n/round-messages.js';
import type { ParticipantRound, RoundState } from '../src/schema.js';
import { startTestServer, tempDir, type TestServer } from './helpers.js';
import { as, fetchAs, member } from './sessions.js';
import { SseReader } from './sse.js';

const ROUNDS_JS = 'customElements.get("poolster-vote");\n';

/** A folder with the drop-ins as the build leaves them (stand-ins: the pages are checked, not the scripts). */
async function dropIns(withRounds: boolean): Promise<string> {
  const dir = join(await tempDir(), 'dist');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'poolster.js'), 'export {};\n');
  if (withRounds) await writeFile(join(dir, 'poolster-rounds.js'), ROUNDS_JS);
  return join(dir, 'poolster.js');
}

const page = async (server: TestServer, path: string, init: RequestInit = {}) => {
  const res = await fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
  return { res, body: await res.text() };
};

describe('team round pages', () => {
  let server: TestServer;
  let bare: TestServer;
  const folders: string[] = [];
  before(async () => {
    const built = await dropIns(true);
    const unbuilt = await dropIns(false);
    folders.push(built, unbuilt);
    server = await startTestServer({ dropInPath: built });
    bare = await startTestServer({ dropInPath: unbuilt });
  });
  after(async () => {
    await server?.dispose();
    await bare?.dispose();
    await Promise.all(folders.map((f) => rm(join(f, '..', '..'), { recursive: true, force: true })));
  });

  it('the scan of a member with a centre holds the team round, and loads its drop-in; the page policy lets it follow the round', async () => {
    const res = await fetchAs(server, '/', {}, member('CLB Paginas'));
    const body = await res.text();
    assert.ok(body.includes('<script type="module" src="/poolster.js"></script>\n<script type="module" src="/poolster-rounds.js"></script>'));
    assert.ok(body.includes('lang="nl" time-zone="Europe/Brussels"><poolster-round slot="round" rounds-url="/api/rounds"></poolster-round></poolster-scan>'));
    assert.equal(res.headers.get('content-security-policy'), CSP);
    // EventSource and fetch to this server: connect-src 'self'.
    assert.match(CSP, /connect-src 'self'/);
    const script = await fetch(`${server.url}/poolster-rounds.js`);
    assert.equal(script.status, 200);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await script.text(), ROUNDS_JS);
  });

  it('without the rounds’ build the scan is offered alone, and the file says it is missing', async () => {
    const body = await (await fetchAs(bare, '/', {}, member('CLB Paginas'))).text();
    assert.ok(!body.includes('poolster-round'));
    assert.ok(body.includes('lang="nl" time-zone="Europe/Brussels"></poolster-scan>'));
    const script = await fetch(`${bare.url}/poolster-rounds.js`);
    assert.equal(script.status, 503, 'missing-build, as for /poolster.js');
    await script.arrayBuffer();
  });

  for (const lang of LANGUAGES) {
    const t = ROUND_MESSAGES[lang];
    it(`/join asks for the code in ${lang}, without JavaScript, and keeps ?lang=`, async () => {
      const { res, body } = await page(server, `/join?lang=${lang}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-security-policy'), CSP);
      assert.match(body, new RegExp(`<html lang="${lang}">`));
      assert.ok(body.includes(`<h1>${escapeHtml(t.joinTitle)}</h1>`));
      assert.ok(body.includes('<form method="get" action="/join"'));
      assert.ok(body.includes(`<input type="hidden" name="lang" value="${lang}">`));
      assert.ok(body.includes(`<label for="code">${escapeHtml(t.codeLabel)}</label>`));
      assert.ok(!/<script/i.test(body), 'the form needs no script');
      const sent = await page(server, `/join?lang=${lang}&code=${encodeURIComponent(' k7p-3qx ')}`);
      assert.equal(sent.res.status, 303);
      assert.equal(sent.res.headers.get('location'), `/join/K7P3QX?lang=${lang}`);
      const wrong = await page(server, `/join?lang=${lang}&code=${encodeURIComponent('<b>')}`);
      assert.equal(wrong.res.status, 400);
      assert.ok(wrong.body.includes(`<p class="alert" role="alert">${escapeHtml(t.roundNotFound)}</p>`));
      assert.ok(wrong.body.includes('value="&lt;b&gt;" aria-invalid="true"'), 'what was typed, escaped');
    });

    it(`/join/CODE holds the participant's element in ${lang}`, async () => {
      const { res, body } = await page(server, `/join/k7p3qx?lang=${lang}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-security-policy'), CSP);
      assert.ok(body.includes('<script type="module" src="/poolster-rounds.js"></script>'));
      assert.ok(body.includes(`<poolster-vote code="K7P3QX" src="/instrument.json" lang="${lang}"></poolster-vote>`));
      assert.ok(body.includes(`<title>${escapeHtml(t.voteTitle)} – Poolster</title>`));
    });
  }

  it('/join without ?lang= follows Accept-Language; a path that cannot be a code shows the form', async () => {
    const { body } = await page(server, '/join', { headers: { 'Accept-Language': 'fr-BE,fr;q=0.9' } });
    assert.match(body, /<html lang="fr">/);
    assert.ok(!body.includes('name="lang"'));
    const wrong = await page(server, '/join/nope');
    assert.equal(wrong.res.status, 404);
    assert.ok(wrong.body.includes('<form method="get" action="/join"'));
  });
});

describe('housekeeping and team rounds', () => {
  it(`closes rounds open longer than POOLSTER_ROUND_MAX_DAYS: their ballots deleted, their streams told`, async (t) => {
    let clock = new Date('2026-03-02T09:00:00.000Z');
    const server = await startTestServer({ now: () => clock, roundMaxDays: 3 });
    t.after(() => server.dispose());
    const who = member('CLB Oud');
    const opened = await fetch(`${server.url}/api/rounds`, {
      method: 'POST',
      headers: { ...(await as(server, who)), 'Content-Type': 'application/json' },
      body: JSON.stringify({ instrumentId: 'go-clb-poolster', blocks: ['prevention'], askAmbition: false }),
    });
    const round = (await opened.json()) as RoundState;
    const joined = await fetch(`${server.url}/api/join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: round.code }) });
    const { token } = (await joined.json()) as { token: string };
    await fetch(`${server.url}/api/ballots/${token}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'poolster-ballot', version: 1, placements: { prevention: { current: 'planned', generation: 0 } } }),
    });
    const stream = await SseReader.open(`${server.url}/api/ballots/${token}/events`);
    await stream.until(() => true);
    clock = new Date('2026-03-05T08:59:59.000Z');
    assert.equal((await server.housekeeping.runNow()).rounds, 0, 'not yet three days');
    clock = new Date('2026-03-05T09:00:01.000Z');
    assert.equal((await server.housekeeping.runNow()).rounds, 1);
    assert.equal((await stream.until<ParticipantRound>((r) => r.status === 'closed')).status, 'closed');
    const db = (server.store as unknown as { db: { query<R>(sql: string): Promise<R[]> } }).db;
    assert.deepEqual(await db.query('SELECT * FROM round_ballots'), []);
    stream.close();
  });

  it('reads POOLSTER_ROUND_MAX_DAYS from the environment', () => {
    assert.deepEqual({ ...configFromEnv({ POOLSTER_ROUND_MAX_DAYS: '7' }) }, { roundMaxDays: 7 });
    assert.throws(() => configFromEnv({ POOLSTER_ROUND_MAX_DAYS: '0' }), /POOLSTER_ROUND_MAX_DAYS/);
  });
});
