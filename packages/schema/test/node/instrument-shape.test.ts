import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkWellFormedInstrumentErrors, isWellFormedInstrument } from '../../src/instrument-shape.js';
import type { Issue } from '../../src/issues.js';
import { checkInstrument, checkWellFormedInstrument } from '../../src/validate-instrument.js';
import { mutate, mutationArb } from '../support/mutate.js';
import { fixture } from './memory-io.js';

const json = async (path: string) => JSON.parse(await readFile(path, 'utf8'));
const three = await json(fixture('three-stages.instrument.json'));
const six = await json(fixture('six-stages.instrument.json'));
const brokenMeaning = await json(fixture('broken-meaning.instrument.json'));
const brokenStructure = await json(fixture('broken-structure.instrument.json'));
const published = await json(new URL('../../../../content/go-clb/instrument.json', import.meta.url).pathname);

const structural = (issues: { code: string }[]) => issues.filter((i) => i.code.startsWith('structure.'));
/** The errors, with the closing count's number left out: the errors-only check counts only what it looked for. */
const errorsOf = (issues: Issue[]) =>
  issues.filter((i) => i.severity === 'error').map((i) => (i.code === 'issues.truncated' ? { ...i, params: {} } : i));

describe('the quick structure check of an instrument (what the scan runs before drawing, without zod)', () => {
  it('says yes to the fixtures and the published content, and no to what the schema refuses', () => {
    for (const instrument of [three, six, brokenMeaning, published]) assert.equal(isWellFormedInstrument(instrument), true);
    assert.equal(isWellFormedInstrument(brokenStructure), false);
    assert.equal(isWellFormedInstrument({ ...three, extra: 1 }), false);
    assert.equal(isWellFormedInstrument({ ...three, description: undefined }), false, 'an explicit undefined is left to zod');
    assert.equal(isWellFormedInstrument({ ...three, stages: [three.stages[0]] }), false);
    assert.equal(isWellFormedInstrument({ ...three, blockQuestions: [{ ...three.blockQuestions[0], type: 'slider' }] }), false);
    assert.equal(isWellFormedInstrument(null), false);
  });

  it('finds the same errors of meaning as the full check', () => {
    for (const instrument of [three, six, brokenMeaning, published]) assert.deepEqual(checkWellFormedInstrument(instrument), checkInstrument(instrument));
    assert.equal(checkWellFormedInstrument(brokenStructure), undefined, 'a broken structure goes to the full check, which says what is wrong');
    const forbidden = JSON.parse(JSON.stringify(three).replace('"stages":[', '"__proto__":{},"stages":['));
    assert.deepEqual(checkWellFormedInstrument(forbidden)?.issues, checkInstrument(forbidden).issues);
  });

  it('gives a page that only draws the instrument the same errors, without the checks that only warn about languages', () => {
    for (const instrument of [three, six, brokenMeaning, published]) {
      const full = checkInstrument(instrument);
      assert.deepEqual(checkWellFormedInstrumentErrors(instrument), { issues: errorsOf(full.issues), instrument: full.instrument });
    }
    assert.ok(errorsOf(checkInstrument(brokenMeaning).issues).length > 0, 'the broken fixture has errors to compare');
    // A declared language no text has: the full check warns at every text, the errors-only check is silent.
    const untranslated = { ...three, languages: [...three.languages, 'de'] };
    assert.ok(checkInstrument(untranslated).issues.some((i) => i.code === 'instrument.missing-translation'));
    assert.deepEqual(checkWellFormedInstrumentErrors(untranslated), { issues: [], instrument: untranslated });
    // The language checks that can fail are asked on the way: such an instrument goes to the full check.
    const withoutDefault = structuredClone(three);
    withoutDefault.clusters[0].blocks[0].title = { xx: 'no text in the default language' };
    assert.ok(checkInstrument(withoutDefault).issues.some((i) => i.code === 'instrument.missing-default-language'));
    assert.equal(checkWellFormedInstrumentErrors(withoutDefault), undefined);
    assert.ok(checkWellFormedInstrument(withoutDefault), 'the check that gives warnings too answers it itself');
    const unlisted = { ...three, defaultLanguage: 'xx' };
    assert.ok(checkInstrument(unlisted).issues.some((i) => i.code === 'instrument.default-language-not-listed'));
    assert.equal(checkWellFormedInstrumentErrors(unlisted), undefined);
    assert.equal(checkWellFormedInstrumentErrors(brokenStructure), undefined);
    // Forbidden keys are not searched for: a document with one is never well formed, wherever the key is.
    const text = JSON.stringify(three);
    for (const [at, withKey] of [
      ['{', '{"__proto__":{},'],
      ['"title":{', '"title":{"constructor":"x",'],
      ['"stages":{', '"stages":{"prototype":[],'],
      ['"prompt":', '"__proto__":null,"prompt":'],
    ] as const) {
      assert.ok(text.includes(at), at);
      const doc = JSON.parse(text.replace(at, withKey));
      assert.ok(checkInstrument(doc).issues.some((i) => i.code === 'structure.forbidden-key'), withKey);
      assert.equal(checkWellFormedInstrumentErrors(doc), undefined, withKey);
    }
  });

  for (const [name, base] of [['three stages', three], ['six stages', six], ['the published content', published]] as const) {
    it(`is a strict subset of the schema (2,000 mutated instruments, ${name})`, () => {
      let quick = 0;
      let quickErrors = 0;
      fc.assert(
        fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
          const doc = mutate(base, mutations);
          const quickCheck = checkWellFormedInstrument(doc);
          const errorsCheck = checkWellFormedInstrumentErrors(doc);
          if (quickCheck === undefined) return assert.equal(errorsCheck, undefined);
          quick += 1;
          const full = checkInstrument(doc);
          assert.deepEqual(structural(full.issues), [], 'the quick check said yes, the schema no');
          assert.deepEqual(quickCheck.issues, full.issues);
          if (errorsCheck === undefined) return;
          quickErrors += 1;
          assert.deepEqual(errorsCheck, { issues: errorsOf(full.issues), ...(full.instrument ? { instrument: doc } : {}) });
        }),
        { numRuns: 2000, seed: 20261204 },
      );
      assert.ok(quick > 200, `the quick path was taken ${quick} times: the test must exercise it`);
      assert.ok(quickErrors > 200, `the errors-only path was taken ${quickErrors} times: the test must exercise it`);
    });
  }
});
