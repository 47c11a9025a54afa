import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineOnce } from '../shared/define-once.js';
import { PoolsterChoiceGroup, type ChoiceOption } from './choice-group.js';

defineOnce('poolster-choice-group', PoolsterChoiceGroup);

const aspects: ChoiceOption[] = [
  { id: 'people', label: 'Mensen en cultuur' },
  { id: 'systems', label: 'Systemen en structuur' },
  { id: 'none', label: 'Neen, geen hefbomen', exclusive: true },
];
const subgroups: ChoiceOption[] = [
  { id: 'no', label: 'nee', exclusive: true },
  { id: 'teams', label: 'ja, tussen de teams' },
  { id: 'other', label: 'ja, anders:', other: true },
];

async function group(options: ChoiceOption[], props: Partial<PoolsterChoiceGroup> = {}) {
  const el = await fixture<PoolsterChoiceGroup>(html`<poolster-choice-group legend="Welke hefbomen?" .options=${options}></poolster-choice-group>`);
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}
const inputs = (el: PoolsterChoiceGroup) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.option input')];
const tick = async (el: PoolsterChoiceGroup, index: number) => {
  const done = oneEvent(el, 'poolster-answer');
  inputs(el)[index]!.click();
  return (await done).detail;
};

describe('poolster-choice-group', () => {
  it('is accessible as radios, as checkboxes, with "other" open, with an error, with a note, read-only', async () => {
    await expect(await group(aspects)).to.be.accessible();
    await expect(await group(aspects, { multiple: true, value: ['people'] })).to.be.accessible();
    await expect(await group(subgroups, { multiple: true, value: ['other'], otherText: 'x', otherError: 'Omschrijf.' })).to.be.accessible();
    await expect(await group(aspects, { error: 'Beantwoord deze vraag.', note: 'Let op.' })).to.be.accessible();
    await expect(await group(aspects, { multiple: true, value: ['people'], readonly: true })).to.be.accessible();
  });

  it('renders radios by default and checkboxes when multiple', async () => {
    expect(inputs(await group(aspects)).map((i) => i.type)).to.deep.equal(['radio', 'radio', 'radio']);
    expect(inputs(await group(aspects, { multiple: true })).map((i) => i.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox']);
  });

  it('reflects attributes into properties', async () => {
    const el = await fixture<PoolsterChoiceGroup>(
      html`<poolster-choice-group legend="L" hint="H" other-text="abc" other-label="Welke?" lang="fr" readonly></poolster-choice-group>`,
    );
    expect([el.legend, el.hint, el.otherText, el.otherLabel, el.lang, el.readonly]).to.deep.equal(['L', 'H', 'abc', 'Welke?', 'fr', true]);
  });

  it('"none" clears the other answers, and another answer clears "none"', async () => {
    const el = await group(aspects, { multiple: true });
    expect(await tick(el, 0)).to.deep.equal({ value: ['people'], otherText: '' });
    expect(await tick(el, 1)).to.deep.equal({ value: ['people', 'systems'], otherText: '' });
    expect(await tick(el, 2)).to.deep.equal({ value: ['none'], otherText: '' });
    expect(inputs(el).map((i) => i.checked)).to.deep.equal([false, false, true]);
    expect(await tick(el, 1)).to.deep.equal({ value: ['systems'], otherText: '' });
    expect(await tick(el, 1)).to.deep.equal({ value: [], otherText: '' });
  });

  it('"other" reveals a labelled text field; its text survives unticking', async () => {
    const el = await group(subgroups, { multiple: true });
    await tick(el, 2);
    await el.updateComplete;
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('#other-text')!;
    expect(el.shadowRoot!.querySelector('label[for=other-text]')!.textContent).to.equal('Omschrijf');
    field.focus();
    const typed = oneEvent(el, 'poolster-answer');
    await sendKeys({ type: 'vestiging' });
    expect((await typed).detail.value).to.deep.equal(['other']);
    expect(el.otherText).to.equal('vestiging');
    const untick = await tick(el, 2);
    expect(untick).to.deep.equal({ value: [], otherText: 'vestiging' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#other-text')).to.equal(null);
  });

  it('works with the keyboard: Space ticks a checkbox, arrows move radios', async () => {
    const checkboxes = await group(aspects, { multiple: true });
    inputs(checkboxes)[1]!.focus();
    const space = oneEvent(checkboxes, 'poolster-answer');
    await sendKeys({ press: 'Space' });
    expect((await space).detail.value).to.deep.equal(['systems']);

    const radios = await group(aspects, { value: ['people'] });
    inputs(radios)[0]!.focus();
    const arrow = oneEvent(radios, 'poolster-answer');
    await sendKeys({ press: 'ArrowDown' });
    expect((await arrow).detail.value).to.deep.equal(['systems']);
  });

  it('does not fire for programmatic changes', async () => {
    const el = await group(aspects, { multiple: true });
    let fired = 0;
    el.addEventListener('poolster-answer', () => (fired += 1));
    el.value = ['people', 'systems'];
    await el.updateComplete;
    expect(inputs(el).map((i) => i.checked)).to.deep.equal([true, true, false]);
    expect(fired).to.equal(0);
  });

  it('shows errors inline: the choice and the "other" text separately', async () => {
    const el = await group(subgroups, { multiple: true, value: ['other'], error: 'Kies er hoogstens 1.', otherError: 'Omschrijf wat je bedoelt.', lang: 'en' });
    expect(el.shadowRoot!.getElementById('error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Kies er hoogstens 1.');
    expect(inputs(el).every((i) => i.getAttribute('aria-invalid') === 'true')).to.equal(true);
    const other = el.shadowRoot!.querySelector('#other-text')!;
    expect(other.getAttribute('aria-invalid')).to.equal('true');
    expect(other.getAttribute('aria-describedby')).to.equal('other-error');
  });

  it('read-only: nothing changes on click', async () => {
    const el = await group(aspects, { multiple: true, value: ['people'], readonly: true });
    let fired = 0;
    el.addEventListener('poolster-answer', () => (fired += 1));
    inputs(el)[0]!.click();
    inputs(el)[1]!.click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['people']);
    expect(fired).to.equal(0);
    expect(inputs(el)[1]!.disabled).to.equal(true);
  });
});
