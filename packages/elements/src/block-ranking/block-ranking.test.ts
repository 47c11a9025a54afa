import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { BlockOption } from '../block-pick/block-pick.js';
import { defineOnce } from '../shared/define-once.js';
import { clickText, scrollFirstOutOfView, useLaptopViewport } from '../shared/pointer.test-helpers.js';
import { PoolsterBlockRanking } from './block-ranking.js';

defineOnce('poolster-block-ranking', PoolsterBlockRanking);

const C1 = 'De leerlingenbegeleiding geboden door CLB';
const C2 = 'Sterke partnerschappen binnen het ecosysteem';
const C3 = 'Het CLB-beleid';
/** The eleven building blocks of the GO! CLB scan, in their three clusters. */
const eleven: BlockOption[] = [
  { id: 'student-advocate', label: 'Behartiger van de leerling', group: C1 },
  { id: 'integrated-core-processes', label: 'Geïntegreerde benadering van de kernprocessen', group: C1 },
  { id: 'prevention', label: 'Preventie', group: C1 },
  { id: 'strong-teamwork', label: 'Sterk teamwerk', group: C2 },
  { id: 'internal-partnership', label: 'Sterk partnerschap: intern binnen GO!', group: C2 },
  { id: 'external-network', label: 'Sterk netwerk: netoverstijgend en extern', group: C2 },
  { id: 'integral-policy', label: 'Integraal beleid', group: C3 },
  { id: 'professional-learning-community', label: 'Ontwikkeling als professionele leergemeenschap (PLG)', group: C3 },
  { id: 'shared-leadership', label: 'Vanuit gedeeld leiderschap', group: C3 },
  { id: 'inquiring-attitude', label: 'Onderzoekende houding', group: C3 },
  { id: 'informed-practice', label: 'Geïnformeerde praktijken', group: C3 },
];
/** Three blocks without clusters. */
const three: BlockOption[] = [
  { id: 'a', label: 'Alfa' },
  { id: 'b', label: 'Bravo' },
  { id: 'c', label: 'Charlie' },
];

async function ranking(blocks: BlockOption[] = eleven, props: Partial<PoolsterBlockRanking> = {}) {
  const el = await fixture<PoolsterBlockRanking>(
    html`<poolster-block-ranking legend="Onze prioriteiten" .blocks=${blocks} min="3" max="5"></poolster-block-ranking>`,
  );
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}
const root = (el: PoolsterBlockRanking) => el.shadowRoot!;
const rows = (el: PoolsterBlockRanking) => [...root(el).querySelectorAll<HTMLLIElement>('[part="list"] > li')];
const rowIds = (el: PoolsterBlockRanking) => rows(el).map((r) => r.dataset.id);
const rowText = (row: Element, selector: string) => row.querySelector(selector)!.textContent!.trim();
const button = (el: PoolsterBlockRanking, index: number, action: 'up' | 'down' | 'remove') =>
  root(el).querySelector<HTMLButtonElement>(`li[data-index="${index}"] button.${action}`)!;
const select = (el: PoolsterBlockRanking) => root(el).querySelector<HTMLSelectElement>('#add-select');
const addButton = (el: PoolsterBlockRanking) => root(el).querySelector<HTMLButtonElement>('button.add-button');
const status = (el: PoolsterBlockRanking) => root(el).querySelector('[part="status"]')!.textContent!.trim();
const focused = (el: PoolsterBlockRanking) => root(el).activeElement as HTMLElement | null;
const optionValues = (el: PoolsterBlockRanking) => [...select(el)!.querySelectorAll('option')].map((o) => o.value);

function record(el: HTMLElement) {
  const details: unknown[] = [];
  el.addEventListener('poolster-answer', (e) => details.push((e as CustomEvent).detail));
  return details;
}
async function click(el: PoolsterBlockRanking, target: HTMLElement) {
  target.click();
  await el.updateComplete;
  await el.updateComplete;
}
/** Lets the element's async focus move run. */
const settle = (el: PoolsterBlockRanking) => el.updateComplete.then(() => new Promise((r) => setTimeout(r, 0)));

