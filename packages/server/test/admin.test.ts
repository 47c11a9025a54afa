/** The network admin's API on a real server, on both engines: who is who changed, and the refusals it gives. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES, stopPostgres } from './engines.js';
import { goResponse, submit, type TestServer } from './helpers.js';
import { ADMIN, as, fetchAs, member } from './sessions.js';

const send = async (server: TestServer, method: string, path: string, body?: unknown, lang = 'en') => {
  const res = await fetchAs(server, path, {
    method,
    headers: { 'Accept-Language': lang, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as any) : undefined };
};

after(() => stopPostgres());

for (const engine of ENGINES) {
  describe(`network admin API on ${engine.name}`, () => {
    let server: TestServer;
    before(async () => (server = await engine.start()));
    after(() => server?.dispose());

    it('adds, renames and removes school groups; a taken name or a group in use is a localised 409', async () => {
      const made = await send(server, 'POST', '/api/admin/school-groups', { name: '  Scholengroep Oost ' });
      assert.equal(made.status, 201);
      assert.equal(made.json.name, 'Scholengroep Oost');
      const other = (await send(server, 'POST', '/api/admin/school-groups', { name: 'Scholengroep West' })).json;
      const taken = await send(server, 'PATCH', `/api/admin/school-groups/${other.id}`, { name: 'Scholengroep Oost' }, 'nl');
      assert.equal(taken.status, 409);
      assert.equal(taken.json.error, 'Er bestaat al een scholengroep met deze naam.');
      assert.equal((await send(server, 'POST', '/api/admin/school-groups', { name: 'Scholengroep Oost' }, 'fr')).json.error, 'Un groupe scolaire porte déjà ce nom.');
      assert.deepEqual((await send(server, 'PATCH', `/api/admin/school-groups/${other.id}`, { name: 'Scholengroep Zuid-West' })).json, { id: other.id, name: 'Scholengroep Zuid-West' });
      await send(server, 'POST', '/api/admin/centres', { name: 'CLB Oost', schoolGroupId: made.json.id });
      const inUse = await send(server, 'DELETE', `/api/admin/school-groups/${made.json.id}`);
      assert.equal(inUse.status, 409);
      assert.equal(inUse.json.error, 'This school group still has centres or viewers. Move or remove them first.');
      assert.equal((await send(server, 'DELETE', `/api/admin/school-groups/${other.id}`)).status, 204);
      assert.equal((await send(server, 'DELETE', `/api/admin/school-groups/${other.id}`)).status, 404);
      assert.deepEqual((await send(server, 'GET', '/api/admin/school-groups')).json.map((g: { name: string }) => g.name).includes('Scholengroep Zuid-West'), false);
    });

    it('adds, renames, moves and removes centres; a centre with scans is not removed (409, localised)', async () => {
      const north = (await send(server, 'POST', '/api/admin/school-groups', { name: 'Noord' })).json;
      const south = (await send(server, 'POST', '/api/admin/school-groups', { name: 'Zuid' })).json;
      const centre = (await send(server, 'POST', '/api/admin/centres', { name: 'CLB Brugge', schoolGroupId: north.id })).json;
      assert.equal((await send(server, 'POST', '/api/admin/centres', { name: 'CLB Brugge', schoolGroupId: south.id })).status, 409);
      const unknown = await send(server, 'POST', '/api/admin/centres', { name: 'CLB Nergens', schoolGroupId: 'no-such-group' }, 'nl');
      assert.equal(unknown.status, 400);
      assert.equal(unknown.json.error, 'Deze scholengroep bestaat niet.');
      const moved = await send(server, 'PATCH', `/api/admin/centres/${centre.id}`, { name: 'CLB Brugge-Oostende', schoolGroupId: south.id });
      assert.deepEqual(moved.json, { id: centre.id, name: 'CLB Brugge-Oostende', schoolGroupId: south.id });
      assert.equal((await send(server, 'PATCH', '/api/admin/centres/none', { name: 'X' })).status, 404);
      // A member sends a scan: the centre now has scans and people.
      const scan = await goResponse({ centre: 'CLB Brugge-Oostende' });
      assert.equal((await submit(server.url, scan, await as(server, member('CLB Brugge-Oostende')))).status, 201);
      const hasScans = await send(server, 'DELETE', `/api/admin/centres/${centre.id}`, undefined, 'fr');
      assert.equal(hasScans.status, 409);
      assert.equal(hasScans.json.code, 'has-scans');
      assert.match(hasScans.json.error, /questionnaires enregistrés/);
      assert.equal((await send(server, 'DELETE', `/api/responses/${scan.id}`)).status, 204);
      const hasPeople = await send(server, 'DELETE', `/api/admin/centres/${centre.id}`);
      assert.equal(hasPeople.json.code, 'has-people');
      const people = (await send(server, 'GET', '/api/admin/people')).json as Array<{ id: string; centreId?: string }>;
      for (const person of people.filter((p) => p.centreId === centre.id)) assert.equal((await send(server, 'DELETE', `/api/admin/people/${person.id}`)).status, 204);
      assert.equal((await send(server, 'DELETE', `/api/admin/centres/${centre.id}`)).status, 204);
      assert.equal((await send(server, 'GET', '/api/admin/centres')).json.some((c: { id: string }) => c.id === centre.id), false);
    });

    it('adds people with a role and its place, changes them, removes them with their sessions; bad input is a localised 400', async () => {
      const group = (await send(server, 'POST', '/api/admin/school-groups', { name: 'Groep Mensen' })).json;
      const centre = (await send(server, 'POST', '/api/admin/centres', { name: 'CLB Mensen', schoolGroupId: group.id })).json;
      const made = await send(server, 'POST', '/api/admin/people', { email: 'An@CLB.example', name: 'An', role: 'centre-member', centreId: centre.id });
      assert.equal(made.status, 201);
      assert.deepEqual(made.json, { id: made.json.id, email: 'an@clb.example', name: 'An', role: 'centre-member', centreId: centre.id });
      const again = await send(server, 'POST', '/api/admin/people', { email: 'an@clb.example', name: 'An 2', role: 'network-admin' }, 'nl');
      assert.deepEqual([again.status, again.json.error], [409, 'Dit e-mailadres is al geregistreerd.']);
      const noPlace = await send(server, 'POST', '/api/admin/people', { email: 'b@clb.example', name: 'B', role: 'centre-member' }, 'fr');
      assert.equal(noPlace.status, 400);
      assert.match(noPlace.json.error, /membre de centre a besoin d'un centre/);
      const wrongPlace = await send(server, 'POST', '/api/admin/people', { email: 'c@clb.example', name: 'C', role: 'network-admin', centreId: centre.id });
      assert.equal(wrongPlace.json.code, 'place-required');
      const badEmail = await send(server, 'POST', '/api/admin/people', { email: 'not an address', name: 'D', role: 'network-admin' }, 'nl');
      assert.deepEqual([badEmail.status, badEmail.json.error], [400, 'De aanvraag is niet geldig.']);
      assert.equal(badEmail.json.issues[0].path, 'body.email');
      const blank = await send(server, 'POST', '/api/admin/school-groups', { name: '   ' });
      assert.equal(blank.status, 400);
      const unknownCentre = await send(server, 'POST', '/api/admin/people', { email: 'e@clb.example', name: 'E', role: 'centre-member', centreId: 'nope' });
      assert.deepEqual([unknownCentre.status, unknownCentre.json.error], [400, 'This centre does not exist.']);

      // Renamed, then made the group's viewer: the role and its place change together.
      const renamed = await send(server, 'PATCH', `/api/admin/people/${made.json.id}`, { name: 'An Peeters' });
      assert.equal(renamed.json.name, 'An Peeters');
      const viewer = await send(server, 'PATCH', `/api/admin/people/${made.json.id}`, { role: 'school-group-viewer', schoolGroupId: group.id });
      assert.deepEqual(viewer.json, { id: made.json.id, email: 'an@clb.example', name: 'An Peeters', role: 'school-group-viewer', schoolGroupId: group.id });
      assert.equal((await send(server, 'PATCH', `/api/admin/people/${made.json.id}`, { role: 'centre-member' })).status, 400, 'a new role needs its place');

      // Their session ends when they are removed.
      const session = await server.signIn.openSession((await server.store.person(made.json.id))!);
      const cookie = { Cookie: `poolster_session=${session}` };
      assert.equal((await fetch(`${server.url}/api/me`, { headers: cookie })).status, 200);
      assert.equal((await send(server, 'DELETE', `/api/admin/people/${made.json.id}`)).status, 204);
      assert.equal((await fetch(`${server.url}/api/me`, { headers: cookie })).status, 401);
      assert.equal((await send(server, 'DELETE', `/api/admin/people/${made.json.id}`)).status, 404);

      // Nobody removes themselves or changes their own role.
      const me = (await (await fetchAs(server, '/api/me', {}, ADMIN)).json()) as { id: string };
      assert.equal((await send(server, 'DELETE', `/api/admin/people/${me.id}`)).status, 409);
      assert.equal((await send(server, 'PATCH', `/api/admin/people/${me.id}`, { role: 'school-group-viewer', schoolGroupId: group.id })).status, 409);
      assert.equal((await send(server, 'PATCH', `/api/admin/people/${me.id}`, { name: 'Beheerder' })).status, 200);
    });

    it('marks a centre member director and back; shown in the lists and in /api/me; a director who is not a centre member is a localised 400', async () => {
      const group = (await send(server, 'POST', '/api/admin/school-groups', { name: 'Groep Directie' })).json;
      const centre = (await send(server, 'POST', '/api/admin/centres', { name: 'CLB Directie', schoolGroupId: group.id })).json;
      const made = await send(server, 'POST', '/api/admin/people', { email: 'dir@clb.example', name: 'Dirk', role: 'centre-member', centreId: centre.id, director: true });
      assert.equal(made.status, 201);
      assert.deepEqual(made.json, { id: made.json.id, email: 'dir@clb.example', name: 'Dirk', role: 'centre-member', centreId: centre.id, director: true });
      const listed = (await send(server, 'GET', '/api/admin/people')).json.find((p: { id: string }) => p.id === made.json.id);
      assert.equal(listed.director, true);
      const network = (await send(server, 'GET', '/api/network')).json.people.find((p: { id: string }) => p.id === made.json.id);
      assert.equal(network.director, true);
      const session = await server.signIn.openSession((await server.store.person(made.json.id))!);
      const me = await (await fetch(`${server.url}/api/me`, { headers: { Cookie: `poolster_session=${session}` } })).json();
      assert.equal(me.director, true);

      // Only a centre member: not on creation, not by a role change while still director (nothing changes).
      const viewerDirector = await send(server, 'POST', '/api/admin/people', { email: 'v@clb.example', name: 'V', role: 'school-group-viewer', schoolGroupId: group.id, director: true }, 'nl');
      assert.deepEqual([viewerDirector.status, viewerDirector.json.code], [400, 'director-needs-centre-member']);
      assert.match(viewerDirector.json.error, /Alleen een lid van een centrum kan directeur zijn/);
      const adminDirector = await send(server, 'POST', '/api/admin/people', { email: 'a@clb.example', name: 'A', role: 'network-admin', director: true }, 'fr');
      assert.deepEqual([adminDirector.status, adminDirector.json.error.startsWith('Seul un membre de centre peut être directeur')], [400, true]);
      assert.equal((await server.store.personByEmail('v@clb.example')), undefined);
      const away = await send(server, 'PATCH', `/api/admin/people/${made.json.id}`, { role: 'school-group-viewer', schoolGroupId: group.id });
      assert.deepEqual([away.status, away.json.code, away.json.error], [400, 'director-needs-centre-member', 'Only a centre member can be a director. To give a director another role, untick “director” too.']);
      assert.deepEqual(await server.store.person(made.json.id), made.json);
      const viewer = (await send(server, 'POST', '/api/admin/people', { email: 'w@clb.example', name: 'W', role: 'school-group-viewer', schoolGroupId: group.id })).json;
      assert.equal((await send(server, 'PATCH', `/api/admin/people/${viewer.id}`, { director: true })).json.code, 'director-needs-centre-member');
      // false is allowed for anyone (a form that always sends the box).
      assert.equal((await send(server, 'PATCH', `/api/admin/people/${viewer.id}`, { director: false })).status, 200);

      // Moved to another centre: director there only when the change says so (a director of one centre is
      // not the next one's, and would otherwise get its overviews). Unmarked: the field is gone.
      const other = (await send(server, 'POST', '/api/admin/centres', { name: 'CLB Directie 2', schoolGroupId: group.id })).json;
      const moved = await send(server, 'PATCH', `/api/admin/people/${made.json.id}`, { centreId: other.id, director: true });
      assert.deepEqual([moved.json.centreId, moved.json.director], [other.id, true]);
      const unmarked = await send(server, 'PATCH', `/api/admin/people/${made.json.id}`, { director: false });
      assert.deepEqual(unmarked.json, { id: made.json.id, email: 'dir@clb.example', name: 'Dirk', role: 'centre-member', centreId: other.id });
      // A role change with director: false in the same request goes through.
      const remarked = await send(server, 'PATCH', `/api/admin/people/${made.json.id}`, { director: true });
      assert.equal(remarked.json.director, true);
      const toViewer = await send(server, 'PATCH', `/api/admin/people/${made.json.id}`, { role: 'school-group-viewer', schoolGroupId: group.id, director: false });
      assert.deepEqual(toViewer.json, { id: made.json.id, email: 'dir@clb.example', name: 'Dirk', role: 'school-group-viewer', schoolGroupId: group.id });
      assert.equal((await send(server, 'PATCH', `/api/admin/people/${made.json.id}`, { director: 'yes' })).status, 400);
    });
  });
}
