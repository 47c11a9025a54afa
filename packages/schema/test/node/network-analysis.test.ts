import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import {
  aspectHeatmap,
  multipleChoiceBlockQuestions,
  blockInspiration,
  filterFreeTexts,
  FINAL_QUESTIONS,
  freeTexts,
  heatLevel,
  rankedCells,
  type Answer,
  type Instrument,
  type KeyedResponse,
  type Response,
} from '../../src/index.js';
import { GO_INSTRUMENT } from './memory-io.js';

const instrument = JSON.parse(await readFile(GO_INSTRUMENT, 'utf8')) as Instrument;
const [first, second] = instrument.clusters[0]!.blocks.map((b) => b.id) as [string, string];

let n = 0;
/** A GO! CLB response with only the given block answers and final answers. */
function scan(key: string, blocks: Record<string, Record<string, Answer>>, final: Record<string, Answer> = {}): KeyedResponse {
  n += 1;
  const response: Response = {
    schemaVersion: 1,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    status: 'submitted',
    createdAt: '2025-10-01T09:00:00Z',
    updatedAt: '2025-10-01T10:00:00Z',
    context: {},
    blocks,
    final,
  };
  return { key, response };
}

describe('aspectHeatmap', () => {
  it('counts each key once per block and option, as a hand count does', () => {
    const sources = [
      scan('A', { [first]: { obstacles: { choices: ['people-culture', 'systems-structure', 'people-culture'] } } }),
      scan('B', { [first]: { obstacles: { choices: ['people-culture'] } }, [second]: { obstacles: { choices: ['none'] } } }),
      scan('C', { [first]: { obstacles: { choices: ['mission-vision-strategy', 'unknown-option'] } } }),
      scan('D', { [first]: { levers: { choices: ['people-culture'] } } }),
    ];
    const map = aspectHeatmap(instrument, sources, 'obstacles');
    const row = map.rows.find((r) => r.blockId === first)!;
    const count = (id: string) => row.cells.find((c) => c.optionId === id)!;
    assert.equal(count('people-culture').count, 2);
    assert.deepEqual(count('people-culture').keys, ['A', 'B']);
    assert.equal(count('systems-structure').count, 1);
    assert.equal(count('mission-vision-strategy').count, 1);
    assert.equal(count('none').count, 0);
    assert.equal(row.answered, 3, 'D answered levers, not obstacles');
    const other = map.rows.find((r) => r.blockId === second)!;
    assert.equal(other.cells.find((c) => c.optionId === 'none')!.count, 1);
    assert.equal(map.max, 2, 'the exclusive "none" does not set the top of the scale');
    assert.equal(map.rows.length, 11);
  });

  it('ranks a row most named first, "none" last, ties in the option order', () => {
    const sources = [
      scan('A', { [first]: { obstacles: { choices: ['systems-structure'] } } }),
      scan('B', { [first]: { obstacles: { choices: ['systems-structure', 'people-culture'] } } }),
      scan('C', { [first]: { obstacles: { choices: ['none'] } } }),
      scan('D', { [first]: { obstacles: { choices: ['none'] } } }),
      scan('E', { [first]: { obstacles: { choices: ['none'] } } }),
    ];
    const row = aspectHeatmap(instrument, sources, 'obstacles').rows[0]!;
    assert.deepEqual(
      rankedCells(row).map((c) => `${c.optionId}:${c.count}`),
      ['systems-structure:2', 'people-culture:1', 'mission-vision-strategy:0', 'none:3'],
    );
  });

  it('finds the multiple-choice block questions and shades on a scale that never hides a named cell', () => {
    assert.deepEqual(
      multipleChoiceBlockQuestions(instrument).map((q) => q.id),
      ['levers', 'obstacles', 'subgroups'],
    );
    assert.equal(heatLevel(0, 10, 5), 0);
    assert.equal(heatLevel(1, 100, 5), 1);
    assert.equal(heatLevel(10, 10, 5), 5);
    assert.equal(heatLevel(6, 10, 5), 3);
    assert.equal(heatLevel(3, 0, 5), 0);
  });
});