describe('poolster-block-ranking', () => {
  afterEach(() => resetMouse());

  describe('accessibility', () => {
    it('is accessible empty, partly filled and full', async () => {
      await expect(await ranking()).to.be.accessible();
      await expect(await ranking(eleven, { value: ['prevention', 'integral-policy'], hint: 'Denk aan volgend schooljaar.' })).to.be.accessible();
      const full = await ranking(eleven, { value: ['prevention', 'integral-policy', 'strong-teamwork', 'student-advocate', 'informed-practice'] });
      await click(full, button(full, 1, 'up'));
      expect(status(full)).to.equal('Integraal beleid staat nu op plaats 1 van 5.');
      await expect(full).to.be.accessible();
    });

    it('is accessible with an error, read-only, in French, and with three blocks without clusters', async () => {
      await expect(await ranking(eleven, { value: ['prevention'], error: 'Kies er minstens 3.' })).to.be.accessible();
      await expect(await ranking(eleven, { value: ['prevention', 'integral-policy'], readonly: true, error: 'Kies er minstens 3.' })).to.be.accessible();
      await expect(await ranking(eleven, { value: ['prevention'], lang: 'fr' })).to.be.accessible();
      await expect(await ranking(three, { value: ['c', 'a'], max: 3 })).to.be.accessible();
    });
  });

  describe('defaults and attributes', () => {
    it('has documented defaults', async () => {
      const el = await fixture<PoolsterBlockRanking>(html`<poolster-block-ranking></poolster-block-ranking>`);
      expect(el.legend).to.equal('');
      expect(el.hint).to.equal('');
      expect(el.blocks).to.deep.equal([]);
      expect(el.min).to.equal(1);
      expect(el.max).to.equal(5);
      expect(el.value).to.deep.equal([]);
      expect(el.slotLabel).to.equal('');
      expect(el.required).to.equal(false);
      expect(el.error).to.equal('');
      expect(el.readonly).to.equal(false);
      expect(el.lang).to.equal('nl');
      expect(root(el).querySelector('#rules')!.textContent).to.equal('Kies er minstens 1 en hoogstens 5, de belangrijkste eerst.');
      expect(root(el).querySelector('.empty')!.textContent).to.equal('Nog geen bouwstenen gekozen.');
      expect(root(el).querySelector('[part="list"]')).to.equal(null);
    });

    it('reads its attributes into properties', async () => {
      const el = await fixture<PoolsterBlockRanking>(
        html`<poolster-block-ranking legend="L" hint="H" min="2" max="4" slot-label="Keuze {n}" required error="E" readonly lang="en"></poolster-block-ranking>`,
      );
      expect([el.legend, el.hint, el.min, el.max, el.slotLabel, el.required, el.error, el.readonly, el.lang]).to.deep.equal([
        'L',
        'H',
        2,
        4,
        'Keuze {n}',
        true,
        'E',
        true,
        'en',
      ]);
    });

    it('reflects readonly, not lang', async () => {
      const el = await ranking(three);
      el.readonly = true;
      el.lang = 'fr';
      await el.updateComplete;
      expect(el.hasAttribute('readonly')).to.equal(true);
      expect(el.hasAttribute('lang')).to.equal(false);
    });
  });

  describe('rendering', () => {
    it('renders each chosen block with its place, its label and three named buttons', async () => {
      const el = await ranking(eleven, { value: ['prevention', 'integral-policy', 'strong-teamwork'] });
      expect(root(el).querySelector('[part="list"]')!.tagName).to.equal('OL');
      expect(rows(el).map((r) => rowText(r, '.slot'))).to.deep.equal(['Prioriteit 1', 'Prioriteit 2', 'Prioriteit 3']);
      expect(rows(el).map((r) => rowText(r, '.label'))).to.deep.equal(['Preventie', 'Integraal beleid', 'Sterk teamwerk']);
      const first = rows(el)[0]!;
      expect([...first.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Omhoog', 'Omlaag', 'Verwijderen']);
      expect([...first.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Omhoog: Preventie',
        'Omlaag: Preventie',
        'Verwijderen: Preventie',
      ]);
      expect([...root(el).querySelectorAll('button')].some((b) => b.disabled)).to.equal(false);
      expect(rows(el).map((r) => r.querySelector('.up')!.getAttribute('aria-disabled'))).to.deep.equal(['true', 'false', 'false']);
      expect(rows(el).map((r) => r.querySelector('.down')!.getAttribute('aria-disabled'))).to.deep.equal(['false', 'false', 'true']);
      expect(root(el).querySelector('#rules')!.textContent).to.equal('Kies er minstens 3 en hoogstens 5, de belangrijkste eerst.');
    });

    it('offers only the blocks not chosen yet, grouped by cluster, after a placeholder', async () => {
      const el = await ranking(eleven, { value: ['prevention', 'integral-policy'] });
      expect(root(el).querySelector('label[for="add-select"]')!.textContent).to.equal('Bouwsteen toevoegen');
      expect(addButton(el)!.textContent).to.equal('Toevoegen');
      expect(optionValues(el)).to.deep.equal(['', ...eleven.map((b) => b.id).filter((id) => id !== 'prevention' && id !== 'integral-policy')]);
      expect(select(el)!.value).to.equal('');
      const groups = [...select(el)!.querySelectorAll('optgroup')];
      expect(groups.map((g) => g.label)).to.deep.equal([C1, C2, C3]);
      expect(groups.map((g) => g.querySelectorAll('option').length)).to.deep.equal([2, 3, 4]);
    });

    it('uses no optgroup for blocks without a cluster', async () => {
      const el = await ranking(three, { value: ['b'] });
      expect(select(el)!.querySelectorAll('optgroup').length).to.equal(0);
      expect(optionValues(el)).to.deep.equal(['', 'a', 'c']);
    });

    it('replaces the add control with a sentence at the maximum', async () => {
      const el = await ranking(three, { value: ['a', 'b'], max: 2, min: 1 });
      expect(select(el)).to.equal(null);
      expect(addButton(el)).to.equal(null);
      expect(root(el).querySelector('[part="add"]')!.textContent).to.equal('Je hebt het maximum van 2 gekozen.');
    });

    it('uses the slot-label template, and leaves out the minimum when it is 0', async () => {
      const el = await ranking(three, { value: ['c', 'a'], slotLabel: 'Keuze {n}:', min: 0, max: 3 });
      expect(rows(el).map((r) => rowText(r, '.slot'))).to.deep.equal(['Keuze 1:', 'Keuze 2:']);
      expect(root(el).querySelector('#rules')!.textContent).to.equal('Kies er hoogstens 3, de belangrijkste eerst.');
    });

    it('ignores unknown and duplicate ids', async () => {
      const el = await ranking(three, { value: ['c', 'gone', 'c', 'a'] });
      expect(rowIds(el)).to.deep.equal(['c', 'a']);
      expect(optionValues(el)).to.deep.equal(['', 'b']);
    });

    it('focus() reaches its first control, and keeps the element API (remove()) intact', async () => {
      const empty = await ranking(three);
      empty.focus();
      expect(focused(empty)).to.equal(select(empty));
      const filled = await ranking(three, { value: ['b'] });
      filled.focus();
      expect(focused(filled)).to.equal(button(filled, 0, 'up'));
      const parent = filled.parentElement!;
      filled.remove();
      expect(parent.contains(filled)).to.equal(false);
    });

    it('has a polite status region', async () => {
      const el = await ranking();
      const region = root(el).querySelector('[part="status"]')!;
      expect(region.getAttribute('role')).to.equal('status');
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(status(el)).to.equal('');
    });
  });

  describe('adding', () => {
    it('adds the selected block by mouse, at the end', async () => {
      const el = await ranking(eleven, { value: ['prevention'] });
      const details = record(el);
      select(el)!.value = 'strong-teamwork';
      select(el)!.dispatchEvent(new Event('change', { bubbles: true }));
      const r = addButton(el)!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
      await settle(el);
      expect(details).to.deep.equal([{ value: ['prevention', 'strong-teamwork'] }]);
      expect(rowIds(el)).to.deep.equal(['prevention', 'strong-teamwork']);
      expect(status(el)).to.equal('Sterk teamwerk is toegevoegd op plaats 2.');
      expect(select(el)!.value).to.equal('');
      expect(optionValues(el)).to.not.include('strong-teamwork');
    });

    it('adds by keyboard: arrow in the select, Tab to the button, Enter', async () => {
      const el = await ranking(three, { value: ['b'] });
      const details = record(el);
      select(el)!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(select(el)!.value).to.equal('c');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(addButton(el));
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(details).to.deep.equal([{ value: ['b', 'c'] }]);
      expect(focused(el)).to.equal(addButton(el));
      expect(select(el)!.value).to.equal('');
    });

    it('without a choice adds nothing, says so and goes to the select', async () => {
      const el = await ranking(three);
      const details = record(el);
      addButton(el)!.focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(details).to.deep.equal([]);
      expect(status(el)).to.equal('Kies eerst een bouwsteen in de lijst.');
      expect(focused(el)).to.equal(select(el));
    });

    it('at the maximum, announces it and focuses the new block\'s "move up"', async () => {
      const el = await ranking(three, { value: ['a', 'b'], max: 3 });
      select(el)!.value = 'c';
      const done = oneEvent(el, 'poolster-answer');
      addButton(el)!.click();
      expect((await done).detail).to.deep.equal({ value: ['a', 'b', 'c'] });
      await settle(el);
      expect(select(el)).to.equal(null);
      expect(status(el)).to.equal('Charlie is toegevoegd op plaats 3. Je hebt het maximum van 3 gekozen.');
      expect(focused(el)).to.equal(button(el, 2, 'up'));
    });
  });

  describe('moving', () => {
    it('moves down by mouse; focus follows the block to its new row', async () => {
      const el = await ranking(eleven, { value: ['prevention', 'integral-policy', 'strong-teamwork'] });
      const details = record(el);
      const r = button(el, 0, 'down').getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
      await settle(el);
      expect(details).to.deep.equal([{ value: ['integral-policy', 'prevention', 'strong-teamwork'] }]);
      expect(rows(el).map((r) => rowText(r, '.label'))).to.deep.equal(['Integraal beleid', 'Preventie', 'Sterk teamwerk']);
      expect(status(el)).to.equal('Preventie staat nu op plaats 2 van 3.');
      expect(focused(el)).to.equal(button(el, 1, 'down'));
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Omlaag: Preventie');
    });

    it('moves with Enter and Space on the same button, down to the last place, where it stays focused', async () => {
      const el = await ranking(eleven, { value: ['prevention', 'integral-policy', 'strong-teamwork', 'student-advocate'] });
      const details = record(el);
      button(el, 0, 'up').focus();
      await sendKeys({ press: 'Tab' }); // "Omlaag: Preventie"
      expect(focused(el)).to.equal(button(el, 0, 'down'));
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await sendKeys({ press: 'Space' });
      await settle(el);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(details).to.deep.equal([
        { value: ['integral-policy', 'prevention', 'strong-teamwork', 'student-advocate'] },
        { value: ['integral-policy', 'strong-teamwork', 'prevention', 'student-advocate'] },
        { value: ['integral-policy', 'strong-teamwork', 'student-advocate', 'prevention'] },
      ]);
      expect(status(el)).to.equal('Preventie staat nu op plaats 4 van 4.');
      expect(focused(el)).to.equal(button(el, 3, 'down'));
      expect(focused(el)!.getAttribute('aria-disabled')).to.equal('true');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Omlaag: Preventie');
      // pressing the now aria-disabled button does nothing
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(details.length).to.equal(3);
      expect(focused(el)).to.equal(button(el, 3, 'down'));
    });

    it('moves up with Space', async () => {
      const el = await ranking(three, { value: ['a', 'b', 'c'] });
      const details = record(el);
      button(el, 2, 'up').focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(details).to.deep.equal([{ value: ['a', 'c', 'b'] }]);
      expect(focused(el)).to.equal(button(el, 1, 'up'));
      expect(status(el)).to.equal('Charlie staat nu op plaats 2 van 3.');
    });

    it('ignores "up" on the first row and "down" on the last', async () => {
      const el = await ranking(three, { value: ['a', 'b'] });
      const details = record(el);
      await click(el, button(el, 0, 'up'));
      await click(el, button(el, 1, 'down'));
      expect(details).to.deep.equal([]);
      expect(rowIds(el)).to.deep.equal(['a', 'b']);
    });

    it('moves with Alt+ArrowUp and Alt+ArrowDown from any button of a row, keeping that button focused', async () => {
      const el = await ranking(eleven, { value: ['prevention', 'integral-policy', 'strong-teamwork'] });
      const details = record(el);
      button(el, 2, 'remove').focus();
      await sendKeys({ press: 'Alt+ArrowUp' });
      await settle(el);
      expect(focused(el)).to.equal(button(el, 1, 'remove'));
      await sendKeys({ press: 'Alt+ArrowUp' });
      await settle(el);
      expect(focused(el)).to.equal(button(el, 0, 'remove'));
      await sendKeys({ press: 'Alt+ArrowUp' }); // already first: nothing
      await settle(el);
      await sendKeys({ press: 'Alt+ArrowDown' });
      await settle(el);
      expect(details).to.deep.equal([
        { value: ['prevention', 'strong-teamwork', 'integral-policy'] },
        { value: ['strong-teamwork', 'prevention', 'integral-policy'] },
        { value: ['prevention', 'strong-teamwork', 'integral-policy'] },
      ]);
      expect(focused(el)).to.equal(button(el, 1, 'remove'));
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Verwijderen: Sterk teamwerk');
      expect(status(el)).to.equal('Sterk teamwerk staat nu op plaats 2 van 3.');
      // a plain arrow key is not a move
      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      expect(details.length).to.equal(3);
    });

    it('announces the same move twice with a new node', async () => {
      const el = await ranking(three, { value: ['a', 'b'] });
      await click(el, button(el, 0, 'down'));
      const first = root(el).querySelector('[part="status"] span');
      await click(el, button(el, 0, 'down'));
      await click(el, button(el, 0, 'down'));
      const again = root(el).querySelector('[part="status"] span');
      expect(again!.textContent).to.equal(first!.textContent);
      expect(again).to.not.equal(first);
    });
  });

  describe('with a real mouse, the first row scrolled out of view', () => {
    it('a click on text focuses nothing; the add label, "add" and "move down" work; the page never moves', async () => {
      await useLaptopViewport();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 420px">
        <div style="height: 1400px"></div>
        <poolster-block-ranking legend="Onze prioriteiten" .blocks=${eleven} min="3" max="5"></poolster-block-ranking>
        <div style="height: 1400px"></div>
      </div>`);
      const el = wrapper.querySelector('poolster-block-ranking')!;
      el.value = ['prevention', 'integral-policy', 'strong-teamwork', 'student-advocate'];
      await el.updateComplete;
      const first = button(el, 0, 'up');
      const details = record(el);

      for (const text of [rows(el)[2]!.querySelector('.label')!, rows(el)[3]!.querySelector('.slot')!, rows(el)[1]!.querySelector('.label')!]) {
        scrollFirstOutOfView(first, text);
        expect((await clickText(text)).scrolled, `a click on "${text.textContent!.trim()}"`).to.equal(0);
        expect(focused(el)?.localName ?? 'nothing', 'focus stays where it was').to.equal('nothing');
      }

      const label = root(el).querySelector('label[for="add-select"]')!;
      scrollFirstOutOfView(first, label);
      expect((await clickText(label)).scrolled).to.equal(0);
      expect(focused(el)?.id, 'the label leads to its select').to.equal('add-select');
      await sendKeys({ press: 'ArrowDown' });
      expect(select(el)!.value, 'the first block not yet ranked').to.equal('integrated-core-processes');

      const add = addButton(el)!;
      scrollFirstOutOfView(first, add);
      expect((await clickText(add)).scrolled).to.equal(0);
      await settle(el);
      expect(rowIds(el)).to.deep.equal(['prevention', 'integral-policy', 'strong-teamwork', 'student-advocate', 'integrated-core-processes']);

      const down = button(el, 1, 'down');
      scrollFirstOutOfView(first, down);
      expect((await clickText(down)).scrolled).to.equal(0);
      await settle(el);
      expect(rowIds(el).slice(0, 3)).to.deep.equal(['prevention', 'strong-teamwork', 'integral-policy']);
      expect(focused(el)?.getAttribute('aria-label')).to.equal('Omlaag: Integraal beleid');
      expect(details).to.have.length(2);
      await expect(el).to.be.accessible();
    });
  });

  describe('removing', () => {
    it('removes by mouse and moves focus to the next row\'s remove button', async () => {
      const el = await ranking(three, { value: ['a', 'b', 'c'] });
      const details = record(el);
      await click(el, button(el, 0, 'remove'));
      await settle(el);
      expect(details).to.deep.equal([{ value: ['b', 'c'] }]);
      expect(status(el)).to.equal('Alfa is verwijderd.');
      expect(focused(el)).to.equal(button(el, 0, 'remove'));
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Verwijderen: Bravo');
      expect(optionValues(el)).to.deep.equal(['', 'a']);
    });

    it('removes the last row by keyboard and focuses the previous remove button, then the select', async () => {
      const el = await ranking(three, { value: ['a', 'b'] });
      const details = record(el);
      button(el, 1, 'down').focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(button(el, 1, 'remove'));
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(focused(el)).to.equal(button(el, 0, 'remove'));
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(details).to.deep.equal([{ value: ['a'] }, { value: [] }]);
      expect(focused(el)).to.equal(select(el));
      expect(root(el).querySelector('.empty')).to.not.equal(null);
    });

    it('removing at the maximum brings the add control back', async () => {
      const el = await ranking(three, { value: ['a', 'b', 'c'], max: 3 });
      expect(select(el)).to.equal(null);
      await click(el, button(el, 1, 'remove'));
      expect(select(el)).to.not.equal(null);
      expect(optionValues(el)).to.deep.equal(['', 'b']);
    });
  });

  describe('events and programmatic changes', () => {
    it('fires a bubbling, composed poolster-answer', async () => {
      const el = await ranking(three, { value: ['a', 'b'] });
      const done = oneEvent(el, 'poolster-answer');
      button(el, 1, 'up').click();
      const event = await done;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    });

    it('fires nothing on programmatic changes, but renders them', async () => {
      const el = await ranking(three);
      const details = record(el);
      el.value = ['c', 'b'];
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['c', 'b']);
      el.max = 2;
      el.min = 2;
      await el.updateComplete;
      expect(select(el)).to.equal(null);
      expect(details).to.deep.equal([]);
    });

    it('keeps its message when the host echoes the value, and drops it for a different answer', async () => {
      const el = await ranking(three, { value: ['a', 'b'] });
      el.addEventListener('poolster-answer', (e) => {
        el.value = [...(e as CustomEvent).detail.value];
      });
      await click(el, button(el, 0, 'down'));
      expect(rowIds(el)).to.deep.equal(['b', 'a']);
      expect(status(el)).to.equal('Alfa staat nu op plaats 2 van 2.');
      el.value = ['c'];
      await el.updateComplete;
      expect(status(el)).to.equal('');
    });
  });

  describe('validation display', () => {
    it('shows the error before the controls and marks the select invalid', async () => {
      const el = await ranking(eleven, { value: ['prevention'], error: 'Kies er minstens 3.', hint: 'H' });
      const message = root(el).querySelector('#error')!;
      expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fout: Kies er minstens 3.');
      expect(root(el).querySelector('fieldset')!.classList.contains('has-error')).to.equal(true);
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('hint rules error');
      expect(select(el)!.getAttribute('aria-invalid')).to.equal('true');
      expect(select(el)!.getAttribute('aria-describedby')).to.equal('error');
      expect(message.compareDocumentPosition(root(el).querySelector('ol')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it('has no aria-invalid without an error', async () => {
      const el = await ranking(eleven, { value: ['prevention'], error: 'x' });
      el.error = '';
      await el.updateComplete;
      expect(root(el).querySelector('#error')).to.equal(null);
      expect(root(el).querySelector('fieldset')!.classList.contains('has-error')).to.equal(false);
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('rules');
      expect(select(el)!.hasAttribute('aria-invalid')).to.equal(false);
    });
  });

  describe('readonly', () => {
    it('shows the ranking with no control at all, and Alt+Arrow does nothing', async () => {
      const el = await ranking(eleven, { value: ['prevention', 'integral-policy'], readonly: true });
      const details = record(el);
      expect(rows(el).map((r) => rowText(r, '.slot'))).to.deep.equal(['Prioriteit 1', 'Prioriteit 2']);
      expect(rows(el).map((r) => rowText(r, '.label'))).to.deep.equal(['Preventie', 'Integraal beleid']);
      expect(root(el).querySelectorAll('button, select, input, textarea, [tabindex]').length).to.equal(0);
      expect(root(el).querySelector('#rules')).to.equal(null);
      rows(el)[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }));
      await el.updateComplete;
      expect(details).to.deep.equal([]);
      expect(rowIds(el)).to.deep.equal(['prevention', 'integral-policy']);
    });
  });

  describe('languages', () => {
    it('speaks French', async () => {
      const el = await ranking(eleven, { value: ['prevention', 'integral-policy'], lang: 'fr' });
      expect(rows(el).map((r) => rowText(r, '.slot'))).to.deep.equal(['Priorité 1', 'Priorité 2']);
      expect([...rows(el)[0]!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Monter', 'Descendre', 'Retirer']);
      expect(rows(el)[0]!.querySelector('.up')!.getAttribute('aria-label')).to.equal('Monter : Preventie');
      expect(root(el).querySelector('label[for="add-select"]')!.textContent).to.equal('Ajouter un module');
      expect(addButton(el)!.textContent).to.equal('Ajouter');
      expect(root(el).querySelector('#rules')!.textContent).to.equal(
        'Choisissez-en au moins 3 et au plus 5, le plus important en premier.',
      );
      await click(el, button(el, 0, 'down'));
      expect(status(el)).to.equal('Preventie est maintenant à la place 2 sur 2.');
      el.max = 2;
      await el.updateComplete;
      expect(root(el).querySelector('[part="add"]')!.textContent).to.equal('Vous avez choisi le maximum de 2.');
    });

    it('speaks English', async () => {
      const el = await ranking(eleven, { value: ['prevention', 'integral-policy'], lang: 'en' });
      expect(rows(el).map((r) => rowText(r, '.slot'))).to.deep.equal(['Priority 1', 'Priority 2']);
      expect([...rows(el)[1]!.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Move up: Integraal beleid',
        'Move down: Integraal beleid',
        'Remove: Integraal beleid',
      ]);
      expect(root(el).querySelector('label[for="add-select"]')!.textContent).to.equal('Add a building block');
      expect(root(el).querySelector('#rules')!.textContent).to.equal('Choose at least 3 and at most 5, the most important first.');
      await click(el, button(el, 1, 'up'));
      expect(status(el)).to.equal('Integraal beleid is now at place 1 of 2.');
      el.value = [];
      await el.updateComplete;
      expect(root(el).querySelector('.empty')!.textContent).to.equal('No building blocks chosen yet.');
    });
  });
});
