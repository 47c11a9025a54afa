import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defineOnce } from '../shared/define-once.js';
import { clickText, scrollFirstOutOfView, useLaptopViewport } from '../shared/pointer.test-helpers.js';
import { PoolsterProgressNav, type ProgressStep } from './progress-nav.js';
import { button } from './progress-nav.test-helpers.js';

defineOnce('poolster-progress-nav', PoolsterProgressNav);

/** A mouse user on a long nav scrolled down the page: a click on text must neither steal focus nor move the page. */
describe('poolster-progress-nav', () => {
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
});
