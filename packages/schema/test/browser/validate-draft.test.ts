import { expect } from '@open-wc/testing';
import { formatIssue } from '../../src/messages/index.js';
import { checkDraftEnvelope, validateDraftEnvelope } from '../../src/validate-draft.js';
import { clone, pairs, threeStages, threeStagesResponse } from './fixtures.js';

/** A valid draft: the three-stage fixture's answers, not yet sent. */
async function draft(): Promise<Record<string, unknown> & { response: Record<string, unknown> }> {
  const response: Record<string, unknown> = { ...clone(await threeStagesResponse()), status: 'draft' };
  delete response['submittedAt'];
  return { format: 'poolster-draft', version: 1, savedAt: '2026-12-01T09:00:00Z', step: 'block-listening', response };
}

describe('checkDraftEnvelope', () => {
  it('accepts a draft and returns it as validated, savedBy included only when sent', async () => {
    const { issues, value } = checkDraftEnvelope(await threeStages(), await draft());
    expect(issues).to.deep.equal([]);
    expect(value?.response.status).to.equal('draft');
    expect(value?.step).to.equal('block-listening');
    expect(value).to.not.have.property('savedBy');
  });

  it('lets a draft leave required questions open', async () => {
    const envelope = await draft();
    envelope.response['blocks'] = {};
    envelope.response['final'] = {};
    expect(validateDraftEnvelope(await threeStages(), envelope)).to.deep.equal([]);
  });

  it('refuses a submitted response, at response.status', async () => {
    const envelope = await draft();
    envelope.response['status'] = 'submitted';
    envelope.response['submittedAt'] = '2026-12-01T09:00:00Z';
    const { issues, value } = checkDraftEnvelope(await threeStages(), envelope);
    expect(value).to.equal(undefined);
    expect(pairs(issues)).to.deep.equal(['structure.invalid-value @ response/status']);
    expect(formatIssue(issues[0]!, 'en')).to.contain('"draft"');
  });

  it('reports the envelope’s own fields at their paths', async () => {
    const envelope = { ...(await draft()), format: 'draft', version: 2, savedAt: 'yesterday', step: 'x'.repeat(201), extra: 1 };
    expect(pairs(validateDraftEnvelope(await threeStages(), envelope))).to.have.members([
      'structure.invalid-value @ format',
      'structure.invalid-value @ version',
      'structure.invalid-format @ savedAt',
      'structure.too-big @ step',
      'structure.unknown-key @ ',
    ]);
    expect(pairs(validateDraftEnvelope(await threeStages(), 'not an envelope'))).to.deep.equal(['structure.invalid-type @ ']);
    const { response: _dropped, ...withoutResponse } = await draft();
    expect(pairs(validateDraftEnvelope(await threeStages(), withoutResponse))).to.deep.equal(['structure.missing @ response']);
  });

  it('checks what was answered, with paths from the envelope’s root', async () => {
    const envelope = await draft();
    (envelope.response['blocks'] as Record<string, Record<string, unknown>>)['listening']!['now'] = { choice: 'no-such-stage' };
    expect(pairs(validateDraftEnvelope(await threeStages(), envelope))).to.deep.equal(['answer.unknown-stage @ response/blocks/listening/now/choice']);
    envelope.response['instrumentId'] = 'someone-else';
    expect(pairs(validateDraftEnvelope(await threeStages(), envelope))).to.deep.equal(['response.other-instrument @ response/instrumentId']);
  });

  it('refuses forbidden keys anywhere in the envelope', async () => {
    const envelope = JSON.parse(JSON.stringify(await draft()).replace('"context":{', '"context":{"__proto__":{},'));
    expect(pairs(validateDraftEnvelope(await threeStages(), envelope))).to.deep.equal(['structure.forbidden-key @ response/context/__proto__']);
  });

  it('words its issues in nl, fr and en', async () => {
    const envelope = await draft();
    envelope.response['status'] = 'submitted';
    const [found] = validateDraftEnvelope(await threeStages(), envelope);
    const messages = ['nl', 'fr', 'en'].map((lang) => formatIssue(found!, lang));
    expect(new Set(messages).size).to.equal(3);
    for (const message of messages) expect(message).to.contain('"draft"');
  });

  it('keeps the issue cap when the response has more problems than it lists', async () => {
    const envelope = await draft();
    const instrument = await threeStages();
    envelope.response['blocks'] = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`ghost-${i}`, {}]));
    const issues = validateDraftEnvelope(instrument, envelope);
    expect(issues).to.have.length(101);
    expect(issues.at(-1)).to.include({ code: 'issues.truncated', severity: 'error' });
    expect(issues.at(-1)!.params['omitted']).to.equal(50);
  });
});
