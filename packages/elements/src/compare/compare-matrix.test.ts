import { expect, fixture, html } from '@open-wc/testing';
import type { Instrument, Response } from '@poolster/schema';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { describeViolations, pageViolations } from '../shared/axe.test-helpers.js';
import { defineOnce } from '../shared/define-once.js';
import { PoolsterCompare, type CompareEntry } from './compare.js';
import { syntheticEntries } from './synthetic-entries.test-helpers.js';

defineOnce('poolster-compare', PoolsterCompare);

/**
 * A network coordinator with 60 centres (eight of them with a scan of an earlier school year) on a full-HD
 * screen: every block of every centre in view without scrolling sideways, rows under a header that stays,
 * sorting by a block with the mouse and the keyboard, filters that narrow the rows, the earlier school years.
 */

const GROUPS = ['Scholengroep Noord', 'Scholengroep Zuid', 'Scholengroep Oost'];

async function network(): Promise<{ instrument: Instrument; entries: CompareEntry[] }> {
  const instrument = (await (await fetch(new URL('../../../../content/go-clb/instrument.json', import.meta.url))).json()) as Instrument;
  const centre = (i: number) => ({ label: `Centrum ${i + 1}`, centreId: `clb-${i + 1}`, group: GROUPS[i % GROUPS.length]! });
  const latest = syntheticEntries(instrument, 60, 11).map((e, i) => ({ ...e, ...centre(i), date: `2025-10-${String((i % 28) + 1).padStart(2, '0')}` }));
  const earlier = syntheticEntries(instrument, 8, 12).map((e, i) => ({ ...e, ...centre(i * 7), date: '2024-03-01' }));
  return { instrument, entries: [...earlier, ...latest] };
}

const root = (el: PoolsterCompare): ShadowRoot => el.shadowRoot!;
const region = (el: PoolsterCompare): HTMLElement => root(el).querySelector<HTMLElement>('.matrix-scroll')!;
const bodyRows = (el: PoolsterCompare): HTMLTableRowElement[] => [...root(el).querySelectorAll<HTMLTableRowElement>('table.matrix tbody tr')];
const keys = (el: PoolsterCompare): string[] => bodyRows(el).map((tr) => tr.dataset['centre']!);
const summary = (el: PoolsterCompare): string => root(el).querySelector('.summary')!.textContent!.replace(/\s+/g, ' ').trim();
/** The stage (1…n) of a row's cell in a block, 0 when unanswered. */
const stageIn = (tr: Element, blockId: string): number => Number(/stage-(\d+)/.exec(tr.querySelector(`td[data-block="${blockId}"]`)!.className)?.[1] ?? 0);
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

