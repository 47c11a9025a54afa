import { expect } from '@open-wc/testing';
import { createResponse, getAnswer, newResponseId, withAnswer } from '../../src/response-builder.js';
import { validateResponse } from '../../src/validate-response.js';
import { threeStages } from './fixtures.js';

describe('response builder', () => {
  it('creates a draft that validates as a draft', async () => {
    const instrument = await threeStages();
    const response = createResponse(instrument, { now: new Date('2026-11-01T10:00:00Z'), lang: 'fr' });
    expect(response).to.deep.include({
      instrumentId: 'lumen-three-stage',
      instrumentVersion: '2.1.0',
      status: 'draft',
      lang: 'fr',
      createdAt: '2026-11-01T10:00:00.000Z',
    });
    expect(validateResponse(instrument, response, { requireComplete: false })).to.deep.equal([]);
  });

  it('makes version 4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 50 }, newResponseId));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('replaces one answer without changing the original, and removes emptied answers', async () => {
    const instrument = await threeStages();
    const empty = createResponse(instrument);
    const at = { scope: 'block', blockId: 'data', questionId: 'now' } as const;
    const later = new Date('2030-01-01T00:00:00Z');
    const one = withAnswer(empty, at, { choice: 'embedded' }, later);
    expect(getAnswer(one, at)).to.deep.equal({ choice: 'embedded' });
    expect(one.updatedAt).to.equal('2030-01-01T00:00:00.000Z');
    expect(empty.blocks).to.deep.equal({});
    const cleared = withAnswer(one, at, { choice: undefined, comment: '' });
    expect(cleared.blocks).to.deep.equal({});
    const final = withAnswer(empty, { scope: 'final', questionId: 'strengths' }, { blocks: [], none: true });
    expect(final.final).to.deep.equal({ strengths: { none: true } });
  });
});
