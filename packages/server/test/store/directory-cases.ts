/**
 * The directory's cases (school groups, centres, people, sign-in links, sessions) and the scoped reads
 * of responses, for every engine: storeCases() calls them, so PGlite and PostgreSQL are held to the same.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ALL, type Scope } from '../../src/store/directory.js';
import { openStore } from '../../src/store/open-store.js';
import { StoreInputError, type ResponseStore } from '../../src/store/store.js';
import type { TestEngine } from './engines.js';
import { makeRecord } from './records.js';

async function freshStore(engine: TestEngine, t: { after(fn: () => Promise<void>): void }): Promise<ResponseStore> {
  const store = await openStore(await engine.fresh());
  t.after(() => store.close());
  return store;
}

/** Two school groups; A and B in the first, C in the second. */
async function network(store: ResponseStore) {
  const north = await store.addSchoolGroup({ name: 'Scholengroep Noord' });
  const south = await store.addSchoolGroup({ id: 'sg-south', name: 'Scholengroep Zuid' });
  const a = await store.addCentre({ name: 'CLB A', schoolGroupId: north.id });
  const b = await store.addCentre({ name: 'CLB B', schoolGroupId: north.id });
  const c = await store.addCentre({ id: 'centre-c', name: 'CLB C', schoolGroupId: south.id });
  return { north, south, a, b, c };
}

const at = (iso: string) => new Date(iso);

