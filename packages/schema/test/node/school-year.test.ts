import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schoolYear } from '../../src/analysis/school-year.js';

test('a school year runs from 1 September to 31 August', () => {
  assert.equal(schoolYear('2025-09-01'), '2025–2026');
  assert.equal(schoolYear('2026-08-31'), '2025–2026');
  assert.equal(schoolYear('2026-09-01'), '2026–2027');
  assert.equal(schoolYear('2026-01-15'), '2025–2026');
});

test('reads a date-time on the calendar of the zone it is given', () => {
  assert.equal(schoolYear('2026-08-31T23:30:00+02:00', 'Europe/Brussels'), '2025–2026');
  // 00:10 on 1 September in Brussels is still 31 August in UTC.
  assert.equal(schoolYear('2026-08-31T22:10:00Z', 'Europe/Brussels'), '2026–2027');
  assert.equal(schoolYear('2026-08-31T22:10:00Z', 'UTC'), '2025–2026');
});

test('is undefined for what is not a calendar date', () => {
  for (const bad of ['', 'yesterday', '2026-02-30', '2026-13-01', '26-09-01']) assert.equal(schoolYear(bad), undefined, bad);
});
