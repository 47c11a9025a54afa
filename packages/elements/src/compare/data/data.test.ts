import { expect } from '@open-wc/testing';
import { modelOf, type Instrument, type Response } from '@poolster/schema';
import { compareStrings } from '../compare.strings.js';
import { counted } from '../counts.js';
import { cellCode } from '../views/matrix.js';
import { centreKey, classify, displayNames, latestPerCentre, type CompareEntry } from './entries.js';
import { filterScans, groupsOf, NO_FILTERS } from './filters.js';
import { matrixCell, matrixColumns, matrixTable } from './matrix.js';
import { sortScans } from './sort.js';
import type { ViewContext } from './context.js';

let instrument: Instrument;
before(async () => {
  instrument = (await (await fetch(new URL('../../../../schema/test/fixtures/three-stages.instrument.json', import.meta.url))).json()) as Instrument;
});

let ids = 0;
/** A response placing listening, learning and data (stage ids; undefined = not answered), with a ranking. */
function scan(label: string, date: string, stages: Array<string | undefined>, focus: string[] = [], extra: Partial<CompareEntry> = {}): CompareEntry {
  ids += 1;
  const blocks: Response['blocks'] = {};
  ['listening', 'learning', 'data'].forEach((id, i) => {
    if (stages[i]) blocks[id] = { now: { choice: stages[i] }, next: { choice: 'stay' } };
  });
  const response: Response = {
    schemaVersion: 1,
    id: `00000000-0000-4000-8000-${String(ids).padStart(12, '0')}`,
    instrumentId: 'lumen-three-stage',
    instrumentVersion: '2.1.0',
    status: 'draft',
    createdAt: `${date}T09:00:00Z`,
    updatedAt: `${date}T09:00:00Z`,
    context: {},
    blocks,
    final: focus.length ? { focus: { blocks: focus } } : {},
  };
  return { label, date, response, ...extra };
}

const t = compareStrings('en');

function context(): ViewContext {
  const model = modelOf(instrument);
  return {
    t,
    model,
    blocks: model.blocks,
    name: (s) => s.entry.label,
    blockTitle: (e) => e.block.id,
    clusterTitle: (e) => e.cluster.id,
    stageLabel: (i) => (i === undefined ? t.unanswered : instrument.stages[i]!.id),
    stageShort: (i) => String(i + 1),
  };
}

