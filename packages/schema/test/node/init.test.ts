import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from '../../src/cli/main.js';
import { nodeIo } from '../../src/cli/node-io.js';
import type { CliIo } from '../../src/cli/io.js';

const temp = await mkdtemp(join(tmpdir(), 'poolster-init-'));
after(() => rm(temp, { recursive: true, force: true }));
let n = 0;
const newFolder = () => join(temp, `scan-${++n}`);

/** Runs the CLI on the real file system, with no terminal unless `ask` is given. */
const run = async (args: string[], ask?: CliIo['ask']) => {
  const output = { stdout: '', stderr: '' };
  const io = nodeIo({ out: (t) => void (output.stdout += t), err: (t) => void (output.stderr += t) }, false);
  const code = await runCli(args, ask ? { ...io, ask } : io);
  return { code, ...output };
};

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

/** init's folder, assembled and validated by the CLI's own commands: both must pass without a word on stderr. */
/** A new folder is valid; what it prints are the texts still to write, each by file:line:column, as warnings. */
function onlyTodoWarnings(stderr: string): string[] {
  const lines = stderr.split('\n').filter(Boolean);
  assert.ok(lines.length > 0, 'a new folder has texts still to write');
  for (const line of lines) assert.match(line, /^\S+:\d+:\d+: \S+: (Still to write: this text starts with TODO\. \[warning\]|Nog te schrijven: deze tekst begint met TODO\. \[waarschuwing\])$/);
  return lines;
}

async function assembleAndValidate(folder: string): Promise<Record<string, any>> {
  const built = `${folder}.json`;
  const assembled = await run(['assemble', folder, '--out', built]);
  onlyTodoWarnings(assembled.stderr);
  assert.equal(assembled.code, 0);
  const validated = await run(['validate', built]);
  onlyTodoWarnings(validated.stderr);
  assert.equal(validated.code, 0);
  assert.match(validated.stdout, /: valid\n$/);
  return readJson(built);
}

