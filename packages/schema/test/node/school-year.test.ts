import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schoolYear } from '../../src/analysis/school-year.js';

test('a school year runs from 1 September to 31 August', () => {
  assert.equal(schoolYear('2025-09-01'), '2025–2026');
  assert.equal(schoolYear('2026-08-31'), '2025–2026');
  assert.equal(schoolYear('2026-09-01'), '2026–2027');
  assert.equal(schoolYear('2026-01-15'), '2025–2026');
});

test('reads the calendar date of a date-time, whatever its zone', () => {
  assert.equal(schoolYear('2026-08-31T23:30:00+02:00'), '2025–2026');
  assert.equal(schoolYear('2026-09-01T00:10:00Z'), '2026–2027');
});

test('is undefined for what is not a calendar date', () => {
  for (const bad of ['', 'yesterday', '2026-02-30', '2026-13-01', '26-09-01']) assert.equal(schoolYear(bad), undefined, bad);
});
