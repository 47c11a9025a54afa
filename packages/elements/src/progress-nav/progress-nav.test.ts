import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitFor } from '../../../../scripts/test/wait-for.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { defineOnce } from '../shared/define-once.js';
import { clickText, scrollFirstOutOfView, useLaptopViewport } from '../shared/pointer.test-helpers.js';
import { PoolsterProgressNav, type ProgressStep } from './progress-nav.js';

defineOnce('poolster-progress-nav', PoolsterProgressNav);

const STEPS: ProgressStep[] = [
  { id: 'intro', label: 'Inleiding' },
  { id: 'b1', label: 'Visie', group: 'Beleid', state: 'complete' },
  { id: 'b2', label: 'Organisatie', group: 'Beleid', state: 'incomplete' },
  { id: 'b3', label: 'Samenwerking', group: 'Netwerk', state: 'not-started' },
  { id: 'overview', label: 'Overzicht', disabled: true },
];

const steps = (): ProgressStep[] => STEPS.map((step) => ({ ...step }));

function buttons(el: PoolsterProgressNav): HTMLButtonElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="step"]'));
}

function button(el: PoolsterProgressNav, id: string): HTMLButtonElement {
  const found = buttons(el).find((b) => b.dataset['stepId'] === id);
  if (!found) throw new Error(`no button for ${id}`);
  return found;
}

function nav(el: PoolsterProgressNav): HTMLElement {
  return el.shadowRoot!.querySelector('nav')!;
}

function counter(el: PoolsterProgressNav): HTMLElement | null {
  return el.shadowRoot!.querySelector('[part~="counter"]');
}

/** The visible text of a step button without the visually hidden separator. */
function visibleText(b: HTMLButtonElement): string {
  const label = b.querySelector('.label')?.textContent ?? '';
  const state = b.querySelector('.state')?.textContent;
  return state ? `${label} | ${state}` : label;
}

