import { expect } from '@open-wc/testing';
import { validateResponse } from '../../src/validate-response.js';
import { brokenResponse, clone, pairs, sixStages, sixStagesResponse, threeStages, threeStagesResponse } from './fixtures.js';

describe('validateResponse', () => {
  it('accepts complete responses to the three- and six-stage instruments', async () => {
    expect(validateResponse(await threeStages(), await threeStagesResponse())).to.deep.equal([]);
    expect(validateResponse(await sixStages(), await sixStagesResponse())).to.deep.equal([]);
  });

  it('reports every broken answer at its path', async () => {
    expect(pairs(validateResponse(await threeStages(), await brokenResponse()))).to.have.members([
      'answer.exclusive @ blocks/listening/helpers/choices',
      'answer.other-text-required @ blocks/learning/helpers/other',
      'answer.required @ blocks/data/now',
      'answer.unknown-block @ blocks/ghost',
      'answer.duplicate @ final/focus/blocks/1',
      'answer.too-many @ final/focus/blocks',
    ]);
  });

  it('refuses answers of another instrument, and of another major version', async () => {
    const response = clone(await threeStagesResponse());
    response.instrumentId = 'someone-else';
    expect(pairs(validateResponse(await threeStages(), response))).to.deep.equal(['response.other-instrument @ instrumentId']);
    response.instrumentId = 'lumen-three-stage';
    response.instrumentVersion = '1.9.0';
    const issues = validateResponse(await threeStages(), response);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ code: 'response.other-major-version', severity: 'error' });
  });

  it('only warns about another minor version of the same instrument', async () => {
    const response = clone(await threeStagesResponse());
    response.instrumentVersion = '2.0.3';
    const issues = validateResponse(await threeStages(), response);
    expect(issues.map((i) => [i.code, i.severity])).to.deep.equal([['response.other-version', 'warning']]);
  });

  it('lets a draft leave required questions open, but still checks what was answered', async () => {
    const response = clone(await threeStagesResponse());
    response.status = 'draft';
    delete response.submittedAt;
    delete response.blocks.data;
    response.final = { focus: { blocks: ['listening'] } };
    response.blocks.listening!.helpers = { choices: ['nothing', 'tools'] };
    expect(pairs(validateResponse(await threeStages(), response, { requireComplete: false }))).to.deep.equal([
      'answer.exclusive @ blocks/listening/helpers/choices',
    ]);
    expect(pairs(validateResponse(await threeStages(), response))).to.include('answer.required @ blocks/data/now');
  });

  it('counts too few picks only when the answer must be complete', async () => {
    const response = clone(await sixStagesResponse());
    response.final.ranking = { blocks: ['a'] };
    expect(pairs(validateResponse(await sixStages(), response))).to.include('answer.too-few @ final/ranking/blocks');
    expect(pairs(validateResponse(await sixStages(), response, { requireComplete: false }))).to.not.include('answer.too-few @ final/ranking/blocks');
  });

  it('gives a message what it needs without the instrument: the type of an unanswered question, and how many to choose', async () => {
    const response = clone(await sixStagesResponse());
    delete response.final.ranking;
    const missing = validateResponse(await sixStages(), response).find((i) => i.code === 'answer.required' && i.path.join('/') === 'final/ranking');
    expect(missing?.params).to.deep.equal({ type: 'block-ranking', minimum: 2 });
    const three = clone(await threeStagesResponse());
    delete three.blocks.data;
    const stage = validateResponse(await threeStages(), three).find((i) => i.path.join('/') === 'blocks/data/now');
    expect(stage?.params).to.deep.equal({ type: 'stage' });
    response.final.ranking = { blocks: ['a'] };
    const tooFew = validateResponse(await sixStages(), response).find((i) => i.code === 'answer.too-few');
    expect(tooFew?.params).to.deep.equal({ minimum: 2, count: 1 });
  });

  it('warns when the ambition is not above the current stage', async () => {
    const response = clone(await sixStagesResponse());
    response.blocks.a!.ambition = { choice: 'to-s3' };
    const issues = validateResponse(await sixStages(), response);
    expect(issues.map((i) => [i.code, i.severity, i.path.join('/')])).to.deep.equal([
      ['answer.ambition-not-above-current', 'warning', 'blocks/a/ambition/choice'],
    ]);
    expect(issues[0]!.params).to.deep.equal({ ambition: 's3', current: 's5' });
  });

  it('rejects unknown stages, options and questions, and fields that do not fit the question type', async () => {
    const response = clone(await threeStagesResponse());
    response.blocks.listening!.now = { choice: 'expert' };
    response.blocks.learning!.confidence = { choice: 'maybe' };
    response.blocks.data!.invented = { text: 'x' };
    response.blocks.data!.next = { choice: 'stay', choices: ['stay'] };
    expect(pairs(validateResponse(await threeStages(), response))).to.have.members([
      'answer.unknown-stage @ blocks/listening/now/choice',
      'answer.unknown-option @ blocks/learning/confidence/choice',
      'answer.unknown-question @ blocks/data/invented',
      'answer.wrong-shape @ blocks/data/next/choices',
    ]);
  });

  it('treats "none" of a block pick as exclusive, and only where the question offers it', async () => {
    const instrument = clone(await threeStages());
    const response = clone(await threeStagesResponse());
    response.final.strengths = { blocks: ['data'], none: true };
    expect(pairs(validateResponse(instrument, response))).to.include('answer.unknown-option @ final/strengths/none');
    const pick = instrument.finalQuestions[0]!;
    if (pick.type !== 'block-pick') throw new Error('fixture changed');
    pick.none = { id: 'not-yet', label: 'Not yet' };
    expect(pairs(validateResponse(instrument, response))).to.include('answer.exclusive @ final/strengths/none');
    response.final.strengths = { none: true };
    expect(validateResponse(instrument, response)).to.deep.equal([]);
  });

  it('requires free text to be more than blanks, and a submitted response to have its date', async () => {
    const response = clone(await threeStagesResponse());
    response.context.organisation = { text: '   ' };
    delete response.submittedAt;
    expect(pairs(validateResponse(await threeStages(), response))).to.have.members([
      'answer.required @ context/organisation',
      'response.submitted-without-date @ submittedAt',
    ]);
  });

  it('checks structure first: ids, timestamps, unknown fields', async () => {
    const response = clone(await threeStagesResponse()) as unknown as Record<string, unknown>;
    response.id = 'not-a-uuid';
    response.updatedAt = 'yesterday';
    response.extra = true;
    expect(pairs(validateResponse(await threeStages(), response))).to.have.members([
      'structure.invalid-format @ id',
      'structure.invalid-format @ updatedAt',
      'structure.unknown-key @ ',
    ]);
  });

  it('never throws on garbage', async () => {
    const instrument = await threeStages();
    for (const input of [undefined, null, 1, 'x', [], {}, { blocks: [] }]) {
      const issues = validateResponse(instrument, input);
      expect(issues.length).to.be.greaterThan(0);
    }
  });
});
