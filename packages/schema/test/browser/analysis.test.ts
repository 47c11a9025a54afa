import { expect } from '@open-wc/testing';
import { stageDistribution, optionCounts, rankWeightedBlocks } from '../../src/analysis/distributions.js';
import { blockPlacement, blockPlacements, stageIndex } from '../../src/analysis/placement.js';
import { responseRows, toCsv } from '../../src/analysis/rows.js';
import { clusterSummaries } from '../../src/analysis/summaries.js';
import { clone, sixStages, sixStagesResponse, threeStages, threeStagesResponse } from './fixtures.js';

describe('analysis', () => {
  it('places a stage on the continuum by its order', async () => {
    const instrument = await sixStages();
    expect(['s1', 's4', 's6', 'nope', undefined].map((s) => stageIndex(instrument, s))).to.deep.equal([0, 3, 5, -1, -1]);
  });

  it('reads current stage, ambition and gap per block; keeping means the ambition is the current stage', async () => {
    const placements = blockPlacements(await threeStages(), await threeStagesResponse());
    expect(placements.map((p) => [p.blockId, p.currentIndex, p.ambitionIndex, p.gap, p.keep])).to.deep.equal([
      ['listening', 0, 2, 2, false],
      ['learning', 1, 1, 0, true],
      ['data', 2, 2, 0, true],
    ]);
  });

  it('leaves what was not answered undefined instead of guessing', async () => {
    const response = clone(await threeStagesResponse());
    delete response.blocks.learning!.now;
    const p = blockPlacement(await threeStages(), response, 'learning');
    expect(p).to.deep.equal({ blockId: 'learning', clusterId: 'people', keep: true });
  });

  it('summarises clusters with means over the placed blocks', async () => {
    const summaries = clusterSummaries(await threeStages(), await threeStagesResponse());
    expect(summaries.map(({ clusterId, placed, total, meanCurrentIndex, meanAmbitionIndex, meanGap }) => ({
      clusterId, placed, total, meanCurrentIndex, meanAmbitionIndex, meanGap,
    }))).to.deep.equal([
      { clusterId: 'people', placed: 2, total: 2, meanCurrentIndex: 0.5, meanAmbitionIndex: 1.5, meanGap: 1 },
      { clusterId: 'means', placed: 1, total: 1, meanCurrentIndex: 2, meanAmbitionIndex: 2, meanGap: 0 },
    ]);
  });

  it('distributes many responses over the stages, per block', async () => {
    const first = await sixStagesResponse();
    const second = clone(first);
    second.blocks.a = { stage: { choice: 's1' }, ambition: { choice: 'to-s2' } };
    const third = clone(first);
    delete third.blocks.b;
    const rows = stageDistribution(await sixStages(), [first, second, third]);
    expect(rows).to.deep.equal([
      { blockId: 'a', current: [1, 0, 0, 0, 2, 0], ambition: [0, 1, 0, 0, 0, 2], unanswered: 0 },
      { blockId: 'b', current: [0, 2, 0, 0, 0, 0], ambition: [0, 2, 0, 0, 0, 0], unanswered: 1 },
    ]);
  });

  it('counts chosen options per block and in total, ignoring unknown ids', async () => {
    const first = await threeStagesResponse();
    const second = clone(first);
    second.blocks.data!.helpers = { choices: ['tools', 'people', 'ghost'] };
    const counts = optionCounts(await threeStages(), [first, second], 'helpers');
    expect(counts.total).to.deep.equal({ people: 3, tools: 2, nothing: 2, other: 2 });
    expect(counts.perBlock.find((b) => b.blockId === 'data')!.counts).to.deep.equal({ people: 1, tools: 2, nothing: 0, other: 0 });
    const namedSome = (blockId: string) => [first, second].filter((r) => (r.blocks[blockId]?.helpers?.choices?.length ?? 0) > 0).length;
    expect(counts.perBlock.map((b) => b.answered), 'responses that chose at least one option, per block').to.deep.equal(counts.perBlock.map((b) => namedSome(b.blockId)));
    expect(counts.perBlock.find((b) => b.blockId === 'data')!.answered).to.equal(2);
  });

  it('combines rankings by rank weight (place 1 of 2 is worth 2 points)', async () => {
    const instrument = await threeStages();
    const a = await threeStagesResponse(); // focus: listening, learning
    const b = clone(a);
    b.final.focus = { blocks: ['data', 'listening'] };
    const c = clone(a);
    c.final.focus = { blocks: ['data'] };
    expect(rankWeightedBlocks(instrument, [a, b, c], 'focus')).to.deep.equal([
      { blockId: 'data', score: 4, mentions: 2, firstPlaces: 2 },
      { blockId: 'listening', score: 3, mentions: 2, firstPlaces: 1 },
      { blockId: 'learning', score: 1, mentions: 1, firstPlaces: 0 },
    ]);
  });

  it('flattens responses to one row per response and block, with ids rather than display texts', async () => {
    const table = responseRows(await threeStages(), [await threeStagesResponse()]);
    expect(table.rows).to.have.length(3);
    const row = Object.fromEntries(table.header.map((h, i) => [h, table.rows[0]![i]]));
    expect(row).to.include({
      'context.organisation': 'Centre Nord',
      block_id: 'listening',
      block_title: 'Listening',
      now: 'emerging',
      next: 'to-embedded',
      helpers: 'people|other',
      'helpers.other': 'a mentor, "Anna"',
      current_stage_number: '1',
      ambition_stage_number: '3',
      gap: '2',
      'final.strengths': '',
      'final.focus': '1',
    });
    const data = Object.fromEntries(table.header.map((h, i) => [h, table.rows[2]![i]]));
    expect(data).to.include({ 'final.strengths': '1', 'final.focus': '' });
  });

  it('writes RFC 4180 CSV and defuses cells a spreadsheet would run as formulas', async () => {
    const csv = toCsv(responseRows(await threeStages(), [await threeStagesResponse()], 'fr'));
    const lines = csv.split('\r\n');
    expect(lines).to.have.length(5); // header, 3 rows, final empty string after the last CRLF
    expect(lines[1]).to.contain('"a mentor, ""Anna"""');
    expect(lines[1]).to.contain(`'=1+1 looks like a formula`);
    expect(lines[1]).to.contain(',Écoute,');
  });
});
