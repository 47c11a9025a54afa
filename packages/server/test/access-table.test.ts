/**
 * Every route × every kind of person, tried against the real server: anonymous, a member of centre A,
 * a member of centre B (another school group), the viewer of A's school group, and the network admin.
 * Each cell is the status the route must answer; the test fails when a route exists that the table
 * does not list, so a new route cannot go untested.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { registeredRoutes } from '../src/app.js';
import { DEFAULTS } from '../src/config.js';
import { ensureDropIn, goResponse, startTestServer, submit, type TestServer } from './helpers.js';
import { freePort } from './oidc.js';
import { ADMIN, as, member, viewer, type Who } from './sessions.js';

const A = member('CLB A', 'Scholengroep Noord');
const B = member('CLB B', 'Scholengroep Zuid');
const VIEWER_A = viewer('Scholengroep Noord');
const PEOPLE: Array<[string, Who | undefined]> = [
  ['anonymous', undefined],
  ['member of A', A],
  ['member of B', B],
  ['viewer of A’s group', VIEWER_A],
  ['network admin', ADMIN],
];

/** Scans A and B (read), C (deleted by the admin); a spare school group, centre and person to change and remove. */
interface Ids {
  a: string;
  b: string;
  c: string;
  group: string;
  groupA: string;
  centre: string;
  centreA: string;
  person: string;
  keptPerson: string;
  /** A's open team round, its code, and a participant's token. */
  round: string;
  code: string;
  token: string;
}

interface Row {
  method: string;
  /** The route's pattern as registered. */
  route: string;
  /** The path tried (ids filled in). */
  path: (ids: Ids) => string;
  body?: (who: Who | undefined, ids: Ids) => Promise<{ type: string; text: string }>;
  headers?: Record<string, string>;
  /** An event stream: only its status is read, then the request is cut (the stream never ends by itself). */
  stream?: true;
  /** Anonymous, member of A, member of B, viewer of A's group, network admin. */
  expect: [number, number, number, number, number];
}

const scanOf = async (who: Who | undefined) => ({
  type: 'application/json',
  text: JSON.stringify(await goResponse({ centre: who && who.role === 'centre-member' ? who.centre : 'CLB Niemand' })),
});
const draftOf = async () => {
  const response = await goResponse({ status: 'draft', centre: 'CLB Niemand' });
  return { type: 'application/json', text: JSON.stringify({ format: 'poolster-draft', version: 1, savedAt: '2026-12-01T09:00:00.000Z', response }) };
};
const form = (text: string) => async () => ({ type: 'application/x-www-form-urlencoded', text });
const TOKEN = 'x'.repeat(43);
const DRAFT = '/api/drafts/go-clb-poolster';
const json = (value: (ids: Ids) => unknown) => async (_who: Who | undefined, ids: Ids) => ({ type: 'application/json', text: JSON.stringify(value(ids)) });
const ADMIN_ONLY: Row['expect'] = [401, 403, 403, 403, 200];
let made = 0;
/** A name not used before: the admin's row runs once, but the name must be new each time the table runs. */
const fresh = (prefix: string) => `${prefix} ${process.pid}-${(made += 1)}`;

const READ_A: Row['expect'] = [401, 200, 404, 200, 200];
const READ_B: Row['expect'] = [401, 404, 200, 404, 200];
const SIGNED_IN: Row['expect'] = [401, 200, 200, 200, 200];
const ANYONE: Row['expect'] = [200, 200, 200, 200, 200];
/** A's own team round: only A's members find it; anyone else signed in gets 404, as for another centre's. */
const ROUND_A: Row['expect'] = [401, 200, 404, 404, 404];
const ROUNDS_JS = existsSync(join(dirname(DEFAULTS.dropInPath), 'poolster-rounds.js'));
const ballot = json(() => ({ format: 'poolster-ballot', version: 1, placements: { prevention: { current: 'planned', generation: 0 } } }));

