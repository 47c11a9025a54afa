import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { runCli } from '../../../packages/schema/src/cli/main.js';
import type { Instrument } from '../../../packages/schema/src/instrument.js';
import type { Text } from '../../../packages/schema/src/primitives.js';
import type { Question } from '../../../packages/schema/src/questions.js';
import { walkTexts } from '../../../packages/schema/src/texts.js';
import { validateInstrument } from '../../../packages/schema/src/validate-instrument.js';
import { GO_INSTRUMENT, memoryIo } from '../../../packages/schema/test/node/memory-io.js';

const FILE = new URL('../instrument.json', import.meta.url).pathname;
const BIN = new URL('../../../packages/schema/bin/poolster.mjs', import.meta.url).pathname;

const load = async (path: string): Promise<Instrument> => JSON.parse(await readFile(path, 'utf8')) as Instrument;
const instrument = await load(FILE);
const go = await load(GO_INSTRUMENT);

const blocksOf = (i: Instrument) => i.clusters.flatMap((c) => c.blocks);
/** Every language version of a text, or the string itself. */
const versions = (text: Text): string[] => (typeof text === 'string' ? [text] : Object.values(text));
const allQuestions = (i: Instrument): Question[] => [...i.contextQuestions, ...i.blockQuestions, ...i.finalQuestions];

