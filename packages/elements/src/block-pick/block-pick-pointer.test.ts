import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { defineOnce } from '../shared/define-once.js';
import { clickText, scrollFirstOutOfView, useLaptopViewport } from '../shared/pointer.test-helpers.js';
import { PoolsterBlockPick } from './block-pick.js';
import { NONE, boxes, checked, clickBox, eleven, focused, root, status } from './block-pick.test-helpers.js';

defineOnce('poolster-block-pick', PoolsterBlockPick);

/**
 * A mouse user with the list scrolled so that its first block is above the screen: a click on any label
 * ticks that block, the "at most" and "none" rules still hold, and the page never jumps back up.
 */
describe('poolster-block-pick', () => {
  afterEach(() => resetMouse());

  describe('keyboard and mouse', () => {
    it('with the first block scrolled out of view, a click on any label ticks it (and the "at most" and "none" rules hold) without moving the page', async () => {
      await useLaptopViewport();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px">
        <div style="height: 1400px"></div>
        <poolster-block-pick legend="Voor welke bouwstenen?" .blocks=${eleven} none-label=${NONE}></poolster-block-pick>
        <div style="height: 1400px"></div>
      </div>`);
      const el = wrapper.querySelector('poolster-block-pick')!;
      await el.updateComplete;
      const first = boxes(el)[0]!;
      const labels = [...root(el).querySelectorAll<HTMLLabelElement>('.groups label')];
      for (const [i, label] of labels.entries()) {
        if (i === 0) continue; // its label is one line beside the box that must be out of view
        scrollFirstOutOfView(first, label);
        const { scrolled } = await clickText(label);
        await el.updateComplete;
        expect(checked(el), `after a click on ${eleven[i]!.label}`).to.deep.equal([eleven[i]!.id]);
        expect(scrolled, `the page moved at ${eleven[i]!.label}`).to.equal(0);
        expect(boxes(el).indexOf(focused(el) as HTMLInputElement)).to.equal(i);
        scrollFirstOutOfView(first, label);
        expect((await clickText(label)).scrolled).to.equal(0);
        await el.updateComplete;
        expect(checked(el), 'a second click unticks').to.deep.equal([]);
      }

      for (const i of [2, 4, 6]) await clickBox(el, boxes(el)[i]!);
      const fourth = labels[8]!;
      scrollFirstOutOfView(first, fourth);
      expect((await clickText(fourth)).scrolled).to.equal(0);
      await el.updateComplete;
      expect(el.value, 'a fourth block is refused').to.deep.equal([eleven[2]!.id, eleven[4]!.id, eleven[6]!.id]);
      expect(status(el)).to.equal('3 van 3 gekozen Je kan er hoogstens 3 kiezen.');

      const none = root(el).querySelector<HTMLLabelElement>('label[for="none"]')!;
      scrollFirstOutOfView(first, none);
      expect((await clickText(none)).scrolled).to.equal(0);
      await el.updateComplete;
      expect([el.none, el.value]).to.deep.equal([true, []]);
      await expect(el).to.be.accessible();
    });
  });
});
