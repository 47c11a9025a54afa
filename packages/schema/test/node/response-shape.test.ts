import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkResponseShape, isWellFormedResponse } from '../../src/response-shape.js';
import { validateWellFormedResponse } from '../../src/response-meaning.js';
import { validateResponse } from '../../src/validate-response.js';
import { mutate, mutationArb } from '../support/mutate.js';
import { fixture } from './memory-io.js';

const json = async (path: string) => JSON.parse(await readFile(path, 'utf8'));
const three = await json(fixture('three-stages.instrument.json'));
const response = await json(fixture('three-stages.response.json'));

const structural = (issues: { code: string }[]) => issues.filter((i) => i.code.startsWith('structure.'));

describe('the quick structure check of a response (for the comparison)', () => {
  it('says yes to a well-formed response, with team rounds too, and no to what the schema refuses', () => {
    assert.equal(isWellFormedResponse(response), true);
    const withTeam = { ...response, team: { listening: { votes: { participants: 3, current: { emerging: 2, developing: 1 } }, note: 'Twijfel' } } };
    assert.equal(isWellFormedResponse(withTeam), true);
    assert.equal(isWellFormedResponse({ ...withTeam, team: { listening: { votes: { participants: 0, current: {} } } } }), false);
    assert.equal(isWellFormedResponse(JSON.parse(JSON.stringify(response).replace('"blocks":{', '"blocks":{"__proto__":{},'))), false);
    assert.equal(isWellFormedResponse({ ...response, blocks: { constructor: {} } }), false);
    assert.equal(isWellFormedResponse({ ...response, extra: 1 }), false);
    assert.equal(isWellFormedResponse({ ...response, lang: undefined }), false, 'an explicit undefined is left to zod');
    assert.equal(isWellFormedResponse(null), false);
  });

  it('is a strict subset of the schema, and checkResponseShape refuses as validateResponse does (3,000 mutated responses)', () => {
    let quick = 0;
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        const doc = mutate(response, mutations);
        const full = validateResponse(three, doc, { requireComplete: false });
        const shape = checkResponseShape(three, doc);
        if (isWellFormedResponse(doc)) {
          quick += 1;
          assert.deepEqual(structural(full), [], 'the quick check said yes, the schema no');
        }
        assert.deepEqual(structural(shape), structural(full));
        assert.equal(shape.some((i) => i.code === 'response.other-instrument'), full.some((i) => i.code === 'response.other-instrument'));
      }),
      { numRuns: 3000, seed: 20261204 },
    );
    assert.ok(quick > 300, `the quick path was taken ${quick} times: the test must exercise it`);
  });

  it('validateWellFormedResponse (no zod) finds what validateResponse finds, or leaves it to it (3,000 mutated responses)', () => {
    let quick = 0;
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), fc.boolean(), (mutations, requireComplete) => {
        const doc = mutate(response, mutations);
        const fast = validateWellFormedResponse(three, doc, { requireComplete });
        if (fast === undefined) return;
        quick += 1;
        assert.deepEqual(fast, validateResponse(three, doc, { requireComplete }));
      }),
      { numRuns: 3000, seed: 20261204 },
    );
    assert.ok(quick > 300, `the quick path was taken ${quick} times: the test must exercise it`);
  });
});
