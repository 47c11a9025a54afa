import { expect, fixture, html } from '@open-wc/testing';
import { PoolsterBlockPick, type BlockOption } from '../block-pick/block-pick.js';
import { PoolsterBlockRanking } from '../block-ranking/block-ranking.js';
import { PoolsterChoiceGroup } from '../choice-group/choice-group.js';
import { defineOnce } from '../shared/define-once.js';
import { PoolsterStagePicker } from '../stage-picker/stage-picker.js';
import { runFormControlTests } from './form-control.test-helpers.js';

defineOnce('poolster-choice-group', PoolsterChoiceGroup);
defineOnce('poolster-stage-picker', PoolsterStagePicker);
defineOnce('poolster-block-pick', PoolsterBlockPick);
defineOnce('poolster-block-ranking', PoolsterBlockRanking);

const blocks: BlockOption[] = [
  { id: 'prevention', label: 'Preventie', group: 'Zorg' },
  { id: 'care', label: 'Zorgcontinuüm', group: 'Zorg' },
  { id: 'policy', label: 'Beleid', group: 'Organisatie' },
];

runFormControlTests<PoolsterChoiceGroup>({
  tag: 'poolster-choice-group',
  setup: (el) => {
    el.legend = 'Waar werken jullie aan?';
    el.multiple = true;
    el.options = [
      { id: 'plan', label: 'Een plan' },
      { id: 'team', label: 'Een team' },
      { id: 'other', label: 'Iets anders', other: true },
    ];
  },
  answer: (el) => {
    el.value = ['plan', 'other'];
    el.otherText = 'Een website';
  },
  submitted: [
    ['answer', 'plan'],
    ['answer', 'other'],
    ['answer-other', 'Een website'],
  ],
  saved: JSON.stringify([['plan', 'other'], 'Een website']),
  keys: ['Space', 'Tab', 'Space'],
  submittedAfterKeys: [
    ['answer', 'plan'],
    ['answer', 'team'],
  ],
});

runFormControlTests<PoolsterStagePicker>({
  tag: 'poolster-stage-picker',
  setup: (el) => {
    el.legend = 'Waar staat het centrum?';
    el.stages = [
      { id: 'fragmentary', label: 'Fragmentair', paragraphs: ['Ad hoc.'] },
      { id: 'planned', label: 'Planmatig', paragraphs: ['Er is een plan.'] },
    ];
  },
  answer: (el) => (el.value = 'planned'),
  submitted: [['answer', 'planned']],
  saved: JSON.stringify('planned'),
  keys: ['ArrowDown'],
  submittedAfterKeys: [['answer', 'planned']],
});

runFormControlTests<PoolsterBlockPick>({
  tag: 'poolster-block-pick',
  setup: (el) => {
    el.legend = 'Waar zijn jullie een inspirerende praktijk?';
    el.blocks = blocks;
    el.max = 2;
    el.noneLabel = 'Nog geen';
  },
  answer: (el) => (el.value = ['policy', 'prevention']),
  submitted: [
    ['answer', 'policy'],
    ['answer', 'prevention'],
  ],
  saved: JSON.stringify([['policy', 'prevention'], false]),
  keys: ['Tab', 'Space'],
  submittedAfterKeys: [['answer', 'care']],
});

runFormControlTests<PoolsterBlockRanking>({
  tag: 'poolster-block-ranking',
  setup: (el) => {
    el.legend = 'Onze prioriteiten';
    el.blocks = blocks;
    el.min = 1;
    el.max = 3;
  },
  answer: (el) => (el.value = ['care', 'prevention']),
  submitted: [
    ['answer', 'care'],
    ['answer', 'prevention'],
  ],
  saved: JSON.stringify(['care', 'prevention']),
  keys: ['Enter'],
  submittedAfterKeys: [['answer', 'prevention']],
});

/** What only some controls have: "other" text, "none" and a minimum. */
describe('form controls: their own constraints', () => {
  it('a choice group with "other" chosen and no text keeps the form from being sent, pointing at the text field', async () => {
    const el = await fixture<PoolsterChoiceGroup>(
      html`<poolster-choice-group name="answer" lang="en" .options=${[{ id: 'other', label: 'Other', other: true }]} .value=${['other']}></poolster-choice-group>`,
    );
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Describe your other answer.');
    el.otherText = '  ';
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    el.otherText = 'A website';
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('a block pick with "none" chosen is answered, and submits answer-none', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><poolster-block-pick name="answer" required none-label="Nog geen" .blocks=${blocks} none></poolster-block-pick></form>`,
    );
    const el = form.querySelector('poolster-block-pick')!;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect([...new FormData(form)]).to.deep.equal([['answer-none', 'on']]);
  });

  it('a ranking with fewer than min keeps the form from being sent, and says how many', async () => {
    const el = await fixture<PoolsterBlockRanking>(
      html`<poolster-block-ranking name="answer" min="2" max="3" .blocks=${blocks} .value=${['care']}></poolster-block-ranking>`,
    );
    expect(el.validity.rangeUnderflow).to.equal(true);
    expect(el.validationMessage).to.equal('Kies er minstens 2.');
    el.value = [];
    await el.updateComplete;
    expect(el.checkValidity(), 'empty and not required').to.equal(true);
    el.value = ['care', 'policy'];
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });
});
