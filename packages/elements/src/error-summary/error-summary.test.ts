import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineOnce } from '../shared/define-once.js';
import { PoolsterErrorSummary, type SummaryError } from './error-summary.js';

defineOnce('poolster-error-summary', PoolsterErrorSummary);

const ERRORS: SummaryError[] = [
  { target: 'q1', message: 'Kies een fase voor Visie' },
  { target: 'q2', message: 'Kies ten minste één bouwsteen' },
  { target: 'q3', message: 'Rangschik alle bouwstenen' },
];

const errors = (): SummaryError[] => ERRORS.map((error) => ({ ...error }));

function container(el: PoolsterErrorSummary): HTMLElement | null {
  return el.shadowRoot!.querySelector('[part~="base"]');
}

function heading(el: PoolsterErrorSummary): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]')!;
}

function links(el: PoolsterErrorSummary): HTMLAnchorElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]'));
}

async function filled(): Promise<PoolsterErrorSummary> {
  return fixture<PoolsterErrorSummary>(html`<poolster-error-summary .errors=${errors()}></poolster-error-summary>`);
}

describe('poolster-error-summary', () => {
  describe('accessibility', () => {
    it('is accessible when empty', async () => {
      const el = await fixture<PoolsterErrorSummary>(html`<poolster-error-summary></poolster-error-summary>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with three errors', async () => {
      const el = await filled();
      await expect(el).to.be.accessible();
    });

    it('is accessible in French with a custom heading', async () => {
      const el = await fixture<PoolsterErrorSummary>(
        html`<poolster-error-summary lang="fr" heading="Deux problèmes" .errors=${errors()}></poolster-error-summary>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('has no errors, no custom heading and Dutch', async () => {
      const el = await fixture<PoolsterErrorSummary>(html`<poolster-error-summary></poolster-error-summary>`);
      expect(el.errors).to.deep.equal([]);
      expect(el.heading).to.equal('');
      expect(el.lang).to.equal('nl');
    });

    it('renders nothing and takes no space when there are no errors', async () => {
      const el = await fixture<PoolsterErrorSummary>(html`<poolster-error-summary></poolster-error-summary>`);
      expect(container(el) === null, 'no container').to.equal(true);
      expect(el.shadowRoot!.querySelector('h2, ul, a') === null, 'no heading, list or link').to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('goes back to nothing when the errors are cleared', async () => {
      const el = await filled();
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
      el.errors = [];
      await el.updateComplete;
      expect(container(el) === null, 'no container').to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('shows the Dutch default heading "Er is een probleem"', async () => {
      const el = await filled();
      expect(heading(el).textContent!.trim()).to.equal('Er is een probleem');
    });
  });

  describe('rendering', () => {
    it('renders a group named by its h2, focusable by script only, not a live region', async () => {
      const el = await filled();
      const base = container(el)!;
      expect(base.tagName).to.equal('DIV');
      expect(base.getAttribute('tabindex')).to.equal('-1');
      expect(base.getAttribute('role')).to.equal('group');
      expect(base.hasAttribute('aria-live')).to.equal(false);
      const h2 = heading(el);
      expect(h2.tagName).to.equal('H2');
      expect(base.getAttribute('aria-labelledby')).to.equal(h2.id);
      expect(el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!) === h2, 'aria-labelledby names the h2').to.equal(true);
    });

    it('renders one link per error with the message as its text, in order', async () => {
      const el = await filled();
      const all = links(el);
      expect(all.map((a) => a.textContent!.trim())).to.deep.equal(ERRORS.map((e) => e.message));
      expect(all.every((a) => a.getAttribute('href') === '#')).to.equal(true);
      expect(all.every((a) => a.closest('li')?.parentElement?.tagName === 'UL')).to.equal(true);
    });

    it('draws a thick border in the error colour', async () => {
      const el = await filled();
      const style = getComputedStyle(container(el)!);
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(4);
      expect(style.borderTopColor).to.equal('rgb(179, 38, 30)');
      expect(parseFloat(style.paddingTop)).to.be.greaterThan(0);
    });

    it('updates the links when the errors change', async () => {
      const el = await filled();
      el.errors = [{ target: 'x', message: 'Vul de naam in' }];
      await el.updateComplete;
      expect(links(el).map((a) => a.textContent!.trim())).to.deep.equal(['Vul de naam in']);
    });
  });

  describe('attributes and properties', () => {
    it('reads the heading attribute', async () => {
      const el = await fixture<PoolsterErrorSummary>(
        html`<poolster-error-summary heading="Nog twee vragen" .errors=${errors()}></poolster-error-summary>`,
      );
      expect(el.heading).to.equal('Nog twee vragen');
      expect(heading(el).textContent!.trim()).to.equal('Nog twee vragen');
      el.setAttribute('heading', 'Nog één vraag');
      await el.updateComplete;
      expect(heading(el).textContent!.trim()).to.equal('Nog één vraag');
      el.heading = '';
      await el.updateComplete;
      expect(heading(el).textContent!.trim()).to.equal('Er is een probleem');
    });

    it('switches the default heading to French and English with lang', async () => {
      const el = await fixture<PoolsterErrorSummary>(html`<poolster-error-summary lang="fr" .errors=${errors()}></poolster-error-summary>`);
      expect(el.lang).to.equal('fr');
      expect(heading(el).textContent!.trim()).to.equal('Il y a un problème');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(el.lang).to.equal('en');
      expect(heading(el).textContent!.trim()).to.equal('There is a problem');
    });
  });

  describe('keyboard', () => {
    it('reaches the links with Tab and fires on Enter without following the link', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">voor</button>
        <poolster-error-summary .errors=${errors()}></poolster-error-summary>
      </div>`);
      const el = wrapper.querySelector('poolster-error-summary')!;
      const hash = location.hash;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === links(el)[0], 'focus on the first link').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === links(el)[1], 'focus on the second link').to.equal(true);
      const event = oneEvent(el, 'poolster-error-select');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({ target: 'q2' });
      expect(location.hash).to.equal(hash);
    });
  });

  describe('events', () => {
    it('fires poolster-error-select with the target on click (bubbling, not composed, default prevented)', async () => {
      const el = await filled();
      const event = oneEvent(el, 'poolster-error-select');
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      links(el)[2]!.dispatchEvent(click);
      const received = await event;
      expect(received.detail).to.deep.equal({ target: 'q3' });
      expect(received.bubbles).to.equal(true);
      expect(received.composed).to.equal(false);
      expect(click.defaultPrevented).to.equal(true);
    });

    it('does not fire on programmatic changes', async () => {
      const el = await filled();
      let count = 0;
      el.addEventListener('poolster-error-select', () => count++);
      el.errors = [{ target: 'x', message: 'Iets anders' }];
      el.heading = 'Andere titel';
      el.lang = 'fr';
      await el.updateComplete;
      el.focus();
      expect(count).to.equal(0);
    });
  });

  describe('focus()', () => {
    it('focuses the summary container, not its first link', async () => {
      const el = await filled();
      el.focus();
      expect(document.activeElement === el, 'focus in the summary').to.equal(true);
      expect(el.shadowRoot!.activeElement === container(el), 'focus on the container').to.equal(true);
      expect(el.shadowRoot!.activeElement !== links(el)[0], 'focus not on the first link').to.equal(true);
    });

    it('waits for the render after errors were just set', async () => {
      const el = await fixture<PoolsterErrorSummary>(html`<poolster-error-summary></poolster-error-summary>`);
      el.errors = errors();
      el.focus();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === container(el), 'focus on the container').to.equal(true);
    });

    it('does nothing when there are no errors', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">voor</button>
        <poolster-error-summary></poolster-error-summary>
      </div>`);
      const el = wrapper.querySelector('poolster-error-summary')!;
      const before = wrapper.querySelector<HTMLButtonElement>('#before')!;
      before.focus();
      el.focus();
      await el.updateComplete;
      expect(document.activeElement === before, 'focus stays on the button before').to.equal(true);
    });

    it('does not delegate focus', async () => {
      const el = await filled();
      expect(el.shadowRoot!.delegatesFocus).to.equal(false);
    });
  });
});
