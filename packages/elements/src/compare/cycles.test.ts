import { expect, fixture, html } from '@open-wc/testing';
import type { Instrument, Response } from '@poolster/schema';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { describeViolations, pageViolations } from '../shared/axe.test-helpers.js';
import { defineOnce } from '../shared/define-once.js';
import { PoolsterCompare, type CompareEntry } from './compare.js';

/**
 * The "cycles" view: per centre the movement per block from one school year to the next, and how the
 * network's distribution per block moved between its two latest school years.
 */

defineOnce('poolster-compare', PoolsterCompare);

const fixtureUrl = (path: string) => new URL(path, import.meta.url);
let threeCache: Instrument | undefined;
async function three(): Promise<Instrument> {
  threeCache ??= (await (await fetch(fixtureUrl('../../../schema/test/fixtures/three-stages.instrument.json'))).json()) as Instrument;
  return structuredClone(threeCache);
}

let ids = 0;
/** A scan of the three-stage fixture: the current stage per block (listening, learning, data). */
function scan(label: string, date: string, stages: [string?, string?, string?], centreId?: string): CompareEntry {
  ids += 1;
  const blocks = ['listening', 'learning', 'data'];
  const response: Response = {
    schemaVersion: 1,
    id: `00000000-0000-4000-9000-${String(ids).padStart(12, '0')}`,
    instrumentId: 'lumen-three-stage',
    instrumentVersion: '2.1.0',
    status: 'draft',
    createdAt: `${date}T09:00:00Z`,
    updatedAt: `${date}T10:00:00Z`,
    context: {},
    blocks: Object.fromEntries(blocks.map((b, i): [string, Response['blocks'][string]] => [b, stages[i] ? { now: { choice: stages[i] } } : {}])),
    final: {},
  };
  return { label, date, response, ...(centreId ? { centreId } : {}) };
}

// 2024–2025: A, B, C. 2025–2026: A (moved), B (renamed, same centre id), D (new). An earlier try-out of
// A in 2025–2026 does not count: the latest of the year does.
const FIXTURE: CompareEntry[] = [
  scan('CLB A', '2024-10-01', ['emerging', 'developing', 'embedded']),
  scan('CLB B', '2025-03-01', ['developing', 'developing', 'emerging'], 'centre-b'),
  scan('CLB C', '2025-06-01', ['embedded', 'emerging', 'developing']),
  scan('CLB A', '2025-09-15', ['emerging', 'emerging', 'emerging']),
  scan('CLB A', '2026-02-01', ['developing', 'developing', 'emerging']),
  scan('CLB B (new name)', '2026-01-10', ['embedded', 'developing', undefined], 'centre-b'),
  scan('CLB D', '2026-03-01', ['emerging', 'emerging', 'emerging']),
];

const norm = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const root = (el: PoolsterCompare): ShadowRoot => el.shadowRoot!;
const texts = (el: PoolsterCompare, selector: string): string[] => [...root(el).querySelectorAll(selector)].map((n) => norm(n.textContent));
const rows = (el: PoolsterCompare, selector: string): string[][] =>
  [...root(el).querySelectorAll(`${selector} tbody tr:not(.group)`)].map((tr) => [...tr.children].map((c) => norm(c.textContent)));

/** The element on a host page with its own landmarks, as the dashboard has them. */
async function mount(entries: CompareEntry[], attrs: { lang?: string; anonymous?: boolean; instrument?: Instrument } = {}): Promise<PoolsterCompare> {
  const instrument = attrs.instrument ?? (await three());
  document.documentElement.lang = attrs.lang ?? 'en';
  document.title = 'Dashboard';
  const page = await fixture<HTMLElement>(html`<div>
    <main>
      <h1>Dashboard</h1>
      <poolster-compare .instrument=${instrument} .entries=${entries} lang=${attrs.lang ?? 'en'} view="cycles" ?anonymous=${attrs.anonymous ?? false}></poolster-compare>
    </main>
  </div>`);
  const el = page.querySelector('poolster-compare')!;
  await el.updateComplete;
  return el;
}

