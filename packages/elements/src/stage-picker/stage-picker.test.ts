import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { defineOnce } from '../shared/define-once.js';
import { clickText, scrollFirstOutOfView, useLaptopViewport } from '../shared/pointer.test-helpers.js';
import { PoolsterStagePicker, type StageCard } from './stage-picker.js';

defineOnce('poolster-stage-picker', PoolsterStagePicker);

const stages: StageCard[] = [
  { id: 'fragmentary', label: 'Fragmentair', paragraphs: ['Ad hoc, door enkele voortrekkers.', 'Nog niet structureel.'] },
  { id: 'planned', label: 'Planmatig', gloss: 'plan', paragraphs: ['Er is een plan.'] },
  { id: 'integrated', label: 'Geïntegreerd', gloss: 'plan + do', paragraphs: ['Het plan wordt uitgevoerd.'] },
];

const radios = (el: PoolsterStagePicker) => [...el.shadowRoot!.querySelectorAll('input')];
/** The index of the focused radio, -1 for none (numbers, not elements: chai freezes on a failed element comparison). */
const focusedRadio = (el: PoolsterStagePicker) => radios(el).indexOf(el.shadowRoot!.activeElement as HTMLInputElement);

async function picker(value?: string, extra: Partial<PoolsterStagePicker> = {}) {
  const el = await fixture<PoolsterStagePicker>(html`<poolster-stage-picker legend="Waar staat het centrum?" .stages=${stages} .value=${value}></poolster-stage-picker>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

describe('poolster-stage-picker', () => {
  it('is accessible empty, chosen, with an error and read-only', async () => {
    await expect(await picker()).to.be.accessible();
    await expect(await picker('planned')).to.be.accessible();
    await expect(await picker(undefined, { error: 'Beantwoord deze vraag.' })).to.be.accessible();
    await expect(await picker('planned', { readonly: true })).to.be.accessible();
  });

  it('renders a radio per stage in a fieldset, labelled by the stage and described by its full text', async () => {
    const el = await picker('planned');
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Waar staat het centrum?');
    const inputs = radios(el);
    expect(inputs.map((i) => [i.value, i.checked])).to.deep.equal([
      ['fragmentary', false],
      ['planned', true],
      ['integrated', false],
    ]);
    const description = el.shadowRoot!.getElementById(inputs[0]!.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.contain('Ad hoc, door enkele voortrekkers.');
    expect(description.textContent).to.contain('Nog niet structureel.');
    expect(el.shadowRoot!.getElementById('title-integrated')!.textContent).to.contain('(plan + do)');
  });

  it('chooses a stage by clicking anywhere on its card, and tells the scan', async () => {
    const el = await picker();
    const card = el.shadowRoot!.querySelectorAll<HTMLElement>('[part=card]')[2]!;
    setTimeout(() => card.querySelector<HTMLElement>('.para')!.click());
    const event = await oneEvent(el, 'poolster-answer');
    expect(event.detail).to.deep.equal({ value: ['integrated'] });
    expect(el.value).to.equal('integrated');
  });

  it('marks the chosen card with a 4px ring without moving anything: no card, radio or text changes its box', async () => {
    const el = await picker();
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=card]')];
    const boxes = () =>
      cards.flatMap((card) => [card, card.querySelector('input')!, card.querySelector('.title')!, card.querySelector('.desc')!]).map((box) => JSON.stringify(box.getBoundingClientRect()));
    const before = boxes();
    const card = cards[1]!;
    setTimeout(() => card.querySelector<HTMLElement>('.title')!.click());
    await oneEvent(el, 'poolster-answer');
    await el.updateComplete;
    expect(card.classList.contains('checked')).to.equal(true);
    expect(boxes(), 'choosing a stage repaints its card; it does not lay out the cards again').to.deep.equal(before);
    const style = getComputedStyle(card);
    // The ring: the 2px border and a 2px inset shadow inside it, both in the accent colour.
    expect(style.borderTopWidth).to.equal('2px');
    expect(style.boxShadow).to.match(/inset/).and.to.contain('2px');
    expect(style.boxShadow.startsWith(style.borderTopColor), 'the shadow has the border colour').to.equal(true);
    expect(getComputedStyle(cards[0]!).boxShadow, 'another card has no ring').to.equal('none');
  });

  it("draws each radio in its card's left padding, at the title's line, with no positioned box (each would be a paint layer of its own)", async () => {
    const el = await picker('planned');
    for (const card of el.shadowRoot!.querySelectorAll<HTMLElement>('[part=card]')) {
      const [input, title, desc] = [card.querySelector('input')!, card.querySelector<HTMLElement>('.title')!, card.querySelector<HTMLElement>('.desc')!];
      const [box, radio, text] = [card.getBoundingClientRect(), input.getBoundingClientRect(), title.getBoundingClientRect()];
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const border = parseFloat(getComputedStyle(card).borderLeftWidth);
      expect(radio.left - box.left - border, 'the radio 0.75rem inside the border').to.be.closeTo(0.75 * rem, 0.5);
      expect(radio.top - box.top - border, 'the radio 0.9rem below the border').to.be.closeTo(0.9 * rem, 0.5);
      expect(radio.right, 'the radio left of the title').to.be.at.most(text.left);
      expect(text.left - box.left - border, 'the text 2.75rem inside the border').to.be.closeTo(2.75 * rem, 0.5);
      expect(desc.getBoundingClientRect().left, 'the description under the title, not around the radio').to.be.closeTo(text.left, 0.5);
      expect([getComputedStyle(card).position, getComputedStyle(input).position]).to.deep.equal(['static', 'static']);
    }
  });

  it('keeps the chosen radio and text where every other card has them in forced colours, where the ring is a 4px border', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await picker('planned');
      const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=card]')];
      const offsets = cards.map((card) => {
        const box = card.getBoundingClientRect();
        return [card.querySelector('input')!, card.querySelector('.title')!].map((part) => {
          const r = part.getBoundingClientRect();
          return [r.left - box.left, r.top - box.top];
        });
      });
      expect(getComputedStyle(cards[1]!).borderTopWidth, 'the chosen card').to.equal('4px');
      expect(offsets[1], 'the chosen card against the first').to.deep.equal(offsets[0]);
      expect(offsets[2], 'the third card against the first').to.deep.equal(offsets[0]);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('moves between stages with the arrow keys', async () => {
    const el = await picker('fragmentary');
    radios(el)[0]!.focus();
    const events: string[][] = [];
    el.addEventListener('poolster-answer', (e) => events.push((e as CustomEvent).detail.value));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(events).to.deep.equal([['planned'], ['integrated']]);
    expect(el.value).to.equal('integrated');
  });

  it('does not fire when the value is set by the program', async () => {
    const el = await picker();
    let fired = 0;
    el.addEventListener('poolster-answer', () => (fired += 1));
    el.value = 'planned';
    await el.updateComplete;
    expect(radios(el)[1]!.checked).to.equal(true);
    expect(fired).to.equal(0);
  });

  it('shows an error inline with a hidden prefix and marks every radio invalid', async () => {
    const el = await picker(undefined, { error: 'Beantwoord deze vraag.' });
    const message = el.shadowRoot!.getElementById('error')!;
    expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fout: Beantwoord deze vraag.');
    for (const input of radios(el)) {
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('error');
    }
    el.error = '';
    await el.updateComplete;
    expect(radios(el).some((i) => i.hasAttribute('aria-invalid'))).to.equal(false);
  });

  it('read-only: shows the choice, changes nothing', async () => {
    const el = await picker('planned', { readonly: true, lang: 'en' });
    let fired = 0;
    el.addEventListener('poolster-answer', () => (fired += 1));
    el.shadowRoot!.querySelectorAll<HTMLElement>('[part=card]')[0]!.click();
    await el.updateComplete;
    expect(el.value).to.equal('planned');
    expect(fired).to.equal(0);
    expect(el.shadowRoot!.querySelector('.chosen')!.textContent).to.equal('chosen');
  });

  describe('with a real mouse, the first card scrolled out of view', () => {
    const long = 'Het team werkt dit uit in een plan dat iedereen kent en dat jaarlijks wordt bijgesteld. '.repeat(4);
    const tall: StageCard[] = ['fragmentary', 'planned', 'integrated', 'systematic', 'embedded'].map((id, i) => ({
      id,
      label: `Fase ${i + 1}`,
      paragraphs: [long, `${long} (${id})`],
    }));

    async function page() {
      await useLaptopViewport();
      // A column as narrow as the scan's, between page-high blocks: the cards stack and the page scrolls.
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 380px">
        <div style="height: 1400px"></div>
        <poolster-stage-picker legend="Waar staat het centrum?" .stages=${tall}></poolster-stage-picker>
        <div style="height: 1400px"></div>
      </div>`);
      const el = wrapper.querySelector('poolster-stage-picker')!;
      await el.updateComplete;
      return el;
    }

    it('chooses the stage whose text is clicked, on every card, and the page does not move', async () => {
      const el = await page();
      const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=card]')];
      for (const [i, card] of cards.entries()) {
        for (const text of [card.querySelector('.title')!, card.querySelectorAll('.para')[1]!]) {
          if (i === 0 && text.classList.contains('title')) continue; // the first card's title sits next to the radio that must be out of view
          el.value = undefined;
          await el.updateComplete;
          scrollFirstOutOfView(radios(el)[0]!, text);
          const answered = oneEvent(el, 'poolster-answer');
          const { scrolled } = await clickText(text);
          expect((await answered).detail, `card ${i + 1}`).to.deep.equal({ value: [tall[i]!.id] });
          expect(el.value).to.equal(tall[i]!.id);
          expect(scrolled, `the page moved when card ${i + 1} was clicked`).to.equal(0);
          expect(focusedRadio(el), 'the chosen radio has focus').to.equal(i);
        }
      }
      await expect(el).to.be.accessible();
    });

    it('read-only: a click on a card changes nothing and moves nothing', async () => {
      const el = await page();
      el.value = 'planned';
      el.readonly = true;
      await el.updateComplete;
      const text = el.shadowRoot!.querySelectorAll('[part=card]')[3]!.querySelectorAll('.para')[1]!;
      scrollFirstOutOfView(radios(el)[0]!, text);
      let fired = 0;
      el.addEventListener('poolster-answer', () => (fired += 1));
      const { scrolled } = await clickText(text);
      expect([el.value, fired, scrolled]).to.deep.equal(['planned', 0, 0]);
    });

    it('el.focus() still reaches the chosen radio (the error summary and "change" links rely on it)', async () => {
      const el = await page();
      el.focus();
      expect(focusedRadio(el)).to.equal(0);
      el.value = 'integrated';
      el.focus();
      await el.updateComplete;
      expect(focusedRadio(el), 'the chosen one, after the pending render').to.equal(2);
    });
  });

  it('columns: reflected, one column per stage side by side filling the height, a description that does not fit scrolls in its card (focusable), accessible', async () => {
    await useLaptopViewport(); // wider than 70rem: below it the columns wrap to two per row
    const el = await fixture<PoolsterStagePicker>(
      html`<div class="frame"><poolster-stage-picker columns legend="Waar staat het centrum?" .stages=${stages}></poolster-stage-picker></div>`,
    );
    const frame = el as unknown as HTMLDivElement;
    frame.style.height = '240px';
    frame.style.width = '1200px';
    const inner = frame.querySelector<PoolsterStagePicker>('poolster-stage-picker')!;
    inner.stages = [...stages.slice(0, 2), { ...stages[2]!, paragraphs: Array.from({ length: 30 }, (_, i) => `Alinea ${i + 1}.`) }];
    await inner.updateComplete;
    expect(inner.columns).to.equal(true);
    const cards = [...inner.shadowRoot!.querySelectorAll<HTMLElement>('.card')].map((c) => c.getBoundingClientRect());
    expect(new Set(cards.map((r) => Math.round(r.top))).size, 'side by side').to.equal(1);
    expect(Math.max(...cards.map((r) => r.bottom)), 'within the element').to.be.at.most(frame.getBoundingClientRect().bottom + 0.5);
    const long = inner.shadowRoot!.querySelectorAll<HTMLElement>('.desc')[2]!;
    expect(long.scrollHeight, 'the long description overflows its box').to.be.above(long.clientHeight);
    expect(getComputedStyle(long).overflowY).to.equal('auto');
    expect(long.tabIndex, 'reachable by keyboard to scroll').to.equal(0);
    await expect(inner).to.be.accessible();
    inner.columns = false;
    await inner.updateComplete;
    expect(inner.hasAttribute('columns')).to.equal(false);
    expect(long.hasAttribute('tabindex'), 'no extra tab stops outside columns').to.equal(false);
  });

  it('chooseAt chooses a stage as a click would (event and focus), and does nothing when read-only or out of range', async () => {
    const el = await picker();
    const answered = oneEvent(el, 'poolster-answer');
    el.chooseAt(1);
    expect((await answered).detail).to.deep.equal({ value: ['planned'] });
    expect(el.value).to.equal('planned');
    expect(focusedRadio(el)).to.equal(1);
    el.chooseAt(7);
    expect(el.value).to.equal('planned');
    el.readonly = true;
    await el.updateComplete;
    el.chooseAt(0);
    expect(el.value).to.equal('planned');
  });
});
