import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { BlockOption } from '../block-pick/block-pick.js';
import { C1, C2, C3, eleven, three } from '../block-pick/block-pick.test-helpers.js';
import { defineOnce } from '../shared/define-once.js';
import { PoolsterBlockRanking } from './block-ranking.js';
import {
  addButtonFor,
  addButtons,
  button,
  candidateGroupTitles,
  candidateIds,
  focused,
  ranking,
  record,
  root,
  rowIds,
  rowText,
  rows,
  settle,
  status,
} from './block-ranking.test-helpers.js';

defineOnce('poolster-block-ranking', PoolsterBlockRanking);

/** The eleven blocks with the context a scan gives them: a stage → ambition detail, and three suggestions. */
const withContext: BlockOption[] = eleven.map((b) => ({
  ...b,
  detail: b.id === 'integral-policy' ? 'Geïntegreerd (aanhouden)' : 'Planmatig → Geïntegreerd',
  ...(b.id === 'prevention' || b.id === 'shared-leadership' ? { suggestion: 'voorstel: 2 stadia groei' } : {}),
}));

/** A real click in the middle of `target`, through the browser's input pipeline. */
async function mouseClick(el: PoolsterBlockRanking, target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
  await settle(el);
}

/** Every accessible name of the element's buttons (aria-label, else the text). */
const buttonNames = (el: PoolsterBlockRanking) =>
  [...root(el).querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim());