async function filled(current = ''): Promise<PoolsterProgressNav> {
  return fixture<PoolsterProgressNav>(html`<poolster-progress-nav .steps=${steps()} current=${current}></poolster-progress-nav>`);
}

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
      expect(counter(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('ol')).to.equal(null);
    });

    it('shows no counter when current is not one of the steps', async () => {
      const el = await filled('nope');
      expect(counter(el)).to.equal(null);
      expect(buttons(el).filter((b) => b.hasAttribute('aria-current'))).to.have.length(0);
    });

    it('focus() reaches the first enabled step', async () => {
      const el = await filled('b2');
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'intro'));
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
      expect(button(el, 'intro').querySelector('.state')).to.equal(null);
    });

    it('has decorative state icons with a different shape per state', async () => {
      const el = await filled();
      const icon = (id: string): HTMLElement => button(el, id).querySelector<HTMLElement>('.icon')!;
      for (const b of buttons(el)) expect(b.querySelector('.icon')!.getAttribute('aria-hidden')).to.equal('true');
      expect(icon('b1').classList.contains('icon-complete')).to.equal(true);
      expect(icon('b2').classList.contains('icon-incomplete')).to.equal(true);
      expect(icon('b3').classList.contains('icon-not-started')).to.equal(true);
      expect(getComputedStyle(icon('intro')).visibility).to.equal('hidden');
      // Shapes: empty ring (no pseudo-element), half-filled ring (left border), ring with a rotated tick.
      const after = (id: string): CSSStyleDeclaration => getComputedStyle(icon(id), '::after');
      expect(after('b3').content).to.equal('none');
      expect(after('b2').content).to.equal('""');
      expect(parseFloat(after('b2').borderLeftWidth)).to.be.greaterThan(4);
      expect(after('b2').transform).to.equal('none');
      expect(after('b1').content).to.equal('""');
      expect(after('b1').transform).to.not.equal('none');
      expect(parseFloat(getComputedStyle(icon('b3')).borderTopWidth)).to.be.greaterThan(1);
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

    it('names each button by its label and state', async () => {
      const el = await filled();
      expect(button(el, 'b2').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Organisatie, onvolledig');
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
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'intro'));
      let event = oneEvent(el, 'poolster-navigate');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({ stepId: 'intro' });

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'b1'));
      event = oneEvent(el, 'poolster-navigate');
      await sendKeys({ press: 'Space' });
      expect((await event).detail).to.deep.equal({ stepId: 'b1' });

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'b3'));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
    });
  });

  describe('events', () => {
    it('fires poolster-navigate with the step id on click (bubbling, composed)', async () => {
      const el = await filled('b2');
      const event = oneEvent(el, 'poolster-navigate');
      button(el, 'b3').click();
      const received = await event;
      expect(received.detail).to.deep.equal({ stepId: 'b3' });
      expect(received.bubbles).to.equal(true);
      expect(received.composed).to.equal(true);
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
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'b3'));
    });

    it('waits for a pending render after current changed', async () => {
      const el = await filled('b1');
      el.current = 'b2';
      await el.focusCurrent();
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'b2'));
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
      expect(document.activeElement).to.equal(before);
      el.current = 'overview';
      await el.focusCurrent();
      expect(document.activeElement).to.equal(before);
    });
  });

  describe('layout', () => {
    const long: ProgressStep[] = Array.from({ length: 20 }, (_, i) => ({
      id: `s${i}`,
      label: `Bouwsteen${i}metEenHeelLangeNaamZonderSpatiesDieMoetAfbreken`,
      group: i < 10 ? 'Een groep met een tamelijk lange clustertitel' : 'Tweede cluster',
      state: 'incomplete' as const,
    }));

    it('wraps at 320 px without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
        <poolster-progress-nav .steps=${long} current="s3"></poolster-progress-nav>
      </div>`);
      const el = wrapper.querySelector('poolster-progress-nav')!;
      await el.updateComplete;
      const list = el.shadowRoot!.querySelector<HTMLElement>('.list')!;
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(list.scrollWidth).to.be.at.most(list.clientWidth);
      for (const b of buttons(el)) expect(b.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    });

    it('scrolls the list vertically after --poolster-nav-max-height and keeps the current step in view', async () => {
      const el = await fixture<PoolsterProgressNav>(
        html`<poolster-progress-nav style="--poolster-nav-max-height: 10rem" .steps=${long} current="s0"></poolster-progress-nav>`,
      );
      const list = el.shadowRoot!.querySelector<HTMLElement>('.list')!;
      expect(getComputedStyle(list).maxHeight).to.equal('160px');
      expect(getComputedStyle(list).overflowY).to.equal('auto');
      expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
      expect(list.scrollTop).to.equal(0);
      el.current = 's19';
      await el.updateComplete;
      await waitFor(() => list.scrollTop > 0); // the list scrolls to the current step in the next frame
      const listBox = list.getBoundingClientRect();
      const box = button(el, 's19').getBoundingClientRect();
      expect(box.bottom).to.be.at.most(listBox.bottom + 1);
      expect(box.top).to.be.at.least(listBox.top - 1);
    });

    it('does not limit the height by default', async () => {
      const el = await fixture<PoolsterProgressNav>(html`<poolster-progress-nav .steps=${long}></poolster-progress-nav>`);
      const list = el.shadowRoot!.querySelector<HTMLElement>('.list')!;
      expect(getComputedStyle(list).maxHeight).to.equal('none');
      expect(list.scrollHeight).to.be.at.most(list.clientHeight);
    });

    it('keeps a distinct marker for the current step in forced-colours mode', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const el = await filled('b2');
        const current = getComputedStyle(button(el, 'b2')).borderInlineStartColor;
        const other = getComputedStyle(button(el, 'b1'));
        // Forced colours would paint every transparent border in the text colour; the other steps'
        // marker must blend into their background while the current one stands out.
        expect(other.borderInlineStartColor).to.equal(other.backgroundColor);
        expect(current).to.not.equal(other.borderInlineStartColor);
        expect(current).to.not.equal(other.backgroundColor);
        expect(getComputedStyle(button(el, 'b1').querySelector('.icon')!).borderTopStyle).to.equal('solid');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });

  describe('with a real mouse', () => {
    it('a click on a group title moves neither focus nor the page, even with the first step out of view', async () => {
      await useLaptopViewport();
      const many: ProgressStep[] = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, label: `Bouwsteen ${i}`, group: `Cluster ${Math.floor(i / 5)}` }));
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 288px">
        <div style="height: 1400px"></div>
        <poolster-progress-nav .steps=${many} current="s20"></poolster-progress-nav>
        <div style="height: 1400px"></div>
      </div>`);
      const el = wrapper.querySelector('poolster-progress-nav')!;
      await el.updateComplete;
      const title = el.shadowRoot!.querySelectorAll('.group-label')[4]!;
      scrollFirstOutOfView(button(el, 's0'), title);
      const { scrolled } = await clickText(title);
      expect(scrolled).to.equal(0);
      expect(el.shadowRoot!.activeElement?.localName ?? 'nothing').to.equal('nothing');

      const step = button(el, 's27');
      scrollFirstOutOfView(button(el, 's0'), step);
      const chosen = oneEvent(el, 'poolster-navigate');
      expect((await clickText(step.querySelector('.label')!)).scrolled).to.equal(0);
      expect((await chosen).detail).to.deep.equal({ stepId: 's27' });
    });
  });

  describe('very long content', () => {
    const word = 'x'.repeat(100000);
    const withLongTitle = (): ProgressStep[] =>
      Array.from({ length: 14 }, (_, i) => ({
        id: `s${i}`,
        label: i === 3 ? `4.2 ${word}` : `Bouwsteen ${i}`,
        ...(i > 0 && i < 12 ? { group: i < 4 ? `Cluster ${word.slice(0, 500)}` : 'Tweede cluster' } : {}),
        state: 'not-started' as const,
      }));

    it('wraps a 100,000-character title inside the list and still navigates by mouse and keyboard', async () => {
      await useLaptopViewport();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 288px">
        <poolster-progress-nav .steps=${withLongTitle()} current="s3" style="--poolster-nav-max-height: 100vh"></poolster-progress-nav>
      </div>`);
      const el = wrapper.querySelector('poolster-progress-nav')!;
      await el.updateComplete;
      const list = el.shadowRoot!.querySelector<HTMLElement>('.list')!;
      expect(list.scrollWidth, 'no sideways overflow').to.be.at.most(list.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(288);
      expect(button(el, 's3').querySelector('.label')!.textContent).to.have.length(100004);
      await expect(el).to.be.accessible();

      const later = button(el, 's12');
      await new Promise((resolve) => requestAnimationFrame(resolve)); // the list has scrolled to the current step
      later.scrollIntoView({ block: 'center' });
      const chosen = oneEvent(el, 'poolster-navigate');
      const { scrolled } = await clickText(later.querySelector('.label')!);
      expect((await chosen).detail).to.deep.equal({ stepId: 's12' });
      expect(scrolled).to.equal(0);

      button(el, 's2').focus();
      const next = oneEvent(el, 'poolster-navigate');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect((await next).detail).to.deep.equal({ stepId: 's3' });
    });

    it('does not measure the page when the scan hands over new steps with the same ids (every answer does)', async () => {
      const el = await fixture<PoolsterProgressNav>(html`<poolster-progress-nav .steps=${withLongTitle()} current="s3"></poolster-progress-nav>`);
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const reads: string[] = [];
      const spies = [
        [Element.prototype, 'getBoundingClientRect'],
        [Element.prototype, 'scrollHeight'],
        [Element.prototype, 'clientHeight'],
        [HTMLElement.prototype, 'offsetHeight'],
      ] as const;
      const originals = spies.map(([proto, name]) => [proto, name, Object.getOwnPropertyDescriptor(proto, name)!] as const);
      for (const [proto, name, descriptor] of originals) {
        const spy = descriptor.get
          ? { get(this: Element) { reads.push(name); return descriptor.get!.call(this); } }
          : { value(this: Element, ...args: unknown[]) { reads.push(name); return (descriptor.value as (...a: unknown[]) => unknown).apply(this, args); } };
        Object.defineProperty(proto, name, { ...descriptor, ...spy });
      }
      try {
        for (let i = 0; i < 5; i += 1) {
          el.steps = withLongTitle().map((step, n) => (n === 3 ? { ...step, state: i % 2 ? 'incomplete' : 'complete' } : step));
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        expect(reads, 'layout reads while answering').to.deep.equal([]);
        el.current = 's5';
        await el.updateComplete;
        await waitFor(() => reads.length > 0); // a change of the current step is measured (the check can fail)
      } finally {
        for (const [proto, name, descriptor] of originals) Object.defineProperty(proto, name, descriptor);
      }
      expect(button(el, 's3').querySelector('.state')!.textContent).to.equal('volledig');
    });
  });
});
