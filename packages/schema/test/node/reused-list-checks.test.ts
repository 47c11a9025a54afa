import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Answer, Response } from '../../src/response.js';
import { createResponse, withAnswer } from '../../src/response-builder.js';
import { FORBIDDEN_KEYS } from '../../src/forbidden-key-names.js';
import { validateAnswerList, validateResponseMeaning, validateWellFormedResponse, type AnswerList } from '../../src/response-meaning.js';
import { validateResponse } from '../../src/validate-response.js';
import { mutate, mutationArb } from '../support/mutate.js';
import { fixture } from './memory-io.js';

const json = async (path: string) => JSON.parse(await readFile(path, 'utf8'));
const three = await json(fixture('three-stages.instrument.json'));
const answered: Response = await json(fixture('three-stages.response.json'));
const REUSE = { reuseUnchangedLists: true } as const;

/** What a team may click in a block of the three-stage instrument, right or wrong (unknown ids, repeats, an "other" without text). */
const blockAnswerArb = fc.oneof(
  fc.record({ questionId: fc.constant('now'), answer: fc.record({ choice: fc.constantFrom('emerging', 'developing', 'embedded', 'nowhere') }) }),
  fc.record({ questionId: fc.constant('next'), answer: fc.record({ choice: fc.constantFrom('stay', 'to-developing', 'to-embedded', 'to-nowhere') }) }),
  fc.record({ questionId: fc.constant('confidence'), answer: fc.record({ choice: fc.constantFrom('sure', 'unsure'), comment: fc.string({ maxLength: 3 }) }) }),
  fc.record({
    questionId: fc.constant('helpers'),
    answer: fc.record({ choices: fc.array(fc.constantFrom('people', 'tools', 'nothing', 'other', 'ghost'), { maxLength: 5 }), other: fc.string({ maxLength: 2 }) }, { requiredKeys: ['choices'] }),
  }),
  fc.record({ questionId: fc.constantFrom('unknown-question'), answer: fc.record({ choice: fc.constant('x') }) }),
);
const stepArb = fc.record({
  blockId: fc.constantFrom('listening', 'learning', 'data'),
  change: fc.option(blockAnswerArb, { nil: undefined }),
  clear: fc.constantFrom('now', 'next', 'confidence', 'helpers'),
});