const TABLE: Row[] = [
  // Before POST /api/responses: sending a scan deletes the sender's draft. A has a draft (made in `before`), B has
  // none: the URL names no centre, each member reaches their own.
  { method: 'GET', route: '/api/drafts/:instrumentId', path: () => DRAFT, expect: [401, 200, 404, 403, 403] },
  { method: 'PUT', route: '/api/drafts/:instrumentId', path: () => DRAFT, headers: { 'If-None-Match': '*' }, body: draftOf, expect: [401, 412, 201, 403, 403] },
  { method: 'DELETE', route: '/api/drafts/:instrumentId', path: () => DRAFT, headers: { 'If-Match': '*' }, expect: [401, 204, 204, 403, 403] },
  { method: 'GET', route: '/', path: () => '/', expect: [401, 200, 200, 403, 403] },
  { method: 'POST', route: '/api/responses', path: () => '/api/responses', body: scanOf, expect: [401, 201, 201, 403, 403] },
  { method: 'GET', route: '/api/responses', path: () => '/api/responses', expect: SIGNED_IN },
  { method: 'GET', route: '/api/responses/:id', path: ({ a }) => `/api/responses/${a}`, expect: READ_A },
  { method: 'GET', route: '/api/responses/:id', path: ({ b }) => `/api/responses/${b}`, expect: READ_B },
  ...(['html', 'txt', 'eml'] as const).flatMap((f): Row[] => [
    { method: 'GET', route: `/api/responses/:id/overview.${f}`, path: ({ a }) => `/api/responses/${a}/overview.${f}`, expect: READ_A },
    { method: 'GET', route: `/api/responses/:id/overview.${f}`, path: ({ b }) => `/api/responses/${b}/overview.${f}`, expect: READ_B },
  ]),
  { method: 'GET', route: '/report/:id', path: ({ a }) => `/report/${a}`, expect: READ_A },
  { method: 'GET', route: '/report/:id', path: ({ b }) => `/report/${b}`, expect: READ_B },
  { method: 'GET', route: '/dashboard', path: () => '/dashboard', expect: SIGNED_IN },
  { method: 'GET', route: '/api/dashboard', path: () => '/api/dashboard', expect: SIGNED_IN },
  { method: 'GET', route: '/api/me', path: () => '/api/me', expect: SIGNED_IN },
  { method: 'GET', route: '/api/network', path: () => '/api/network', expect: [401, 403, 403, 403, 200] },
  { method: 'GET', route: '/api/admin/school-groups', path: () => '/api/admin/school-groups', expect: ADMIN_ONLY },
  { method: 'POST', route: '/api/admin/school-groups', path: () => '/api/admin/school-groups', body: json(() => ({ name: fresh('Groep') })), expect: [401, 403, 403, 403, 201] },
  { method: 'PATCH', route: '/api/admin/school-groups/:id', path: ({ group }) => `/api/admin/school-groups/${group}`, body: json(() => ({ name: fresh('Groep') })), expect: ADMIN_ONLY },
  { method: 'GET', route: '/api/admin/centres', path: () => '/api/admin/centres', expect: ADMIN_ONLY },
  { method: 'POST', route: '/api/admin/centres', path: () => '/api/admin/centres', body: json(({ groupA }) => ({ name: fresh('CLB'), schoolGroupId: groupA })), expect: [401, 403, 403, 403, 201] },
  { method: 'PATCH', route: '/api/admin/centres/:id', path: ({ centre }) => `/api/admin/centres/${centre}`, body: json(() => ({ name: fresh('CLB') })), expect: ADMIN_ONLY },
  { method: 'DELETE', route: '/api/admin/centres/:id', path: ({ centre }) => `/api/admin/centres/${centre}`, expect: [401, 403, 403, 403, 204] },
  { method: 'DELETE', route: '/api/admin/school-groups/:id', path: ({ group }) => `/api/admin/school-groups/${group}`, expect: [401, 403, 403, 403, 204] },
  { method: 'GET', route: '/api/admin/people', path: () => '/api/admin/people', expect: ADMIN_ONLY },
  { method: 'POST', route: '/api/admin/people', path: () => '/api/admin/people', body: json(() => ({ email: `${fresh('p').replace(' ', '-')}@x.example`, name: 'P', role: 'network-admin' })), expect: [401, 403, 403, 403, 201] },
  { method: 'PATCH', route: '/api/admin/people/:id', path: ({ person }) => `/api/admin/people/${person}`, body: json(() => ({ name: fresh('Naam') })), expect: ADMIN_ONLY },
  { method: 'DELETE', route: '/api/admin/people/:id', path: ({ person }) => `/api/admin/people/${person}`, expect: [401, 403, 403, 403, 204] },
  { method: 'GET', route: '/api/settings', path: () => '/api/settings', expect: ADMIN_ONLY },
  { method: 'PUT', route: '/api/settings', path: () => '/api/settings', body: json(() => ({ shareNetworkWide: 'nothing' })), expect: ADMIN_ONLY },
  { method: 'DELETE', route: '/api/responses/:id', path: ({ c }) => `/api/responses/${c}`, expect: [401, 403, 403, 403, 204] },
  { method: 'GET', route: '/api/export/centres/:id', path: ({ centreA }) => `/api/export/centres/${centreA}`, expect: ADMIN_ONLY },
  { method: 'GET', route: '/api/export/people/:id', path: ({ keptPerson }) => `/api/export/people/${keptPerson}`, expect: ADMIN_ONLY },
  { method: 'GET', route: '/api/audit', path: () => '/api/audit', expect: ADMIN_ONLY },
  { method: 'GET', route: '/admin', path: () => '/admin', expect: ADMIN_ONLY },
  // The form routes carry out the admin API's own calls: refused before that for anyone but the admin.
  ...(['school-groups', 'centres', 'people'] as const).map(
    (resource): Row => ({ method: 'POST', route: `/admin/${resource}`, path: () => `/admin/${resource}`, body: form('op=add&name='), expect: [401, 403, 403, 403, 400] }),
  ),
  { method: 'GET', route: '/api/mail', path: () => '/api/mail', expect: [401, 403, 403, 403, 200] },
  { method: 'GET', route: '/sign-in', path: () => '/sign-in', expect: ANYONE },
  { method: 'POST', route: '/sign-in', path: () => '/sign-in', body: form('email=someone%40example.org'), expect: ANYONE },
  { method: 'GET', route: '/sign-in/:token', path: () => `/sign-in/${TOKEN}`, expect: [400, 400, 400, 400, 400] },
  { method: 'POST', route: '/sign-in/:token', path: () => `/sign-in/${TOKEN}`, body: form(''), expect: [400, 400, 400, 400, 400] },
  // The identity provider is configured but unreachable here (oidc-sign-in.test.ts signs in through a real one):
  // the button answers 503 to anyone, and a callback that no sign-in began 400.
  { method: 'GET', route: '/sign-in/oidc', path: () => '/sign-in/oidc', expect: [503, 503, 503, 503, 503] },
  { method: 'GET', route: '/sign-in/oidc/callback', path: () => '/sign-in/oidc/callback?code=x&state=y', expect: [400, 400, 400, 400, 400] },
  { method: 'GET', route: '/healthz', path: () => '/healthz', expect: ANYONE },
  { method: 'GET', route: '/readyz', path: () => '/readyz', expect: ANYONE },
  ...['/poolster.js', '/instrument.json', '/host.css', '/dashboard.js', '/favicon.svg'].map((file): Row => ({ method: 'GET', route: file, path: () => file, expect: ANYONE })),
  { method: 'GET', route: '/poolster-:part.js', path: () => '/poolster-core.js', expect: ANYONE },
  { method: 'GET', route: '(none)', path: () => '/no/such/page', expect: [404, 404, 404, 404, 404] },
  // Team rounds: A's round was opened in `before` (so A's own POST finds it open: 409), and is closed last.
  { method: 'POST', route: '/api/rounds', path: () => '/api/rounds', body: json(() => ({ instrumentId: 'go-clb-poolster', blocks: ['prevention'], askAmbition: false })), expect: [401, 409, 201, 404, 404] },
  { method: 'GET', route: '/api/rounds', path: () => '/api/rounds', expect: [401, 200, 200, 404, 404] },
  { method: 'GET', route: '/api/rounds/:id', path: ({ round }) => `/api/rounds/${round}`, expect: ROUND_A },
  { method: 'GET', route: '/api/rounds/:id/events', path: ({ round }) => `/api/rounds/${round}/events`, stream: true, expect: ROUND_A },
  { method: 'POST', route: '/api/join', path: () => '/api/join', body: json(({ code }) => ({ code })), expect: [201, 201, 201, 201, 201] },
  { method: 'GET', route: '/api/ballots/:token', path: ({ token }) => `/api/ballots/${token}`, expect: ANYONE },
  { method: 'PUT', route: '/api/ballots/:token', path: ({ token }) => `/api/ballots/${token}`, body: ballot, expect: ANYONE },
  { method: 'GET', route: '/api/ballots/:token/events', path: ({ token }) => `/api/ballots/${token}/events`, stream: true, expect: ANYONE },
  { method: 'POST', route: '/api/rounds/:id/blocks/:blockId/reveal', path: ({ round }) => `/api/rounds/${round}/blocks/prevention/reveal`, expect: ROUND_A },
  { method: 'POST', route: '/api/rounds/:id/blocks/:blockId/revote', path: ({ round }) => `/api/rounds/${round}/blocks/prevention/revote`, expect: ROUND_A },
  { method: 'POST', route: '/api/rounds/:id/close', path: ({ round }) => `/api/rounds/${round}/close`, expect: ROUND_A },
  { method: 'GET', route: '/join', path: () => '/join', expect: ANYONE },
  { method: 'GET', route: '/join/:code', path: ({ code }) => `/join/${code}`, expect: ANYONE },
  // Built by the elements' bundle next to poolster.js; until it is built, the server says so (503 missing-build).
  { method: 'GET', route: '/poolster-rounds.js', path: () => '/poolster-rounds.js', expect: ROUNDS_JS ? ANYONE : [503, 503, 503, 503, 503] },
  // Near the end: reopening takes A's scan out of the stored ones (the admin, last in each row, reopens it, replacing A's draft).
  { method: 'POST', route: '/api/responses/:id/reopen', path: ({ a }) => `/api/responses/${a}/reopen?replace=true`, expect: [401, 403, 403, 403, 200] },
  // Last: signing out ends the session the rows above used.
  { method: 'POST', route: '/sign-out', path: () => '/sign-out', body: form(''), expect: [303, 303, 303, 303, 303] },
];

