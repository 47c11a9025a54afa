import { expect } from '@open-wc/testing';
import { DEFAULT_TEXT_MAX_LENGTH, OTHER_TEXT_MAX_LENGTH, textMaxLength } from '../../src/text-limits.js';
import { validateResponse } from '../../src/validate-response.js';
import * as schema from '../../src/index.js';
import type { Instrument } from '../../src/instrument.js';
import { clone, pairs, threeStages, threeStagesResponse } from './fixtures.js';

/** The three-stage instrument with its free-text question ("organisation") limited, or not. */
async function withMaxLength(maxLength: number | undefined): Promise<Instrument> {
  const instrument = clone(await threeStages());
  const question = instrument.contextQuestions[0]!;
  if (question.type !== 'text') throw new Error('fixture changed');
  if (maxLength === undefined) delete question.maxLength;
  else question.maxLength = maxLength;
  return instrument;
}

async function answering(text: string) {
  const response = clone(await threeStagesResponse());
  response.context.organisation = { text };
  return response;
}

describe('text limits', () => {
  it('enforces a text question\'s maxLength: 10 characters pass, 11 do not', async () => {
    const instrument = await withMaxLength(10);
    expect(validateResponse(instrument, await answering('x'.repeat(10)))).to.deep.equal([]);
    const issues = validateResponse(instrument, await answering('x'.repeat(11)));
    expect(pairs(issues)).to.deep.equal(['answer.too-long @ context/organisation/text']);
    expect(issues[0]).to.include({ severity: 'error' });
    expect(issues[0]!.params).to.deep.equal({ max: 10, length: 11 });
  });

  it('enforces it in drafts too', async () => {
    const response = await answering('x'.repeat(11));
    response.status = 'draft';
    expect(pairs(validateResponse(await withMaxLength(10), response, { requireComplete: false }))).to.deep.equal([
      'answer.too-long @ context/organisation/text',
    ]);
  });

  it('caps free text without a declared limit at the default', async () => {
    const instrument = await withMaxLength(undefined);
    expect(validateResponse(instrument, await answering('x'.repeat(DEFAULT_TEXT_MAX_LENGTH)))).to.deep.equal([]);
    const issues = validateResponse(instrument, await answering('x'.repeat(DEFAULT_TEXT_MAX_LENGTH + 1)));
    expect(pairs(issues)).to.deep.equal(['answer.too-long @ context/organisation/text']);
    expect(issues[0]!.params).to.deep.equal({ max: DEFAULT_TEXT_MAX_LENGTH, length: DEFAULT_TEXT_MAX_LENGTH + 1 });
  });

  it('lets a declared limit above the default stand', async () => {
    const instrument = await withMaxLength(DEFAULT_TEXT_MAX_LENGTH * 2);
    expect(validateResponse(instrument, await answering('x'.repeat(DEFAULT_TEXT_MAX_LENGTH + 1)))).to.deep.equal([]);
  });

  it('caps comments at the default, and "other" texts at their own limit', async () => {
    const response = clone(await threeStagesResponse());
    response.blocks.listening!.helpers!.comment = 'x'.repeat(DEFAULT_TEXT_MAX_LENGTH + 1);
    expect(pairs(validateResponse(await threeStages(), response))).to.deep.equal(['answer.too-long @ blocks/listening/helpers/comment']);
    response.blocks.listening!.helpers!.comment = 'x'.repeat(DEFAULT_TEXT_MAX_LENGTH);
    response.blocks.listening!.helpers!.other = 'x'.repeat(OTHER_TEXT_MAX_LENGTH + 1);
    expect(pairs(validateResponse(await threeStages(), response))).to.deep.equal(['answer.too-long @ blocks/listening/helpers/other']);
  });

  it('tells the elements the limit of every question', async () => {
    const instrument = await withMaxLength(10);
    expect(DEFAULT_TEXT_MAX_LENGTH).to.equal(10000);
    expect(textMaxLength(instrument.contextQuestions[0])).to.equal(10);
    expect(textMaxLength((await withMaxLength(undefined)).contextQuestions[0])).to.equal(DEFAULT_TEXT_MAX_LENGTH);
    expect(textMaxLength(instrument.blockQuestions[0])).to.equal(DEFAULT_TEXT_MAX_LENGTH);
    expect(textMaxLength(undefined)).to.equal(DEFAULT_TEXT_MAX_LENGTH);
  });

  it('are exported from the package by these names', () => {
    expect(schema.DEFAULT_TEXT_MAX_LENGTH).to.equal(DEFAULT_TEXT_MAX_LENGTH);
    expect(schema.textMaxLength).to.equal(textMaxLength);
    expect(schema.checkResponse).to.be.a('function');
  });
});
