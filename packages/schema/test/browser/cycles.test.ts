import { expect } from '@open-wc/testing';
import { centreYears, latestSteps, movement, networkShift, schoolYearsOf, type CycleScan } from '../../src/analysis/cycles.js';
import type { BlockPlacement } from '../../src/analysis/placement.js';

/** A scan with the given current stage index per block (undefined: not answered). */
const scan = (centre: string, date: string, stages: Array<number | undefined>, note = ''): CycleScan & { note: string } => ({
  centre,
  date,
  note,
  placements: stages.map(
    (currentIndex, i): BlockPlacement => ({ blockId: `b${i}`, clusterId: 'c', keep: false, ...(currentIndex === undefined ? {} : { current: `s${currentIndex}`, currentIndex }) }),
  ),
});

const UTC = 'UTC';

describe('cycles', () => {
  it('names the way a stage moved', () => {
    expect([movement(0, 1), movement(2, 1), movement(1, 1), movement(undefined, 1), movement(1, undefined)]).to.deep.equal(['up', 'down', 'same', 'unknown', 'unknown']);
  });

  it('keeps the latest scan of each centre in each school year, oldest year first, and drops undated scans', () => {
    const years = centreYears(
      [
        scan('A', '2025-10-01T10:00:00Z', [1], 'A 25 early'),
        scan('A', '2024-10-01T10:00:00Z', [0], 'A 24'),
        scan('A', '2026-06-01T10:00:00Z', [2], 'A 25 late'),
        scan('B', '2025-08-31T10:00:00Z', [1], 'B 24'),
        scan('B', 'no date', [2], 'B undated'),
      ],
      UTC,
    );
    expect(years.map((c) => [c.centre, c.years.map((y) => [y.schoolYear, y.scan.note])])).to.deep.equal([
      ['A', [['2024–2025', 'A 24'], ['2025–2026', 'A 25 late']]],
      ['B', [['2024–2025', 'B 24']]],
    ]);
    expect(schoolYearsOf(years)).to.deep.equal(['2024–2025', '2025–2026']);
  });

  it('steps each centre with two or more school years from the one before its latest to its latest, per block', () => {
    const years = centreYears(
      [
        scan('A', '2023-10-01', [0, 2, 1]),
        scan('A', '2024-10-01', [1, 2, undefined]),
        scan('A', '2025-10-01', [2, 1, 1]),
        scan('B', '2025-10-01', [0, 0, 0]),
        scan('C', '2022-10-01', [0, 0, 0]),
        scan('C', '2025-10-01', [1, 0, 0]),
      ],
      UTC,
    );
    const steps = latestSteps(years, [0, 1, 2]);
    expect(steps.map((s) => [s.centre, s.from.schoolYear, s.to.schoolYear, s.moves.map((m) => m.movement)])).to.deep.equal([
      ['A', '2024–2025', '2025–2026', ['up', 'down', 'unknown']],
      ['C', '2022–2023', '2025–2026', ['up', 'same', 'same']],
    ]);
    expect(steps[0]!.moves[2]).to.deep.equal({ blockIndex: 2, now: 1, movement: 'unknown' });
    expect(latestSteps(years, [1]).map((s) => s.moves.map((m) => m.blockIndex))).to.deep.equal([[1], [1]]);
  });

  it('counts centres per stage per block in the two latest school years, and who rose, stayed or fell', () => {
    const years = centreYears(
      [
        scan('A', '2024-10-01', [0, 1]),
        scan('A', '2025-10-01', [1, 1]),
        scan('B', '2024-10-01', [2, 2]),
        scan('B', '2025-10-01', [1, undefined]),
        scan('C', '2024-10-01', [0, 0]),
        scan('D', '2025-10-01', [2, 2]),
        scan('E', '2023-10-01', [0, 0]),
      ],
      UTC,
    );
    const shift = networkShift(years, 3, [0, 1]);
    expect(shift).to.deep.equal({
      before: '2024–2025',
      after: '2025–2026',
      centresBefore: 3,
      centresAfter: 3,
      centresBoth: 2,
      blocks: [
        { blockIndex: 0, before: [2, 0, 1], after: [0, 2, 1], up: 1, same: 0, down: 1 },
        { blockIndex: 1, before: [1, 1, 1], after: [0, 1, 1], up: 0, same: 1, down: 0 },
      ],
    });
  });

  it('has no network shift with fewer than two school years', () => {
    expect(networkShift(centreYears([scan('A', '2025-10-01', [0]), scan('B', '2026-01-01', [1])], UTC), 3, [0])).to.equal(undefined);
    expect(networkShift([], 3, [0])).to.equal(undefined);
  });
});