describe('the other-network example: a made-up network in the same format', () => {
  it('passes `poolster validate` with exit 0 and not a single warning (in-memory CLI)', async () => {
    for (const [lang, word] of [
      ['en', 'valid'],
      ['fr', 'valide'],
    ] as const) {
      const io = memoryIo();
      const code = await runCli(['validate', FILE, '--lang', lang], io);
      assert.equal(code, 0, io.stderr);
      assert.equal(io.stderr, '', 'no errors and no warnings');
      assert.equal(io.stdout, `${FILE}: ${word}\n`);
    }
    assert.deepEqual(validateInstrument(instrument), [], 'the library agrees: no issue of any severity');
  });

  it('passes the real `poolster` command too (the one the README shows)', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, 'validate', FILE]);
    assert.equal(stderr, '');
    assert.equal(stdout, `${FILE}: valid\n`);
  });

  it('is another network: other stages, blocks, clusters, language and questions than the GO! pack', () => {
    assert.equal(go.stages.length, 4);
    assert.equal(instrument.stages.length, 3);
    assert.deepEqual(
      instrument.stages.map((s) => s.id),
      ['exploring', 'consolidating', 'sustaining'],
    );
    assert.equal(blocksOf(go).length, 11);
    assert.equal(blocksOf(instrument).length, 5);
    assert.equal(go.clusters.length, 3);
    assert.deepEqual(
      instrument.clusters.map((c) => [c.id, c.blocks.map((b) => b.id)]),
      [
        ['students-families', ['welcome', 'student-voice', 'career-guidance']],
        ['schools-partners', ['school-partnership', 'information-sharing']],
      ],
    );
    assert.equal(go.defaultLanguage, 'nl');
    assert.equal(instrument.defaultLanguage, 'fr');
    assert.deepEqual(instrument.languages, ['fr', 'en']);

    // Nothing is shared with the GO! pack: no id, no stage label, no prompt, no option label.
    const idsOf = (i: Instrument) => new Set([...i.stages.map((s) => s.id), ...blocksOf(i).map((b) => b.id), ...allQuestions(i).map((q) => q.id)]);
    const goIds = idsOf(go);
    assert.deepEqual([...idsOf(instrument)].filter((id) => goIds.has(id)), []);
    const textsOf = (i: Instrument) =>
      new Set([
        ...i.stages.flatMap((s) => versions(s.label)),
        ...allQuestions(i).flatMap((q) => [
          ...versions(q.prompt),
          ...('options' in q ? q.options.flatMap((o) => versions(o.label)) : []),
        ]),
      ]);
    const goTexts = textsOf(go);
    assert.deepEqual([...textsOf(instrument)].filter((t) => goTexts.has(t)), []);
    const goPrompts = go.blockQuestions.map((q) => versions(q.prompt)).flat();
    for (const q of instrument.blockQuestions) for (const prompt of versions(q.prompt)) assert.ok(!goPrompts.includes(prompt), prompt);
  });

  it('asks every kind of question the brief names', () => {
    const type = (list: Question[]) => list.map((q) => q.type);
    assert.deepEqual(type(instrument.contextQuestions), ['text', 'single-choice']);
    assert.deepEqual(type(instrument.blockQuestions), ['stage', 'ambition', 'single-choice', 'multiple-choice']);
    assert.deepEqual(type(instrument.finalQuestions), ['block-pick', 'block-ranking']);

    const [stage, ambition, single, multiple] = instrument.blockQuestions;
    assert.ok(ambition?.type === 'ambition' && ambition.relativeTo === stage?.id);
    assert.deepEqual(
      ambition.options.map((o) => o.stage ?? 'keep'),
      ['keep', 'consolidating', 'sustaining'],
    );
    assert.ok(single?.type === 'single-choice' && single.comment);
    assert.ok(multiple?.type === 'multiple-choice' && multiple.comment);
    assert.equal(multiple.options.filter((o) => o.exclusive).length, 1);
    assert.equal(multiple.options.filter((o) => o.other).length, 1);

    const [pick, ranking] = instrument.finalQuestions;
    assert.ok(pick?.type === 'block-pick');
    assert.equal(pick.max, 2);
    assert.equal(pick.none?.id, 'not-yet');
    assert.ok(ranking?.type === 'block-ranking');
    assert.deepEqual([ranking.min, ranking.max], [1, 3]);
  });

  it('gives every block its full reading material and a description for each of the three stages', () => {
    for (const block of blocksOf(instrument)) {
      assert.ok(block.definition.text.length > 0 && block.definition.source, block.id);
      assert.ok(block.qualityReferences.length >= 2, block.id);
      assert.ok(block.qualityReferences.every((r) => r.code.startsWith('RQP ')), `${block.id}: codes of its own framework`);
      assert.equal(block.developmentScales.length, 1, block.id);
      assert.ok((block.reflection?.prompts.length ?? 0) >= 3, block.id);
      const referenced = [
        ...(block.definition.footnotes ?? []),
        ...(block.reflection?.footnotes ?? []),
        ...block.qualityReferences.flatMap((r) => r.footnotes ?? []),
      ];
      assert.ok(block.footnotes.length > 0 && block.footnotes.every((f) => referenced.includes(f.id)), `${block.id}: every footnote is referenced`);
      assert.deepEqual(Object.keys(block.stages), ['exploring', 'consolidating', 'sustaining'], block.id);
    }
    assert.ok(instrument.intro.length > 0 && instrument.placementNote && instrument.closingNote);
  });

  it('has every text in French and in English, with the same placeholders', () => {
    let count = 0;
    walkTexts(instrument, (text, path) => {
      count += 1;
      const where = path.join('.');
      assert.equal(typeof text, 'object', `${where} is a plain string`);
      const map = text as Record<string, string>;
      assert.deepEqual(Object.keys(map).sort(), ['en', 'fr'], where);
      assert.ok(map.fr!.trim() && map.en!.trim(), `${where} has an empty version`);
      const placeholders = (s: string) => [...s.matchAll(/\{[A-Za-z]+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(placeholders(map.en!), placeholders(map.fr!), where);
    });
    assert.ok(count > 150, `only ${count} texts`);
  });

  it('says plainly that the network is made up', () => {
    assert.match(versions(instrument.title).join(' '), /exemple fictif.*fictional example/);
    assert.match(versions(instrument.publisher).join(' '), /fictif.*made-up/);
    assert.match(JSON.stringify(instrument.intro[0]), /n’existe pas.*does not exist/);
  });
});
