import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { eleven } from '../block-pick/block-pick.test-helpers.js';
import { defineOnce } from '../shared/define-once.js';
import { clickText, scrollFirstOutOfView, useLaptopViewport } from '../shared/pointer.test-helpers.js';
import { PoolsterBlockRanking } from './block-ranking.js';
import { addButtonFor, button, focused, record, root, rowIds, rows, settle } from './block-ranking.test-helpers.js';

defineOnce('poolster-block-ranking', PoolsterBlockRanking);

/** A mouse user with the ranking scrolled so that its first row is above the screen: nothing jumps, everything works. */
describe('poolster-block-ranking', () => {
  afterEach(() => resetMouse());

  describe('with a real mouse, the first row scrolled out of view', () => {
    it('a click on text focuses nothing; "add" (one click) and "move down" work; the page never moves', async () => {
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

      const candidateText = root(el).querySelector('[part~="candidate"][data-id="informed-practice"] .label')!;
      scrollFirstOutOfView(first, candidateText);
      expect((await clickText(candidateText)).scrolled, 'a click on a block to add').to.equal(0);
      expect(focused(el)?.localName ?? 'nothing', 'a block\'s text focuses nothing').to.equal('nothing');
      expect(rowIds(el), 'and adds nothing').to.have.length(4);

      const add = addButtonFor(el, 'integrated-core-processes')!;
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
});
