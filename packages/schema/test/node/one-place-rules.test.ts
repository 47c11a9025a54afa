import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { runCli } from '../../src/cli/main.js';
import { responseDocuments } from '../../src/cli/response-documents.js';
import { writeCsv } from '../../src/cli/translate/csv-table.js';
import {
  CSV_BYTE_ORDER_MARK,
  centreName,
  centreNameQuestion,
  makesResponseUnreadable,
  makesResponseUnusable,
  validateResponse,
  type Instrument,
  type Issue,
  type Response,
} from '../../src/index.js';
import { fixture, memoryIo } from './memory-io.js';

/** The rules that the report, the comparison, the scan, the mail, the CLI and the server share, each in one place. */

const load = async <T>(name: string): Promise<T> => JSON.parse(await readFile(fixture(name), 'utf8')) as T;
const issue = (code: string): Issue => ({ code, path: [], severity: 'error', params: {} }) as unknown as Issue;

describe('the centre’s name', () => {
  it('is the trimmed answer to the first text context question', async () => {
    const instrument = await load<Instrument>('three-stages.instrument.json');
    const response = await load<Response>('three-stages.response.json');
    assert.equal(centreNameQuestion(instrument)?.id, 'organisation');
    assert.equal(centreName(instrument, response), 'Centre Nord');
    assert.equal(centreName(instrument, { context: { organisation: { text: '  CLB  Genest \n' } } }), 'CLB  Genest');
  });

  it('is empty when not answered, not text, or when the instrument asks no text context question', async () => {
    const instrument = await load<Instrument>('three-stages.instrument.json');
    assert.equal(centreName(instrument, { context: {} }), '');
    assert.equal(centreName(instrument, {}), '');
    assert.equal(centreName(instrument, { context: { organisation: { text: 42 } } }), '');
    const noText = { ...instrument, contextQuestions: instrument.contextQuestions.filter((q) => q.type !== 'text') };
    assert.equal(centreNameQuestion(noText), undefined);
    assert.equal(centreName(noText, { context: { organisation: { text: 'Centre Nord' } } }), '');
  });
});

describe('whether a response can be used with an instrument', () => {
  it('refuses a broken structure and another instrument; another major version unless it can be migrated', () => {
    for (const code of ['structure.type', 'structure.required', 'response.other-instrument']) {
      assert.equal(makesResponseUnreadable(issue(code)), true, code);
      assert.equal(makesResponseUnusable(issue(code), { canMigrate: true }), true, code);
    }
    assert.equal(makesResponseUnreadable(issue('response.other-major-version')), false);
    assert.equal(makesResponseUnusable(issue('response.other-major-version')), true);
    assert.equal(makesResponseUnusable(issue('response.other-major-version'), { canMigrate: true }), false);
  });

  it('accepts another minor version and missing answers', () => {
    for (const code of ['response.other-version', 'answer.missing', 'answer.too-long']) {
      assert.equal(makesResponseUnusable(issue(code)), false, code);
    }
  });

  it('agrees with what validation finds in real responses', async () => {
    const instrument = await load<Instrument>('three-stages.instrument.json');
    const response = await load<Response>('three-stages.response.json');
    const [major] = instrument.version.split('.');
    const codes = (r: unknown) => validateResponse(instrument, r, { requireComplete: false }).filter((i) => makesResponseUnusable(i)).map((i) => i.code);
    assert.deepEqual(codes(response), []);
    assert.deepEqual(codes({ ...response, instrumentId: 'another' }), ['response.other-instrument']);
    assert.deepEqual(codes({ ...response, instrumentVersion: `${Number(major) + 1}.0.0` }), ['response.other-major-version']);
    assert.ok(codes({ ...response, blocks: 'none' }).every((c) => c.startsWith('structure.')));
    assert.ok(codes({ ...response, blocks: 'none' }).length > 0);
  });
});

describe('CSV files for people start with a byte order mark', () => {
  it('is the UTF-8 byte order mark', () => {
    assert.deepEqual([...Buffer.from(CSV_BYTE_ORDER_MARK, 'utf8')], [0xef, 0xbb, 0xbf]);
  });

  it('starts `poolster csv --out` and the translation sheet, but not the table written to standard output', async () => {
    const io = memoryIo();
    assert.equal(await runCli(['csv', fixture('three-stages.instrument.json'), fixture('three-stages.response.json'), '--out', 'out.csv'], io), 0);
    assert.ok(io.written.get('out.csv')!.startsWith(`${CSV_BYTE_ORDER_MARK}response_id,`));
    const toStdout = memoryIo();
    assert.equal(await runCli(['csv', fixture('three-stages.instrument.json'), fixture('three-stages.response.json')], toStdout), 0);
    assert.ok(toStdout.stdout.startsWith('response_id,'));
    assert.ok(writeCsv([['a', 'b']]).startsWith(CSV_BYTE_ORDER_MARK));
  });
});

describe('a response file holds one response or an array of them', () => {
  it('names each response after its file, with its index in an array', () => {
    assert.deepEqual(responseDocuments('a.json', { id: 1 }), [{ name: 'a.json', document: { id: 1 } }]);
    assert.deepEqual(responseDocuments('all.json', [{ id: 1 }, { id: 2 }]), [
      { name: 'all.json[0]', document: { id: 1 } },
      { name: 'all.json[1]', document: { id: 2 } },
    ]);
    assert.deepEqual(responseDocuments('none.json', []), []);
  });
});
