import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { defineOnce } from '../shared/define-once.js';
import { PoolsterProgressNav } from './progress-nav.js';
import { button, buttons, counter, filled, nav, steps, visibleText } from './progress-nav.test-helpers.js';

defineOnce('poolster-progress-nav', PoolsterProgressNav);

describe('poolster-progress-nav', () => {
  describe('accessibility', () => {
    it('is accessible with an empty list', async () => {
      const el = await fixture<PoolsterProgressNav>(html`<poolster-progress-nav></poolster-progress-nav>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with groups and states (no current step)', async () => {
      const el = await filled();
      await expect(el).to.be.accessible();
    });

    it('is accessible with a current step', async () => {
      const el = await filled('b2');
      await expect(el).to.be.accessible();
    });

    it('is accessible with disabled steps, also when the current one is disabled', async () => {
      const el = await filled('overview');
      el.steps = steps().map((step) => ({ ...step, disabled: step.id !== 'intro' }));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible in French and English', async () => {
      const el = await filled('b3');
      el.lang = 'fr';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.lang = 'en';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('has empty steps, no current step, Dutch and no custom label', async () => {
      const el = await fixture<PoolsterProgressNav>(html`<poolster-progress-nav></poolster-progress-nav>`);
      expect(el.steps).to.deep.equal([]);
      expect(el.current).to.equal('');
      expect(el.lang).to.equal('nl');
      expect(el.label).to.equal('');
    });

    it('renders a nav named "Voortgang" without counter or list when empty', async () => {
      const el = await fixture<PoolsterProgressNav>(html`<poolster-progress-nav></poolster-progress-nav>`);
      expect(nav(el).getAttribute('aria-label')).to.equal('Voortgang');
      expect(counter(el) === null, 'no counter').to.equal(true);
      expect(el.shadowRoot!.querySelector('ol') === null, 'no list').to.equal(true);
    });

    it('shows no counter when current is not one of the steps', async () => {
      const el = await filled('nope');
      expect(counter(el) === null, 'no counter').to.equal(true);
      expect(buttons(el).filter((b) => b.hasAttribute('aria-current'))).to.have.length(0);
    });

    it('focus() reaches the first enabled step', async () => {
      const el = await filled('b2');
      el.focus();
      expect(el.shadowRoot!.activeElement === button(el, 'intro'), 'focus on the intro step').to.equal(true);
    });
  });

  describe('rendering', () => {
    it('shows "Stap 3 van 5" for the third of five steps', async () => {
      const el = await filled('b2');
      expect(counter(el)!.textContent!.trim()).to.equal('Stap 3 van 5');
      expect(counter(el)!.tagName).to.equal('P');
    });

    it('renders one type="button" per step, in order, inside an ordered list', async () => {
      const el = await filled('b2');
      const all = buttons(el);
      expect(all.map((b) => b.dataset['stepId'])).to.deep.equal(['intro', 'b1', 'b2', 'b3', 'overview']);
      expect(all.every((b) => b.type === 'button')).to.equal(true);
      expect(all.every((b) => b.closest('li')?.parentElement?.closest('ol') !== null)).to.equal(true);
      expect(nav(el).querySelector(':scope > ol')).to.not.equal(null);
    });

    it('groups consecutive steps with the same group under one labelled sub-list', async () => {
      const el = await filled();
      const groups = Array.from(el.shadowRoot!.querySelectorAll('li.group'));
      expect(groups).to.have.length(2);
      const labels = groups.map((g) => g.querySelector('[part~="group-label"]')!.textContent!.trim());
      expect(labels).to.deep.equal(['Beleid', 'Netwerk']);
      const first = groups[0]!.querySelector('ol')!;
      expect(Array.from(first.querySelectorAll('button')).map((b) => b.dataset['stepId'])).to.deep.equal(['b1', 'b2']);
      const labelId = first.getAttribute('aria-labelledby')!;
      expect(el.shadowRoot!.getElementById(labelId)!.textContent!.trim()).to.equal('Beleid');
      // Ungrouped steps sit directly in the outer list.
      expect(button(el, 'intro').closest('ol')!.classList.contains('list')).to.equal(true);
      expect(button(el, 'overview').closest('ol')!.classList.contains('list')).to.equal(true);
    });

    it('starts a new sub-list when a group comes back after another one', async () => {
      const el = await filled();
      el.steps = [
        { id: 'a', label: 'A', group: 'G1' },
        { id: 'b', label: 'B', group: 'G2' },
        { id: 'c', label: 'C', group: 'G1' },
      ];
      await el.updateComplete;
      const labels = Array.from(el.shadowRoot!.querySelectorAll('[part~="group-label"]')).map((l) => l.textContent!.trim());
      expect(labels).to.deep.equal(['G1', 'G2', 'G1']);
      const ids = Array.from(el.shadowRoot!.querySelectorAll('[part~="group-label"]')).map((l) => l.id);
      expect(new Set(ids).size).to.equal(3);
    });

    it('shows the label and a visible state text (nothing for a step without state)', async () => {
      const el = await filled('b2');
      expect(buttons(el).map(visibleText)).to.deep.equal([
        'Inleiding',
        'Visie | volledig',
        'Organisatie | onvolledig',
        'Samenwerking | nog niet begonnen',
        'Overzicht',
      ]);
      expect(button(el, 'intro').querySelector('.state') === null, 'no state cell for a step without state').to.equal(true);
    });

    it('has decorative state icons with a different shape per state', async () => {
      const el = await filled();
      const icon = (id: string): HTMLElement => button(el, id).querySelector<HTMLElement>('.icon')!;
      for (const b of buttons(el)) expect(b.querySelector('.icon')!.getAttribute('aria-hidden')).to.equal('true');
      expect(icon('b1').classList.contains('icon-complete')).to.equal(true);
      expect(icon('b2').classList.contains('icon-incomplete')).to.equal(true);
      expect(icon('b3').classList.contains('icon-not-started')).to.equal(true);
      expect(getComputedStyle(icon('intro')).visibility).to.equal('hidden');
      // Shapes: an empty ring, a ring with its left half filled (one gradient), a ring with a tick (two strokes).
      const strokes = (id: string): number => getComputedStyle(icon(id)).backgroundImage.split('linear-gradient').length - 1;
      expect([strokes('b3'), strokes('b2'), strokes('b1')]).to.deep.equal([0, 1, 2]);
      for (const id of ['b1', 'b2', 'b3']) expect(parseFloat(getComputedStyle(icon(id)).borderTopWidth)).to.be.greaterThan(1);
    });

    it('changes a state without moving or resizing anything in the list', async () => {
      const el = await filled('b2');
      const boxes = (): string[] =>
        Array.from(el.shadowRoot!.querySelectorAll('.step, .step *')).map((part, n) => {
          const box = part.getBoundingClientRect();
          return `${n}: ${box.x},${box.y} ${box.width}x${box.height}`;
        });
      const before = boxes();
      el.steps = steps().map((step) => (step.state ? { ...step, state: step.state === 'complete' ? 'not-started' : 'complete' } : step));
      await el.updateComplete;
      expect(buttons(el).map(visibleText).slice(1, 4)).to.deep.equal(['Visie | nog niet begonnen', 'Organisatie | volledig', 'Samenwerking | volledig']);
      // Every word of every state keeps its box: a step's state is a repaint, not a new layout of the page.
      expect(boxes()).to.deep.equal(before);
    });

    it('marks only the current step with aria-current="step"', async () => {
      const el = await filled('b2');
      expect(button(el, 'b2').getAttribute('aria-current')).to.equal('step');
      expect(buttons(el).filter((b) => b.hasAttribute('aria-current'))).to.have.length(1);
    });

    it('disables disabled steps only', async () => {
      const el = await filled();
      expect(buttons(el).map((b) => b.disabled)).to.deep.equal([false, false, false, false, true]);
    });

    it('names each button by its label and its shown state only, and renames it when its state changes', async () => {
      const el = await filled();
      el.id = 'named-steps';
      const names = async () => {
        const snapshot = await executeServerCommand<string, { selector: string }>('aria-snapshot', { selector: '#named-steps' });
        return Array.from(snapshot.matchAll(/- button "([^"]*)"/g), (match) => match[1]);
      };
      // The stacked state words that are not shown must not be read out.
      expect(await names()).to.deep.equal(['Inleiding', 'Visie, volledig', 'Organisatie, onvolledig', 'Samenwerking, nog niet begonnen', 'Overzicht']);
      el.steps = el.steps!.map((step) => (step.id === 'b3' ? { ...step, state: 'incomplete' } : step));
      await el.updateComplete;
      expect(await names()).to.deep.equal(['Inleiding', 'Visie, volledig', 'Organisatie, onvolledig', 'Samenwerking, onvolledig', 'Overzicht']);
    });
  });

  describe('attributes and properties', () => {
    it('reads the current attribute and updates aria-current and the counter', async () => {
      const el = await filled('b1');
      expect(el.current).to.equal('b1');
      expect(counter(el)!.textContent!.trim()).to.equal('Stap 2 van 5');
      el.setAttribute('current', 'b3');
      await el.updateComplete;
      expect(el.current).to.equal('b3');
      expect(button(el, 'b3').getAttribute('aria-current')).to.equal('step');
      expect(button(el, 'b1').hasAttribute('aria-current')).to.equal(false);
      expect(counter(el)!.textContent!.trim()).to.equal('Stap 4 van 5');
    });

    it('does not reflect current back to the attribute', async () => {
      const el = await filled('b1');
      el.current = 'intro';
      await el.updateComplete;
      expect(el.getAttribute('current')).to.equal('b1');
      expect(counter(el)!.textContent!.trim()).to.equal('Stap 1 van 5');
    });

    it('uses the label attribute as the accessible name of the nav', async () => {
      const el = await fixture<PoolsterProgressNav>(
        html`<poolster-progress-nav .steps=${steps()} label="Stappen van de scan"></poolster-progress-nav>`,
      );
      expect(el.label).to.equal('Stappen van de scan');
      expect(nav(el).getAttribute('aria-label')).to.equal('Stappen van de scan');
      el.label = '';
      await el.updateComplete;
      expect(nav(el).getAttribute('aria-label')).to.equal('Voortgang');
    });

    it('switches all texts to French with lang="fr"', async () => {
      const el = await fixture<PoolsterProgressNav>(html`<poolster-progress-nav .steps=${steps()} current="b2" lang="fr"></poolster-progress-nav>`);
      expect(el.lang).to.equal('fr');
      expect(nav(el).getAttribute('aria-label')).to.equal('Progression');
      expect(counter(el)!.textContent!.trim()).to.equal('Étape 3 sur 5');
      expect(buttons(el).map(visibleText).slice(1, 4)).to.deep.equal([
        'Visie | complet',
        'Organisatie | incomplet',
        'Samenwerking | pas commencé',
      ]);
    });

    it('switches all texts to English when the lang attribute changes', async () => {
      const el = await filled('b2');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(el.lang).to.equal('en');
      expect(nav(el).getAttribute('aria-label')).to.equal('Progress');
      expect(counter(el)!.textContent!.trim()).to.equal('Step 3 of 5');
      expect(buttons(el).map(visibleText).slice(1, 4)).to.deep.equal([
        'Visie | complete',
        'Organisatie | incomplete',
        'Samenwerking | not started',
      ]);
    });
  });

  describe('keyboard', () => {
    it('reaches the steps with Tab and fires on Enter and Space, skipping disabled steps', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">voor</button>
        <poolster-progress-nav .steps=${steps()} current="b2"></poolster-progress-nav>
        <button id="after">na</button>
      </div>`);
      const el = wrapper.querySelector('poolster-progress-nav')!;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === button(el, 'intro'), 'Tab reaches the intro step').to.equal(true);
      let event = oneEvent(el, 'poolster-navigate');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({ stepId: 'intro' });

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === button(el, 'b1'), 'Tab reaches step b1').to.equal(true);
      event = oneEvent(el, 'poolster-navigate');
      await sendKeys({ press: 'Space' });
      expect((await event).detail).to.deep.equal({ stepId: 'b1' });

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === button(el, 'b3'), 'Tab reaches step b3, past the current b2').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === wrapper.querySelector('#after'), 'Tab leaves for the button after, past the disabled step').to.equal(true);
    });
  });

  describe('events', () => {
    it('fires poolster-navigate with the step id on click (bubbling, not composed)', async () => {
      const el = await filled('b2');
      const event = oneEvent(el, 'poolster-navigate');
      button(el, 'b3').click();
      const received = await event;
      expect(received.detail).to.deep.equal({ stepId: 'b3' });
      expect(received.bubbles).to.equal(true);
      expect(received.composed).to.equal(false);
    });

    it('does not change current itself', async () => {
      const el = await filled('b2');
      button(el, 'b3').click();
      await el.updateComplete;
      expect(el.current).to.equal('b2');
      expect(button(el, 'b2').getAttribute('aria-current')).to.equal('step');
    });

    it('also fires for the current step', async () => {
      const el = await filled('b2');
      const event = oneEvent(el, 'poolster-navigate');
      button(el, 'b2').click();
      expect((await event).detail).to.deep.equal({ stepId: 'b2' });
    });

    it('does not fire for a disabled step', async () => {
      const el = await filled('b2');
      let count = 0;
      el.addEventListener('poolster-navigate', () => count++);
      button(el, 'overview').click();
      button(el, 'overview').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(count).to.equal(0);
    });

    it('does not fire on programmatic changes', async () => {
      const el = await filled('b2');
      let count = 0;
      el.addEventListener('poolster-navigate', () => count++);
      el.current = 'b3';
      el.steps = steps().reverse();
      el.lang = 'en';
      await el.updateComplete;
      expect(count).to.equal(0);
    });
  });

  describe('focusCurrent()', () => {
    it('focuses the current step button', async () => {
      const el = await filled('b3');
      await el.focusCurrent();
      expect(document.activeElement === el, 'focus in the nav').to.equal(true);
      expect(el.shadowRoot!.activeElement === button(el, 'b3'), 'focus on the current step b3').to.equal(true);
    });

    it('waits for a pending render after current changed', async () => {
      const el = await filled('b1');
      el.current = 'b2';
      await el.focusCurrent();
      expect(el.shadowRoot!.activeElement === button(el, 'b2'), 'focus on the new current step b2').to.equal(true);
    });

    it('does nothing when current is unknown or disabled', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">voor</button>
        <poolster-progress-nav .steps=${steps()} current="nope"></poolster-progress-nav>
      </div>`);
      const el = wrapper.querySelector('poolster-progress-nav')!;
      const before = wrapper.querySelector<HTMLButtonElement>('#before')!;
      before.focus();
      await el.focusCurrent();
      expect(document.activeElement === before, 'focus stays on the button before').to.equal(true);
      el.current = 'overview';
      await el.focusCurrent();
      expect(document.activeElement === before, 'focus stays on the button before').to.equal(true);
    });
  });
});