describe('reusing the issues of answer lists a response did not change (the scan checks after every answer)', () => {
  it('finds exactly what a fresh check finds, after every answer of 300 random sittings, complete or not', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 12 }), fc.boolean(), (steps, requireComplete) => {
        let response = createResponse(three, { now: new Date('2026-01-01T00:00:00Z') });
        for (const { blockId, change, clear } of steps) {
          const at = { scope: 'block' as const, blockId, questionId: change?.questionId ?? clear };
          response = withAnswer(response, at, change?.answer as Answer | undefined);
          const fresh = validateResponseMeaning(three, response, { requireComplete });
          assert.deepEqual(validateResponseMeaning(three, response, { requireComplete, ...REUSE }), fresh);
          assert.deepEqual(validateResponse(three, response, { requireComplete, ...REUSE }), validateResponse(three, response, { requireComplete }));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('checks one list as the whole check does (validateAnswerList), after every answer of 300 random sittings', () => {
    const lists: Array<[AnswerList, string[]]> = [
      ['context', ['context']],
      ['final', ['final']],
      ...['listening', 'learning', 'data'].map((blockId): [AnswerList, string[]] => [{ blockId }, ['blocks', blockId]]),
    ];
    const under = (path: string[]) => (found: { path: readonly (string | number)[] }) => path.every((step, i) => found.path[i] === step);
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 12 }), fc.boolean(), (steps, requireComplete) => {
        let response = createResponse(three, { now: new Date('2026-01-01T00:00:00Z') });
        for (const { blockId, change, clear } of steps) {
          response = withAnswer(response, { scope: 'block', blockId, questionId: change?.questionId ?? clear }, change?.answer as Answer | undefined);
          const whole = validateResponseMeaning(three, response, { requireComplete });
          for (const [list, path] of lists) {
            const expected = whole.filter(under(path));
            assert.deepEqual(validateAnswerList(three, response, list, { requireComplete, ...REUSE }), expected);
            assert.deepEqual(validateAnswerList(three, response, list, { requireComplete }), expected);
          }
        }
      }),
      { numRuns: 300 },
    );
    // A list whose structure is not certainly sound is left to the whole check.
    const broken = { ...answered, blocks: { ...answered.blocks, learning: { now: { choice: 7 } } } } as unknown as Response;
    assert.equal(validateAnswerList(three, broken, { blockId: 'learning' }, REUSE), undefined);
    assert.ok(validateAnswerList(three, broken, { blockId: 'listening' }, REUSE), 'the other lists are still checked');
  });

  it('finds what a fresh check finds in 1,000 mutated responses checked after the original (shared lists reused, changed ones checked)', () => {
    validateResponseMeaning(three, answered, REUSE);
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
        const doc = mutate(answered, mutations) as Response | null;
        const blocks: unknown = doc && typeof doc === 'object' ? doc.blocks : undefined;
        // Sharing the lists the mutation left alone, as a response made by withAnswer does.
        const shared =
          blocks && typeof blocks === 'object'
            ? { ...doc, blocks: Object.fromEntries(Object.entries(blocks).map(([id, list]) => [id, JSON.stringify(list) === JSON.stringify(answered.blocks[id]) ? answered.blocks[id] : list])) }
            : doc;
        const full = validateResponse(three, shared);
        assert.deepEqual(validateResponse(three, shared, REUSE), full);
        const quick = validateWellFormedResponse(three, shared, REUSE);
        if (quick !== undefined) assert.deepEqual(quick, full);
      }),
      { numRuns: 1000 },
    );
  });

  it('walks a list found sound before no more, and leaves a document with a forbidden key anywhere else to the full check', () => {
    assert.deepEqual(validateWellFormedResponse(three, answered, REUSE), []);
    const places: string[][] = [[], ['context'], ['final'], ['blocks'], ['blocks', 'learning'], ['blocks', 'learning', 'helpers']];
    for (const key of FORBIDDEN_KEYS) {
      for (const place of places) {
        // Through JSON.parse, as a request body brings it (an own "__proto__"); every other list still the original's.
        const copy = JSON.parse(JSON.stringify(answered)) as Record<string, unknown>;
        let node = copy;
        for (const step of place) node = node[step] as Record<string, unknown>;
        node['key-goes-here'] = { choice: 'x' };
        const doc = JSON.parse(JSON.stringify(copy).replace('"key-goes-here"', JSON.stringify(key))) as Response;
        const shared = { ...doc, blocks: place[0] === 'blocks' ? doc.blocks : answered.blocks } as Response;
        if (place.length > 1 && place[0] === 'blocks') shared.blocks = { ...answered.blocks, [place[1]!]: doc.blocks[place[1]!]! };
        assert.equal(validateWellFormedResponse(three, shared, REUSE), undefined, `${key} at ${place.join('/')}`);
        assert.deepEqual(
          validateResponse(three, shared).map((i) => `${i.code} @ ${i.path.join('/')}`),
          [`structure.forbidden-key @ ${[...place, key].join('/')}`],
        );
      }
    }
  });

  it('hands out copies: decorating a returned issue does not change the next check', () => {
    const response = createResponse(three);
    const first = validateResponseMeaning(three, response, REUSE);
    assert.ok(first.length > 0, 'an empty response has unanswered required questions');
    for (const found of first) found.params = { ...found.params, decorated: true };
    assert.ok(validateResponseMeaning(three, response, REUSE).every((found) => found.params?.decorated === undefined));
  });

  it('is left out by default, so a caller that changes answers in place sees the change', () => {
    const response = structuredClone(answered);
    assert.deepEqual(validateResponseMeaning(three, response), []);
    response.blocks.listening!.now = { choice: 'nowhere' };
    assert.deepEqual(
      validateResponseMeaning(three, response).map((found) => found.code),
      ['answer.unknown-stage'],
    );
  });
});