describe('poolster-block-ranking', () => {
  afterEach(() => resetMouse());

  describe('adding in one action', () => {
    it('ranks three blocks with three mouse clicks, each added at the end and announced', async () => {
      const el = await ranking(eleven);
      const details = record(el);
      let clicks = 0;
      for (const id of ['prevention', 'integral-policy', 'strong-teamwork']) {
        await mouseClick(el, addButtonFor(el, id)!);
        clicks += 1;
      }
      expect(clicks).to.equal(3);
      expect(details).to.deep.equal([
        { value: ['prevention'] },
        { value: ['prevention', 'integral-policy'] },
        { value: ['prevention', 'integral-policy', 'strong-teamwork'] },
      ]);
      expect(rowIds(el)).to.deep.equal(['prevention', 'integral-policy', 'strong-teamwork']);
      expect(status(el)).to.equal('Sterk teamwerk is toegevoegd op plaats 3.');
      expect(candidateIds(el)).to.not.include.members(['prevention', 'integral-policy', 'strong-teamwork']);
      expect(addButtons(el)[0]!.getAttribute('aria-label')).to.equal('Toevoegen als Prioriteit 4: Behartiger van de leerling');
    });

    it('moves focus to the add button now at the same place, or the one before it when the last was taken', async () => {
      const el = await ranking(eleven);
      addButtons(el)[2]!.click(); // prevention, the third in the list
      await settle(el);
      expect(rowIds(el)).to.deep.equal(['prevention']);
      expect(focused(el) === addButtons(el)[2], 'focus on the third add button').to.equal(true);
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Toevoegen als Prioriteit 2: Sterk teamwerk');
      const last = addButtons(el).at(-1)!;
      last.click();
      await settle(el);
      expect(rowIds(el)).to.deep.equal(['prevention', 'informed-practice']);
      expect(focused(el) === addButtons(el).at(-1), 'focus on the last add button').to.equal(true);
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Toevoegen als Prioriteit 3: Onderzoekende houding');
    });

    it('at the maximum, announces it and focuses the new block\'s "move up"', async () => {
      const el = await ranking(three, { value: ['a', 'b'], max: 3 });
      const done = oneEvent(el, 'poolster-answer');
      addButtonFor(el, 'c')!.click();
      expect((await done).detail).to.deep.equal({ value: ['a', 'b', 'c'] });
      await settle(el);
      expect(addButtons(el)).to.have.length(0);
      expect(status(el)).to.equal('Charlie is toegevoegd op plaats 3. Je hebt het maximum van 3 gekozen.');
      expect(focused(el) === button(el, 2, 'up'), 'focus on the up button at index 2').to.equal(true);
    });

    it('when every block is ranked below the maximum, focuses the new block\'s "move up"', async () => {
      const el = await ranking(three, { value: ['a', 'b'], max: 5, min: 1 });
      addButtonFor(el, 'c')!.click();
      await settle(el);
      expect(root(el).querySelector('[part="add"]') === null, 'no add part once every block is ranked').to.equal(true);
      expect(focused(el) === button(el, 2, 'up'), 'focus on the up button at index 2').to.equal(true);
    });

    it('ranks by keyboard alone: Tab to the first add button, then Enter, Enter, Space', async () => {
      const before = document.createElement('button');
      before.textContent = 'ervoor';
      const el = await ranking(eleven);
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el) === addButtons(el)[0], 'focus on the first add button').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(rowIds(el)).to.deep.equal(['student-advocate', 'integrated-core-processes', 'prevention']);
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Toevoegen als Prioriteit 4: Sterk teamwerk');
      // Shift+Tab leaves the list of blocks for the last row's buttons.
      await sendKeys({ press: 'Shift+Tab' });
      expect(focused(el) === button(el, 2, 'remove'), 'focus on the remove button at index 2').to.equal(true);
      before.remove();
    });

    it('gives every button an accessible name of its own, whatever is ranked', async () => {
      for (const value of [[], ['prevention'], ['prevention', 'integral-policy', 'strong-teamwork', 'student-advocate']]) {
        const el = await ranking(withContext, { value });
        const names = buttonNames(el);
        expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
      }
    });

    it('does nothing when read-only or when the block was ranked meanwhile', async () => {
      const el = await ranking(three, { value: ['a'] });
      const details = record(el);
      const add = addButtonFor(el, 'b')!;
      el.value = ['a', 'b'];
      add.click(); // the button of a list about to be redrawn
      await settle(el);
      expect(details).to.deep.equal([]);
      expect(rowIds(el)).to.deep.equal(['a', 'b']);
    });
  });

  describe('suggestions and details', () => {
    it('lists the suggested blocks first under "Voorgesteld", each once, then the others by cluster', async () => {
      const el = await ranking(withContext, { value: ['integral-policy'] });
      expect(candidateGroupTitles(el)).to.deep.equal(['Voorgesteld', C1, C2, C3]);
      expect(candidateIds(el).slice(0, 2)).to.deep.equal(['prevention', 'shared-leadership']);
      expect(candidateIds(el)).to.have.length(10);
      expect(new Set(candidateIds(el)).size).to.equal(10);
      const first = addButtons(el)[0]!;
      expect(first.getAttribute('aria-label')).to.equal('Toevoegen als Prioriteit 2: Preventie');
      const description = first
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => root(el).getElementById(id)!.textContent!.trim());
      expect(description).to.deep.equal(['Planmatig → Geïntegreerd', 'voorstel: 2 stadia groei']);
    });

    it('shows a ranked block\'s detail in its row; a suggestion taken leaves the suggested group', async () => {
      const el = await ranking(withContext, { value: ['integral-policy'] });
      expect(rowText(rows(el)[0]!, '.detail')).to.equal('Geïntegreerd (aanhouden)');
      addButtonFor(el, 'prevention')!.click();
      await settle(el);
      addButtonFor(el, 'shared-leadership')!.click();
      await settle(el);
      expect(candidateGroupTitles(el)).to.deep.equal([C1, C2, C3]);
      expect(rows(el).map((r) => rowText(r, '.detail'))).to.deep.equal([
        'Geïntegreerd (aanhouden)',
        'Planmatig → Geïntegreerd',
        'Planmatig → Geïntegreerd',
      ]);
    });

    it('chooses nothing by itself', async () => {
      const el = await ranking(withContext);
      expect(rowIds(el)).to.deep.equal([]);
      expect(el.value).to.deep.equal([]);
    });
  });

  describe('accessibility in every state', () => {
    it('passes axe empty, with some ranked, with suggestions, at the maximum, with an error, read-only and in French', async () => {
      await expect(await ranking(eleven), 'empty').to.be.accessible();
      await expect(await ranking(eleven, { value: ['prevention', 'integral-policy'] }), 'some ranked').to.be.accessible();
      await expect(await ranking(withContext, { value: ['integral-policy'] }), 'suggestions').to.be.accessible();
      const full = await ranking(withContext, { value: ['prevention', 'integral-policy', 'strong-teamwork', 'student-advocate', 'informed-practice'] });
      await expect(full, 'at the maximum').to.be.accessible();
      await expect(await ranking(withContext, { value: ['prevention'], error: 'Kies er minstens 3.' }), 'error').to.be.accessible();
      await expect(await ranking(withContext, { value: ['prevention'], readonly: true, error: 'Kies er minstens 3.' }), 'readonly').to.be.accessible();
      await expect(await ranking(withContext, { value: ['prevention'], lang: 'fr' }), 'French').to.be.accessible();
    });
  });

  describe('layout', () => {
    it('fits 320 px: every block and add button inside, no horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
        <poolster-block-ranking legend="Onze prioriteiten" .blocks=${withContext} .value=${['integral-policy']} min="3" max="5"></poolster-block-ranking>
      </div>`);
      const el = wrapper.querySelector('poolster-block-ranking')!;
      await el.updateComplete;
      const right = wrapper.getBoundingClientRect().right + 0.5;
      for (const b of root(el).querySelectorAll('button, [part~="candidate"], .row')) expect(b.getBoundingClientRect().right).to.be.at.most(right);
      expect(el.shadowRoot!.querySelector('fieldset')!.scrollWidth).to.be.at.most(320);
      for (const b of addButtons(el)) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    });

    it('keeps the borders of the blocks and buttons in forced colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await ranking(withContext, { value: ['integral-policy'] });
        const candidate = root(el).querySelector<HTMLElement>('[part~="candidate"]')!;
        expect(getComputedStyle(candidate).borderLeftStyle).to.equal('solid');
        expect(getComputedStyle(candidate).borderLeftWidth).to.equal('4px');
        expect(getComputedStyle(addButtons(el)[0]!).borderTopStyle).to.equal('solid');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });
});