describe('every route × every role', () => {
  let server: TestServer;
  const ids: Ids = { a: '', b: '', c: '', group: '', groupA: '', centre: '', centreA: '', person: '', keptPerson: '', round: '', code: '', token: '' };
  before(async () => {
    ensureDropIn();
    server = await startTestServer({ rateLimitMax: 0, oidcIssuer: `http://127.0.0.1:${await freePort()}`, oidcClientId: 'poolster' });
    const a = await goResponse({ centre: 'CLB A' });
    const b = await goResponse({ centre: 'CLB B' });
    assert.equal((await submit(server.url, a, await as(server, A))).status, 201);
    assert.equal((await submit(server.url, b, await as(server, B))).status, 201);
    ids.a = a.id;
    ids.b = b.id;
    const c = await goResponse({ centre: 'CLB A' });
    assert.equal((await submit(server.url, c, await as(server, A))).status, 201);
    ids.c = c.id;
    const group = await server.store.addSchoolGroup({ name: 'Groep Leeg' });
    ids.group = group.id;
    ids.centre = (await server.store.addCentre({ name: 'CLB Leeg', schoolGroupId: group.id })).id;
    const centreA = (await server.store.centres()).find((x) => x.name === 'CLB A')!;
    ids.centreA = centreA.id;
    ids.groupA = centreA.schoolGroupId;
    ids.person = (await server.store.addPerson({ email: 'weg@x.example', name: 'Weg', role: 'network-admin' })).id;
    ids.keptPerson = (await server.store.addPerson({ email: 'blijft@x.example', name: 'Blijft', role: 'network-admin' })).id;
    // A's draft, made after A's scans were sent (sending deletes the centre's draft).
    const draft = await draftOf();
    const created = await fetch(`${server.url}${DRAFT}`, { method: 'PUT', headers: { ...(await as(server, A)), 'Content-Type': draft.type, 'If-None-Match': '*' }, body: draft.text });
    assert.equal(created.status, 201);
    // A's team round, with a participant who placed the block (so that revealing it finds a placement).
    const opened = await fetch(`${server.url}/api/rounds`, {
      method: 'POST',
      headers: { ...(await as(server, A)), 'Content-Type': 'application/json' },
      body: JSON.stringify({ instrumentId: 'go-clb-poolster', blocks: ['prevention'], askAmbition: false }),
    });
    const round = (await opened.json()) as { id: string; code: string };
    ids.round = round.id;
    ids.code = round.code;
    const joined = await fetch(`${server.url}/api/join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: round.code }) });
    ids.token = ((await joined.json()) as { token: string }).token;
  });
  after(() => server?.dispose());

  it('lists every route the server has', () => {
    const listed = new Set(TABLE.map((row) => `${row.method} ${row.route}`));
    const missing = registeredRoutes(server.app).filter((r) => r.method !== 'HEAD' && !listed.has(`${r.method} ${r.url}`)).map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(missing, [], 'routes the access table does not try');
  });

  it('answers each cell as the table says', async () => {
    const wrong: string[] = [];
    for (const row of TABLE) {
      for (const [index, [name, who]] of PEOPLE.entries()) {
        const body = row.body ? await row.body(who, ids) : undefined;
        const headers: Record<string, string> = { ...(who ? await as(server, who) : {}), ...(body ? { 'Content-Type': body.type } : {}), ...row.headers };
        const abort = new AbortController();
        const res = await fetch(`${server.url}${row.path(ids)}`, { method: row.method, headers, redirect: 'manual', signal: abort.signal, ...(body ? { body: body.text } : {}) });
        if (row.stream && res.status === 200) abort.abort();
        else await res.arrayBuffer();
        if (res.status !== row.expect[index]) wrong.push(`${row.method} ${row.path(ids)} as ${name}: ${res.status}, expected ${row.expect[index]}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});

describe('what each role reads', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ rateLimitMax: 0 })));
  after(() => server?.dispose());

  it('lists and dashboards hold only the scans of the reader’s centre, school group, or network', async () => {
    const a = await goResponse({ centre: 'CLB A' });
    const b = await goResponse({ centre: 'CLB B' });
    await submit(server.url, a, await as(server, A));
    await submit(server.url, b, await as(server, B));
    const seen = async (who: Who) => {
      const headers = await as(server, who);
      const list = (await (await fetch(`${server.url}/api/responses`, { headers })).json()) as { items: Array<{ id: string }> };
      const dashboard = (await (await fetch(`${server.url}/api/dashboard`, { headers })).json()) as { entries: Array<{ id: string }> };
      const page = await (await fetch(`${server.url}/dashboard`, { headers })).text();
      const listed = list.items.map((s) => s.id).sort();
      assert.deepEqual(dashboard.entries.map((e) => e.id).sort(), listed);
      assert.deepEqual([a.id, b.id].filter((id) => page.includes(id)).sort(), listed);
      return listed;
    };
    assert.deepEqual(await seen(A), [a.id]);
    assert.deepEqual(await seen(B), [b.id]);
    assert.deepEqual(await seen(VIEWER_A), [a.id]);
    assert.deepEqual(await seen(ADMIN), [a.id, b.id].sort());
  });

  it('a scan belongs to its sender’s centre: the centre name typed in the body is replaced by the registered one', async () => {
    const forged = await goResponse({ centre: 'CLB B' });
    assert.equal((await submit(server.url, forged, await as(server, A))).status, 201);
    const stored = (await (await fetch(`${server.url}/api/responses/${forged.id}`, { headers: await as(server, ADMIN) })).json()) as { context: Record<string, { text: string }> };
    assert.equal(stored.context['centre-name']!.text, 'CLB A');
    assert.equal((await fetch(`${server.url}/api/responses/${forged.id}`, { headers: await as(server, B) })).status, 404);
    // The same answers sent again by B under A's id are not B's to repeat.
    assert.equal((await submit(server.url, forged, await as(server, B))).status, 409);
  });
});
