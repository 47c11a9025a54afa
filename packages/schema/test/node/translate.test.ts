import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../../src/cli/main.js';
import { readCsv, writeCsv } from '../../src/cli/translate/csv-table.js';
import { checkInstrument } from '../../src/validate-instrument.js';
import { fixture, memoryIo } from './memory-io.js';

const SOURCE = fixture('harbour-source');

async function run(io: ReturnType<typeof memoryIo>, ...args: string[]) {
  io.stdout = '';
  io.stderr = '';
  return runCli(args, io);
}

/** Reads a sheet and fills its last column from its first source-language column, as a translator would. */
function fill(sheet: string, translate: (text: string, path: string) => string, separator = ','): string {
  const read = readCsv(sheet);
  assert.ok(read.ok);
  const [header, ...rows] = read.rows;
  const pathColumn = header!.indexOf('path');
  const filled = rows.map((row) => [...row.slice(0, -1), translate(row[pathColumn + 1]!, row[pathColumn]!)]);
  const csv = writeCsv([header!, ...filled]);
  return separator === ',' ? csv : csv.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, separator);
}

async function assembled(io: ReturnType<typeof memoryIo>) {
  assert.equal(await run(io, 'assemble', SOURCE, '--out', 'assembled.json'), 0, io.stderr);
  return checkInstrument(JSON.parse(io.written.get('assembled.json')!));
}

