import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, it } from 'node:test';
import { loadInstrumentSource } from '../../src/assemble.js';
import type { Instrument } from '../../src/instrument.js';
import { runCli } from '../../src/cli/main.js';
import { applySourceDefaults, titleFromId } from '../../src/source-defaults.js';
import { checkInstrument } from '../../src/validate-instrument.js';
import { fixture, memoryIo } from './memory-io.js';

const SOURCE = fixture('harbour-source');
const reader = { readFile: (path: string) => readFile(path, 'utf8') };

async function assembled(): Promise<Instrument> {
  const result = await loadInstrumentSource(SOURCE, reader);
  assert.ok(result.ok);
  const { issues, instrument } = checkInstrument(result.instrument);
  assert.deepEqual(issues, []);
  return instrument!;
}

describe('source defaults', () => {
  it('make a title from an id', () => {
    assert.equal(titleFromId('preventie-en-vroegdetectie'), 'Preventie en vroegdetectie');
    assert.equal(titleFromId('data_use.v2'), 'Data use v2');
  });

  it('assemble a network written with one text per stage into a complete instrument with 30 stage texts', async () => {
    const instrument = await assembled();
    const blocks = instrument.clusters.flatMap((c) => c.blocks);
    assert.equal(instrument.stages.length, 5);
    assert.equal(blocks.length, 6);
    const texts = blocks.flatMap((b) => instrument.stages.map((s) => b.stages[s.id]));
    assert.equal(texts.filter((t) => Array.isArray(t) && t.length > 0).length, 30);
    assert.equal(instrument.title, 'Harbour network scan');
    assert.equal(instrument.clusters[0]!.title, 'Working with families');
    assert.deepEqual(instrument.languages, ['en']);
    assert.deepEqual(instrument.blockPlaceholder, { en: 'this building block' });
    const [early, family] = blocks;
    assert.equal(early!.title, 'Early signals');
    assert.deepEqual(early!.stages.starting, ['A few people work on Early signals, each in their own way.']);
    // `name` is how a block reads inside texts; rich text keeps its lists.
    assert.deepEqual(family!.stages.planning, [
      'There is a plan for listening to families, agreed by the board.',
      { list: ['Roles are named.', 'A first review date is set.'] },
    ]);
    // The one override, and the stage's generic description kept for the scan's introduction.
    const dataUse = blocks.find((b) => b.id === 'data-use')!;
    assert.deepEqual(dataUse.stages.planning, ['A plan names which figures the teams look at, and when.']);
    assert.deepEqual(dataUse.stages.practising, ['Most teams work on Using data as the plan says.']);
    assert.deepEqual(instrument.stages[0]!.description, ['A few people work on {block}, each in their own way.']);
  });

  it('let an explicit value always win over a default', () => {
    const source = {
      id: 'x-scan',
      title: { en: 'Given', nl: 'Gegeven' },
      defaultLanguage: 'en',
      languages: ['en'],
      blockPlaceholder: 'this theme',
      stages: [{ id: 'a', description: ['A for {block}'] }],
      clusters: [{ id: 'c', title: 'C given', blocks: [{ id: 'b', title: 'B given', stages: { a: ['Own text'] } }] }],
    };
    const filled = applySourceDefaults(source) as typeof source;
    assert.deepEqual(filled.title, { en: 'Given', nl: 'Gegeven' });
    assert.deepEqual(filled.languages, ['en']);
    assert.equal(filled.blockPlaceholder, 'this theme');
    assert.equal(filled.clusters[0]!.title, 'C given');
    assert.equal(filled.clusters[0]!.blocks[0]!.title, 'B given');
    assert.deepEqual(filled.clusters[0]!.blocks[0]!.stages, { a: ['Own text'] });
    assert.equal((source.clusters[0]!.blocks[0] as { title?: string }).title, 'B given', 'the source is not changed');
  });

  it('fill {block} per language, derive the languages from the texts, and put the placeholder in each', async () => {
    const source = JSON.parse(await readFile(`${SOURCE}/instrument.json`, 'utf8'));
    source.stages[0].description = [{ en: 'Some work on {block}.', nl: 'Wat werk aan {block}.', fr: 'Un peu de {block}.' }];
    source.clusters = [{ id: 'c', blocks: [{ id: 'early-signals', title: { en: 'Early signals', nl: 'Vroege signalen' }, definition: { text: ['x'] }, qualityReferences: [], developmentScales: [], footnotes: [] }] }];
    const filled = applySourceDefaults(source) as Instrument;
    assert.deepEqual(filled.languages, ['en', 'nl', 'fr']);
    assert.deepEqual(filled.blockPlaceholder, { en: 'this building block', nl: 'deze bouwsteen', fr: 'ce pilier' });
    // No French title: French reads the default language's, as the scan would.
    assert.deepEqual(filled.clusters[0]!.blocks[0]!.stages.starting, [{ en: 'Some work on Early signals.', nl: 'Wat werk aan Vroege signalen.', fr: 'Un peu de Early signals.' }]);
    const { issues } = checkInstrument(filled);
    assert.deepEqual(issues.filter((i) => i.severity === 'error'), []);
  });

  it('leave what has the wrong shape for validation to report', () => {
    const hostile = JSON.parse('{"id":"x","defaultLanguage":"en","stages":[{"id":"a","description":["t"]}],"clusters":[{"id":"c","blocks":[{"id":"b","stages":{"__proto__":["p"]}}]}]}');
    const withHostile = applySourceDefaults(hostile) as { clusters: Array<{ blocks: Array<{ stages: object }> }> };
    assert.deepEqual(Object.keys(withHostile.clusters[0]!.blocks[0]!.stages), ['a', '__proto__']);
    assert.ok(checkInstrument(withHostile).issues.some((i) => i.code === 'structure.forbidden-key'));
    assert.equal(applySourceDefaults(null), null);
    assert.deepEqual(applySourceDefaults([1]), [1]);
    const filled = applySourceDefaults({ id: 3, clusters: [{ id: 'c', blocks: [{ id: 'b', stages: 'none' }] }] }) as Record<string, unknown>;
    assert.equal(filled.title, undefined);
    const { issues } = checkInstrument(filled);
    assert.ok(issues.some((i) => i.path.join('.') === 'clusters.0.blocks.0.stages'), JSON.stringify(issues));
  });

  it('are allowed by the source folder\'s JSON Schemas, so an editor does not underline what assembling fills in', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const schema = async (name: string) => ajv.compile(JSON.parse(await readFile(new URL(`../../generated/${name}`, import.meta.url), 'utf8')));
    const root = await schema('instrument-source.schema.json');
    const block = await schema('block.schema.json');
    assert.ok(root(JSON.parse(await readFile(`${SOURCE}/instrument.json`, 'utf8'))), JSON.stringify(root.errors));
    for (const file of await readdir(`${SOURCE}/blocks`)) {
      assert.ok(block(JSON.parse(await readFile(`${SOURCE}/blocks/${file}`, 'utf8'))), `${file}: ${JSON.stringify(block.errors)}`);
    }
  });

  it('are applied by poolster assemble, and by poolster validate on a single source file', async () => {
    const io = memoryIo();
    assert.equal(await runCli(['assemble', SOURCE, '--out', 'out.json'], io), 0, io.stderr);
    const written = JSON.parse(io.written.get('out.json')!);
    assert.equal(written.title, 'Harbour network scan');
    const single = { ...written, title: undefined, languages: undefined, blockPlaceholder: undefined };
    for (const block of single.clusters[0].blocks) delete block.stages;
    io.written.set('single.json', JSON.stringify(single));
    assert.equal(await runCli(['validate', 'single.json'], io), 0, io.stderr);
  });
});
