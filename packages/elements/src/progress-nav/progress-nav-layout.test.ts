import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { waitFor } from '../../../../scripts/test/wait-for.js';
import { defineOnce } from '../shared/define-once.js';
import { clickText, useLaptopViewport } from '../shared/pointer.test-helpers.js';
import { PoolsterProgressNav, type ProgressStep } from './progress-nav.js';
import { button, buttons, filled, shownState, visibleText } from './progress-nav.test-helpers.js';

defineOnce('poolster-progress-nav', PoolsterProgressNav);

/** The nav at its limits: narrow columns, a height cap, forced colours, very long titles and many updates. */
describe('poolster-progress-nav', () => {
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
        // The half and the tick are gradients: forced colours would drop them were the steps not left as drawn.
        expect(getComputedStyle(button(el, 'b2').querySelector('.icon')!).backgroundImage).to.contain('linear-gradient');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
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
      expect(visibleText(button(el, 's3'))).to.have.length(100004 + ' | nog niet begonnen'.length);
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
      expect(shownState(button(el, 's3'))).to.equal('volledig');
    });
  });
});
