import { expect } from '@open-wc/testing';
import { FORBIDDEN_KEYS } from '../../src/forbidden-key-names.js';
import { validateInstrument } from '../../src/validate-instrument.js';
import { checkResponse, validateResponse } from '../../src/validate-response.js';
import { clone, pairs, threeStages, threeStagesResponse } from './fixtures.js';

type Json = Record<string, unknown>;

/**
 * Puts `key` into the object at `path` the way a request body brings it: through JSON.parse, which makes
 * an own `__proto__` property where an assignment would change the prototype instead.
 */
function withKey(document: unknown, path: ReadonlyArray<string | number>, key: string): unknown {
  const marker = 'forbidden-key-goes-here';
  const copy = clone(document) as Json;
  let node = copy;
  for (const step of path) node = node[step] as Json;
  node[marker] = { text: 'x' };
  return JSON.parse(JSON.stringify(copy).replace(`"${marker}"`, JSON.stringify(key)));
}

const RESPONSE_PLACES: Array<ReadonlyArray<string | number>> = [
  [],
  ['context'],
  ['final'],
  ['blocks'],
  ['blocks', 'listening'],
  ['blocks', 'listening', 'helpers'],
  ['final', 'focus'],
];

const INSTRUMENT_PLACES: Array<ReadonlyArray<string | number>> = [
  [],
  ['title'],
  ['clusters', 0, 'blocks', 0],
  ['clusters', 0, 'blocks', 0, 'stages'],
  ['clusters', 0, 'blocks', 0, 'definition'],
  ['blockQuestions', 0],
  ['blockQuestions', 0, 'prompt'],
];

describe('forbidden keys', () => {
  it('are __proto__, constructor and prototype', () => {
    expect([...FORBIDDEN_KEYS]).to.have.members(['__proto__', 'constructor', 'prototype']);
  });

  for (const key of FORBIDDEN_KEYS) {
    it(`"${key}" is refused anywhere in a response, and no value is returned`, async () => {
      const response = await threeStagesResponse();
      for (const path of RESPONSE_PLACES) {
        const data = withKey(response, path, key);
        const { issues, value } = checkResponse(await threeStages(), data);
        expect(pairs(issues), path.join('/')).to.deep.equal([`structure.forbidden-key @ ${[...path, key].join('/')}`]);
        expect(issues[0]!.params).to.deep.equal({ key });
        expect(value).to.equal(undefined);
      }
    });

    it(`"${key}" is refused in a set-aside answer`, async () => {
      const response = clone(await threeStagesResponse());
      response.setAside = [{ path: ['context', 'old'], answer: { text: 'kept' }, reason: 'question-removed' }];
      expect(pairs(validateResponse(await threeStages(), withKey(response, ['setAside', 0, 'answer'], key)))).to.deep.equal([
        `structure.forbidden-key @ setAside/0/answer/${key}`,
      ]);
    });

    it(`"${key}" is refused anywhere in an instrument, records and language maps included`, async () => {
      const instrument = clone(await threeStages()) as unknown as Json;
      instrument.title = { en: 'Lumen', fr: 'Lumen' };
      const question = (instrument.blockQuestions as Json[])[0]!;
      question.prompt = { en: 'Where are we?', fr: 'Où en sommes-nous ?' };
      expect(validateInstrument(instrument)).to.deep.equal([]);
      for (const path of INSTRUMENT_PLACES) {
        expect(pairs(validateInstrument(withKey(instrument, path, key))), path.join('/')).to.deep.equal([
          `structure.forbidden-key @ ${[...path, key].join('/')}`,
        ]);
      }
    });
  }

  it('are refused as ids too, since every id becomes a key of the responses', async () => {
    for (const key of ['constructor', 'prototype']) {
      const instrument = clone(await threeStages());
      instrument.clusters[0]!.blocks[0]!.id = key;
      expect(pairs(validateInstrument(instrument))).to.deep.equal([`structure.forbidden-key @ clusters/0/blocks/0/id`]);
      const response = clone(await threeStagesResponse());
      response.blocks.listening!.now = { choice: key };
      expect(pairs(validateResponse(await threeStages(), response))).to.deep.equal([`structure.forbidden-key @ blocks/listening/now/choice`]);
    }
  });

  it('are found however deep they are', async () => {
    let nested: unknown = JSON.parse('{"__proto__": 1}');
    for (let i = 0; i < 10000; i++) nested = [nested];
    const response = clone(await threeStagesResponse()) as unknown as Json;
    response.setAside = nested;
    const issues = validateResponse(await threeStages(), response);
    expect(issues).to.have.length(1);
    expect(issues[0]!.code).to.equal('structure.forbidden-key');
    expect(issues[0]!.path).to.have.length(10002);
  });
});