async function expectClean(state: string): Promise<void> {
  expect(describeViolations(await pageViolations()), state).to.deep.equal([]);
}

/** The element's focused element, through its shadow root. */
const focused = (el: PoolsterCompare): Element | null => root(el).activeElement;

describe('poolster-compare: cycles', () => {
  it('shows how the network’s distribution moved between the two latest school years, per block', async () => {
    const el = await mount(FIXTURE);
    expect(norm(root(el).querySelector('[role=tabpanel] h2')!.textContent)).to.equal('Movement from one school year to the next');
    expect(texts(el, '#cycles-network')).to.deep.equal(['The network: 2024–2025 → 2025–2026']);
    expect(texts(el, '[role=tabpanel] .hint')[0]).to.equal('3 centres scanned in 2024–2025 · 3 centres in 2025–2026 · 2 centres in both');
    expect(texts(el, 'table.cycles-network thead th')).to.deep.equal(['Building block', 'Emerging', 'Developing', 'Embedded', 'Centres that moved']);
    const cells = (block: string) =>
      [...root(el).querySelectorAll(`table.cycles-network tr[data-block=${block}] td.count`)].map((td) => `${td.getAttribute('data-before')}→${td.getAttribute('data-after')}`);
    // Listening: before A emerging, B developing, C embedded; after A developing, B embedded, D emerging.
    expect(cells('listening')).to.deep.equal(['1→1', '1→1', '1→1']);
    // Data: before A embedded, B emerging, C developing; after A emerging, B not answered, D emerging.
    expect(cells('data')).to.deep.equal(['1→2', '1→0', '1→0']);
    expect(rows(el, 'table.cycles-network').map((r) => r[4])).to.deep.equal(['↑ 2 higher, → 0 same, ↓ 0 lower', '↑ 0 higher, → 2 same, ↓ 0 lower', '↑ 0 higher, → 0 same, ↓ 1 lower']);
    // A screen reader hears the school years, not an arrow.
    const first = root(el).querySelector('table.cycles-network td.count')!;
    expect(norm(first.textContent)).to.equal('2024–2025: 1 → , 2025–2026: 1');
    expect(first.querySelector('[aria-hidden=true]')!.textContent).to.equal(' → ');
  });

  it('shows per centre each block’s stage in the school year before its latest and in its latest, and the movement in words', async () => {
    const el = await mount(FIXTURE);
    expect(texts(el, 'table.cycles-centres th[scope=rowgroup]')).to.deep.equal(['CLB A: 2024–2025 → 2025–2026', 'CLB B (new name): 2024–2025 → 2025–2026']);
    expect(rows(el, 'table.cycles-centres')).to.deep.equal([
      ['Listening', 'Emerging', 'Developing', '↑ higher'],
      ['Learning', 'Developing', 'Developing', '→ same'],
      ['Data', 'Embedded', 'Emerging', '↓ lower'],
      ['Listening', 'Developing', 'Embedded', '↑ higher'],
      ['Learning', 'Developing', 'Developing', '→ same'],
      ['Data', 'Emerging', 'not answered', '– cannot compare'],
    ]);
    await expectClean('network and centres');
  });

  it('follows the filters, the anonymity and the language', async () => {
    const el = await mount(FIXTURE, { lang: 'nl', anonymous: true });
    // The neutral names number the centres (centreId, else the label) in the order of the entries: CLB B keeps its number after its new name.
    expect(texts(el, 'table.cycles-centres th[scope=rowgroup]')).to.deep.equal(['Centrum 1: 2024–2025 → 2025–2026', 'Centrum 2: 2024–2025 → 2025–2026']);
    expect(norm(root(el).textContent)).to.not.contain('CLB');
    expect(texts(el, '[role=tabpanel] .hint')[0]).to.equal('3 centra scanden in 2024–2025 · 3 centra in 2025–2026 · 2 centra in beide');
    el.cluster = 'means';
    await el.updateComplete;
    expect(rows(el, 'table.cycles-network').map((r) => r[0])).to.deep.equal(['Data']);
    expect(rows(el, 'table.cycles-centres').map((r) => r[0])).to.deep.equal(['Data', 'Data']);
    await expectClean('anonymous, Dutch, filtered');
    el.lang = 'fr';
    el.cluster = '';
    await el.updateComplete;
    expect(texts(el, '#cycles-network')).to.deep.equal(['Le réseau : 2024–2025 → 2025–2026']);
    // French says "1 centre", "0 centre": one form below 2.
    el.entries = [FIXTURE[0]!, FIXTURE[6]!];
    await el.updateComplete;
    expect(texts(el, '[role=tabpanel] .hint')[0]).to.equal('1 centre a fait un scan en 2024–2025 · 1 centre en 2025–2026 · 0 centre dans les deux');
    expect(texts(el, '[role=tabpanel] .empty')).to.deep.equal(['Aucun centre n’a encore de scans dans deux années scolaires.']);
    await expectClean('no centre in both years');
  });

  it('says so when the scans cover fewer than two school years', async () => {
    const el = await mount([FIXTURE[0]!, FIXTURE[1]!, FIXTURE[2]!]);
    expect(texts(el, '[role=tabpanel] .empty')).to.deep.equal(['The scans cover fewer than two school years: there is no movement to show yet.']);
    expect(root(el).querySelector('table')).to.equal(null);
    await expectClean('one school year');
    el.entries = [];
    await el.updateComplete;
    await expectClean('no scans');
  });

  it('exports both tables as CSV', async () => {
    const el = await mount(FIXTURE);
    const lines = el.csv().split('\r\n');
    expect(lines.slice(0, 3)).to.deep.equal([
      'Centre,Building block,School year then,Centres that moved,Emerging,Developing,Embedded',
      'The network: 2024–2025 → 2025–2026,Listening,2024–2025,,1,1,1',
      'The network: 2024–2025 → 2025–2026,Listening,2025–2026,"2 higher, 0 same, 0 lower",1,1,1',
    ]);
    expect(lines).to.include('CLB B (new name),Data,2024–2025,Emerging,2025–2026,not answered,– cannot compare');
  });

  it('is reached and read by keyboard: the tab by arrow keys, then each table region and "show all"', async () => {
    // 60 centres that scanned in two school years: more than the 50 the list shows at first.
    const many = Array.from({ length: 60 }, (_, i) => [
      scan(`CLB ${i + 1}`, '2024-11-01', ['emerging', 'developing', 'embedded']),
      scan(`CLB ${i + 1}`, '2025-11-01', ['developing', 'developing', 'developing']),
    ]).flat();
    const el = await mount(many, { lang: 'nl' });
    el.view = 'matrix';
    await el.updateComplete;
    root(el).querySelector<HTMLElement>('[role=tab][aria-selected=true]')!.focus();
    for (let i = 0; i < 6; i += 1) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.view).to.equal('cycles');
    expect(focused(el)?.id).to.equal('tab-cycles');
    const stops: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await sendKeys({ press: 'Tab' });
      const f = focused(el)!;
      stops.push(f.getAttribute('role') === 'region' ? `region ${f.getAttribute('aria-labelledby')}` : `${f.tagName.toLowerCase()} ${f.className || f.getAttribute('role')}`);
    }
    expect(stops).to.deep.equal(['section panel', 'region caption-cycles-network', 'button show-all', 'region caption-cycles-centres']);
    expect(root(el).querySelectorAll('table.cycles-centres tbody').length).to.equal(50);
    root(el).querySelector<HTMLElement>('.show-all')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelectorAll('table.cycles-centres tbody').length).to.equal(60);
    await expectClean('all centres shown');
  });

  it('is usable at 320 px: only the scrollable table regions are wider than the viewport', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      for (const entries of [FIXTURE, FIXTURE.slice(0, 3)]) {
        const el = await mount(entries, { lang: 'fr' });
        const wide = [...root(el).querySelectorAll('*')].filter((n) => !n.closest('.scroll') && n.getBoundingClientRect().right > 321).map((n) => `${n.tagName} ${n.className}`);
        expect(wide.join(', ')).to.equal('');
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