async function choose(el: PoolsterCompare, selectId: string, value: string): Promise<void> {
  const select = root(el).getElementById(selectId) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function noViolations(state: string): Promise<void> {
  expect(describeViolations(await pageViolations()).join('\n'), state).to.equal('');
}

/** Words drawn on two lines (a word broken mid-word), outside the visually hidden texts. */
function brokenWords(node: ShadowRoot): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text.parentElement?.closest('.visually-hidden, option, select')) continue;
    for (const match of text.textContent!.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

async function mountPage(entries: CompareEntry[], instrument: Instrument): Promise<PoolsterCompare> {
  const page = await fixture<HTMLElement>(html`<main>
    <h1>Netwerk</h1>
    <poolster-compare lang="nl" .instrument=${instrument} .entries=${entries}></poolster-compare>
  </main>`);
  const el = page.querySelector('poolster-compare')!;
  await el.updateComplete;
  return el;
}

describe('poolster-compare: the matrix of a network of 60 centres', () => {
  before(() => {
    // axe checks the whole page (best practices too): give the test page what a host page has.
    document.title = 'Netwerk – Poolster';
    document.documentElement.lang = 'nl';
  });

  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  it('shows every block of every centre at 1920×1080 without horizontal scrolling, words whole, the header sticky', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const { instrument, entries } = await network();
    const el = await mountPage(entries, instrument);
    expect(summary(el)).to.equal('Getoond: 60 van 60 centra.');
    const rows = bodyRows(el);
    expect(rows.length).to.equal(60);
    const blockIds = instrument.clusters.flatMap((c) => c.blocks.map((b) => b.id));
    expect(blockIds.length).to.equal(11);
    for (const tr of rows) expect([...tr.querySelectorAll('td')].map((td) => td.dataset['block'])).to.deep.equal(blockIds);
    const scroller = region(el);
    const table = root(el).querySelector('table.matrix')!;
    expect(scroller.scrollWidth, 'no horizontal scrolling').to.be.at.most(scroller.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(1920);
    const lastHeader = root(el).querySelector('table.matrix thead th:last-child')!.getBoundingClientRect();
    expect(lastHeader.right).to.be.at.most(scroller.getBoundingClientRect().right + 0.5);
    console.log(`matrix at 1920×1080: table ${Math.round(table.getBoundingClientRect().width)} px wide, ${rows.length} rows, region ${scroller.clientHeight} px high`);
    expect(brokenWords(root(el)), 'words broken at 1920 px').to.deep.equal([]);
    // No inline style anywhere: the server's pages refuse them (style-src-attr).
    expect(root(el).querySelector('[style]') === null, 'no element with an inline style').to.equal(true);
    await noViolations('1920 px');

    // The rows scroll inside the region; the header with the sort buttons stays at its top.
    const header = root(el).querySelector<HTMLElement>('table.matrix thead th.block-col')!;
    const top = scroller.getBoundingClientRect().top;
    scroller.scrollTop = scroller.scrollHeight;
    await nextFrame();
    expect(scroller.scrollTop, 'the rows scrolled').to.be.greaterThan(500);
    expect(Math.abs(header.getBoundingClientRect().top - top), 'the header stays at the top of the region').to.be.below(2);
    const middle = header.getBoundingClientRect();
    const hit = root(el).elementFromPoint(middle.left + middle.width / 2, middle.top + middle.height / 2);
    expect(header.contains(hit), `the header is drawn over the rows (hit ${hit?.localName})`).to.equal(true);

    await setViewport({ width: 1280, height: 800 });
    await nextFrame();
    expect(scroller.scrollWidth, 'no horizontal scrolling at 1280 px').to.be.at.most(scroller.clientWidth);
    expect(brokenWords(root(el)), 'words broken at 1280 px').to.deep.equal([]);
  });

  it('sorts by a block with a real mouse click and with the keyboard, saying so with aria-sort', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const { instrument, entries } = await network();
    const el = await mountPage(entries, instrument);
    const blockId = root(el).querySelectorAll<HTMLButtonElement>('button.sort')[1]!.dataset['block']!;
    const target = root(el).querySelector<HTMLButtonElement>(`button.sort[data-block="${blockId}"]`)!;
    const box = target.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect(el.sortBlock).to.equal(blockId);
    expect(target.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    const stages = bodyRows(el).map((tr) => stageIn(tr, blockId));
    expect(stages).to.deep.equal([...stages].sort((a, b) => (a === 0 ? 1 : b === 0 ? -1 : b - a)));
    expect(new Set(stages).size, 'the block has centres at several stages').to.be.greaterThan(1);
    await noViolations('sorted by mouse');

    const other = root(el).querySelectorAll<HTMLButtonElement>('button.sort')[5]!;
    const otherId = other.dataset['block']!;
    other.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(other.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(target.closest('th')!.hasAttribute('aria-sort')).to.equal(false);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(root(el).activeElement === root(el).querySelector(`button.sort[data-block="${otherId}"]`), 'focus stays on the button').to.equal(true);
    expect(other.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    const ascending = bodyRows(el).map((tr) => stageIn(tr, otherId)).filter((s) => s > 0);
    expect(ascending).to.deep.equal([...ascending].sort((a, b) => a - b));
    await noViolations('sorted by keyboard');
  });

  it('narrows the rows with each filter, says how many of how many are shown, and shows earlier school years on request', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const { instrument, entries } = await network();
    const el = await mountPage(entries, instrument);
    // The expected rows, computed here from the entries: each centre's latest scan.
    const latest = new Map<string, CompareEntry>();
    for (const e of entries) if (!latest.has(e.centreId!) || e.date! > latest.get(e.centreId!)!.date!) latest.set(e.centreId!, e);
    const centres = [...latest.values()];
    const byLabel = (list: CompareEntry[]) => list.map((e) => e.centreId!).sort();

    await choose(el, 'group', GROUPS[1]!);
    const inGroup = centres.filter((e) => e.group === GROUPS[1]);
    expect([...keys(el)].sort()).to.deep.equal(byLabel(inGroup));
    expect(summary(el)).to.equal(`Getoond: ${inGroup.length} van 60 centra.`);
    await noViolations('group filter');
    await choose(el, 'group', '');

    const block = instrument.clusters[1]!.blocks[0]!;
    const stage = instrument.stages[1]!;
    const nowQuestion = instrument.blockQuestions.find((q) => q.type === 'stage')!.id;
    await choose(el, 'stage-block', block.id);
    await choose(el, 'stage', stage.id);
    const atStage = centres.filter((e) => (e.response as Response).blocks[block.id]?.[nowQuestion]?.choice === stage.id);
    expect(atStage.length, 'the stage filter keeps some centres and leaves out others').to.be.within(1, 59);
    expect([...keys(el)].sort()).to.deep.equal(byLabel(atStage));
    expect(bodyRows(el).every((tr) => stageIn(tr, block.id) === 2)).to.equal(true);
    await noViolations('stage filter');
    await choose(el, 'stage-block', '');

    const ranking = instrument.finalQuestions.find((q) => q.type === 'block-ranking')!.id;
    const priority = instrument.clusters[0]!.blocks[1]!.id;
    await choose(el, 'priority', priority);
    const withPriority = centres.filter((e) => ((e.response as Response).final[ranking]?.blocks ?? []).includes(priority));
    expect(withPriority.length).to.be.within(1, 59);
    expect([...keys(el)].sort()).to.deep.equal(byLabel(withPriority));
    await noViolations('priority filter');
    await choose(el, 'priority', '');

    const toggle = root(el).getElementById('earlier') as HTMLInputElement;
    const box = toggle.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect(el.earlier).to.equal(true);
    expect(bodyRows(el).length).to.equal(68);
    expect(summary(el)).to.equal('Getoond: 68 van 68 scans (60 centra).');
    expect(root(el).querySelectorAll('table.matrix tbody .year').length).to.equal(68);
    await el.updateComplete;
    el.view = 'distribution';
    await el.updateComplete;
    expect(root(el).querySelector('[role=tabpanel] .intro')!.textContent).to.contain('68 scans');
    await noViolations('earlier school years');
  });

  it('stays usable at 320 px: only the matrix region scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const { instrument, entries } = await network();
    const el = await mountPage(entries, instrument);
    await nextFrame();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const scroller = region(el);
    expect(scroller.scrollWidth, 'the table scrolls in its own region').to.be.greaterThan(scroller.clientWidth);
    const outside = [...root(el).querySelectorAll('*')].filter((n) => !n.closest('.scroll') && n.getBoundingClientRect().right > 321).map((n) => n.localName);
    expect(outside).to.deep.equal([]);
    await noViolations('320 px');
  });
});
