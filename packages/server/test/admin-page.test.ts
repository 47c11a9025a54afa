/** The admin page (/admin): plain forms, without JavaScript, that add, change and remove who is who. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from './helpers.js';
import { fetchAs } from './sessions.js';

const post = (server: TestServer, path: string, fields: Record<string, string>, lang = 'nl') =>
  fetchAs(server, `${path}?lang=${lang}`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

describe('the admin page', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ rateLimitMax: 0 })));
  after(() => server?.dispose());

  it('is in the asked language, and every field has a label', async () => {
    for (const [lang, title] of [['nl', 'Netwerkbeheer'], ['fr', 'Gestion du réseau'], ['en', 'Network admin']] as const) {
      const res = await fetchAs(server, `/admin?lang=${lang}`);
      assert.equal(res.status, 200);
      const page = await res.text();
      assert.match(page, new RegExp(`<html lang="${lang}">`));
      assert.match(page, new RegExp(`<h1>${title}</h1>`));
      assert.equal(/<script/.test(page.split('</head>')[1]!), false, 'no script in the page');
      assert.match(page, /<a href="\/admin" aria-current="page">/, 'the header links to it');
    }
    await post(server, '/admin/school-groups', { op: 'add', name: 'Groep Label' });
    await post(server, '/admin/centres', { op: 'add', name: 'CLB Label', schoolGroupId: (await server.store.schoolGroups())[0]!.id });
    const page = await (await fetchAs(server, '/admin')).text();
    const ids = [...page.matchAll(/<(?:input|select)(?![^>]*type="hidden")[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(ids.length > 10);
    for (const id of ids) assert.match(page, new RegExp(`<label[^>]*for="${id}"`), `label for ${id}`);
  });

  it('adds, renames and removes with plain form posts; a refusal shows the reason and keeps what was typed', async () => {
    const added = await post(server, '/admin/school-groups', { op: 'add', name: 'Scholengroep Formulier' });
    assert.equal(added.status, 303);
    assert.equal(added.headers.get('location'), '/admin?lang=nl&done=1');
    const group = (await server.store.schoolGroups()).find((g) => g.name === 'Scholengroep Formulier')!;
    assert.match(await (await fetchAs(server, '/admin?lang=nl&done=1')).text(), /role="status">De wijziging is bewaard\./);

    const centre = await post(server, '/admin/centres', { op: 'add', name: 'CLB Formulier', schoolGroupId: group.id });
    assert.equal(centre.status, 303);
    const centreId = (await server.store.centres()).find((c) => c.name === 'CLB Formulier')!.id;
    assert.equal((await post(server, '/admin/people', { op: 'add', name: 'Fien', email: 'fien@form.example', role: 'centre-member', centreId, schoolGroupId: '' })).status, 303);
    const person = (await server.store.personByEmail('fien@form.example'))!;
    assert.equal(person.centreId, centreId);
    // The row form sends every select; the role decides which place counts.
    assert.equal((await post(server, '/admin/people', { op: 'change', id: person.id, name: 'Fien V', role: 'school-group-viewer', centreId, schoolGroupId: group.id })).status, 303);
    assert.deepEqual(await server.store.person(person.id), { id: person.id, email: person.email, name: 'Fien V', role: 'school-group-viewer', schoolGroupId: group.id });
    // Promoting to network admin: the row still sends both places, and neither counts.
    assert.equal((await post(server, '/admin/people', { op: 'change', id: person.id, name: 'Fien V', role: 'network-admin', centreId, schoolGroupId: group.id })).status, 303);
    assert.equal((await server.store.person(person.id))!.role, 'network-admin');
    assert.equal((await post(server, '/admin/people', { op: 'change', id: person.id, name: 'Fien V', role: 'school-group-viewer', centreId, schoolGroupId: group.id })).status, 303);

    const taken = await post(server, '/admin/centres', { op: 'add', name: 'CLB Formulier', schoolGroupId: group.id }, 'fr');
    assert.equal(taken.status, 409);
    const page = await taken.text();
    assert.match(page, /role="alert">Un centre porte déjà ce nom\./);
    assert.match(page, /id="new-centre" name="name" required maxlength="200" value="CLB Formulier"/);

    const inUse = await post(server, '/admin/school-groups', { op: 'delete', id: group.id }, 'en');
    assert.equal(inUse.status, 409);
    assert.match(await inUse.text(), /still has centres or viewers/);
    assert.equal((await post(server, '/admin/centres', { op: 'change', id: centreId, name: 'CLB Formulier 2', schoolGroupId: group.id })).status, 303);
    assert.equal((await server.store.centre(centreId))!.name, 'CLB Formulier 2');
    assert.equal((await post(server, '/admin/people', { op: 'delete', id: person.id })).status, 303);
    assert.equal((await post(server, '/admin/centres', { op: 'delete', id: centreId })).status, 303);
    assert.equal((await post(server, '/admin/school-groups', { op: 'delete', id: group.id })).status, 303);
    assert.equal((await server.store.schoolGroups()).some((g) => g.id === group.id), false);
    assert.equal((await post(server, '/admin/school-groups', { op: 'nonsense' })).status, 400);

    // Each change is in the audit log once, by the API route the form called; a delete is recorded as asked,
    // before it is tried (so the refused one, still in use, is there too).
    const audit = (await (await fetchAs(server, '/api/audit?limit=500')).json()) as { items: Array<{ action: string; objectKind: string; objectId?: string }> };
    const entries = audit.items.filter((e) => e.objectKind === 'school-group' && e.objectId === group.id).map((e) => e.action).sort();
    assert.deepEqual(entries, ['change', 'delete', 'delete'], 'added, asked to remove while in use, removed');
  });
});
