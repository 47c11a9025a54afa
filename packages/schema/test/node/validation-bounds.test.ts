import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Instrument } from '../../src/instrument.js';
import { IssueCollector, MAX_ISSUES } from '../../src/issue-collector.js';
import { issue, type Issue } from '../../src/issues.js';
import { repeats } from '../../src/lists.js';
import type { Response } from '../../src/response.js';
import { walkTexts } from '../../src/texts.js';
import { validateInstrument } from '../../src/validate-instrument.js';
import { checkResponse, validateResponse } from '../../src/validate-response.js';
import { fixture } from './memory-io.js';

const json = async <T>(name: string): Promise<T> => JSON.parse(await readFile(fixture(name), 'utf8')) as T;
const three = await json<Instrument>('three-stages.instrument.json');
const six = await json<Instrument>('six-stages.instrument.json');
const threeResponse = () => json<Response>('three-stages.response.json');
const sixResponse = () => json<Response>('six-stages.response.json');

const pairs = (issues: readonly Issue[]): string[] => issues.map((i) => `${i.code} @ ${i.path.join('/')}`);
/** What a host receives: the request body as text, parsed as the host parses it. */
const overTheWire = (value: unknown): { body: string; data: unknown } => {
  const body = JSON.stringify(value);
  return { body, data: JSON.parse(body) };
};