describe('poolster init', () => {
  it('writes a source folder from flags that assembles into a valid instrument in every language given', async () => {
    const folder = newFolder();
    const result = await run(['init', folder, '--name', 'CLB Noord', '--languages', 'nl,fr', '--stages', 'Fragmentair,Planmatig,Geïntegreerd,Systematisch', '--clusters', '2', '--blocks', '6']);
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Wrote 7 files/);
    const instrument = await assembleAndValidate(folder);
    assert.equal(instrument.id, 'clb-noord');
    assert.deepEqual(instrument.languages, ['nl', 'fr']);
    assert.deepEqual(instrument.stages.map((s: { id: string }) => s.id), ['fragmentair', 'planmatig', 'geintegreerd', 'systematisch']);
    assert.deepEqual(instrument.stages[2].label, { nl: 'Geïntegreerd', fr: 'TODO : Geïntegreerd' });
    // What the author must write is marked in its own language; what is usable as it stands is not.
    assert.equal(instrument.clusters[0].blocks[0].title.nl, 'TODO: de titel van bouwsteen 1');
    assert.equal(instrument.clusters[0].blocks[0].title.fr, 'TODO : le titre du pilier 1');
    assert.deepEqual(instrument.blockPlaceholder, { nl: 'deze bouwsteen', fr: 'ce pilier' });
    assert.equal(instrument.$schema, undefined, 'the source\'s $schema lines stay in the source');
  });

  it('gives every file a $schema line that leads to the committed schema, and the file passes it', async () => {
    const folder = newFolder();
    assert.equal((await run(['init', folder, '--languages', 'en', '--yes'])).code, 0);
    const files = ['instrument.json', ...(await readdir(join(folder, 'blocks'))).map((f) => `blocks/${f}`)];
    assert.equal(files.length, 7);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const file of files) {
      const path = join(folder, file);
      const content = await readJson(path);
      const schemaFile = resolve(dirname(path), content.$schema);
      const expected = file === 'instrument.json' ? 'instrument-source.schema.json' : 'block.schema.json';
      assert.equal(schemaFile, resolve(import.meta.dirname, '../../generated', expected));
      const schema = await readJson(schemaFile);
      const check = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
      assert.ok(check(content), `${file}: ${JSON.stringify(check.errors)}`);
    }
  });

  it('makes 4 stages and 6 blocks in 2 clusters, each stage described once for every block', async () => {
    const folder = newFolder();
    assert.equal((await run(['init', folder, '--stages', '4', '--blocks', '6', '--clusters', '2', '--yes'])).code, 0);
    const instrument = await assembleAndValidate(folder);
    const stageIds = instrument.stages.map((s: { id: string }) => s.id);
    assert.deepEqual(stageIds, ['stage-1', 'stage-2', 'stage-3', 'stage-4']);
    assert.deepEqual(instrument.clusters.map((c: { blocks: unknown[] }) => c.blocks.length), [3, 3]);
    // The block files leave their stages out; assembling gives every block each stage's text with its own name.
    const blockFile = await readJson(join(folder, 'blocks/block-5.json'));
    assert.equal(blockFile.stages, undefined);
    for (const block of instrument.clusters.flatMap((c: { blocks: Array<{ stages: Record<string, Array<{ en: string }>> }> }) => c.blocks)) {
      assert.deepEqual(Object.keys(block.stages), stageIds);
    }
    const fifth = instrument.clusters[1].blocks[1];
    assert.equal(fifth.stages['stage-3'][0].en, `TODO: what "the name of stage 3" looks like for TODO: how building block 5 is named inside a sentence, where the stages' texts name the block (lower case: "prevention") (every block shows this text with its own name; a block file may give its own under "stages")`);
    const ambition = instrument.blockQuestions.find((q: { type: string }) => q.type === 'ambition');
    assert.deepEqual(ambition.options.map((o: { stage?: string }) => o.stage), [undefined, 'stage-2', 'stage-3', 'stage-4']);
  });

  it('lists every text still marked TODO where it is written, each stage’s shared text once, until none is left', async () => {
    const folder = newFolder();
    assert.equal((await run(['init', folder, '--stages', '4', '--blocks', '6', '--clusters', '2', '--yes'])).code, 0);
    const before = await run(['validate', folder]);
    assert.equal(before.code, 0);
    const lines = onlyTodoWarnings(before.stderr);
    assert.ok(lines.includes('instrument.json:30:17: stages[0].description[0].en: Still to write: this text starts with TODO. [warning]'), lines.join('\n'));
    assert.ok(lines.some((line) => line.startsWith('blocks/block-6.json:') && line.includes(' title.en: ')));
    // The blocks' stage texts made from the stages' descriptions are not listed once per block.
    assert.equal(lines.filter((line) => /: stages\[\d\]\.description/.test(line)).length, 4);
    assert.equal(lines.filter((line) => line.startsWith('blocks/') && line.includes('stages')).length, 0);

    // Every text written: nothing is listed any more.
    for (const file of ['instrument.json', ...[1, 2, 3, 4, 5, 6].map((n) => `blocks/block-${n}.json`)]) {
      const path = join(folder, file);
      await writeFile(path, (await readFile(path, 'utf8')).replaceAll('"TODO: ', '"Written: '));
    }
    const after = await run(['validate', folder]);
    assert.equal(after.code, 0);
    assert.equal(after.stderr, '');
  });

  it('refuses a folder that is not empty, in the language asked for, and leaves it as it was', async () => {
    const folder = newFolder();
    assert.equal((await run(['init', folder, '--yes'])).code, 0);
    await writeFile(join(folder, 'notes.txt'), 'mine');
    const before = await readFile(join(folder, 'instrument.json'), 'utf8');
    const result = await run(['init', folder, '--name', 'Other', '--yes', '--lang', 'fr']);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, `${folder} n’est pas vide : poolster init n’écrit que dans un dossier nouveau ou vide, pour ne rien écraser.\n`);
    assert.equal(await readFile(join(folder, 'instrument.json'), 'utf8'), before);
    assert.equal(await readFile(join(folder, 'notes.txt'), 'utf8'), 'mine');
  });

  it('without a terminal takes the defaults and asks nothing: English, 4 stages, 2 clusters, 6 blocks', async () => {
    const folder = newFolder();
    const result = await run(['init', folder]);
    assert.equal(result.code, 0, result.stderr);
    const instrument = await assembleAndValidate(folder);
    assert.deepEqual(instrument.languages, ['en']);
    assert.equal(instrument.stages.length, 4);
    assert.equal(instrument.clusters.length, 2);
    assert.equal(instrument.clusters.flatMap((c: { blocks: unknown[] }) => c.blocks).length, 6);
    assert.equal(instrument.title.en, 'TODO: the title of the scan');
  });

  it('with --yes never asks, even in a terminal', async () => {
    const folder = newFolder();
    const result = await run(['init', folder, '--yes'], () => assert.fail('asked although --yes was given'));
    assert.equal(result.code, 0, result.stderr);
  });

  it('in a terminal asks for what no flag gave, asks again after an answer it cannot use, and takes Enter as the default', async () => {
    const folder = newFolder();
    const answers = ['Réseau Sud', 'fr', 'one', '3', '', '4'];
    const questions: string[] = [];
    const result = await run(['init', folder, '--lang', 'fr'], async (question) => {
      questions.push(question);
      return answers.shift() ?? assert.fail(`unexpected question ${question}`);
    });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /--stages « one »/);
    assert.deepEqual(questions.map((q) => q.split(' [')[0]?.split(':')[0]?.trim()), [
      'Nom du réseau (ou de l’organisation)',
      'Langues, celle par défaut d’abord (séparées par des virgules)',
      'Étapes',
      'Étapes',
      'Nombre de groupes de piliers',
      'Nombre de piliers',
    ]);
    const instrument = await assembleAndValidate(folder);
    assert.equal(instrument.title.fr, 'Réseau Sud');
    assert.equal(instrument.stages.length, 3);
    assert.equal(instrument.clusters.length, 2);
    assert.equal(instrument.clusters.flatMap((c: { blocks: unknown[] }) => c.blocks).length, 4);
  });

  it('says which flag cannot be used (exit 2) and writes nothing', async () => {
    const folder = newFolder();
    for (const [args, message] of [
      [['--stages', '1'], /--stages "1": give a number from 2 to 12/],
      [['--languages', 'Dutch'], /--languages "Dutch"/],
      [['--blocks', 'six'], /--blocks "six": give a whole number from 1 to 100/],
      [['--clusters', '3', '--blocks', '2'], /2 building blocks cannot fill 3 clusters/],
    ] as const) {
      const result = await run(['init', folder, '--yes', ...args]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, message);
    }
    await assert.rejects(readdir(folder), { code: 'ENOENT' });
  });
});