describe('compare data', () => {
  it('a centre is centreId ?? label; a renamed centre keeps one key and shows its latest label', () => {
    expect([centreKey({ label: ' A ' }, 0), centreKey({ label: 'A', centreId: 'c1' }, 1), centreKey({ label: '' }, 2), centreKey(null, 3)]).to.deep.equal(['A', 'c1', '#2', '#3']);
    const classified = classify(instrument, [scan('Old name', '2024-05-01', ['emerging'], [], { centreId: 'c1' }), scan('New name', '2025-05-01', ['developing'], [], { centreId: 'c1' }), scan('B', '2025-01-01', [])]);
    expect(classified.keys).to.deep.equal(['c1', 'B']);
    expect([...displayNames(classified, t, false).values()]).to.deep.equal(['New name', 'B']);
    expect([...displayNames(classified, t, true).values()]).to.deep.equal(['Centre 1', 'Centre 2']);
  });

  it('keeps the latest scan of each centre (undated oldest; equal dates: the later entry)', () => {
    const { scans } = classify(instrument, [scan('A', '2025-01-01', []), scan('A', '2024-01-01', []), scan('B', '', []), scan('B', '2023-01-01', []), scan('C', '2025-02-02', []), scan('C', '2025-02-02', [])]);
    expect(latestPerCentre(scans).map((s) => `${s.key}@${s.date}#${s.index}`)).to.deep.equal(['A@2025-01-01#0', 'B@2023-01-01#3', 'C@2025-02-02#5']);
  });

  it('filters by school group, by the stage of a block and by a priority; unknown ids filter nothing', () => {
    const model = modelOf(instrument);
    const { scans } = classify(instrument, [
      scan('A', '2025-01-01', ['emerging', 'developing'], ['data'], { group: 'North' }),
      scan('B', '2025-01-01', ['developing', undefined], ['listening', 'data'], { group: 'South' }),
      scan('C', '2025-01-01', ['developing', 'embedded'], [], { group: 'North' }),
    ]);
    const keys = (f: Partial<typeof NO_FILTERS>) => filterScans(scans, { ...NO_FILTERS, ...f }, model, 'focus').map((s) => s.key);
    expect(groupsOf(scans, 'en')).to.deep.equal(['North', 'South']);
    expect(keys({})).to.deep.equal(['A', 'B', 'C']);
    expect(keys({ group: 'North' })).to.deep.equal(['A', 'C']);
    expect(keys({ block: 'listening', stage: 'developing' })).to.deep.equal(['B', 'C']);
    expect(keys({ block: 'learning', stage: 'embedded', group: 'North' })).to.deep.equal(['C']);
    expect(keys({ block: 'listening' })).to.deep.equal(['A', 'B', 'C']);
    expect(keys({ priority: 'data' })).to.deep.equal(['A', 'B']);
    expect(keys({ block: 'nope', stage: 'developing', priority: 'nope' })).to.deep.equal(['A', 'B', 'C']);
    expect(filterScans(scans, { ...NO_FILTERS, priority: 'data' }, model, undefined).length, 'no ranking question').to.equal(3);
  });

  it('sorts by the stage of a block, highest or lowest first, unanswered always last, ties by name', () => {
    const { scans } = classify(instrument, [scan('D', '2025-01-01', [undefined, 'embedded']), scan('B', '2025-01-01', ['developing']), scan('A', '2025-01-01', ['embedded']), scan('C', '2025-01-01', ['developing'])]);
    const names = new Map(scans.map((s) => [s.key, s.key]));
    const order = (direction: 'ascending' | 'descending') => sortScans(scans, 'label', names, modelOf(instrument).blocks, 'en', { index: 0, direction }).map((s) => s.key).join('');
    expect(order('descending')).to.equal('ABCD');
    expect(order('ascending')).to.equal('BCAD');
  });

  it('matrix: a column per block with its number, a cell with the stage code and the ambition; the table a row per scan', () => {
    const ctx = context();
    expect(matrixColumns(ctx).map((c) => c.code)).to.deep.equal(['1', '2', '3']);
    const keep = matrixCell(ctx, { blockId: 'x', clusterId: 'y', currentIndex: 1, ambitionIndex: 1, gap: 0, keep: true });
    const move = matrixCell(ctx, { blockId: 'x', clusterId: 'y', currentIndex: 0, ambitionIndex: 2, gap: 2, keep: false });
    const none = matrixCell(ctx, undefined);
    expect([cellCode(keep), cellCode(move), cellCode(none)]).to.deep.equal(['2→2', '1→3', '–']);
    expect([keep.ambition, move.ambition, none.stage]).to.deep.equal(['(keep)', '→ embedded', 'Not answered']);
    const { scans } = classify(instrument, [scan('A', '2025-01-01', ['emerging', undefined, 'embedded'])]);
    expect(matrixTable(ctx, scans).rows).to.deep.equal([['A', '2025-01-01', 'emerging (keep)', 'Not answered', 'embedded (keep)']]);
  });

  it('counts in centres or scans with each language’s plural rules', () => {
    const { scans } = classify(instrument, [scan('A', '2024-01-01', []), scan('A', '2025-01-01', [])]);
    expect(counted(t, 'en', 'centres', scans.slice(1), 1).summary).to.equal('Shown: 1 of 1 centre.');
    expect(counted(t, 'en', 'scans', scans, 2).summary).to.equal('Shown: 2 of 2 scans (1 centre).');
    expect(counted(compareStrings('nl'), 'nl', 'centres', [], 5).summary).to.equal('Getoond: 0 van 5 centra.');
    expect(counted(compareStrings('fr'), 'fr', 'centres', [], 0).phrase(0)).to.equal('0 centre');
    expect(counted(compareStrings('fr'), 'fr', 'scans', [], 0).phrase(2)).to.equal('2 scans');
  });
});
