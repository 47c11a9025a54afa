/**
 * What the GDPR asks: a scan deleted for good, the exports about a centre and a person, the audit log
 * (written for every read of a scan, every change, deletion and export; none lost), and its expiry.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registeredRoutes } from '../src/app.js';
import { routesWithoutAudit } from '../src/plugins/audit.js';
import { ALL } from '../src/store/directory.js';
import { openStore } from '../src/store/open-store.js';
import { StoreUnavailableError } from '../src/store/store.js';
import { goResponse, startTestServer, submit, tempDir, type TestServer } from './helpers.js';
import { ADMIN, as, fetchAs, member, viewer } from './sessions.js';

const A = member('CLB A', 'Scholengroep Noord');
const VIEWER = viewer('Scholengroep Noord');

interface Entry {
  personId: string;
  role: string;
  action: string;
  objectKind: string;
  objectId?: string;
  centreId?: string;
  at: string;
}

const auditOf = async (server: TestServer): Promise<Entry[]> => {
  const out: Entry[] = [];
  let cursor: string | undefined;
  do {
    const page = (await (await fetchAs(server, `/api/audit?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json()) as { items: Entry[]; next?: string };
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
};
const me = async (server: TestServer, who = ADMIN) => (await (await fetchAs(server, '/api/me', {}, who)).json()) as { id: string; centreId?: string };

describe('privacy', () => {
  let server: TestServer;
  let clock = new Date('2026-03-02T10:00:00.000Z');
  before(async () => (server = await startTestServer({ rateLimitMax: 0, now: () => clock })));
  after(() => server?.dispose());

  it('every route that is not public says what it records in the audit log, or why nothing', () => {
    assert.deepEqual(routesWithoutAudit(registeredRoutes(server.app) as never), []);
    const declared = registeredRoutes(server.app).filter((r) => (r.config as { audit?: unknown } | undefined)?.audit !== undefined);
    for (const route of declared) {
      const rule = (route.config as { audit: { none?: string } }).audit;
      if ('none' in rule) assert.ok(rule.none && rule.none.length > 5, `${route.method} ${route.url} gives a reason`);
    }
    assert.deepEqual(routesWithoutAudit([{ method: 'GET', url: '/api/forgot', config: { access: 'signed-in' } as never }]), ['GET /api/forgot']);
    assert.deepEqual(routesWithoutAudit([{ method: 'GET', url: '/api/forgot', config: {} as never }]), ['GET /api/forgot'], 'no access means the admin’s: audited too');
  });

  it('reads of a scan, submissions, changes, deletions and exports are recorded: who, what, which centre, when', async () => {
    const scan = await goResponse({ centre: 'CLB A' });
    assert.equal((await submit(server.url, scan, await as(server, A))).status, 201);
    const memberA = await me(server, A);
    const admin = await me(server);
    const viewerId = (await me(server, VIEWER)).id;
    clock = new Date('2026-03-02T11:00:00.000Z');
    const reads = [`/api/responses/${scan.id}`, `/api/responses/${scan.id}/overview.html`, `/api/responses/${scan.id}/overview.txt`, `/api/responses/${scan.id}/overview.eml`, `/report/${scan.id}`];
    for (const path of reads) assert.equal((await fetchAs(server, path, {}, VIEWER)).status, 200, path);
    assert.equal((await fetchAs(server, `/api/responses/${scan.id}`, {}, member('CLB Elders'))).status, 404);
    await fetchAs(server, '/api/dashboard', {}, A);
    const entries = await auditOf(server);
    const submitted = entries.find((e) => e.action === 'change' && e.objectKind === 'response');
    assert.deepEqual(submitted, { id: (submitted as { id?: string }).id, at: '2026-03-02T10:00:00.000Z', personId: memberA.id, role: 'centre-member', action: 'change', objectKind: 'response', objectId: scan.id, centreId: memberA.centreId });
    const viewerReads = entries.filter((e) => e.personId === viewerId && e.action === 'read');
    assert.equal(viewerReads.length, reads.length, 'one entry per read; none for a refused read');
    for (const entry of viewerReads) assert.deepEqual([entry.objectId, entry.centreId, entry.role, entry.at], [scan.id, memberA.centreId, 'school-group-viewer', '2026-03-02T11:00:00.000Z']);
    assert.ok(entries.some((e) => e.personId === memberA.id && e.objectKind === 'dashboard'));
    assert.equal(entries.filter((e) => e.personId === admin.id).length, 0, 'reading the audit log is not itself recorded');

    await fetchAs(server, '/api/settings', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"shareNetworkWide":"anonymous"}' });
    await fetchAs(server, '/api/admin/school-groups', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"Groep Audit"}' });
    assert.equal((await fetchAs(server, `/api/export/centres/${memberA.centreId}`)).status, 200);
    assert.equal((await fetchAs(server, `/api/responses/${scan.id}`, { method: 'DELETE' })).status, 204);
    const mine = (await auditOf(server)).filter((e) => e.personId === admin.id).map((e) => [e.action, e.objectKind, e.centreId ?? null]);
    assert.deepEqual(mine, [
      ['delete', 'response', memberA.centreId],
      ['export', 'centre', memberA.centreId],
      ['change', 'school-group', null],
      ['change', 'settings', null],
    ]);
  });

  it('no entry is lost when many read at once', async () => {
    const scan = await goResponse({ centre: 'CLB A' });
    await submit(server.url, scan, await as(server, A));
    const before = (await auditOf(server)).length;
    const statuses = await Promise.all(Array.from({ length: 40 }, () => fetchAs(server, `/api/responses/${scan.id}`, {}, A).then((r) => r.status)));
    assert.deepEqual(new Set(statuses), new Set([200]));
    assert.equal((await auditOf(server)).length, before + 40);
  });

  it('a deleted scan is gone from every read; a second delete is 404', async () => {
    const scan = await goResponse({ centre: 'CLB A' });
    await submit(server.url, scan, await as(server, A));
    assert.equal((await fetchAs(server, `/api/responses/${scan.id}`, { method: 'DELETE' })).status, 204);
    assert.equal(await server.store.get(scan.id, ALL), undefined);
    assert.equal((await fetchAs(server, `/api/responses/${scan.id}`)).status, 404);
    assert.equal((await fetchAs(server, `/report/${scan.id}`, {}, A)).status, 404);
    const dashboard = (await (await fetchAs(server, '/api/dashboard', {}, A)).json()) as { entries: Array<{ id: string }> };
    assert.equal(dashboard.entries.some((e) => e.id === scan.id), false);
    assert.equal((await fetchAs(server, `/api/responses/${scan.id}`, { method: 'DELETE' })).status, 404);
  });

  it('exports everything about a centre (centre, group, people, every scan) and a person (sessions’ times, never hashes; what they did)', async () => {
    const scan = await goResponse({ centre: 'CLB A', at: '2026-04-01T09:00:00.000Z' });
    await submit(server.url, scan, await as(server, A));
    const memberA = await me(server, A);
    const res = await fetchAs(server, `/api/export/centres/${memberA.centreId}`);
    assert.match(res.headers.get('content-disposition')!, /^attachment; filename="poolster-centre-[0-9a-f-]+\.json"$/);
    const centre = (await res.json()) as any;
    assert.equal(centre.centre.name, 'CLB A');
    assert.equal(centre.schoolGroup.name, 'Scholengroep Noord');
    assert.deepEqual(centre.people.map((p: { id: string }) => p.id), [memberA.id]);
    assert.ok(centre.scans.some((s: any) => s.id === scan.id && s.response.blocks && JSON.stringify(s.response).includes('Op weg.')));
    assert.ok(centre.scans.every((s: any) => s.centreId === memberA.centreId));
    assert.deepEqual(centre.drafts, []);

    const person = (await (await fetchAs(server, `/api/export/people/${memberA.id}`)).json()) as any;
    assert.equal(person.person.id, memberA.id);
    assert.ok(person.sessions.length >= 1);
    for (const session of person.sessions) assert.deepEqual(Object.keys(session).sort(), ['createdAt', 'expiresAt']);
    const secret = (await as(server, A)).Cookie.split('=')[1]!;
    const text = JSON.stringify(person);
    assert.equal(text.includes(secret), false);
    assert.equal(/[0-9a-f]{64}/.test(text), false, 'no hash');
    assert.ok(person.audit.some((e: Entry) => e.action === 'change' && e.objectId === scan.id));
    assert.ok(person.audit.every((e: Entry) => e.personId === memberA.id));
    assert.equal((await fetchAs(server, '/api/export/people/nobody')).status, 404);
    assert.equal((await fetchAs(server, '/api/export/centres/nowhere')).status, 404);
  });
});

describe('housekeeping', () => {
  it('removes audit entries past their retention at start and when it runs again, by the injected clock', async (t) => {
    const dataDir = await tempDir();
    const store = await openStore({ dataDir });
    t.after(() => store.close());
    const entry = (at: string) => ({ at: new Date(at), personId: 'p', role: 'network-admin' as const, action: 'read' as const, objectKind: 'settings' as const });
    await store.audit.record([entry('2025-01-01T00:00:00Z'), entry('2025-11-01T00:00:00Z'), entry('2026-03-01T00:00:00Z')]);
    let clock = new Date('2026-03-02T00:00:00Z');
    const server = await startTestServer({ store, dataDir, now: () => clock, auditRetentionDays: 100 });
    t.after(() => server.dispose());
    // The run at start removes the two old entries by itself (waited for through its log line, not a sleep).
    while (!server.logs.lines.some((l) => l.msg === 'housekeeping: expired entries removed' && l.auditEntries === 2)) await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual((await store.audit.list({})).items.map((e) => e.at), ['2026-03-01T00:00:00.000Z']);
    clock = new Date('2026-06-10T00:00:00Z');
    assert.deepEqual(await server.housekeeping.runNow(), { auditEntries: 1, drafts: 0, rounds: 0 });
    assert.deepEqual((await store.audit.list({})).items, []);
    await server.housekeeping.stop();
  });

  it('reads the retention from the environment', async () => {
    const { configFromEnv } = await import('../src/env.js');
    assert.deepEqual(
      { ...configFromEnv({ POOLSTER_AUDIT_RETENTION_DAYS: '30', POOLSTER_DRAFT_RETENTION_DAYS: '7' }) },
      { auditRetentionDays: 30, draftRetentionDays: 7 },
    );
    assert.throws(() => configFromEnv({ POOLSTER_AUDIT_RETENTION_DAYS: '0' }), /POOLSTER_AUDIT_RETENTION_DAYS/);
  });
});

describe('an audit entry that cannot be kept', () => {
  it('fails the read (503) instead of sending the scan unrecorded', async (t) => {
    const dataDir = await tempDir();
    const real = await openStore({ dataDir });
    t.after(() => real.close());
    let auditDown = false;
    // The real store, except that its audit log refuses while `auditDown` is set (as when the database fails mid-request).
    const audit = new Proxy(real.audit, {
      get: (target, key, receiver) =>
        key === 'record' && auditDown ? async () => Promise.reject(new StoreUnavailableError('audit log unavailable')) : Reflect.get(target, key, receiver),
    });
    const store = new Proxy(real, { get: (target, key) => (key === 'audit' ? audit : (Reflect.get(target, key, target) as unknown)) });
    const server = await startTestServer({ store, dataDir, rateLimitMax: 0 });
    t.after(() => server.dispose());
    const scan = await goResponse({ centre: 'CLB A' });
    assert.equal((await submit(server.url, scan, await as(server, A))).status, 201);
    auditDown = true;
    const res = await fetchAs(server, `/api/responses/${scan.id}`, {}, A);
    const body = await res.text();
    assert.equal(res.status, 503);
    assert.equal(body.includes('Op weg.'), false, 'no answer went out');
    auditDown = false;
    assert.equal((await fetchAs(server, `/api/responses/${scan.id}`, {}, A)).status, 200);

    // A delete is recorded before it happens: when the entry cannot be kept, the scan is not deleted.
    auditDown = true;
    assert.equal((await fetchAs(server, `/api/responses/${scan.id}`, { method: 'DELETE' })).status, 503);
    auditDown = false;
    assert.notEqual(await real.get(scan.id, ALL), undefined, 'the scan is still stored');
    const before = (await real.audit.list({ limit: 100 })).items.length;
    assert.equal((await fetchAs(server, `/api/responses/${scan.id}`, { method: 'DELETE' })).status, 204);
    const entries = (await real.audit.list({ limit: 100 })).items;
    assert.equal(entries.length, before + 1, 'one entry for the delete, not two');
    assert.equal(entries.filter((e) => e.action === 'delete' && e.objectId === scan.id).length, 1);
  });
});
