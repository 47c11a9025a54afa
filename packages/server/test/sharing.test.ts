/**
 * The network-wide sharing setting × every role, on the dashboard: what a centre member and a
 * school-group viewer see of the centres outside their scope, and that the admin always sees everything.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { goResponse, startTestServer, submit, type TestServer } from './helpers.js';
import { ADMIN, as, fetchAs, member, viewer, type Who } from './sessions.js';

const A = member('CLB A', 'Scholengroep Noord');
const A2 = member('CLB A2', 'Scholengroep Noord');
const B = member('CLB B', 'Scholengroep Zuid');
const VIEWER = viewer('Scholengroep Noord');

interface Entry {
  id: string;
  label: string;
  centreId: string;
  group?: string;
  date: string;
  shared?: boolean;
  response: { id: string; createdAt: string; updatedAt: string; submittedAt?: string; context: Record<string, unknown>; blocks: Record<string, Record<string, Record<string, unknown>>> };
}

describe('sharing network-wide on the dashboard', () => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  before(async () => {
    server = await startTestServer({ rateLimitMax: 0 });
    for (const [name, who] of [['CLB A', A], ['CLB A2', A2], ['CLB B', B]] as const) {
      const scan = await goResponse({ centre: name });
      assert.equal((await submit(server.url, scan, await as(server, who))).status, 201);
      ids[name] = scan.id;
    }
    // The viewer and the admin exist before the table runs.
    await as(server, VIEWER);
  });
  after(() => server?.dispose());

  const setSharing = async (level: string) => {
    const res = await fetchAs(server, '/api/settings', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ shareNetworkWide: level }) });
    assert.deepEqual(await res.json(), { shareNetworkWide: level });
  };
  const dashboard = async (who: Who, lang = 'en') =>
    ((await (await fetchAs(server, '/api/dashboard', { headers: { 'Accept-Language': lang } }, who)).json()) as { entries: Entry[] }).entries;
  const own = (entries: Entry[]) => entries.filter((e) => !e.shared).map((e) => e.label).sort();
  const shared = (entries: Entry[]) => entries.filter((e) => e.shared);

  it('nothing (the default): each reader sees their own scope only', async () => {
    assert.deepEqual(await (await fetchAs(server, '/api/settings')).json(), { shareNetworkWide: 'nothing' });
    assert.deepEqual(own(await dashboard(A)), ['CLB A']);
    assert.deepEqual(shared(await dashboard(A)), []);
    assert.deepEqual(own(await dashboard(VIEWER)), ['CLB A', 'CLB A2']);
    assert.deepEqual(shared(await dashboard(VIEWER)), []);
    assert.deepEqual(own(await dashboard(ADMIN)), ['CLB A', 'CLB A2', 'CLB B']);
  });

  it('anonymous: the other centres’ placements under neutral labels, with no names, ids or free text', async () => {
    await setSharing('anonymous');
    const forA = await dashboard(A, 'nl');
    assert.deepEqual(own(forA), ['CLB A']);
    const others = shared(forA);
    assert.deepEqual(others.map((e) => e.label).sort(), ['Ander centrum 1', 'Ander centrum 2']);
    const text = JSON.stringify(others);
    for (const secret of ['CLB A2', 'CLB B', ids['CLB A2']!, ids['CLB B']!, 'Op weg.', 'Regioteams']) assert.equal(text.includes(secret), false, secret);
    for (const entry of others) {
      assert.deepEqual(entry.response.context, {});
      assert.equal(entry.response.id, entry.id);
      // Only the month of sending (its first day, UTC): an exact time would tell the centre.
      for (const time of [entry.date, entry.response.createdAt, entry.response.updatedAt, entry.response.submittedAt]) assert.match(time ?? '', /^\d{4}-\d{2}-01T00:00:00\.000Z$/);
      const first = Object.values(entry.response.blocks)[0]!;
      assert.equal(first['current-stage']!.choice, 'planned', 'the placement is there');
      assert.deepEqual(first['ambition'], { choice: 'evolve-systematic' }, 'its comment is not');
      assert.deepEqual(first['subgroups'], { choices: ['other'] }, 'nor the other text');
    }
    const forViewer = await dashboard(VIEWER, 'fr');
    assert.deepEqual(own(forViewer), ['CLB A', 'CLB A2']);
    assert.deepEqual(shared(forViewer).map((e) => e.label), ['Autre centre 1']);
    const forAdmin = await dashboard(ADMIN);
    assert.deepEqual(own(forAdmin), ['CLB A', 'CLB A2', 'CLB B']);
    assert.deepEqual(shared(forAdmin), [], 'the admin sees every centre as it is');
  });

  it('named: the other centres’ placements under their names, still without free text', async () => {
    await setSharing('named');
    const forB = await dashboard(B);
    assert.deepEqual(own(forB), ['CLB B']);
    assert.deepEqual(shared(forB).map((e) => e.label), ['CLB A', 'CLB A2']);
    assert.deepEqual(shared(forB).map((e) => e.id), [ids['CLB A'], ids['CLB A2']]);
    const text = JSON.stringify(shared(forB));
    assert.equal(text.includes('Op weg.'), false);
    assert.equal(text.includes('Regioteams'), false);
    assert.deepEqual(shared(forB)[0]!.response.context, {});
    assert.deepEqual(shared(await dashboard(VIEWER)).map((e) => e.label), ['CLB B']);
    assert.deepEqual(shared(await dashboard(A)).map((e) => e.label), ['CLB A2', 'CLB B']);
    assert.deepEqual(shared(await dashboard(ADMIN)), []);
    // Sharing shows placements on the dashboard; it opens no stored scan of another centre.
    assert.equal((await fetchAs(server, `/api/responses/${ids['CLB A']}`, {}, B)).status, 404);
  });

  it('each school year of a shared centre: named with its school group; anonymous as one made-up centre, without a group', async () => {
    // CLB B scanned in the school year before, too (the others scanned on 2 March 2026).
    const earlier = await goResponse({ centre: 'CLB B', at: '2025-03-02T10:00:00.000Z', stage: 'fragmentary' });
    assert.equal((await submit(server.url, earlier, await as(server, B))).status, 201);
    await setSharing('named');
    const named = shared(await dashboard(A)).filter((e) => e.label === 'CLB B');
    assert.deepEqual(named.map((e) => [e.id, e.group, e.date]), [[earlier.id, 'Scholengroep Zuid', earlier.submittedAt], [ids['CLB B'], 'Scholengroep Zuid', '2026-03-02T10:00:00.000Z']]);
    assert.equal(named[0]!.centreId, named[1]!.centreId, 'one centre, two school years');
    const ownB = (await dashboard(B)).filter((e) => !e.shared);
    assert.deepEqual(ownB.map((e) => [e.label, e.group]), [['CLB B', 'Scholengroep Zuid'], ['CLB B', 'Scholengroep Zuid']]);
    assert.equal(ownB[0]!.centreId, named[0]!.centreId, 'the same centre as its own members see it');

    await setSharing('anonymous');
    const readings = [shared(await dashboard(A, 'nl')), shared(await dashboard(A, 'nl'))];
    for (const others of readings) {
      assert.equal(others.length, 3, 'CLB A2 once, CLB B twice');
      assert.equal(others.some((e) => 'group' in e), false, 'a school group would narrow down who it is');
      const years = others.filter((e) => e.date.startsWith('2025-03'));
      assert.equal(years.length, 1);
      const sameCentre = others.filter((e) => e.centreId === years[0]!.centreId);
      assert.equal(sameCentre.length, 2, 'both years of CLB B under one made-up centre');
      assert.equal(new Set(sameCentre.map((e) => e.label)).size, 1, 'and one neutral label');
      const text = JSON.stringify(others);
      for (const secret of [ownB[0]!.centreId, 'Scholengroep', earlier.id]) assert.equal(text.includes(secret), false, secret);
    }
    assert.notEqual(readings[0]![0]!.centreId, readings[1]![0]!.centreId, 'made up anew for each answer');
  });

  it('a bad setting is refused (400) and changes nothing', async () => {
    const res = await fetchAs(server, '/api/settings', { method: 'PUT', headers: { 'Content-Type': 'application/json', 'Accept-Language': 'nl' }, body: JSON.stringify({ shareNetworkWide: 'everything' }) });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { error: string }).error, 'De aanvraag is niet geldig.');
    assert.deepEqual(await (await fetchAs(server, '/api/settings')).json(), { shareNetworkWide: 'anonymous' });
  });
});
