import { expect, fixture, html } from '@open-wc/testing';
import type { Instrument, Response } from '@poolster/schema';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { STRING_TABLES, UI_LANGUAGES } from '../i18n/strings.js';
import { describeViolations, pageViolations } from '../shared/axe.test-helpers.js';
import { defineOnce } from '../shared/define-once.js';
import { clickText, deepElementAt } from '../shared/pointer.test-helpers.js';
import { PoolsterCompare, type CompareEntry } from './compare.js';
import { syntheticEntries } from './synthetic-entries.test-helpers.js';

defineOnce('poolster-compare', PoolsterCompare);

/**
 * The network's views of 60 GO! CLB centres (synthetic scans, some centres scanned twice), as a network
 * coordinator uses them: the common challenges heatmap, the comments, and who can inspire whom.
 */

let goCache: Instrument | undefined;
async function go(): Promise<Instrument> {
  goCache ??= (await (await fetch(new URL('../../../../content/go-clb/instrument.json', import.meta.url))).json()) as Instrument;
  return structuredClone(goCache);
}

/** The latest entry of each label, found here on its own (later date; the later entry on the same date). */
function latest(entries: readonly CompareEntry[]): CompareEntry[] {
  const byLabel = new Map<string, CompareEntry>();
  for (const e of entries) {
    const current = byLabel.get(e.label);
    if (!current || (e.date ?? '') >= (current.date ?? '')) byLabel.set(e.label, e);
  }
  return [...byLabel.values()];
}

const GROUPS = ['Scholengroep Noord', 'Scholengroep Zuid'];

/**
 * 60 scans with "CLB n" labels (so the anonymous "Centrum n" cannot be mistaken for them), a school group
 * per centre, and three hand-written comments on latest scans.
 */
async function network(): Promise<{ instrument: Instrument; entries: CompareEntry[]; latest: CompareEntry[] }> {
  const instrument = await go();
  const entries = syntheticEntries(instrument, 60, 3).map(
    (e) => ({ ...e, label: e.label.replace('Centrum', 'CLB'), group: GROUPS[Number(e.label.split(' ')[1]) % 2], response: structuredClone(e.response) }) as CompareEntry,
  );
  const last = latest(entries);
  const blocks = (e: CompareEntry) => (e.response as Response).blocks;
  blocks(last[0]!)['prevention']!['obstacles']!.comment = 'Te weinig tijd voor overleg met de scholen';
  blocks(last[1]!)['prevention']!['levers']!.comment = 'Een sterke kwaliteitscoördinator';
  (last[2]!.response as Response).final['priorities']!.comment = 'Eerst het beleidsplan, dan de élèves';
  return { instrument, entries, latest: last };
}

const norm = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const root = (el: PoolsterCompare): ShadowRoot => el.shadowRoot!;
const texts = (el: PoolsterCompare, selector: string): string[] => [...root(el).querySelectorAll(selector)].map((n) => norm(n.textContent));

async function mount(entries: CompareEntry[], instrument: Instrument, attrs: { view?: string; anonymous?: boolean; lang?: string } = {}): Promise<PoolsterCompare> {
  document.documentElement.lang = attrs.lang ?? 'nl';
  document.title = 'Netwerk – resultaten';
  const page = await fixture<HTMLElement>(html`<div>
    <header><p>Netwerk</p></header>
    <main>
      <h1>Resultaten van het netwerk</h1>
      <poolster-compare .instrument=${instrument} .entries=${entries} lang=${attrs.lang ?? 'nl'} view=${attrs.view ?? 'matrix'} ?anonymous=${attrs.anonymous ?? false}></poolster-compare>
    </main>
  </div>`);
  const el = page.querySelector('poolster-compare')!;
  await el.updateComplete;
  return el;
}

async function settle(el: PoolsterCompare): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

/** A real press and release near the start of a control's first line, after checking that the point is on it. */
async function pointAndClick(control: HTMLElement): Promise<void> {
  const r = control.getBoundingClientRect();
  const [x, y] = [Math.round(r.left + 24), Math.round(r.top + Math.min(r.height / 2, 20))];
  const hit = deepElementAt(x, y);
  if (!hit || !control.contains(hit)) throw new Error(`(${x}, ${y}) is on ${hit?.localName ?? 'nothing'}, not on the control`);
  await sendMouse({ type: 'click', position: [x, y] });
  await resetMouse();
}

