import { expect, fixture, html } from '@open-wc/testing';
import type { Instrument } from '@poolster/schema';
import { defineOnce } from '../shared/define-once.js';
import { clickText, scrollFirstOutOfView, useLaptopViewport } from '../shared/pointer.test-helpers.js';
import { PoolsterCompare } from './compare.js';
import { syntheticEntries } from './synthetic-entries.test-helpers.js';

defineOnce('poolster-compare', PoolsterCompare);

/**
 * A mouse user reading the comparison: a click on the text of a table, with the filters scrolled above
 * the screen, must neither move focus to the first filter nor scroll the page up to it.
 */
describe('poolster-compare with a real mouse', () => {
  it('a click on text moves neither focus nor the page; focus() still reaches the first filter', async () => {
    await useLaptopViewport();
    const instrument = (await (await fetch(new URL('../../../../content/go-clb/instrument.json', import.meta.url))).json()) as Instrument;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <poolster-compare .instrument=${instrument} .entries=${[...syntheticEntries(instrument, 12), { label: 'Centrum zonder scan', response: {} }]} lang="nl"></poolster-compare>
      <div style="height: 1400px"></div>
    </div>`);
    const el = wrapper.querySelector('poolster-compare')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const firstFilter = root.querySelector('select')!;
    const refused = root.querySelector('[part~="refused"] li')!;
    scrollFirstOutOfView(firstFilter, refused);
    expect((await clickText(refused)).scrolled, 'the "not included" list').to.equal(0);
    expect(root.activeElement?.localName ?? 'nothing').to.equal('nothing');

    const cells = [...root.querySelectorAll('[part~="panel"] tbody th')];
    const cell = cells[cells.length - 2]!;
    // The matrix scrolls its rows in its own region: bring the row into the region's view first.
    cell.scrollIntoView({ block: 'nearest' });
    scrollFirstOutOfView(firstFilter, cell);
    expect((await clickText(cell)).scrolled, 'a table cell').to.equal(0);
    // At most the table's own scroll box (focusable so keyboards can scroll it) takes focus: never the filter above.
    const active = root.activeElement;
    expect(active === null || active.contains(cell), `focus went to ${active?.localName}#${active?.id}`).to.equal(true);

    el.focus();
    expect(root.activeElement?.id).to.equal(firstFilter.id);
  });
});
