/**
 * The network admin's store cases (changing who is who, deleting a scan, the settings, the audit log),
 * for every engine: storeCases() calls them, so PGlite and PostgreSQL are held to the same.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ALL } from '../../src/store/directory.js';
import { openStore } from '../../src/store/open-store.js';
import { StoreConflictError, StoreInputError, type ResponseStore } from '../../src/store/store.js';
import type { TestEngine } from './engines.js';
import { makeRecord } from './records.js';

async function freshStore(engine: TestEngine, t: { after(fn: () => Promise<void>): void }): Promise<ResponseStore> {
  const store = await openStore(await engine.fresh());
  t.after(() => store.close());
  return store;
}

const at = (iso: string) => new Date(iso);

export function adminCases(engine: TestEngine): void {
  describe(`store on ${engine.name}: the network admin's changes`, () => {
    test('school groups are renamed, and removed only when no centre or viewer refers to them', async (t) => {
      const store = await freshStore(engine, t);
      const north = await store.addSchoolGroup({ name: 'Noord' });
      const south = await store.addSchoolGroup({ name: 'Zuid' });
      assert.deepEqual(await store.renameSchoolGroup(north.id, 'Noord-West'), { id: north.id, name: 'Noord-West' });
      assert.equal(await store.renameSchoolGroup('nope', 'X'), undefined);
      const taken = await store.renameSchoolGroup(south.id, 'Noord-West').catch((e: unknown) => e);
      assert.ok(taken instanceof StoreConflictError && taken instanceof StoreInputError, String(taken));
      const centre = await store.addCentre({ name: 'CLB A', schoolGroupId: north.id });
      const viewer = await store.addPerson({ email: 'v@zuid.example', name: 'V', role: 'school-group-viewer', schoolGroupId: south.id });
      assert.equal(await store.deleteSchoolGroup(north.id), 'in-use');
      assert.equal(await store.deleteSchoolGroup(south.id), 'in-use');
      await store.deletePerson(viewer.id);
      assert.equal(await store.deleteSchoolGroup(south.id), 'deleted');
      assert.equal(await store.deleteSchoolGroup(south.id), 'not-found');
      assert.equal(await store.deleteCentre(centre.id), 'deleted');
      assert.equal(await store.deleteSchoolGroup(north.id), 'deleted');
      assert.deepEqual(await store.schoolGroups(), []);
    });

    test('centres are renamed and moved; removed only without scans and members', async (t) => {
      const store = await freshStore(engine, t);
      const north = await store.addSchoolGroup({ name: 'Noord' });
      const south = await store.addSchoolGroup({ name: 'Zuid' });
      const a = await store.addCentre({ name: 'CLB A', schoolGroupId: north.id });
      const b = await store.addCentre({ name: 'CLB B', schoolGroupId: north.id });
      assert.deepEqual(await store.updateCentre(a.id, { schoolGroupId: south.id }), { id: a.id, name: 'CLB A', schoolGroupId: south.id });
      assert.deepEqual(await store.updateCentre(a.id, { name: 'CLB Aa' }), { id: a.id, name: 'CLB Aa', schoolGroupId: south.id });
      await assert.rejects(store.updateCentre(b.id, { name: 'CLB Aa' }), StoreConflictError);
      await assert.rejects(store.updateCentre(b.id, { schoolGroupId: 'no-such-group' }), StoreInputError);
      assert.equal(await store.updateCentre('nope', { name: 'X' }), undefined);

      const member = await store.addPerson({ email: 'm@a.example', name: 'M', role: 'centre-member', centreId: a.id });
      assert.equal(await store.deleteCentre(a.id), 'has-people');
      await store.insert({ ...makeRecord({ centre: 'CLB Aa' }), centreId: a.id });
      await store.deletePerson(member.id);
      assert.equal(await store.deleteCentre(a.id), 'has-scans');
      assert.equal(await store.deleteCentre(b.id), 'deleted');
      assert.equal(await store.deleteCentre(b.id), 'not-found');
      assert.deepEqual((await store.centres()).map((c) => c.id), [a.id]);
    });

    test('a person’s name, address, role and place change together; removing them ends their sessions and links', async (t) => {
      const store = await freshStore(engine, t);
      const north = await store.addSchoolGroup({ name: 'Noord' });
      const a = await store.addCentre({ name: 'CLB A', schoolGroupId: north.id });
      const person = await store.addPerson({ email: 'm@a.example', name: 'M', role: 'centre-member', centreId: a.id });
      const other = await store.addPerson({ email: 'o@a.example', name: 'O', role: 'network-admin' });
      assert.deepEqual(await store.updatePerson(person.id, { name: 'Mia', email: ' MIA@A.example ' }), { ...person, name: 'Mia', email: 'mia@a.example' });
      assert.deepEqual(await store.updatePerson(person.id, { place: { role: 'school-group-viewer', schoolGroupId: north.id } }), {
        id: person.id,
        email: 'mia@a.example',
        name: 'Mia',
        role: 'school-group-viewer',
        schoolGroupId: north.id,
      });
      await assert.rejects(store.updatePerson(person.id, { email: 'o@a.example' }), StoreConflictError);
      await assert.rejects(store.updatePerson(person.id, { place: { role: 'centre-member', centreId: 'no-such-centre' } }), StoreInputError);
      assert.equal(await store.updatePerson('nope', { name: 'X' }), undefined);

      // A director moved to another centre, or given another role, is no longer a director.
      const b = await store.addCentre({ name: 'CLB B', schoolGroupId: north.id });
      const head = await store.addPerson({ email: 'd@a.example', name: 'D', role: 'centre-member', centreId: a.id, director: true });
      assert.equal((await store.updatePerson(head.id, { name: 'Dirk' }))!.director, true, 'a new name keeps the director');
      assert.equal((await store.updatePerson(head.id, { place: { role: 'centre-member', centreId: a.id } }))!.director, true, 'the same place keeps it');
      assert.equal((await store.updatePerson(head.id, { place: { role: 'centre-member', centreId: b.id } }))!.director, undefined, 'another centre ends it');
      assert.equal((await store.updatePerson(head.id, { place: { role: 'centre-member', centreId: a.id }, director: true }))!.director, true, 'unless the change says so');
      assert.deepEqual(await store.updatePerson(head.id, { place: { role: 'network-admin' } }), { id: head.id, email: 'd@a.example', name: 'Dirk', role: 'network-admin' }, 'another role ends it (no refusal)');

      await store.addSession({ idHash: 's1', personId: person.id, createdAt: at('2026-03-02T10:00:00Z'), expiresAt: at('2026-03-02T22:00:00Z') });
      await store.addSession({ idHash: 's2', personId: person.id, createdAt: at('2026-03-03T10:00:00Z'), expiresAt: at('2026-03-03T22:00:00Z') });
      await store.addSignInLink({ tokenHash: 'l1', personId: person.id, createdAt: at('2026-03-02T10:00:00Z'), expiresAt: at('2026-03-02T10:30:00Z') });
      assert.deepEqual(await store.sessionTimes(person.id), [
        { createdAt: '2026-03-03T10:00:00.000Z', expiresAt: '2026-03-03T22:00:00.000Z' },
        { createdAt: '2026-03-02T10:00:00.000Z', expiresAt: '2026-03-02T22:00:00.000Z' },
      ]);
      assert.equal(await store.deletePerson(person.id), true);
      assert.equal(await store.deletePerson(person.id), false);
      assert.equal(await store.person(person.id), undefined);
      assert.equal(await store.sessionPerson('s2', at('2026-03-03T11:00:00Z')), undefined);
      assert.equal(await store.useSignInLink('l1', at('2026-03-02T10:05:00Z')), undefined);
      assert.deepEqual(await store.sessionTimes(person.id), []);
      assert.deepEqual(await store.person(other.id), other);
    });

    test('a centre member is made director and back; a director who is not a centre member is refused', async (t) => {
      const store = await freshStore(engine, t);
      const north = await store.addSchoolGroup({ name: 'Noord' });
      const a = await store.addCentre({ name: 'CLB A', schoolGroupId: north.id });
      const b = await store.addCentre({ name: 'CLB B', schoolGroupId: north.id });
      const member = await store.addPerson({ email: 'm@a.example', name: 'M', role: 'centre-member', centreId: a.id });
      assert.deepEqual(await store.updatePerson(member.id, { director: true }), { ...member, director: true });
      assert.deepEqual(await store.people(), [{ ...member, director: true }]);
      // Another change leaves the director as they are; a move to another centre ends it unless the change says so
      // (the other cases are in the directory test above).
      assert.deepEqual(await store.updatePerson(member.id, { name: 'Mia' }), { ...member, name: 'Mia', director: true });
      assert.deepEqual(await store.updatePerson(member.id, { place: { role: 'centre-member', centreId: b.id }, director: true }), { ...member, name: 'Mia', centreId: b.id, director: true });
      // Only a centre member can be a director: the table refuses anything else.
      await assert.rejects(store.addPerson({ email: 'v@a.example', name: 'V', role: 'school-group-viewer', schoolGroupId: north.id, director: true }), StoreInputError);
      assert.deepEqual(await store.person(member.id), { ...member, name: 'Mia', centreId: b.id, director: true });
      assert.deepEqual(await store.updatePerson(member.id, { place: { role: 'network-admin' }, director: false }), { id: member.id, email: 'm@a.example', name: 'Mia', role: 'network-admin' });
      assert.deepEqual(await store.updatePerson(member.id, { director: false }), { id: member.id, email: 'm@a.example', name: 'Mia', role: 'network-admin' });
    });

    test('a deleted response is gone, and says which centre it belonged to', async (t) => {
      const store = await freshStore(engine, t);
      const north = await store.addSchoolGroup({ name: 'Noord' });
      const a = await store.addCentre({ name: 'CLB A', schoolGroupId: north.id });
      const record = { ...makeRecord({ centre: 'CLB A' }), centreId: a.id };
      const legacy = makeRecord({ centre: 'CLB Oud' });
      await store.insert(record);
      await store.insert(legacy);
      assert.deepEqual(await store.deleteResponse(record.id), { centreId: a.id });
      assert.deepEqual(await store.deleteResponse(legacy.id), {});
      assert.equal(await store.deleteResponse(record.id), undefined);
      assert.equal(await store.get(record.id, ALL), undefined);
      assert.equal(await store.count(ALL), 0);
      assert.equal(await store.insert(record), 'created', 'the id can be used again');
    });

    test('settings start at their defaults and keep what the admin sets', async (t) => {
      const store = await freshStore(engine, t);
      assert.deepEqual(await store.settings.get(), { shareNetworkWide: 'nothing' });
      assert.deepEqual(await store.settings.put({ shareNetworkWide: 'anonymous' }), { shareNetworkWide: 'anonymous' });
      assert.deepEqual(await store.settings.put({ shareNetworkWide: 'named' }), { shareNetworkWide: 'named' });
      assert.deepEqual(await store.settings.put({}), { shareNetworkWide: 'named' });
      assert.deepEqual(await store.settings.get(), { shareNetworkWide: 'named' });
    });

    test('the audit log keeps every entry, newest first a page at a time, fills in a scan’s centre, and forgets expired entries', async (t) => {
      const store = await freshStore(engine, t);
      const north = await store.addSchoolGroup({ name: 'Noord' });
      const a = await store.addCentre({ name: 'CLB A', schoolGroupId: north.id });
      const record = { ...makeRecord({ centre: 'CLB A' }), centreId: a.id };
      await store.insert(record);
      await store.audit.record([{ at: at('2026-01-01T00:00:00Z'), personId: 'p1', role: 'centre-member', action: 'read', objectKind: 'response', objectId: record.id }]);
      await store.audit.record([{ at: at('2026-02-01T00:00:00Z'), personId: 'p2', role: 'network-admin', action: 'change', objectKind: 'settings' }]);
      // 30 entries at the same moment, to page through ties.
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          store.audit.record([{ at: at('2026-03-01T00:00:00Z'), personId: 'p1', role: 'centre-member', action: 'export', objectKind: 'centre', objectId: `c${i}`, centreId: a.id }]),
        ),
      );
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.audit.list({ limit: 7, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((e) => e.id));
        cursor = page.next;
      } while (cursor);
      assert.equal(seen.length, 32);
      assert.equal(new Set(seen).size, 32, 'no entry twice');
      const all = (await store.audit.list({ limit: 500 })).items;
      assert.deepEqual(all.map((e) => e.id), seen);
      assert.deepEqual(all.at(-1), { id: all.at(-1)!.id, at: '2026-01-01T00:00:00.000Z', personId: 'p1', role: 'centre-member', action: 'read', objectKind: 'response', objectId: record.id, centreId: a.id });
      assert.deepEqual(all.at(-2), { id: all.at(-2)!.id, at: '2026-02-01T00:00:00.000Z', personId: 'p2', role: 'network-admin', action: 'change', objectKind: 'settings' });
      assert.equal((await store.audit.byPerson('p1')).length, 31);
      await assert.rejects(store.audit.list({ cursor: 'not-a-cursor' }), StoreInputError);

      assert.equal(await store.audit.deleteBefore(at('2026-02-01T00:00:00Z')), 1, 'strictly before');
      assert.equal(await store.audit.deleteBefore(at('2026-03-01T00:00:01Z')), 31);
      assert.deepEqual((await store.audit.list({})).items, []);
    });
  });
}
