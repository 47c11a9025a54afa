import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadInstrumentSource } from '../../src/assemble.js';
import { runCli } from '../../src/cli/main.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { jsonPositions, pathKey } from '../../src/json-positions.js';

const temp = await mkdtemp(join(tmpdir(), 'poolster-positions-'));
after(() => rm(temp, { recursive: true, force: true }));

const run = async (...args: string[]) => {
  const output = { stdout: '', stderr: '' };
  const io = nodeIo({ out: (t) => void (output.stdout += t), err: (t) => void (output.stderr += t) }, false);
  const code = await runCli(args, io);
  return { code, ...output };
};

/** Edits a file as an author would, and fails when the text to change is not there (the scaffold moved). */
async function edit(path: string, from: string, to: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  assert.ok(text.includes(from), `${path} has no ${JSON.stringify(from)}`);
  await writeFile(path, text.replace(from, to));
}

describe('source positions', () => {
  it('records where every value starts, by path, with escapes, nesting and a key given twice', () => {
    const text = '{\n  "a": [1, {"b\\"c": "x\\\\"}],\n\t"n": -2.5e3, "a": [true]\n}';
    const positions = jsonPositions(text);
    assert.deepEqual(positions.get(pathKey([])), { line: 1, column: 1 });
    assert.deepEqual(positions.get(pathKey(['n'])), { line: 3, column: 7 });
    // JSON.parse keeps the last "a"; so do the positions.
    assert.deepEqual(positions.get(pathKey(['a'])), { line: 3, column: 20 });
    assert.deepEqual(positions.get(pathKey(['a', 0])), { line: 3, column: 21 });
    // The first "a"'s deeper values stay recorded, but nothing asks for them once validation sees the last one.
    assert.deepEqual(positions.get(pathKey(['a', 1, 'b"c'])), { line: 2, column: 21 });
    assert.equal(jsonPositions('{"a": }').size, 0);
  });

  it('places issues of a source folder in the block file and in instrument.json, by line and column, in the language asked', async () => {
    const folder = join(temp, 'scan');
    assert.equal((await run('init', folder, '--yes')).code, 0);
    // A block's title of the wrong type, a stage the instrument does not have, and a root version that is no version.
    await edit(join(folder, 'blocks/block-2.json'), '"title": {\n    "en": "TODO: the title of building block 2"\n  },', '"title": 42,');
    await edit(join(folder, 'blocks/block-2.json'), '"footnotes": []', '"footnotes": [],\n  "stages": {\n    "stage-9": ["Een fase die er niet is."]\n  }');
    await edit(join(folder, 'instrument.json'), '"version": "0.1.0"', '"version": "two"');

    const validated = await run('validate', folder, '--lang', 'nl');
    assert.equal(validated.code, 1);
    // The texts init marked TODO are listed too, as warnings; the errors are the ones made here.
    const errors = (stderr: string) => stderr.split('\n').filter((line) => line && !line.endsWith('[waarschuwing]') && !line.endsWith('[avertissement]'));
    assert.deepEqual(errors(validated.stderr), [
      'instrument.json:5:14: version: "two" is geen geldige versie: schrijf MAJOR.MINOR.PATCH, zoals 1.0.0.',
      'blocks/block-2.json:4:12: title: Gevonden: number 42; verwacht: string | object. Een geldig voorbeeld staat in clusters[0].blocks[0].title: {"en":"TODO: the title of building bloc….',
    ]);
    // Once the structure holds, the meaning is checked: the unknown stage is placed where it is written.
    await edit(join(folder, 'instrument.json'), '"version": "two"', '"version": "0.1.0"');
    await edit(join(folder, 'blocks/block-2.json'), '"title": 42,', '"title": "Preventie",');
    const assembled = await run('assemble', folder, '--lang', 'fr', '--out', join(temp, 'built.json'));
    assert.equal(assembled.code, 1);
    assert.match(`${errors(assembled.stderr).join('\n')}\n`, /^blocks\/block-2\.json:19:16: stages\.stage-9: Cet instrument n’a pas de stade « stage-9 » .+\n$/);
  });

  it('gives the nearest ancestor written in a file for a value that is not there', async () => {
    const files = new Map([
      ['s/instrument.json', '{\n  "id": "x",\n  "clusters": [\n    { "id": "c", "blocks": ["b", { "id": "inline" }] }\n  ]\n}\n'],
      ['s/blocks/b.json', '{\n  "id": "b",\n  "stages": {}\n}\n'],
    ]);
    const loaded = await loadInstrumentSource('s', { readFile: async (path) => files.get(path) ?? Promise.reject(new Error(path)) });
    assert.ok(loaded.ok);
    assert.deepEqual(loaded.locate(['clusters', 0, 'blocks', 0, 'stages', 'plan']), { file: 'blocks/b.json', line: 3, column: 13, path: ['stages', 'plan'] });
    assert.deepEqual(loaded.locate(['clusters', 0, 'blocks', 0, 'title']), { file: 'blocks/b.json', line: 1, column: 1, path: ['title'] });
    // A block written inline in instrument.json stays there.
    assert.deepEqual(loaded.locate(['clusters', 0, 'blocks', 1, 'id']), {
      file: 'instrument.json',
      line: 4,
      column: 42,
      path: ['clusters', 0, 'blocks', 1, 'id'],
    });
    assert.deepEqual(loaded.locate(['title']), { file: 'instrument.json', line: 1, column: 1, path: ['title'] });
  });
});