async function expectClean(state: string): Promise<void> {
  expect(describeViolations(await pageViolations()), state).to.deep.equal([]);
}

async function choose(el: PoolsterCompare, selectId: string, value: string): Promise<void> {
  const select = root(el).getElementById(selectId) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** How many of the given responses named each obstacle in a block, counted here without the analysis. */
function handCount(instrument: Instrument, entries: readonly CompareEntry[], blockId: string, questionId: string): Map<string, number> {
  const question = instrument.blockQuestions.find((q) => q.id === questionId)!;
  const counts = new Map<string, number>('options' in question ? question.options.map((o) => [o.id, 0] as [string, number]) : []);
  for (const e of entries) {
    for (const id of new Set((e.response as Response).blocks[blockId]?.[questionId]?.choices ?? [])) counts.set(id, counts.get(id)! + 1);
  }
  return counts;
}

describe('poolster-compare: the network views', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('has its strings in nl, fr and en with the same keys and placeholders', () => {
    // A count's message has plural forms; every form keeps the placeholders of English's first form.
    const tables = STRING_TABLES.get('compare-network')! as unknown as Record<string, Record<string, string | Record<string, string>>>;
    const forms = (message: string | Record<string, string>): string[] => (typeof message === 'string' ? [message] : Object.values(message));
    const placeholders = (text: string): string => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
    for (const lang of UI_LANGUAGES) {
      expect(Object.keys(tables[lang]!).sort().join(','), lang).to.equal(Object.keys(tables.en!).sort().join(','));
      for (const [key, english] of Object.entries(tables.en!)) {
        for (const form of forms(tables[lang]![key]!)) expect(placeholders(form), `${lang}.${key}`).to.equal(placeholders(forms(english)[0]!));
      }
    }
  });

  describe('common challenges', () => {
    it('counts centres (the latest scan of each) per block and option, as a hand count does, shaded darker for more', async () => {
      const { instrument, entries, latest: last } = await network();
      const el = await mount(entries, instrument, { view: 'challenges' });
      expect(texts(el, '.count-line')).to.deep.equal([`Telt ${last.length} centra: de laatste scan van elk centrum.`]);
      expect(texts(el, '[role=tabpanel] h3')).to.deep.equal(['Hefbomen', 'Knelpunten', 'Verschil tussen deelgroepen']);
      for (const questionId of ['levers', 'obstacles']) {
        for (const tr of root(el).querySelectorAll(`table.heatmap[data-question=${questionId}] tbody tr`)) {
          const hand = handCount(instrument, last, tr.getAttribute('data-block')!, questionId);
          const shown = new Map([...tr.querySelectorAll('td')].map((td) => [td.getAttribute('data-option')!, Number(td.getAttribute('data-count'))]));
          expect([...shown], `${questionId} ${tr.getAttribute('data-block')}`).to.deep.equal([...hand]);
        }
      }
      // One sequential scale: a higher count is never lighter (a higher heat class) than a lower one.
      const cells = [...root(el).querySelectorAll('table.heatmap[data-question=obstacles] td.heat:not([data-option=none])')].map((td) => ({
        count: Number(td.getAttribute('data-count')),
        level: Number(/heat-(\d)/.exec(td.className)![1]),
      }));
      for (const a of cells) for (const b of cells) if (a.count > b.count) expect(a.level).to.be.at.least(b.level);
      expect(Math.max(...cells.map((c) => c.level))).to.equal(5);
      await expectClean('challenges');
    });

    it('finds the three most named obstacles of a block in two clicks of a real mouse', async () => {
      await setViewport({ width: 1280, height: 900 });
      const { instrument, entries, latest: last } = await network();
      const el = await mount(entries, instrument);
      // Click 1: the tab.
      const tab = root(el).getElementById('tab-challenges')!;
      // In view first, as a person would scroll to it: the test runner's page may still be scrolled from an
      // earlier test, and the click is aimed at what is on screen.
      tab.scrollIntoView({ block: 'center' });
      await clickText(tab);
      await settle(el);
      const blockId = 'strong-teamwork';
      const button = root(el).querySelector<HTMLElement>(`table.heatmap[data-question=obstacles] tr[data-block=${blockId}] .block-button`)!;
      button.scrollIntoView({ block: 'center' });
      // Click 2: the block in the obstacles table (on its visible name: the hidden suffix for screen readers is no place to aim at).
      await pointAndClick(button);
      await settle(el);
      const question = instrument.blockQuestions.find((q) => q.id === 'obstacles')!;
      const labels = new Map('options' in question ? question.options.map((o) => [o.id, (o.label as Record<string, string>).nl ?? String(o.label)]) : []);
      const hand = handCount(instrument, last, blockId, 'obstacles');
      const expected = [...hand]
        .filter(([id]) => id !== 'none')
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([id, n]) => `${labels.get(id)}: ${n} ${n === 1 ? 'centrum' : 'centra'}`);
      const titles = texts(el, '.challenge-detail .list-title');
      const lists = [...root(el).querySelectorAll('.challenge-detail ol')].map((ol) => [...ol.querySelectorAll('li')].map((li) => norm(li.textContent)));
      expect(titles).to.deep.equal(['Hefbomen', 'Knelpunten', 'Verschil tussen deelgroepen']);
      expect(lists[1]!.slice(0, 3)).to.deep.equal(expected);
      expect(root(el).activeElement?.id, 'focus moves to the list it opened').to.equal('challenge-detail');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await expectClean('a block opened');
    });

    it('opens the centres behind a cell with Enter, and a block with Space, moving focus there', async () => {
      const { instrument, entries, latest: last } = await network();
      const el = await mount(entries, instrument, { view: 'challenges' });
      const cell = root(el).querySelector<HTMLButtonElement>('table.heatmap[data-question=obstacles] tr[data-block=prevention] td[data-option=people-culture] button')!;
      cell.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const hand = handCount(instrument, last, 'prevention', 'obstacles').get('people-culture')!;
      expect(texts(el, '.challenge-detail li').length).to.equal(hand);
      expect(texts(el, '.challenge-detail h4')[0]).to.match(new RegExp(`bij Preventie.*: ${hand} centr(a|um)$`, 'i'));
      expect(root(el).activeElement?.id).to.equal('challenge-detail');
      expect(cell.getAttribute('aria-expanded')).to.equal('true');
      await expectClean('a cell opened');
      const block = root(el).querySelector<HTMLButtonElement>('table.heatmap[data-question=levers] tr[data-block=prevention] .block-button')!;
      block.focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(root(el).activeElement?.id).to.equal('challenge-detail');
      expect(root(el).querySelector('table.heatmap[data-question=levers] + .challenge-detail, .scroll + .challenge-detail')).to.exist;
      expect(texts(el, '.challenge-detail .list-title')).to.deep.equal(['Hefbomen', 'Knelpunten', 'Verschil tussen deelgroepen']);
      // Every heatmap cell with a count is a button; Tab reaches it.
      const withCount = root(el).querySelectorAll('td.heat:not([data-count="0"])').length;
      expect(root(el).querySelectorAll('td.heat button.cell-button').length).to.equal(withCount);
    });
  });

  describe('comments', () => {
    it('lists every comment and "other" text by block and question, filtered by block, question and words', async () => {
      const { instrument, entries, latest: last } = await network();
      const el = await mount(entries, instrument, { view: 'comments' });
      const others = last.reduce((n, e) => n + Object.values((e.response as Response).blocks).filter((b) => b['subgroups']?.other).length, 0);
      const total = others + 3;
      expect(texts(el, '[role=tabpanel] [role=status]')).to.deep.equal([`${total} teksten van ${total} passen.`]);
      await choose(el, 'comment-block', 'prevention');
      expect(texts(el, '.comment-group h3')).to.deep.equal(['Preventie']);
      await choose(el, 'comment-question', 'obstacles');
      expect(texts(el, '.comment .text')).to.deep.equal(['Te weinig tijd voor overleg met de scholen']);
      expect(texts(el, '.comment .who')).to.deep.equal([last[0]!.label]);
      expect(texts(el, '[role=tabpanel] [role=status]')).to.deep.equal([`1 tekst van ${total} past.`]);
      await expectClean('comments filtered');
      await choose(el, 'comment-question', '');
      await choose(el, 'comment-block', '');
      // The search field by keyboard: words in any case, accents ignored.
      root(el).getElementById('comment-search')!.focus();
      await sendKeys({ type: 'ELEVES beleidsplan' });
      await settle(el);
      expect(texts(el, '.comment .text')).to.deep.equal(['Eerst het beleidsplan, dan de élèves']);
      expect(texts(el, '.comment-group h3')).to.deep.equal(['Overkoepelende vragen']);
      await sendKeys({ type: ' xyz' });
      await settle(el);
      expect(texts(el, '[role=tabpanel] [role=status]')).to.deep.equal(['Geen tekst past bij deze filters.']);
      await expectClean('comments: no match');
    });

    it('changes its filters by keyboard', async () => {
      const { instrument, entries } = await network();
      const el = await mount(entries, instrument, { view: 'comments' });
      const select = root(el).getElementById('comment-block') as HTMLSelectElement;
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(select.value).to.equal('student-advocate');
      expect(texts(el, '.comment-group h3').length).to.be.at.most(1);
    });

    it('shows "Centrum n" in the anonymous mode, never a centre’s name', async () => {
      const { instrument, entries } = await network();
      const el = await mount(entries, instrument, { view: 'comments', anonymous: true });
      const names = texts(el, '.comment .who');
      expect(names.length).to.be.greaterThan(3);
      for (const name of names) expect(name).to.match(/^Centrum \d+$/);
      expect(norm(root(el).textContent)).to.not.contain('CLB ');
      await set(el, { view: 'challenges' });
      root(el).querySelector<HTMLButtonElement>('td.heat button')!.click();
      await settle(el);
      for (const name of texts(el, '.challenge-detail li')) expect(name).to.match(/^Centrum \d+$/);
      await set(el, { view: 'inspire' });
      expect(norm(root(el).textContent)).to.not.contain('CLB ');
      expect(el.csv()).to.not.contain('CLB ');
      await expectClean('anonymous');
    });
  });

  describe('who can inspire whom', () => {
    it('shows per block who wants to grow beside who inspires, the most promising pairs first', async () => {
      const { instrument, entries } = await network();
      const el = await mount(entries, instrument, { view: 'inspire' });
      // It opens on the first block: one block is a page, all eleven a long one.
      expect([...root(el).querySelectorAll('.inspire-block')].map((b) => b.getAttribute('data-block'))).to.deep.equal(['student-advocate']);
      await choose(el, 'inspire-block', '*');
      expect(root(el).querySelectorAll('.inspire-block').length).to.equal(11);
      let withPairs = 0;
      for (const block of root(el).querySelectorAll('.inspire-block')) {
        const rows = [...block.querySelectorAll('table.pairs tbody tr')].map((tr) => ({
          reaches: tr.querySelector('.candidate')?.classList.contains('reaches') ?? false,
          paired: tr.querySelector('.candidate') !== null,
          rank: Number(tr.querySelector('td.count')!.textContent!.trim()) || Number.POSITIVE_INFINITY,
          candidates: tr.querySelectorAll('.candidate').length,
        }));
        if (rows.some((r) => r.paired)) withPairs += 1;
        // Rows with a pair come first; among them, those whose best pair reaches the ambition; then by priority rank.
        const key = (r: (typeof rows)[number]) => [r.paired ? 0 : 1, r.reaches ? 0 : 1, r.rank];
        for (let i = 1; i < rows.length; i += 1) {
          const [a, b] = [key(rows[i - 1]!), key(rows[i]!)];
          const order = a[0]! - b[0]! || a[1]! - b[1]! || (a[2] === b[2] ? 0 : a[2]! < b[2]! ? -1 : 1);
          expect(order, `${block.getAttribute('data-block')} row ${i}`).to.be.at.most(0);
        }
        for (const r of rows) expect(r.candidates).to.be.at.most(5);
      }
      expect(withPairs, 'blocks with proposed pairs').to.be.greaterThan(5);
      await expectClean('inspire: all blocks');
    });

    it('filters by centre and by school group: only the pairs in which they take part; the CSV follows', async () => {
      const { instrument, entries } = await network();
      const el = await mount(entries, instrument, { view: 'inspire' });
      await choose(el, 'inspire-block', '*');
      const inspirer = texts(el, '.inspirers li')[0]!.replace(/ \(.*\)$/, '');
      await choose(el, 'inspire-centre', inspirer);
      const rows = [...root(el).querySelectorAll('table.pairs tbody tr')];
      expect(rows.length).to.be.greaterThan(0);
      for (const tr of rows) {
        const grower = norm(tr.querySelector('th')!.textContent);
        const candidates = [...tr.querySelectorAll('.candidate')].map((c) => norm(c.textContent).replace(/ \(.*$/, ''));
        expect(grower === inspirer || (candidates.length > 0 && candidates.every((c) => c === inspirer)), `${grower}: ${candidates.join(', ')}`).to.equal(true);
      }
      await expectClean('inspire: a centre');
      await choose(el, 'inspire-centre', '');
      await choose(el, 'inspire-group', GROUPS[0]!);
      const groupOf = new Map(entries.map((e) => [e.label, (e as CompareEntry & { group: string }).group]));
      const csv = el.csv().trim().split('\r\n').slice(1).map((line) => line.split(','));
      expect(csv.length).to.be.greaterThan(0);
      for (const [, grower, , , , inspiring] of csv) {
        expect(groupOf.get(grower!) === GROUPS[0] || groupOf.get(inspiring!) === GROUPS[0], `${grower} ↔ ${inspiring}`).to.equal(true);
      }
      await expectClean('inspire: a school group');
    });

    it('changes block, centre and group by keyboard', async () => {
      const { instrument, entries } = await network();
      const el = await mount(entries, instrument, { view: 'inspire' });
      for (const id of ['inspire-block', 'inspire-centre', 'inspire-group']) {
        const select = root(el).getElementById(id) as HTMLSelectElement;
        const before = select.value;
        select.focus();
        await sendKeys({ press: 'ArrowDown' });
        await settle(el);
        expect((root(el).getElementById(id) as HTMLSelectElement).value, id).to.not.equal(before);
      }
    });
  });

  it('shows the first 50 texts and growing centres of a long list until asked, and exports them all', async () => {
    const instrument = await go();
    const entries = syntheticEntries(instrument, 400, 7);
    const el = await mount(entries, instrument, { view: 'inspire' });
    const growing = Number(/^(\d+)/.exec(texts(el, '.inspire-block .hint')[0]!)![1]);
    expect(growing).to.be.greaterThan(50);
    expect(root(el).querySelectorAll('table.pairs tbody tr').length).to.equal(50);
    expect(texts(el, '.limit p')).to.deep.equal(['Elke bouwsteen toont de eerste 50 van zijn centra die willen groeien; de CSV bevat ze allemaal.']);
    const csvGrowers = new Set(el.csv().trim().split('\r\n').slice(1).map((line) => line.split(',')[1]));
    expect(csvGrowers.size).to.equal(growing);
    await expectClean('inspire: a long list');
    const button = root(el).querySelector<HTMLButtonElement>('.show-all-rows')!;
    expect(norm(button.textContent)).to.equal(`Alle ${growing} tonen`);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(root(el).querySelectorAll('table.pairs tbody tr').length).to.equal(growing);
    expect(norm(root(el).querySelector('.show-all-rows')!.textContent)).to.equal('Alleen de eerste 50 tonen');
    root(el).querySelector<HTMLButtonElement>('.show-all-rows')!.click();
    await set(el, { view: 'comments' });
    const match = Number(/^(\d+)/.exec(texts(el, '[role=tabpanel] [role=status]')[0]!)![1]);
    expect(match).to.be.greaterThan(50);
    expect(root(el).querySelectorAll('.comment').length).to.equal(50);
    expect(el.csv().trim().split('\r\n').length - 1).to.equal(match);
  });

  it('is usable at 320 px in every state: only the tables scroll, in their own box', async () => {
    await setViewport({ width: 320, height: 800 });
    const { instrument, entries } = await network();
    const el = await mount(entries, instrument, { view: 'challenges', lang: 'fr' });
    const check = (state: string) => {
      const wide = [...root(el).querySelectorAll('*')].filter((n) => !n.closest('.scroll') && n.getBoundingClientRect().right > 321).map((n) => `${n.tagName}.${n.className}`);
      expect(wide, state).to.deep.equal([]);
      expect(document.documentElement.scrollWidth, state).to.be.at.most(320);
    };
    check('challenges');
    root(el).querySelector<HTMLButtonElement>('.block-button')!.click();
    await settle(el);
    check('a block opened');
    await set(el, { view: 'comments' });
    check('comments');
    await set(el, { view: 'inspire' });
    await choose(el, 'inspire-block', '*');
    check('inspire');
    await expectClean('320 px');
  });
});

async function set(el: PoolsterCompare, values: Partial<PoolsterCompare>): Promise<void> {
  Object.assign(el, values);
  await settle(el);
}
