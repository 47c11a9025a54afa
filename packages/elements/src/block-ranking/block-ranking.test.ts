import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { C1, C2, C3, eleven, three } from '../block-pick/block-pick.test-helpers.js';
import { defineOnce } from '../shared/define-once.js';
import { PoolsterBlockRanking } from './block-ranking.js';
import { addButtons, button, candidateGroupTitles, candidateIds, click, focused, ranking, record, root, rowIds, rowText, rows, settle, status } from './block-ranking.test-helpers.js';

defineOnce('poolster-block-ranking', PoolsterBlockRanking);

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
      expect(root(el).querySelector('[part="list"]') === null, 'no list while empty').to.equal(true);
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

    it('offers the blocks not chosen yet, grouped by cluster, each with an add button named after its block and place', async () => {
      const el = await ranking(eleven, { value: ['prevention', 'integral-policy'] });
      expect(root(el).querySelector('.add-title')!.textContent).to.equal('Bouwsteen toevoegen');
      expect(root(el).querySelector('[part="add"]')!.getAttribute('role')).to.equal('group');
      expect(root(el).querySelector('[part="add"]')!.getAttribute('aria-labelledby')).to.equal('add-title');
      expect(candidateIds(el)).to.deep.equal(eleven.map((b) => b.id).filter((id) => id !== 'prevention' && id !== 'integral-policy'));
      expect(candidateGroupTitles(el)).to.deep.equal([C1, C2, C3]);
      const groups = [...root(el).querySelectorAll('.add-group')];
      expect(groups.map((g) => g.querySelectorAll('button').length)).to.deep.equal([2, 3, 4]);
      expect(groups.map((g) => g.getAttribute('role'))).to.deep.equal(['group', 'group', 'group']);
      expect(addButtons(el).map((b) => b.textContent!.trim())).to.deep.equal(Array(9).fill('Toevoegen'));
      expect(addButtons(el)[0]!.getAttribute('aria-label')).to.equal('Toevoegen als Prioriteit 3: Behartiger van de leerling');
      expect(addButtons(el).some((b) => b.disabled || b.hasAttribute('aria-describedby'))).to.equal(false);
    });

    it('uses no group titles for blocks without a cluster', async () => {
      const el = await ranking(three, { value: ['b'] });
      expect(candidateGroupTitles(el)).to.deep.equal([]);
      expect(root(el).querySelectorAll('.add-group[role]').length).to.equal(0);
      expect(candidateIds(el)).to.deep.equal(['a', 'c']);
    });

    it('replaces the blocks to add with a sentence at the maximum', async () => {
      const el = await ranking(three, { value: ['a', 'b'], max: 2, min: 1 });
      expect(addButtons(el)).to.have.length(0);
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
      expect(candidateIds(el)).to.deep.equal(['b']);
    });

    it('focus() reaches its first control, and keeps the element API (remove()) intact', async () => {
      const empty = await ranking(three);
      empty.focus();
      expect(focused(empty) === addButtons(empty)[0], 'focus on the first add button').to.equal(true);
      const filled = await ranking(three, { value: ['b'] });
      filled.focus();
      expect(focused(filled) === button(filled, 0, 'up'), 'focus on the up button at index 0').to.equal(true);
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

  describe('removing', () => {
    it('removes by mouse and moves focus to the next row\'s remove button', async () => {
      const el = await ranking(three, { value: ['a', 'b', 'c'] });
      const details = record(el);
      await click(el, button(el, 0, 'remove'));
      await settle(el);
      expect(details).to.deep.equal([{ value: ['b', 'c'] }]);
      expect(status(el)).to.equal('Alfa is verwijderd.');
      expect(focused(el) === button(el, 0, 'remove'), 'focus on the remove button at index 0').to.equal(true);
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Verwijderen: Bravo');
      expect(candidateIds(el)).to.deep.equal(['a']);
    });

    it('removes the last row by keyboard and focuses the previous remove button, then the first add button', async () => {
      const el = await ranking(three, { value: ['a', 'b'] });
      const details = record(el);
      button(el, 1, 'down').focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el) === button(el, 1, 'remove'), 'focus on the remove button at index 1').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(focused(el) === button(el, 0, 'remove'), 'focus on the remove button at index 0').to.equal(true);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(details).to.deep.equal([{ value: ['a'] }, { value: [] }]);
      expect(focused(el) === addButtons(el)[0], 'focus on the first add button').to.equal(true);
      expect(root(el).querySelector('.empty')).to.not.equal(null);
    });

    it('removing at the maximum brings the blocks to add back', async () => {
      const el = await ranking(three, { value: ['a', 'b', 'c'], max: 3 });
      expect(addButtons(el)).to.have.length(0);
      await click(el, button(el, 1, 'remove'));
      expect(candidateIds(el)).to.deep.equal(['b']);
      expect(addButtons(el)[0]!.getAttribute('aria-label')).to.equal('Toevoegen als Prioriteit 3: Bravo');
    });
  });

  describe('events and programmatic changes', () => {
    it('fires a bubbling poolster-answer that stays in its tree (not composed)', async () => {
      const el = await ranking(three, { value: ['a', 'b'] });
      const done = oneEvent(el, 'poolster-answer');
      button(el, 1, 'up').click();
      const event = await done;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(false);
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
      expect(addButtons(el)).to.have.length(0);
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
    it('shows the error before the controls as the description of the fieldset, with no aria-invalid on buttons', async () => {
      const el = await ranking(eleven, { value: ['prevention'], error: 'Kies er minstens 3.', hint: 'H' });
      const message = root(el).querySelector('#error')!;
      expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fout: Kies er minstens 3.');
      expect(root(el).querySelector('fieldset')!.classList.contains('has-error')).to.equal(true);
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('hint rules error');
      expect(root(el).querySelectorAll('[aria-invalid]').length).to.equal(0);
      expect(addButtons(el).some((b) => b.hasAttribute('aria-describedby'))).to.equal(false);
      expect(message.compareDocumentPosition(root(el).querySelector('ol')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it('has no aria-invalid without an error', async () => {
      const el = await ranking(eleven, { value: ['prevention'], error: 'x' });
      el.error = '';
      await el.updateComplete;
      expect(root(el).querySelector('#error') === null, 'no error message').to.equal(true);
      expect(root(el).querySelector('fieldset')!.classList.contains('has-error')).to.equal(false);
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('rules');
    });
  });

  describe('readonly', () => {
    it('shows the ranking with no control at all, and Alt+Arrow does nothing', async () => {
      const el = await ranking(eleven, { value: ['prevention', 'integral-policy'], readonly: true });
      const details = record(el);
      expect(rows(el).map((r) => rowText(r, '.slot'))).to.deep.equal(['Prioriteit 1', 'Prioriteit 2']);
      expect(rows(el).map((r) => rowText(r, '.label'))).to.deep.equal(['Preventie', 'Integraal beleid']);
      expect(root(el).querySelectorAll('button, select, input, textarea, [tabindex]').length).to.equal(0);
      expect(root(el).querySelector('#rules') === null, 'no rules when read-only').to.equal(true);
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
      expect(root(el).querySelector('.add-title')!.textContent).to.equal('Ajouter un module');
      expect(addButtons(el)[0]!.textContent!.trim()).to.equal('Ajouter');
      expect(addButtons(el)[0]!.getAttribute('aria-label')).to.equal('Ajouter comme Priorité 3 : Behartiger van de leerling');
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
      expect(root(el).querySelector('.add-title')!.textContent).to.equal('Add a building block');
      expect(addButtons(el)[0]!.getAttribute('aria-label')).to.equal('Add as Priority 3: Behartiger van de leerling');
      expect(root(el).querySelector('#rules')!.textContent).to.equal('Choose at least 3 and at most 5, the most important first.');
      await click(el, button(el, 1, 'up'));
      expect(status(el)).to.equal('Integraal beleid is now at place 1 of 2.');
      el.value = [];
      await el.updateComplete;
      expect(root(el).querySelector('.empty')!.textContent).to.equal('No building blocks chosen yet.');
    });
  });
});
