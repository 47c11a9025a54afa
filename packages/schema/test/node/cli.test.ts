import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { runCli } from '../../src/cli/main.js';
import { GO_INSTRUMENT, fixture, memoryIo } from './memory-io.js';

const run = async (...args: string[]) => {
  const io = memoryIo();
  const code = await runCli(args, io);
  return { code, ...io };
};

describe('poolster validate', () => {
  it('accepts the GO! CLB instrument and the three- and six-stage instruments with their responses', async () => {
    for (const [instrument, response] of [
      [GO_INSTRUMENT, undefined],
      [fixture('three-stages.instrument.json'), fixture('three-stages.response.json')],
      [fixture('six-stages.instrument.json'), fixture('six-stages.response.json')],
    ] as const) {
      const result = await run('validate', instrument, ...(response ? [response] : []));
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stderr, '');
      assert.match(result.stdout, /: valid\n/);
    }
  });

  it('rejects a broken instrument with one line per issue: file:line:column, path, message', async () => {
    const file = fixture('broken-structure.instrument.json');
    const result = await run('validate', file);
    assert.equal(result.code, 1);
    assert.deepEqual(result.stderr.trim().split('\n'), [
      `${file}:4:14: version: "two" is not a valid version: write MAJOR.MINOR.PATCH, such as 1.0.0.`,
      `${file}:101:15: blockQuestions[0].type: Unknown question type "slider"; expected one of: text, stage, ambition, single-choice, multiple-choice, block-pick, block-ranking. A valid example is blockQuestions[1].type: "ambition".`,
      `${file}:254:20: clusters[0].blocks[0].title: Found number 42; expected string | object. A valid example is clusters[0].blocks[1].title: {"en":"Learning","fr":"Apprentissage"}.`,
      `${file}:1:1: Unknown field: colour.`,
    ]);
  });

  it('rejects a broken response with precise paths, in the language asked for', async () => {
    const file = fixture('broken.response.json');
    const result = await run('validate', fixture('three-stages.instrument.json'), file, '--lang', 'fr');
    assert.equal(result.code, 1);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 6);
    assert.ok(lines.includes(`${file}: blocks.data.now: Répondez à cette question.`), result.stderr);
    assert.ok(lines.includes(`${file}: final.focus.blocks[1]: « data » est choisi plus d’une fois.`), result.stderr);
  });

  it('gives the line and column of invalid JSON', async () => {
    const io = memoryIo();
    io.written.set('bad.json', '{\n  "id": "x",\n  "title": oops\n}\n');
    const code = await runCli(['validate', 'bad.json'], io);
    assert.equal(code, 1);
    assert.equal(io.stderr, 'bad.json:3:12: Not valid JSON at line 3, column 12, near "oops\\n}\\n".\n');
    io.written.set('cut.json', '{ "id": [1, 2');
    assert.equal(await runCli(['validate', 'cut.json'], io), 1);
    assert.match(io.stderr, /cut\.json:1:14: The JSON ends too early \(line 1, column 14\)\.\n$/);
  });

  it('says when a file does not exist, and marks warnings without failing', async () => {
    const missing = await run('validate', 'no-such-file.json');
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr, 'no-such-file.json: The file no-such-file.json cannot be read.\n');

    const io = memoryIo();
    const response = JSON.parse(await io.readFile(fixture('three-stages.response.json')));
    response.instrumentVersion = '2.0.0';
    io.written.set('old.json', JSON.stringify(response));
    const code = await runCli(['validate', fixture('three-stages.instrument.json'), 'old.json'], io);
    assert.equal(code, 0);
    assert.equal(io.stderr, 'old.json: instrumentVersion: These answers were given for version 2.0.0; the instrument is version 2.1.0. [warning]\n');
  });

  it('does not check responses against an invalid instrument', async () => {
    const result = await run('validate', fixture('broken-meaning.instrument.json'), fixture('three-stages.response.json'));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /three-stages\.response\.json: not checked: the instrument is not valid/);
  });
});

