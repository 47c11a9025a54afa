import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineOnce } from '../shared/define-once.js';
import { clickText, scrollFirstOutOfView, useLaptopViewport } from '../shared/pointer.test-helpers.js';
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

  it('an unavailable option says why, cannot be chosen by click or keyboard, and stays chosen when it already was', async () => {
    const ambitions: ChoiceOption[] = [
      { id: 'keep', label: 'dit aanhouden' },
      { id: 'planned', label: 'evolueren naar planmatig', unavailable: 'Niet mogelijk: jullie centrum staat al op Planmatig.' },
      { id: 'integrated', label: 'evolueren naar geïntegreerd' },
    ];
    const el = await group(ambitions);
    await expect(el).to.be.accessible();
    const [keep, planned, integrated] = inputs(el);
    expect(planned!.disabled).to.equal(true);
    expect(planned!.getAttribute('aria-describedby')).to.equal('r-planned');
    expect(el.shadowRoot!.getElementById('r-planned')!.textContent).to.equal('Niet mogelijk: jullie centrum staat al op Planmatig.');
    let fired = 0;
    el.addEventListener('poolster-answer', () => (fired += 1));
    planned!.click();
    await el.updateComplete;
    expect(fired).to.equal(0);
    keep!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value, 'the arrow skips the unavailable option').to.deep.equal(['integrated']);
    expect(integrated!.checked).to.equal(true);

    const chosenEarlier = await group(ambitions, { value: ['planned'] });
    await expect(chosenEarlier).to.be.accessible();
    expect(inputs(chosenEarlier)[1]!.disabled).to.equal(false);
    expect(inputs(chosenEarlier)[1]!.checked).to.equal(true);
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

  it('"other" counts near its limit and marks the text invalid past it, without cutting it off', async () => {
    const el = await group(subgroups, { multiple: true, value: ['other'], otherMaxLength: 20, lang: 'fr' });
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('#other-text')!;
    expect(field.hasAttribute('maxlength')).to.equal(false);
    const count = () => el.shadowRoot!.querySelector('.char-count')?.textContent?.trim() ?? '';
    field.focus();
    await sendKeys({ type: 'au sein des équipes' }); // 19 characters
    await el.updateComplete;
    expect(count()).to.equal('Encore 1 caractère');
    expect(field.getAttribute('aria-describedby')).to.equal('other-count');
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.equal('Vous approchez de la limite de 20 caractères.');
    await expect(el).to.be.accessible();
    await sendKeys({ type: ' et ailleurs' });
    await el.updateComplete;
    expect(el.otherText).to.equal('au sein des équipes et ailleurs');
    expect(count()).to.equal('11 caractères de trop');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    el.otherMaxLength = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.char-count'), 'no limit, no counter').to.equal(null);
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

  describe('with a real mouse, the first option scrolled out of view', () => {
    const words = 'gelinkt aan de missie, de visie en de strategie van het centrum en aan de mensen die het dragen';
    const many: ChoiceOption[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, label: `${id.toUpperCase()}: ${words}` }));

    async function page(multiple: boolean) {
      await useLaptopViewport();
      // A narrow column between page-high blocks: every label runs over several lines and the page scrolls.
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 260px">
        <div style="height: 1400px"></div>
        <poolster-choice-group legend="Welke hefbomen?" .options=${many} ?multiple=${multiple}></poolster-choice-group>
        <div style="height: 1400px"></div>
      </div>`);
      const el = wrapper.querySelector('poolster-choice-group')!;
      await el.updateComplete;
      return el;
    }
    const labels = (el: PoolsterChoiceGroup) => [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('.option label')];

    for (const multiple of [false, true]) {
      it(`a click on any label's text ${multiple ? 'ticks its checkbox' : 'chooses its radio'}, and the page does not move`, async () => {
        const el = await page(multiple);
        const chosen: string[] = [];
        for (const [i, label] of labels(el).entries()) {
          scrollFirstOutOfView(inputs(el)[0]!, label);
          const answered = oneEvent(el, 'poolster-answer');
          const { scrolled } = await clickText(label);
          if (multiple) chosen.push(many[i]!.id);
          const expected = multiple ? chosen : [many[i]!.id];
          expect((await answered).detail.value, `option ${i + 1}`).to.deep.equal(expected);
          expect(el.value).to.deep.equal(expected);
          expect(scrolled, `the page moved when option ${i + 1} was clicked`).to.equal(0);
          expect(inputs(el).indexOf(el.shadowRoot!.activeElement as HTMLInputElement), 'focus is on the option clicked').to.equal(i);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('a click on the legend or the hint moves neither focus nor the page', async () => {
      const el = await page(true);
      el.hint = 'Kies er zoveel je wil.';
      await el.updateComplete;
      for (const text of [el.shadowRoot!.querySelector('legend')!, el.shadowRoot!.querySelector('.hint')!]) {
        text.scrollIntoView({ block: 'center' });
        const { scrolled } = await clickText(text);
        expect(scrolled).to.equal(0);
        expect(el.shadowRoot!.activeElement?.localName ?? 'nothing', 'focus stays where it was').to.equal('nothing');
        expect(el.value).to.deep.equal([]);
      }
    });

    it('el.focus() still reaches the chosen radio, or the first option', async () => {
      const radios = await group(aspects, { value: ['systems'] });
      radios.focus();
      expect(inputs(radios).indexOf(radios.shadowRoot!.activeElement as HTMLInputElement)).to.equal(1);
      const checkboxes = await group(aspects, { multiple: true, value: ['systems'] });
      checkboxes.focus();
      expect(inputs(checkboxes).indexOf(checkboxes.shadowRoot!.activeElement as HTMLInputElement)).to.equal(0);
    });
  });
});
