import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { formatPath } from '../../src/issues.js';
import { formatIssue } from '../../src/messages/index.js';
import { validateInstrument } from '../../src/validate-instrument.js';
import { fixture } from './memory-io.js';

const instrument = async () => JSON.parse(await readFile(fixture('three-stages.instrument.json'), 'utf8'));
const messages = (data: unknown, lang = 'en') => new Map(validateInstrument(data).map((i) => [formatPath(i.path), formatIssue(i, lang)]));

describe('validation messages an author can act on', () => {
  it('name the offending value, shortened, and what was expected', async () => {
    const data = await instrument();
    data.clusters[0].id = 'a block id with spaces that goes on and on and on';
    data.blockQuestions[0].required = 'yes';
    const found = messages(data);
    assert.equal(
      found.get('clusters[0].id'),
      '"a block id with spaces that goes on an… is not a valid id: use letters, digits, "-", "_" and "." (at most 64, not starting with a sign), such as "early-signals". A valid example is clusters[1].id: "means".',
    );
    assert.match(found.get('blockQuestions[0].required')!, /^Found string "yes"; expected boolean\. /);
  });

  it('point to the nearest sibling written right, skipping siblings that are wrong too', async () => {
    const data = await instrument();
    const blocks = data.clusters[0].blocks;
    assert.ok(blocks.length >= 2);
    const validTitle = JSON.stringify(blocks[1].title);
    blocks[0].title = 42;
    delete blocks[1].definition;
    const found = messages(data);
    assert.equal(found.get('clusters[0].blocks[0].title'), `Found number 42; expected string | object. A valid example is clusters[0].blocks[1].title: ${validTitle}.`);
    assert.match(found.get('clusters[0].blocks[1].definition')!, /^A value is required here: object\. A valid example is clusters\[0\]\.blocks\[0\]\.definition: \{"text":/);

    const stages = data.stages;
    stages[0].label = 7;
    stages[1].label = 8;
    assert.match(messages(data).get('stages[0].label')!, /A valid example is stages\[2\]\.label: /);
    assert.match(messages(data, 'nl').get('stages[0].label')!, /^Gevonden: number 7; verwacht: string \| object\. Een geldig voorbeeld staat in stages\[2\]\.label: /);
    assert.match(messages(data, 'fr').get('stages[0].label')!, /Un exemple valide se trouve en stages\[2\]\.label : /);
  });

  it('send to the field reference when the document has no valid example, to a section that exists', async () => {
    const data = await instrument();
    data.publisher = ['not', 'a', 'text'];
    data.clusters = [{ ...data.clusters[0], blocks: [{ ...data.clusters[0].blocks[0], footnotes: 'none' }] }];
    const found = messages(data);
    const fields = await readFile(new URL('../../FIELDS.md', import.meta.url), 'utf8');
    assert.equal(found.get('publisher'), 'Found array ["not","a","text"]; expected string | object. See FIELDS.md#instrument for this field, with an example.');
    assert.match(found.get('clusters[0].blocks[0].footnotes')!, /See FIELDS\.md#block for this field, with an example\.$/);
    for (const section of ['Instrument', 'Block', 'Stage', 'Cluster', 'Question', 'Option', 'Footnote', 'IntroSection']) {
      assert.ok(fields.includes(`\n### ${section}\n`), `FIELDS.md has a section ${section}`);
    }
    assert.match(messages(data, 'nl').get('publisher')!, /Zie FIELDS\.md#instrument voor dit veld, met een voorbeeld\.$/);
  });

  it('list the ids an unknown one could have been', async () => {
    const data = await instrument();
    const block = data.clusters[0].blocks[0];
    block.definition.footnotes = ['fn-none'];
    block.footnotes = [];
    block.stages.later = ['x'];
    const found = messages(data);
    assert.equal(found.get('clusters[0].blocks[0].definition.footnotes[0]'), 'There is no footnote "fn-none" in this building block; its footnotes are: —.');
    assert.equal(found.get('clusters[0].blocks[0].stages.later'), 'There is no stage "later" in this instrument; its stages are: "emerging", "developing", "embedded".');
    assert.equal(messages(data, 'fr').get('clusters[0].blocks[0].stages.later'), 'Cet instrument n’a pas de stade « later » ; ses stades sont : "emerging", "developing", "embedded".');
  });
});
