import { expect } from '@open-wc/testing';
import { schoolYear, schoolYearStart } from '../../src/analysis/school-year.js';

describe('schoolYear', () => {
  it('runs from 1 September to 31 August, written with an en dash', () => {
    expect(schoolYear('2025-09-01')).to.equal('2025–2026');
    expect(schoolYear('2026-08-31')).to.equal('2025–2026');
    expect(schoolYear('2025-08-31')).to.equal('2024–2025');
    expect(schoolYear('2026-01-15')).to.equal('2025–2026');
  });

  it('reads an instant on the calendar of the given time zone', () => {
    // 22:30 UTC on 31 August is already 1 September in Brussels (summer time, UTC+2), not yet in New York.
    expect(schoolYear('2025-08-31T22:30:00.000Z', 'Europe/Brussels')).to.equal('2025–2026');
    expect(schoolYear('2025-08-31T22:30:00.000Z', 'UTC')).to.equal('2024–2025');
    expect(schoolYear('2025-09-01T02:00:00.000Z', 'America/New_York')).to.equal('2024–2025');
    expect(schoolYear('2025-09-01T00:00:00+02:00', 'Europe/Brussels')).to.equal('2025–2026');
  });

  it('reads an instant in the runtime’s own zone when none is given', () => {
    const instant = new Date(2025, 8, 1, 0, 30); // local midnight and a half, 1 September
    expect(schoolYear(instant.toISOString())).to.equal('2025–2026');
    expect(schoolYear(new Date(2025, 7, 31, 23, 30).toISOString())).to.equal('2024–2025');
  });

  it('gives nothing for a text that is no date', () => {
    expect(schoolYear('')).to.equal(undefined);
    expect(schoolYear('yesterday')).to.equal(undefined);
    expect(schoolYear('2025-13-01')).to.equal(undefined);
  });

  it('sorts by its first calendar year', () => {
    expect(schoolYearStart('2025–2026')).to.equal(2025);
    expect(['2025–2026', '2023–2024', '2024–2025'].sort((a, b) => schoolYearStart(a) - schoolYearStart(b))).to.deep.equal(['2023–2024', '2024–2025', '2025–2026']);
  });
});
