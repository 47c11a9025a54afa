import { expect } from '@open-wc/testing';
import { reconcileResponse, setAsidePath } from '../../src/reconcile.js';
import { validateResponse } from '../../src/validate-response.js';
import { clone, threeStages, threeStagesResponse } from './fixtures.js';

describe('reconcileResponse (a draft made against other content)', () => {
  it('changes nothing when the response already fits', async () => {
    const instrument = await threeStages();
    const response = await threeStagesResponse();
    const { response: fitted, setAside } = reconcileResponse(instrument, response);
    expect(setAside).to.deep.equal([]);
    expect(fitted).to.deep.equal(response);
  });

  it('keeps answers to unchanged ids and sets the rest aside: a removed block, a removed question, changed option ids', async () => {
    const newer = clone(await threeStages());
    newer.version = '2.2.0';
    // 2.2.0: the block "data" is gone (so the pick of it no longer fits), "confidence" is gone, the option "tools" became "instruments", a block was added.
    newer.clusters[1]!.blocks[0]!.id = 'dialogue';
    newer.blockQuestions = newer.blockQuestions.filter((q) => q.id !== 'confidence');
    const helpers = newer.blockQuestions.find((q) => q.id === 'helpers')!;
    if (helpers.type !== 'multiple-choice') throw new Error('fixture changed');
    helpers.options.find((o) => o.id === 'tools')!.id = 'instruments';
    const old = await threeStagesResponse(); // made against 2.1.0
    const { response, setAside } = reconcileResponse(newer, old);
    expect(setAside.map((a) => [setAsidePath(a), a.reason, a.fromVersion])).to.deep.equal([
      ['blocks › learning › confidence', 'question-removed', '2.1.0'],
      ['blocks › data › now', 'block-removed', '2.1.0'],
      ['blocks › data › next', 'block-removed', '2.1.0'],
      ['blocks › data › helpers', 'block-removed', '2.1.0'],
      ['final › strengths', 'answer-no-longer-fits', '2.1.0'],
    ]);
    expect(response.instrumentVersion).to.equal('2.2.0');
    expect(response.blocks.listening).to.deep.equal(old.blocks.listening);
    expect(response.setAside).to.deep.equal(setAside);
    expect(validateResponse(newer, response, { requireComplete: false })).to.deep.equal([]);
  });

  it('lets a migration hook carry answers across renamed ids before fitting', async () => {
    const newer = clone(await threeStages());
    newer.version = '3.0.0';
    const helpers = newer.blockQuestions.find((q) => q.id === 'helpers')!;
    if (helpers.type !== 'multiple-choice') throw new Error('fixture changed');
    helpers.options.find((o) => o.id === 'tools')!.id = 'instruments';
    const old = await threeStagesResponse();
    const { response, setAside } = reconcileResponse(newer, old, (r, from, to) => {
      expect([from, to]).to.deep.equal(['2.1.0', '3.0.0']);
      for (const answers of Object.values(r.blocks)) {
        if (answers.helpers?.choices) answers.helpers.choices = answers.helpers.choices.map((c) => (c === 'tools' ? 'instruments' : c));
      }
      return r;
    });
    expect(setAside).to.deep.equal([]);
    expect(response.blocks.data!.helpers).to.deep.equal({ choices: ['instruments'] });
    expect(old.blocks.data!.helpers).to.deep.equal({ choices: ['tools'] });
  });
});
