import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { closestId } from '../../src/did-you-mean.js';
import { MAX_ISSUES } from '../../src/issue-collector.js';
import { formatIssue } from '../../src/messages/index.js';
import { validateInstrument } from '../../src/validate-instrument.js';
import { validateResponse } from '../../src/validate-response.js';
import { runCli } from '../../src/cli/main.js';
import { fixture, memoryIo } from './memory-io.js';

const json = async (name: string) => JSON.parse(await readFile(fixture(name), 'utf8'));

describe('closestId', () => {
  const stages = ['emerging', 'developing', 'embedded'];

  it('names the known id an unknown one misspells: a slip, a swap, a missing letter, case or separators', () => {
    assert.equal(closestId('embeded', stages), 'embedded');
    assert.equal(closestId('devleoping', stages), 'developing');
    assert.equal(closestId('emergingg', stages), 'emerging');
    assert.equal(closestId('Embedded', stages), 'embedded');
    assert.equal(closestId('integrated_core.processes', ['integrated-core-processes', 'prevention']), 'integrated-core-processes');
  });

  it('stays silent when nothing is near, when two are equally near, and for exact matches', () => {
    assert.equal(closestId('systematic', stages), undefined);
    assert.equal(closestId('emb', stages), undefined);
    assert.equal(closestId('block-3', ['block-1', 'block-2']), undefined);
    assert.equal(closestId('embedded', stages), undefined);
    assert.equal(closestId('nxt', ['now', 'next']), 'next');
    assert.equal(closestId('bat', ['cat', 'hat']), undefined, 'two ids one slip away: no guess');
    assert.equal(closestId('nxx', ['now', 'next']), undefined, 'short ids allow one slip only');
  });
});

describe('validation says "did you mean"', () => {
  it('for a block\'s stage key, an ambition option\'s stage and relativeTo in an instrument, in nl, fr and en', async () => {
    const instrument = await json('three-stages.instrument.json');
    const block = instrument.clusters[0].blocks[0];
    block.stages.embeded = block.stages.embedded;
    delete block.stages.embedded;
    const ambition = instrument.blockQuestions.find((q: { type: string }) => q.type === 'ambition');
    ambition.options[1].stage = 'Developing';
    ambition.relativeTo = 'nwo';
    const issues = validateInstrument(instrument);
    const byCode = (code: string) => issues.filter((i) => i.code === code).map((i) => i.params.suggestion);
    assert.deepEqual(byCode('instrument.unknown-stage'), ['developing', 'embedded']);
    assert.deepEqual(byCode('instrument.unknown-stage-question'), ['now']);
    const stageIssue = issues.find((i) => i.params.stage === 'embeded')!;
    assert.equal(formatIssue(stageIssue, 'en'), 'There is no stage "embeded" in this instrument; its stages are: "emerging", "developing", "embedded". Did you mean "embedded"?');
    assert.match(formatIssue(stageIssue, 'nl'), / Bedoelde je "embedded"\?$/);
    assert.match(formatIssue(stageIssue, 'fr'), / Vouliez-vous dire « embedded » \?$/);
  });

  it('for answers to blocks, questions and options that almost exist, and not for ids far from any', async () => {
    const instrument = await json('three-stages.instrument.json');
    const response = await json('three-stages.response.json');
    const blockId = instrument.clusters[0].blocks[0].id as string;
    response.blocks[`${blockId}s`] = {};
    response.blocks.elsewhere = {};
    response.blocks[blockId].nxt = response.blocks[blockId].next;
    const issues = validateResponse(instrument, response);
    const unknownBlocks = issues.filter((i) => i.code === 'answer.unknown-block');
    assert.deepEqual(unknownBlocks.map((i) => [i.params.block, i.params.suggestion]), [[`${blockId}s`, blockId], ['elsewhere', undefined]]);
    assert.equal(issues.find((i) => i.code === 'answer.unknown-question')?.params.suggestion, 'next');
  });

  it('in the CLI\'s lines', async () => {
    const io = memoryIo();
    const response = await json('three-stages.response.json');
    const blockId = Object.keys(response.blocks)[0]!;
    response.blocks[blockId.toUpperCase()] = {};
    io.written.set('typo.json', JSON.stringify(response));
    assert.equal(await runCli(['validate', fixture('three-stages.instrument.json'), 'typo.json', '--lang', 'nl'], io), 1);
    assert.match(io.stderr, new RegExp(`Bedoelde je "${blockId}"\\?`));
  });

  it('searches only for the issues it keeps, so a flood of unknown ids costs no more than the cap', async () => {
    const instrument = await json('three-stages.instrument.json');
    const response = await json('three-stages.response.json');
    const blockId = instrument.clusters[0].blocks[0].id as string;
    for (let i = 0; i < MAX_ISSUES + 50; i++) response.blocks[`${blockId}${i % 10}${'x'.repeat(Math.floor(i / 10))}`] = {};
    const issues = validateResponse(instrument, response);
    assert.equal(issues.length, MAX_ISSUES + 1);
    assert.equal(issues.at(-1)!.code, 'issues.truncated');
    assert.ok(issues.some((i) => i.params.suggestion === blockId));
  });
});