describe('freeTexts', () => {
  const sources = [
    scan(
      'A',
      {
        [second]: { obstacles: { choices: ['people-culture'], comment: ' Te weinig tijd voor overleg ' } },
        [first]: { subgroups: { choices: ['other'], other: 'Per regio', comment: 'Élèves en ouders' } },
      },
      { priorities: { blocks: [first], comment: 'Eerst het beleid' } },
    ),
    scan('B', { [first]: { levers: { choices: ['none'], comment: '   ' } } }),
    // A shared entry: the server stripped its texts.
    scan('C', { [first]: { levers: { choices: ['people-culture'] } } }),
  ];

  it('lists every comment and "other" text by block (instrument order) and question, then the final questions', () => {
    const texts = freeTexts(instrument, sources);
    assert.deepEqual(
      texts.map((t) => [t.key, t.blockId ?? '-', t.questionId, t.kind, t.text]),
      [
        ['A', first, 'subgroups', 'other', 'Per regio'],
        ['A', first, 'subgroups', 'comment', 'Élèves en ouders'],
        ['A', second, 'obstacles', 'comment', 'Te weinig tijd voor overleg'],
        ['A', '-', 'priorities', 'comment', 'Eerst het beleid'],
      ],
    );
  });

  it('filters by block, by question and by words (case and accents ignored)', () => {
    const texts = freeTexts(instrument, sources);
    assert.equal(filterFreeTexts(texts, { blockId: first }).length, 2);
    assert.equal(filterFreeTexts(texts, { blockId: FINAL_QUESTIONS }).length, 1);
    assert.equal(filterFreeTexts(texts, { questionId: 'obstacles' }).length, 1);
    assert.deepEqual(
      filterFreeTexts(texts, { query: 'eleves' }).map((t) => t.text),
      ['Élèves en ouders'],
    );
    assert.deepEqual(
      filterFreeTexts(texts, { query: 'TIJD overleg' }).map((t) => t.text),
      ['Te weinig tijd voor overleg'],
    );
    assert.equal(filterFreeTexts(texts, { query: 'tijd ouders' }).length, 0, 'every word must occur');
  });
});