export function directoryCases(engine: TestEngine): void {
  describe(`store on ${engine.name}: who is who`, () => {
    test('school groups, centres and people are registered with stable ids and read back', async (t) => {
      const store = await freshStore(engine, t);
      const { north, south, a, c } = await network(store);
      assert.equal(south.id, 'sg-south');
      assert.match(north.id, /^[0-9a-f-]{36}$/);
      assert.deepEqual(await store.schoolGroups(), [north, south]);
      assert.deepEqual((await store.centres()).map((x) => x.name), ['CLB A', 'CLB B', 'CLB C']);
      assert.deepEqual(await store.centre('centre-c'), { id: 'centre-c', name: 'CLB C', schoolGroupId: 'sg-south' });
      assert.equal(await store.centre('nope'), undefined);

      const member = await store.addPerson({ email: ' An.Peeters@CLB-A.example ', name: 'An Peeters', role: 'centre-member', centreId: a.id });
      assert.equal(member.email, 'an.peeters@clb-a.example');
      const viewer = await store.addPerson({ email: 'viewer@noord.example', name: 'Vera', role: 'school-group-viewer', schoolGroupId: north.id });
      const admin = await store.addPerson({ email: 'admin@network.example', name: 'Ad Min', role: 'network-admin' });
      assert.deepEqual(await store.personByEmail('AN.PEETERS@clb-a.example'), member);
      assert.equal(await store.personByEmail('nobody@example.org'), undefined);
      assert.deepEqual((await store.people()).map((p) => p.email), [admin.email, member.email, viewer.email]);
      assert.deepEqual(await store.personByEmail('viewer@noord.example'), viewer);
      assert.equal(c.schoolGroupId, south.id);
    });

    test('taken names and addresses, unknown groups and roles without their place are refused (StoreInputError)', async (t) => {
      const store = await freshStore(engine, t);
      const { north, a } = await network(store);
      await assert.rejects(store.addSchoolGroup({ name: 'Scholengroep Noord' }), StoreInputError);
      await assert.rejects(store.addCentre({ name: 'CLB A', schoolGroupId: north.id }), StoreInputError, 'two centres of one name cannot be told apart');
      await assert.rejects(store.addCentre({ name: 'CLB X', schoolGroupId: 'no-such-group' }), StoreInputError);
      await store.addPerson({ email: 'x@a.example', name: 'X', role: 'centre-member', centreId: a.id });
      await assert.rejects(store.addPerson({ email: 'X@A.example', name: 'X2', role: 'centre-member', centreId: a.id }), StoreInputError);
      await assert.rejects(store.addPerson({ email: 'y@a.example', name: 'Y', role: 'centre-member' }), StoreInputError);
      await assert.rejects(store.addPerson({ email: 'z@a.example', name: 'Z', role: 'network-admin', centreId: a.id }), StoreInputError);
      await assert.rejects(store.addPerson({ email: 'v@a.example', name: 'V', role: 'school-group-viewer', centreId: a.id }), StoreInputError);
      assert.equal((await store.people()).length, 1);
    });

    test('a sign-in link works once, and not after it expires', async (t) => {
      const store = await freshStore(engine, t);
      const { a } = await network(store);
      const person = await store.addPerson({ email: 'm@a.example', name: 'M', role: 'centre-member', centreId: a.id });
      await store.addSignInLink({ tokenHash: 'h1', personId: person.id, createdAt: at('2026-03-02T10:00:00Z'), expiresAt: at('2026-03-02T10:15:00Z') });
      await store.addSignInLink({ tokenHash: 'h2', personId: person.id, createdAt: at('2026-03-02T10:00:00Z'), expiresAt: at('2026-03-02T10:15:00Z') });
      assert.equal(await store.signInLinkUsable('h1', at('2026-03-02T10:05:00Z')), true);
      assert.equal(await store.signInLinkUsable('h1', at('2026-03-02T10:05:00Z')), true, 'looking does not use it');
      const [first, second] = await Promise.all([store.useSignInLink('h1', at('2026-03-02T10:05:00Z')), store.useSignInLink('h1', at('2026-03-02T10:05:00Z'))]);
      assert.deepEqual([first, second].filter(Boolean), [person], 'two uses at once: exactly one gets the person');
      assert.equal(await store.signInLinkUsable('h1', at('2026-03-02T10:06:00Z')), false);
      assert.equal(await store.useSignInLink('h2', at('2026-03-02T10:15:00Z')), undefined, 'expired at its expiry time');
      assert.equal(await store.useSignInLink('unknown', at('2026-03-02T10:05:00Z')), undefined);
    });

    test('a session gives its person until it expires or is deleted; expired ones are removed', async (t) => {
      const store = await freshStore(engine, t);
      const admin = await store.addPerson({ email: 'admin@n.example', name: 'A', role: 'network-admin' });
      await store.addSession({ idHash: 's1', personId: admin.id, createdAt: at('2026-03-02T10:00:00Z'), expiresAt: at('2026-03-02T22:00:00Z') });
      await store.addSession({ idHash: 's2', personId: admin.id, createdAt: at('2026-03-02T10:00:00Z'), expiresAt: at('2026-03-02T11:00:00Z') });
      assert.deepEqual(await store.sessionPerson('s1', at('2026-03-02T12:00:00Z')), admin);
      assert.equal(await store.sessionPerson('s2', at('2026-03-02T12:00:00Z')), undefined);
      assert.equal(await store.sessionPerson('nope', at('2026-03-02T12:00:00Z')), undefined);
      assert.equal(await store.deleteExpired(at('2026-03-02T12:00:00Z')), 1);
      await store.deleteSession('s1');
      assert.equal(await store.sessionPerson('s1', at('2026-03-02T12:00:00Z')), undefined);
    });

    test('reads are scoped: a centre sees its own scans, a school group its centres’, the network everything', async (t) => {
      const store = await freshStore(engine, t);
      const { north, south, a, b, c } = await network(store);
      const record = (centre: { id: string; name: string }, submittedAt: string) => ({ ...makeRecord({ centre: centre.name, submittedAt }), centreId: centre.id });
      const a1 = record(a, '2026-01-01T10:00:00.000Z');
      const a2 = record(a, '2026-02-01T10:00:00.000Z');
      const b1 = record(b, '2026-01-15T10:00:00.000Z');
      const c1 = record(c, '2026-01-20T10:00:00.000Z');
      const legacy = makeRecord({ centre: 'CLB Oud', submittedAt: '2026-01-02T10:00:00.000Z' });
      for (const r of [a1, a2, b1, c1, legacy]) assert.equal(await store.insert(r), 'created');

      const ids = async (scope: Scope) => (await store.list({ scope })).items.map((s) => s.id);
      assert.deepEqual(await ids({ kind: 'centre', centreId: a.id }), [a2.id, a1.id]);
      assert.deepEqual(await ids({ kind: 'school-group', schoolGroupId: north.id }), [a2.id, b1.id, a1.id]);
      assert.deepEqual(await ids({ kind: 'school-group', schoolGroupId: south.id }), [c1.id]);
      assert.equal((await ids({ kind: 'all' })).length, 5);
      assert.equal(await store.count({ kind: 'centre', centreId: b.id }), 1);
      assert.equal(await store.count(ALL), 5);

      assert.ok(await store.get(a1.id, { kind: 'centre', centreId: a.id }));
      assert.equal(await store.get(a1.id, { kind: 'centre', centreId: b.id }), undefined);
      assert.equal(await store.get(a1.id, { kind: 'school-group', schoolGroupId: south.id }), undefined);
      assert.equal(await store.get(legacy.id, { kind: 'school-group', schoolGroupId: north.id }), undefined, 'a scan without a centre is the network’s');
      assert.ok(await store.get(legacy.id, ALL));

      const latest = async (scope: Scope = ALL) => (await store.latestPerCentre('go-clb', scope)).map((e) => [e.summary.centre, e.summary.id]);
      assert.deepEqual(await latest({ kind: 'school-group', schoolGroupId: north.id }), [['CLB A', a2.id], ['CLB B', b1.id]]);
      assert.deepEqual(await latest({ kind: 'centre', centreId: c.id }), [['CLB C', c1.id]]);
      assert.deepEqual(await latest(), [['CLB A', a2.id], ['CLB B', b1.id], ['CLB C', c1.id], ['CLB Oud', legacy.id]]);
      const summary = (await store.list({ scope: { kind: 'centre', centreId: c.id } })).items[0]!;
      assert.equal(summary.centreId, c.id);
      assert.equal(summary.centre, 'CLB C');
    });

    test('the same answers under a stored id from another centre are a conflict, not a repeat', async (t) => {
      const store = await freshStore(engine, t);
      const { a, b } = await network(store);
      const record = { ...makeRecord({ centre: 'CLB A' }), centreId: a.id };
      assert.equal(await store.insert(record), 'created');
      assert.equal(await store.insert(record), 'duplicate');
      assert.equal(await store.insert({ ...record, centreId: b.id }), 'conflict');
      await assert.rejects(store.insert({ ...makeRecord(), centreId: 'no-such-centre' }), StoreInputError);
    });
  });
}
