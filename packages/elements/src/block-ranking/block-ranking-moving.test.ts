import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { eleven, three } from '../block-pick/block-pick.test-helpers.js';
import { defineOnce } from '../shared/define-once.js';
import { PoolsterBlockRanking } from './block-ranking.js';
import { button, click, focused, ranking, record, root, rowIds, rowText, rows, settle, status } from './block-ranking.test-helpers.js';

defineOnce('poolster-block-ranking', PoolsterBlockRanking);

/** Reordering the ranking by mouse and keyboard: the moved block keeps focus, and each move is announced. */
describe('poolster-block-ranking', () => {
  afterEach(() => resetMouse());

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
      expect(focused(el) === button(el, 1, 'down'), 'focus on the down button at index 1').to.equal(true);
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Omlaag: Preventie');
    });

    it('moves with Enter and Space on the same button, down to the last place, where it stays focused', async () => {
      const el = await ranking(eleven, { value: ['prevention', 'integral-policy', 'strong-teamwork', 'student-advocate'] });
      const details = record(el);
      button(el, 0, 'up').focus();
      await sendKeys({ press: 'Tab' }); // "Omlaag: Preventie"
      expect(focused(el) === button(el, 0, 'down'), 'focus on the down button at index 0').to.equal(true);
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
      expect(focused(el) === button(el, 3, 'down'), 'focus on the down button at index 3').to.equal(true);
      expect(focused(el)!.getAttribute('aria-disabled')).to.equal('true');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Omlaag: Preventie');
      // pressing the now aria-disabled button does nothing
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(details.length).to.equal(3);
      expect(focused(el) === button(el, 3, 'down'), 'focus on the down button at index 3').to.equal(true);
    });

    it('moves up with Space', async () => {
      const el = await ranking(three, { value: ['a', 'b', 'c'] });
      const details = record(el);
      button(el, 2, 'up').focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(details).to.deep.equal([{ value: ['a', 'c', 'b'] }]);
      expect(focused(el) === button(el, 1, 'up'), 'focus on the up button at index 1').to.equal(true);
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
      expect(focused(el) === button(el, 1, 'remove'), 'focus on the remove button at index 1').to.equal(true);
      await sendKeys({ press: 'Alt+ArrowUp' });
      await settle(el);
      expect(focused(el) === button(el, 0, 'remove'), 'focus on the remove button at index 0').to.equal(true);
      await sendKeys({ press: 'Alt+ArrowUp' }); // already first: nothing
      await settle(el);
      await sendKeys({ press: 'Alt+ArrowDown' });
      await settle(el);
      expect(details).to.deep.equal([
        { value: ['prevention', 'strong-teamwork', 'integral-policy'] },
        { value: ['strong-teamwork', 'prevention', 'integral-policy'] },
        { value: ['prevention', 'strong-teamwork', 'integral-policy'] },
      ]);
      expect(focused(el) === button(el, 1, 'remove'), 'focus on the remove button at index 1').to.equal(true);
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
      expect(again !== first, 'the repeated announcement is a new node').to.equal(true);
    });
  });
});
