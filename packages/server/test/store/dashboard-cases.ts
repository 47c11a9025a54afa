/**
 * The dashboard part of the store, for every engine: dashboard.pglite.test.ts and dashboard.postgres.test.ts
 * call dashboardCases(), so PGlite and PostgreSQL are held to the same.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { ALL } from '../../src/store/directory.js';
import { openStore } from '../../src/store/open-store.js';
import type { ResponseStore } from '../../src/store/store.js';
import type { TestEngine } from './engines.js';
import { makeRecord } from './records.js';

async function freshStore(engine: TestEngine, t: { after(fn: () => Promise<void>): void }): Promise<ResponseStore> {
  const store = await openStore(await engine.fresh());
  t.after(() => store.close());
  return store;
}

const BRUSSELS = 'Europe/Brussels';

export function dashboardCases(engine: TestEngine): void {
  after(() => engine.dispose());

  describe(`store on ${engine.name}: dashboard`, () => {
    test('the latest scan of each centre in each school year, with its school group, oldest year first', async (t) => {
      const store = await freshStore(engine, t);
      const north = await store.addSchoolGroup({ name: 'Scholengroep Noord' });
      const south = await store.addSchoolGroup({ name: 'Scholengroep Zuid' });
      const a = await store.addCentre({ name: 'CLB A', schoolGroupId: north.id });
      const b = await store.addCentre({ name: 'CLB B', schoolGroupId: south.id });
      const scan = (centre: { id: string; name: string }, submittedAt: string, status: 'submitted' | 'draft' = 'submitted') => ({
        ...makeRecord({ centre: centre.name, submittedAt, status }),
        centreId: centre.id,
      });
      // CLB A: two scans in 2024–2025 (the later counts), one in 2025–2026.
      const a2024early = scan(a, '2024-10-01T10:00:00.000Z');
      const a2024late = scan(a, '2025-05-01T10:00:00.000Z');
      const a2025 = scan(a, '2025-10-01T10:00:00.000Z');
      // 22:30 UTC on 31 August 2025 is 00:30 on 1 September in Brussels: the new school year there.
      const bBoundary = scan(b, '2025-08-31T22:30:00.000Z');
      const bDraft = scan(b, '2026-01-01T10:00:00.000Z', 'draft');
      const legacy = makeRecord({ centre: 'CLB Oud', submittedAt: '2025-03-01T10:00:00.000Z' });
      const otherInstrument = { ...makeRecord({ centre: 'CLB A', instrumentId: 'other', submittedAt: '2025-11-01T10:00:00.000Z' }), centreId: a.id };
      for (const r of [a2024early, a2024late, a2025, bBoundary, bDraft, legacy, otherInstrument]) assert.equal(await store.insert(r), 'created');

      const read = async (timeZone: string, scope = ALL) =>
        (await store.dashboard.latestPerCentreAndYear('go-clb', scope, timeZone)).map((e) => [e.summary.centre, e.schoolYear, e.summary.id, e.schoolGroup]);
      assert.deepEqual(await read(BRUSSELS), [
        ['CLB A', '2024–2025', a2024late.id, 'Scholengroep Noord'],
        ['CLB A', '2025–2026', a2025.id, 'Scholengroep Noord'],
        ['CLB B', '2025–2026', bBoundary.id, 'Scholengroep Zuid'],
        ['CLB Oud', '2024–2025', legacy.id, undefined],
      ]);
      // The same instant read in UTC is still 31 August: the old school year.
      assert.deepEqual((await read('UTC')).find((e) => e[0] === 'CLB B')?.[1], '2024–2025');
      // Scoped as every read: a centre sees its own years only.
      assert.deepEqual(await read(BRUSSELS, { kind: 'centre', centreId: a.id }), [
        ['CLB A', '2024–2025', a2024late.id, 'Scholengroep Noord'],
        ['CLB A', '2025–2026', a2025.id, 'Scholengroep Noord'],
      ]);
      assert.deepEqual(await read(BRUSSELS, { kind: 'school-group', schoolGroupId: south.id }), [['CLB B', '2025–2026', bBoundary.id, 'Scholengroep Zuid']]);

      const [first] = await store.dashboard.latestPerCentreAndYear('go-clb', ALL, BRUSSELS);
      assert.deepEqual(JSON.parse(first!.json), a2024late.response, 'the stored response, whole');
      assert.equal(first!.summary.centreId, a.id);
      assert.deepEqual(await store.dashboard.latestPerCentreAndYear('no-such-instrument', ALL, BRUSSELS), []);
    });
  });
}