/** An array whose index reads are counted: how often validation looks at its entries. */
function countingArray<T>(values: T[]): { array: T[]; reads: () => number } {
  let reads = 0;
  const array = new Proxy(values, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { array, reads: () => reads };
}

describe('validation stays bounded on hostile responses of 1 MB', () => {
  it('136,000 distinct ids in a multiple choice: one issue for the list, its entries never checked one by one', async () => {
    const response = await threeResponse();
    response.blocks.listening!.helpers = { choices: Array.from({ length: 136000 }, (_, i) => `o${i.toString(36)}`) };
    const { body, data } = overTheWire(response);
    assert.ok(body.length > 1_000_000, `the body is ${body.length} characters`);
    const issues = validateResponse(three, data);
    assert.deepEqual(pairs(issues), ['answer.too-many @ blocks/listening/helpers/choices']);
    assert.deepEqual(issues[0]!.params, { maximum: 3 });
  });

  it('one id repeated 261,000 times in a ranking: one issue, not one per repeat', async () => {
    const response = await sixResponse();
    response.final.ranking = { blocks: Array<string>(261000).fill('z') };
    const { body, data } = overTheWire(response);
    assert.ok(body.length > 1_000_000, `the body is ${body.length} characters`);
    const issues = validateResponse(six, data);
    assert.deepEqual(pairs(issues), ['answer.too-many @ final/ranking/blocks']);
    assert.deepEqual(issues[0]!.params, { maximum: 2 });
  });

  it('reads each entry of such a list a bounded number of times (an operation count, not a clock)', async () => {
    const response = await threeResponse();
    const ids = Array.from({ length: 136000 }, (_, i) => `o${i.toString(36)}`);
    const counted = countingArray(ids);
    response.blocks.listening!.helpers = { choices: counted.array };
    assert.equal(validateResponse(three, response).length, 1);
    assert.ok(counted.reads() <= 2 * ids.length, `${counted.reads()} reads for ${ids.length} entries`);
  });

  it('checks a long list that the instrument allows in time linear in the list and the options', async () => {
    const n = 4000;
    const instrument = structuredClone(three);
    const helpers = instrument.blockQuestions.find((q) => q.type === 'multiple-choice')!;
    if (helpers.type !== 'multiple-choice') throw new Error('fixture changed');
    const options = countingArray(Array.from({ length: n }, (_, i) => ({ id: `o${i}`, label: `Option ${i}` })));
    helpers.options = options.array;
    delete helpers.max;
    const response = await threeResponse();
    for (const answers of Object.values(response.blocks)) delete answers.helpers;
    response.blocks.listening!.helpers = { choices: Array.from({ length: n }, (_, i) => `o${n - 1 - i}`) };
    assert.deepEqual(validateResponse(instrument, response, { requireComplete: false }), []);
    // A search per chosen id would read about n²/2 = 8,000,000 entries.
    assert.ok(options.reads() <= 4 * n, `${options.reads()} reads of ${n} options`);
  });

  it('finds repeats in one pass', () => {
    const values = Array.from({ length: 50000 }, (_, i) => `v${i % 25000}`);
    const counted = countingArray(values);
    const found = [...repeats(counted.array)];
    assert.equal(found.length, 25000);
    assert.deepEqual(found[0], [25000, 'v0']);
    assert.ok(counted.reads() <= values.length, `${counted.reads()} reads for ${values.length} entries`);
  });
});

describe('at most MAX_ISSUES issues, then one that counts the rest', () => {
  it('100,000 unknown questions: 100 listed and 99,900 counted', async () => {
    const response = await threeResponse();
    for (let i = 0; i < 100000; i++) response.context[`q${i}`] = {};
    const issues = validateResponse(three, overTheWire(response).data);
    assert.equal(issues.length, MAX_ISSUES + 1);
    assert.ok(issues.slice(0, MAX_ISSUES).every((i) => i.code === 'answer.unknown-question'));
    assert.deepEqual(issues.at(-1), issue('issues.truncated', [], { omitted: 99900 }, 'error'));
  });

  it('applies to the structure phase too: 100,000 keys that are not ids', async () => {
    const response = await threeResponse();
    for (let i = 0; i < 100000; i++) response.context[`-${i}`] = {};
    const issues = validateResponse(three, overTheWire(response).data);
    assert.equal(issues.length, MAX_ISSUES + 1);
    assert.ok(issues.slice(0, MAX_ISSUES).every((i) => i.code === 'structure.invalid-id'));
    assert.deepEqual(issues.at(-1)!.params, { omitted: 99900 });
  });

  it('never throws, even where zod cannot list the problems of 500,000 bad entries', async () => {
    const response = (await threeResponse()) as unknown as { blocks: Record<string, Record<string, unknown>> };
    response.blocks.listening!.helpers = { choices: Array<number>(500000).fill(1) };
    const issues = validateResponse(three, response);
    assert.ok(issues.length >= 1 && issues.length <= MAX_ISSUES + 1, `${issues.length} issues`);
    assert.ok(issues.every((i) => i.severity === 'error'));
  });

  it('counts missing translations and stage descriptions of a huge instrument exactly, without listing them', () => {
    const languages = Array.from({ length: 2000 }, (_, i) => `en-x${i.toString(36)}`);
    const wide = structuredClone(three);
    wide.languages = [...wide.languages, ...languages];
    let languageMaps = 0;
    walkTexts(wide, (text) => {
      if (typeof text !== 'string') languageMaps += 1;
    });
    const translations = validateInstrument(wide);
    assert.equal(translations.length, MAX_ISSUES + 1);
    assert.deepEqual(translations.at(-1), issue('issues.truncated', [], { omitted: languageMaps * languages.length - MAX_ISSUES }, 'warning'));

    const staged = structuredClone(three);
    const extra = 3000;
    for (let i = 0; i < extra; i++) staged.stages.push({ id: `x${i}`, label: `Stage ${i}`, description: [] });
    const blocks = staged.clusters.reduce((n, c) => n + c.blocks.length, 0);
    const descriptions = validateInstrument(staged);
    assert.equal(descriptions.length, MAX_ISSUES + 1);
    assert.ok(descriptions.slice(0, MAX_ISSUES).every((i) => i.code === 'instrument.missing-stage-description'));
    assert.deepEqual(descriptions.at(-1), issue('issues.truncated', [], { omitted: blocks * extra - MAX_ISSUES }, 'error'));
  });

  it('marks the count as an error when an error is among the issues left out', () => {
    const issues = new IssueCollector();
    for (let i = 0; i < MAX_ISSUES + 5; i++) issues.push(issue('response.other-version', [], {}, 'warning'));
    assert.equal(issues.hasErrors, false);
    assert.equal(issues.toArray().at(-1)!.severity, 'warning');
    issues.push(issue('answer.required', ['context', 'x']));
    assert.equal(issues.hasErrors, true);
    assert.deepEqual(issues.toArray().at(-1), issue('issues.truncated', [], { omitted: 6 }, 'error'));
  });
});

describe('checkResponse', () => {
  it('returns the validated value, a new object, when there are no errors', async () => {
    const data = overTheWire(await threeResponse()).data as Record<string, unknown>;
    const { issues, value } = checkResponse(three, data);
    assert.deepEqual(issues, []);
    assert.notEqual(value, data);
    assert.notEqual(value!.context, data.context);
    assert.deepEqual(value, data);
  });

  it('returns a value with warnings, and none with errors', async () => {
    const warned = await threeResponse();
    warned.instrumentVersion = '2.0.9';
    const withWarning = checkResponse(three, warned);
    assert.deepEqual(pairs(withWarning.issues), ['response.other-version @ instrumentVersion']);
    assert.ok(withWarning.value);
    const broken = await threeResponse();
    broken.context.organisation = { text: ' ' };
    assert.equal(checkResponse(three, broken).value, undefined);
  });

  it('never returns a value carrying a key the schema does not know', async () => {
    for (const key of ['extra', '__proto__', 'constructor', 'prototype']) {
      const body = JSON.stringify(await threeResponse()).replace('"context":{', `"context":{"${key}":{"text":"x"},`);
      const result = checkResponse(three, JSON.parse(body));
      assert.equal(result.value, undefined, key);
      assert.ok(result.issues.length > 0, key);
    }
  });
});