describe('poolster translate', () => {
  it('writes the made-up network\'s texts missing in nl, merges the filled sheet back, and the instrument is valid in nl', async () => {
    const io = memoryIo();
    assert.equal(await run(io, 'translate', SOURCE, '--to', 'nl', '--out', 'nl.csv'), 0, io.stderr);
    assert.match(io.stdout, /nl\.csv: 34 texts to translate into "nl"/);
    const sheet = io.written.get('nl.csv')!;
    const read = readCsv(sheet);
    assert.ok(read.ok);
    assert.deepEqual(read.rows[0], ['file', 'path', 'en', 'translation:nl']);
    assert.deepEqual(read.rows[1], ['instrument.json', 'title', 'Harbour network scan', '']);
    assert.ok(read.rows.some((r) => r[0] === 'blocks/data-use.json' && r[1] === 'stages.planning[0]'), 'a block\'s own stage text');
    assert.ok(read.rows.some((r) => r[1] === 'stages[2].description[1].list[0]' && r[2] === 'Roles are named.'), 'a bulleted list item');
    assert.ok(!read.rows.some((r) => r[0] === 'blocks/early-signals.json' && r[1]!.startsWith('stages')), 'derived stage texts are not listed');

    // A Dutch spreadsheet saves with semicolons.
    io.written.set('nl-filled.csv', fill(sheet, (text) => `NL ${text}`, ';'));
    assert.equal(await run(io, 'translate', SOURCE, '--merge', 'nl-filled.csv'), 0, io.stderr);
    assert.match(io.stdout, /Filled 34 texts in "nl" in 7 files\./);
    assert.equal(io.stderr, '', 'every placeholder kept: no warning');

    const root = io.written.get(`${SOURCE}/instrument.json`)!;
    assert.match(root, /^\{\n  "\$schema": "\.\.\/\.\.\/\.\.\/generated\/instrument-source\.schema\.json",\n/);
    assert.ok(root.endsWith('}\n'));
    const { issues, instrument } = await assembled(io);
    assert.deepEqual(issues, []);
    assert.deepEqual(instrument!.languages, ['en', 'nl']);
    assert.deepEqual(instrument!.stages[2]!.description, [
      { en: 'There is a plan for {block}, agreed by the board.', nl: 'NL There is a plan for {block}, agreed by the board.' },
      { list: [{ en: 'Roles are named.', nl: 'NL Roles are named.' }, { en: 'A first review date is set.', nl: 'NL A first review date is set.' }] },
    ]);
    assert.deepEqual(instrument!.clusters[0]!.blocks[0]!.stages.starting, [
      { en: 'A few people work on Early signals, each in their own way.', nl: 'NL A few people work on NL Early signals, each in their own way.' },
    ]);

    assert.equal(await run(io, 'translate', SOURCE, '--to', 'nl'), 0);
    assert.match(io.stdout, /Every text already has a version in "nl"/);
  });

  it('never replaces a translation without --force, and refuses a sheet the source no longer matches', async () => {
    const io = memoryIo();
    await run(io, 'translate', SOURCE, '--to', 'nl', '--out', 'nl.csv');
    const sheet = io.written.get('nl.csv')!;
    io.written.set('first.csv', fill(sheet, (text) => `NL ${text}`));
    assert.equal(await run(io, 'translate', SOURCE, '--merge', 'first.csv'), 0, io.stderr);
    const afterFirst = new Map(io.written);

    io.written.set('second.csv', fill(sheet, (_text, path) => (path === 'publisher' ? 'Haven' : '')));
    assert.equal(await run(io, 'translate', SOURCE, '--merge', 'second.csv'), 0, io.stderr);
    assert.match(io.stdout, /1 text already had a different translation and was kept \(--force replaces it\)\.\n33 rows were left empty\./);
    assert.equal(io.written.get(`${SOURCE}/instrument.json`), afterFirst.get(`${SOURCE}/instrument.json`));
    assert.equal(await run(io, 'translate', SOURCE, '--merge', 'second.csv', '--force'), 0, io.stderr);
    assert.equal(JSON.parse(io.written.get(`${SOURCE}/instrument.json`)!).publisher.nl, 'Haven');

    // The author rewrites a stage text after the sheet was made: the sheet is refused as a whole.
    const block = JSON.parse(io.written.get(`${SOURCE}/blocks/data-use.json`)!);
    block.stages.planning[0] = { en: 'A plan names the figures.' };
    io.written.set(`${SOURCE}/blocks/data-use.json`, `${JSON.stringify(block, null, 2)}\n`);
    const before = new Map(io.written);
    assert.equal(await run(io, 'translate', SOURCE, '--merge', 'first.csv', '--force', '--lang', 'nl'), 1);
    assert.match(io.stderr, /first\.csv: rij \d+ \(blocks\/data-use\.json: stages\.planning\[0\]\): de tekst in "en" is veranderd sinds het blad geschreven werd\./);
    assert.match(io.stderr, /first\.csv past niet bij de bron \(1 rij\): er is niets geschreven\./);
    assert.deepEqual(io.written, before);
  });

  it('translates a single instrument file: no file column, its languages list gains the language', async () => {
    const io = memoryIo();
    const file = fixture('three-stages.instrument.json');
    assert.equal(await run(io, 'translate', file, '--to', 'nl', '--out', 'nl.csv', '--lang', 'fr'), 0, io.stderr);
    assert.match(io.stdout, /textes à traduire en « nl »/);
    const read = readCsv(io.written.get('nl.csv')!);
    assert.ok(read.ok);
    assert.deepEqual(read.rows[0], ['path', 'en', 'fr', 'translation:nl']);
    io.written.set('nl-filled.csv', fill(io.written.get('nl.csv')!, (text, path) => (path === 'blockQuestions[0].prompt' ? 'Waar staat jullie organisatie?' : `NL ${text}`)));
    assert.equal(await run(io, 'translate', file, '--merge', 'nl-filled.csv'), 0, io.stderr);
    assert.match(io.stderr, /^nl-filled\.csv: row \d+ \(blockQuestions\[0\]\.prompt\): the translation does not have the placeholders of the source \(\{block\}\); .* \[warning\]\n$/);
    assert.match(io.stdout, /Added "nl" to languages\./);
    const merged = JSON.parse(io.written.get(file)!);
    assert.ok(merged.languages.includes('nl'));
    const { issues } = checkInstrument(merged);
    assert.deepEqual(issues.filter((i) => i.code === 'instrument.missing-translation' && i.params.language === 'nl'), []);
    assert.deepEqual(issues.filter((i) => i.severity === 'error'), []);
  });

  it('refuses a sheet of another shape, and wrong calls', async () => {
    const io = memoryIo();
    io.written.set('odd.csv', 'path,en,nl\ntitle,x,y\n');
    assert.equal(await run(io, 'translate', SOURCE, '--merge', 'odd.csv'), 1);
    assert.match(io.stderr, /The first row must name the columns: file, path/);
    io.written.set('open.csv', 'file,path,en,translation:nl\ninstrument.json,title,"never closed\n');
    assert.equal(await run(io, 'translate', SOURCE, '--merge', 'open.csv'), 1);
    assert.match(io.stderr, /a quote opened at line 2 is never closed/);
    io.written.set('latin1.csv', 'file,path,en,translation:nl\ninstrument.json,title,Caf\uFFFD,\n');
    assert.equal(await run(io, 'translate', SOURCE, '--merge', 'latin1.csv'), 1);
    assert.match(io.stderr, /latin1\.csv is not saved as UTF-8/);
    assert.equal(await run(io, 'translate', SOURCE), 2);
    assert.equal(await run(io, 'translate', SOURCE, '--to', 'nl', '--merge', 'x.csv'), 2);
    assert.equal(await run(io, 'translate', SOURCE, '--to', 'Dutch'), 2);
    assert.match(io.stderr, /--to "Dutch": give a language code/);
    assert.equal(await run(io, '--help'), 0);
    assert.match(io.stdout, /poolster translate <source-dir\|file> --to <lang>/);
  });

  it('keeps every text exact through the sheet: quotes, separators, line breaks, spaces at the ends', () => {
    const cells = [['path', 'en', 'translation:nl'], ['a', 'She said "yes", then; left', ' two\nlines\r\nhere '], ['b', '=1+1', '']];
    const read = readCsv(writeCsv(cells));
    assert.ok(read.ok);
    assert.deepEqual(read.rows, cells);
  });
});