describe('blockInspiration', () => {
  const place = (now: string, ambition: string): Record<string, Answer> => ({ 'current-stage': { choice: now }, ambition: { choice: ambition } });
  const sources = [
    // Wants to grow in `first` (planned → integrated), ranked first.
    scan('Grow-ranked', { [first]: place('planned', 'evolve-integrated') }, { priorities: { blocks: [second, first] } }),
    // Wants to grow (fragmentary → systematic), not ranked.
    scan('Grow-far', { [first]: place('fragmentary', 'evolve-systematic') }),
    // Keeps its stage but ranks the block first: it wants to grow in it too.
    scan('Keep-ranked', { [first]: place('integrated', 'keep') }, { priorities: { blocks: [first] } }),
    // Keeps and does not rank: not a grower.
    scan('Keep', { [first]: place('planned', 'keep') }),
    scan('Inspire-high', { [first]: place('systematic', 'keep') }, { 'inspiring-practices': { blocks: [first] } }),
    scan('Inspire-mid', { [first]: place('integrated', 'evolve-systematic') }, { 'inspiring-practices': { blocks: [first] } }),
    scan('Not-yet', { [first]: place('systematic', 'keep') }, { 'inspiring-practices': { none: true, blocks: [first] } }),
  ];
  const questions = { pickId: 'inspiring-practices', rankingId: 'priorities' };

  it('finds who wants to grow and who inspires, with stages and ranks', () => {
    const block = blockInspiration(instrument, sources, questions).find((b) => b.blockId === first)!;
    assert.deepEqual(
      block.growers.map((g) => [g.key, g.currentIndex, g.ambitionIndex, g.rank]),
      [
        ['Grow-ranked', 1, 2, 2],
        ['Grow-far', 0, 3, undefined],
        ['Keep-ranked', 2, 2, 1],
        ['Inspire-mid', 2, 3, undefined],
      ],
    );
    assert.deepEqual(
      block.inspirers.map((i) => [i.key, i.currentIndex]),
      [
        ['Inspire-high', 3],
        ['Inspire-mid', 2],
      ],
    );
  });

  it('orders pairs: reaches the ambition, then priority rank, then closeness, never a centre with itself', () => {
    const block = blockInspiration(instrument, sources, questions).find((b) => b.blockId === first)!;
    assert.deepEqual(
      block.pairs.map((p) => `${p.grower.key}→${p.inspirer.key}${p.reaches ? '✓' : ''}`),
      [
        'Keep-ranked→Inspire-mid✓', // rank 1, distance 0
        'Keep-ranked→Inspire-high✓', // rank 1, distance 1
        'Grow-ranked→Inspire-mid✓', // rank 2, distance 0
        'Grow-ranked→Inspire-high✓', // rank 2, distance 1
        'Grow-far→Inspire-high✓', // unranked, distance 0
        'Inspire-mid→Inspire-high✓', // unranked, distance 0, later source
        'Grow-far→Inspire-mid', // does not reach systematic
      ],
    );
  });

  const inFirst = (options: Parameters<typeof blockInspiration>[3]) => blockInspiration(instrument, sources, questions, options).find((b) => b.blockId === first)!;

  it('keeps the pairs in which a kept centre takes part, on either side', () => {
    const kept = inFirst({ keep: new Set(['Inspire-mid']) });
    assert.deepEqual(
      kept.pairs.map((p) => `${p.grower.key}→${p.inspirer.key}`),
      ['Keep-ranked→Inspire-mid', 'Grow-ranked→Inspire-mid', 'Inspire-mid→Inspire-high', 'Grow-far→Inspire-mid'],
    );
    assert.deepEqual(
      kept.growers.map((g) => g.key),
      ['Grow-ranked', 'Grow-far', 'Keep-ranked', 'Inspire-mid'],
    );
    assert.deepEqual(kept.inspirers.map((i) => i.key), ['Inspire-high', 'Inspire-mid']);
    const none = inFirst({ keep: new Set(['Keep']) });
    assert.deepEqual([none.pairs, none.growers, none.inspirers], [[], [], []]);
  });

  it('keeps each growing centre\'s most promising pairs only, when asked', () => {
    assert.deepEqual(
      inFirst({ perGrower: 1 }).pairs.map((p) => `${p.grower.key}→${p.inspirer.key}`),
      ['Keep-ranked→Inspire-mid', 'Grow-ranked→Inspire-mid', 'Grow-far→Inspire-high', 'Inspire-mid→Inspire-high'],
    );
    // A kept inspirer further down a grower's list is still found.
    assert.deepEqual(
      inFirst({ perGrower: 1, keep: new Set(['Inspire-high']) }).pairs.map((p) => `${p.grower.key}→${p.inspirer.key}`),
      ['Keep-ranked→Inspire-high', 'Grow-ranked→Inspire-high', 'Grow-far→Inspire-high', 'Inspire-mid→Inspire-high'],
    );
  });

  it('pairs only the blocks asked for', () => {
    const only = blockInspiration(instrument, sources, questions, { blockIds: new Set([second]) });
    assert.deepEqual(
      only.map((b) => b.blockId),
      [second],
    );
  });

  it('has no pairs without an inspiring practice', () => {
    const none = blockInspiration(instrument, sources.slice(0, 3), questions).find((b) => b.blockId === first)!;
    assert.equal(none.growers.length, 3);
    assert.deepEqual(none.pairs, []);
  });
});