describe('poolster csv', () => {
  it('writes one row per response and block', async () => {
    const result = await run('csv', fixture('three-stages.instrument.json'), fixture('three-stages.response.json'));
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + 3);
    assert.match(lines[0]!, /^response_id,instrument_id,instrument_version,status,/);
  });

  it('reads arrays of responses and refuses the export when one does not fit', async () => {
    const io = memoryIo();
    const response = JSON.parse(await io.readFile(fixture('six-stages.response.json')));
    io.written.set('two.json', JSON.stringify([response, { ...response, id: '7a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b' }]));
    assert.equal(await runCli(['csv', fixture('six-stages.instrument.json'), 'two.json', '--out', 'out.csv'], io), 0);
    assert.equal(io.written.get('out.csv')!.trimEnd().split('\r\n').length, 1 + 2 * 2);

    io.written.set('wrong.json', JSON.stringify([response, { ...response, instrumentId: 'other' }]));
    assert.equal(await runCli(['csv', fixture('six-stages.instrument.json'), 'wrong.json'], io), 1);
    assert.match(io.stderr, /wrong\.json\[1\]: instrumentId: These answers belong to the instrument "other"/);
  });
});

describe('poolster schema and assemble', () => {
  it('writes the JSON Schema files', async () => {
    const io = memoryIo();
    assert.equal(await runCli(['schema', '--out', 'schemas/'], io), 0);
    assert.deepEqual([...io.written.keys()], [
      'schemas/instrument.schema.json',
      'schemas/response.schema.json',
      'schemas/draft-envelope.schema.json',
      'schemas/ballot.schema.json',
      'schemas/round.schema.json',
      'schemas/participant-round.schema.json',
      'schemas/instrument-source.schema.json',
      'schemas/block.schema.json',
    ]);
    assert.equal(JSON.parse(io.written.get('schemas/instrument.schema.json')!).$id, 'urn:poolster:schema:1:instrument');
  });

  it('assembles a content source folder into an instrument, and names a missing block file', async () => {
    const io = memoryIo();
    const instrument = JSON.parse(await io.readFile(fixture('six-stages.instrument.json')));
    const blocks = instrument.clusters[0].blocks;
    io.written.set('src/instrument.json', JSON.stringify({ ...instrument, clusters: [{ ...instrument.clusters[0], blocks: ['a', 'b'] }] }));
    io.written.set('src/blocks/a.json', JSON.stringify(blocks[0]));
    assert.equal(await runCli(['assemble', 'src', '--out', 'built.json'], io), 1);
    assert.match(io.stderr, /^blocks\/b\.json: The file src\/blocks\/b\.json cannot be read\./);
    // A block's own `$schema` line (for the editor) stays in the source, as the root's does.
    io.written.set('src/blocks/b.json', JSON.stringify({ $schema: '../schema/block.schema.json', ...blocks[1] }));
    assert.equal(await runCli(['assemble', 'src', '--out', 'built.json'], io), 0);
    assert.deepEqual(JSON.parse(io.written.get('built.json')!), instrument);
  });
});

describe('poolster usage', () => {
  it('exits 2 with the usage on a wrong call, 0 with --help', async () => {
    assert.equal((await run()).code, 2);
    assert.equal((await run('frobnicate')).code, 2);
    assert.equal((await run('validate')).code, 2);
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /poolster validate <instrument\.json>/);
  });

  it('runs as a real command with real exit codes', async () => {
    const bin = new URL('../../bin/poolster.mjs', import.meta.url).pathname;
    const ok = await promisify(execFile)(process.execPath, [bin, 'validate', GO_INSTRUMENT]);
    assert.match(ok.stdout, /valid/);
    await assert.rejects(promisify(execFile)(process.execPath, [bin, 'validate', fixture('broken-structure.instrument.json')]), (error: { code: number }) => {
      assert.equal(error.code, 1);
      return true;
    });
  });
});
