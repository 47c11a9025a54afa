import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { formatIssue, validateResponse, type Instrument, type Response } from '@poolster/schema';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { STRING_TABLES, UI_LANGUAGES } from '../i18n/strings.js';
import { defineOnce } from '../shared/define-once.js';
import { PoolsterCompare, type CompareEntry } from './compare.js';
import { entryIssues } from './compare-data.js';
import { syntheticEntries } from './synthetic-responses.js';

defineOnce('poolster-compare', PoolsterCompare);

let threeCache: Instrument | undefined;
async function three(): Promise<Instrument> {
  threeCache ??= (await (await fetch(new URL('../../../schema/test/fixtures/three-stages.instrument.json', import.meta.url))).json()) as Instrument;
  return structuredClone(threeCache);
}
let goCache: Instrument | undefined;
async function go(): Promise<Instrument> {
  goCache ??= (await (await fetch(new URL('../../../../content/go-clb/instrument.json', import.meta.url))).json()) as Instrument;
  return structuredClone(goCache);
}

// ————— Hand-written responses to the three-stage fixture (stages emerging < developing < embedded). —————

interface BlockAnswers {
  now?: string;
  next?: string;
  helpers?: string[];
  other?: string;
}

let ids = 0;
function response(blocks: Record<string, BlockAnswers>, final: { strengths?: string[]; focus?: string[] }, over: Partial<Response> = {}): Response {
  ids += 1;
  return {
    schemaVersion: 1,
    id: `00000000-0000-4000-8000-${String(ids).padStart(12, '0')}`,
    instrumentId: 'lumen-three-stage',
    instrumentVersion: '2.1.0',
    status: 'draft',
    createdAt: '2025-01-01T09:00:00Z',
    updatedAt: '2025-01-01T10:00:00Z',
    context: {},
    blocks: Object.fromEntries(
      Object.entries(blocks).map(([blockId, a]) => [
        blockId,
        {
          ...(a.now ? { now: { choice: a.now } } : {}),
          ...(a.next ? { next: { choice: a.next } } : {}),
          ...(a.helpers ? { helpers: { choices: a.helpers, ...(a.other ? { other: a.other } : {}) } } : {}),
        },
      ]),
    ),
    final: {
      ...(final.strengths ? { strengths: { blocks: final.strengths } } : {}),
      ...(final.focus ? { focus: { blocks: final.focus } } : {}),
    },
    ...over,
  };
}

/** A team round's counts: everyone placed the block once. */
const votes = (current: Record<string, number>) => ({ votes: { participants: Object.values(current).reduce((a, b) => a + b, 0), current } });

// Team rounds (spread in stages): listening 2 (A1), 0 (B), 1 (C); learning 0 (A1), 1 (B); data 1 (A1), 0 (C). A2 has none.
const A1: CompareEntry = {
  label: 'CLB A',
  date: '2025-01-10',
  response: response(
    {
      listening: { now: 'emerging', next: 'to-embedded', helpers: ['people', 'tools'] },
      learning: { now: 'developing', next: 'stay', helpers: ['nothing'] },
      data: { now: 'embedded', next: 'stay', helpers: ['tools'] },
    },
    { strengths: ['data'], focus: ['listening', 'learning'] },
    { team: { listening: votes({ emerging: 2, embedded: 1 }), learning: votes({ developing: 3 }), data: votes({ developing: 2, embedded: 2 }) } },
  ),
};
const B: CompareEntry = {
  label: 'CLB B',
  date: '2025-02-01',
  response: response(
    {
      listening: { now: 'developing', next: 'to-embedded', helpers: ['people'] },
      learning: { now: 'emerging', next: 'to-developing', helpers: ['people', 'tools'] },
    },
    { strengths: ['listening'], focus: ['learning', 'data'] },
    { team: { listening: votes({ developing: 4 }), learning: votes({ emerging: 1, developing: 2 }) } },
  ),
};
const C: CompareEntry = {
  label: 'CLB C',
  date: '2025-03-01',
  response: response(
    {
      listening: { now: 'embedded', next: 'stay', helpers: ['tools'] },
      learning: { now: 'developing', next: 'to-embedded', helpers: ['tools'] },
      data: { now: 'developing', next: 'stay', helpers: ['other'], other: 'A "mentor", yes' },
    },
    { strengths: ['listening', 'learning'], focus: ['listening'] },
    { team: { listening: votes({ emerging: 1, developing: 2 }), data: votes({ embedded: 3 }) } },
  ),
};
const A2: CompareEntry = {
  label: 'CLB A',
  date: '2026-01-15',
  response: response(
    {
      listening: { now: 'developing', next: 'to-embedded', helpers: ['people'] },
      learning: { now: 'developing', next: 'stay', helpers: ['people'] },
      data: { now: 'emerging', next: 'to-developing', helpers: ['nothing'] },
    },
    { strengths: ['learning'], focus: ['data', 'listening'] },
  ),
};
const FIXTURE = [A1, B, C, A2];

const OTHER_INSTRUMENT: CompareEntry = {
  label: 'CLB X',
  date: '2025-05-05',
  response: { ...response({ listening: { now: 'emerging' } }, {}), instrumentId: 'someone-else' },
};

// ————— Helpers —————

const norm = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const root = (el: PoolsterCompare): ShadowRoot => el.shadowRoot!;
const texts = (el: PoolsterCompare, selector: string): string[] => [...root(el).querySelectorAll(selector)].map((n) => norm(n.textContent));
const rows = (el: PoolsterCompare, selector: string): string[][] =>
  [...root(el).querySelectorAll(`${selector} tbody tr:not(.group)`)].map((tr) => [...tr.children].map((c) => norm(c.textContent)));

async function mount(entries: CompareEntry[], attrs: { lang?: string; view?: string; anonymous?: boolean; instrument?: unknown } = {}): Promise<PoolsterCompare> {
  const instrument = 'instrument' in attrs ? attrs.instrument : await three();
  const el = await fixture<PoolsterCompare>(
    html`<poolster-compare .instrument=${instrument} .entries=${entries} lang=${attrs.lang ?? 'en'} view=${attrs.view ?? 'matrix'} ?anonymous=${attrs.anonymous ?? false}></poolster-compare>`,
  );
  await el.updateComplete;
  return el;
}

async function set(el: PoolsterCompare, values: Partial<PoolsterCompare>): Promise<void> {
  Object.assign(el, values);
  await el.updateComplete;
}

async function choose(el: PoolsterCompare, selectId: string, value: string): Promise<void> {
  const select = root(el).getElementById(selectId) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const VIEWS = ['matrix', 'distribution', 'aspects', 'priorities', 'matches', 'cycles', 'teams'] as const;

describe('poolster-compare', () => {
  describe('accessibility', () => {
    it('has no axe violation in every view', async () => {
      const el = await mount(FIXTURE);
      for (const view of VIEWS) {
        await set(el, { view });
        expect(root(el).querySelector('[role=tabpanel] h2'), view).to.exist;
        await expect(el).to.be.accessible();
      }
    });

    it('has no axe violation with refused entries, other versions, anonymous, in Dutch', async () => {
      const otherVersion = { label: 'CLB V', date: '2025-04-04', response: response({ listening: { now: 'embedded', next: 'stay' } }, {}, { instrumentVersion: '2.0.0' }) };
      const el = await mount([...FIXTURE, OTHER_INSTRUMENT, { label: 'CLB Y', response: { nope: true } }, otherVersion], { lang: 'nl', anonymous: true });
      expect(root(el).querySelector('.refused')).to.exist;
      for (const view of VIEWS) {
        await set(el, { view });
        await expect(el).to.be.accessible();
      }
    });

    it('has no axe violation without an instrument, with an invalid one, without entries and with filters that match nothing', async () => {
      await expect(await mount([], { instrument: undefined })).to.be.accessible();
      await expect(await mount([], { instrument: { id: 'broken' } })).to.be.accessible();
      await expect(await mount([])).to.be.accessible();
      const el = await mount([B], { view: 'distribution' });
      await set(el, { stage: 'emerging', cluster: 'means' });
      expect(root(el).querySelector('[role=tabpanel] .empty')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults and attributes', () => {
    it('has every interface text in nl, fr and en with the same placeholders', () => {
      const tables = STRING_TABLES.get('compare')!;
      const placeholders = (text: string): string => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
      for (const lang of UI_LANGUAGES) {
        expect(Object.keys(tables[lang]).sort().join(','), lang).to.equal(Object.keys(tables.en).sort().join(','));
        for (const [key, text] of Object.entries(tables.en)) {
          expect(placeholders(tables[lang][key]!), `${lang}.${key}`).to.equal(placeholders(text));
          expect(tables[lang][key]!.trim(), `${lang}.${key}`).to.not.equal('');
        }
      }
    });

    it('defaults: Dutch, the matrix, not anonymous, no filters, sorted by label', async () => {
      const el = await fixture<PoolsterCompare>(html`<poolster-compare></poolster-compare>`);
      expect([el.lang, el.view, el.anonymous, el.cluster, el.stage, el.sort].join('|')).to.equal('nl|matrix|false|||label');
      expect(norm(root(el).textContent)).to.equal('Er is nog geen vragenlijst om scans mee te vergelijken.');
    });

    it('reflects view, anonymous, cluster, stage and sort, and reads them from attributes', async () => {
      const el = await mount(FIXTURE);
      await set(el, { view: 'cycles', anonymous: true, cluster: 'people', stage: 'developing', sort: 'date' });
      expect(['view', 'anonymous', 'cluster', 'stage', 'sort'].map((a) => el.getAttribute(a)).join('|')).to.equal('cycles||people|developing|date');
      el.setAttribute('view', 'aspects');
      el.removeAttribute('anonymous');
      el.setAttribute('sort', 'mean-stage');
      await el.updateComplete;
      expect([el.view, String(el.anonymous), el.sort].join('|')).to.equal('aspects|false|mean-stage');
    });

    it('speaks the interface language and shows content in the instrument language it has', async () => {
      const el = await mount(FIXTURE, { lang: 'fr' });
      expect(texts(el, '[role=tab]')).to.deep.equal(['Matrice', 'Répartition', 'Aspects', 'Priorités', 'Mises en relation', 'Cycles', 'Tours d’équipe']);
      expect(rows(el, 'table.matrix')[0]![0]).to.equal('Écoute');
      await set(el, { lang: 'nl' });
      expect(texts(el, '[role=tab]')).to.deep.equal(['Matrix', 'Verdeling', 'Aspecten', 'Prioriteiten', 'Koppelingen', 'Cycli', 'Teamrondes']);
      expect(rows(el, 'table.matrix')[0]![0]).to.equal('Listening');
    });
  });

  describe('the hand-computed fixture', () => {
    it('matrix: blocks by cluster × centres, stage and ambition as text, unanswered said', async () => {
      const el = await mount(FIXTURE);
      expect(norm(root(el).querySelector('[role=tabpanel] h2')!.textContent)).to.equal('Stage per building block and centre');
      expect(texts(el, 'table.matrix thead th .name')).to.deep.equal(['CLB A', 'CLB A', 'CLB B', 'CLB C']);
      expect([...root(el).querySelectorAll('table.matrix thead time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
        '2025-01-10',
        '2026-01-15',
        '2025-02-01',
        '2025-03-01',
      ]);
      expect(texts(el, 'table.matrix thead time')[0]).to.equal('Jan 10, 2025');
      expect(texts(el, 'table.matrix th[scope=rowgroup]')).to.deep.equal(['People', 'Means']);
      expect(rows(el, 'table.matrix')).to.deep.equal([
        ['Listening', 'Emerging → Embedded', 'Developing → Embedded', 'Developing → Embedded', 'Embedded (keep)'],
        ['Learning', 'Developing (keep)', 'Developing (keep)', 'Emerging → Developing', 'Developing → Embedded'],
        ['Data', 'Embedded (keep)', 'Emerging → Developing', 'Not answered', 'Developing (keep)'],
      ]);
    });

    it('matrix: each answered cell has a stage-N swatch (colour and pattern), unanswered none', async () => {
      const el = await mount(FIXTURE);
      const dataRow = root(el).querySelector('table.matrix tr[data-block=data]')!;
      const swatches = [...dataRow.querySelectorAll('td')].map((td) => td.querySelector('.swatch')?.className.split(' ').filter((c) => c.startsWith('stage-')).join('') ?? '-');
      expect(swatches).to.deep.equal(['stage-3', 'stage-1', '-', 'stage-2']);
      const first = root(el).querySelector<HTMLElement>('table.matrix .swatch.stage-1')!;
      expect(getComputedStyle(first).backgroundColor).to.equal('rgb(253, 231, 37)');
      el.style.setProperty('--poolster-stage-color-1', 'rgb(1, 2, 3)');
      expect(getComputedStyle(first).backgroundColor).to.equal('rgb(1, 2, 3)');
      const second = root(el).querySelector<HTMLElement>('table.matrix .swatch.stage-2')!;
      expect(getComputedStyle(second).backgroundImage).to.contain('gradient');
    });

    it('distribution: scans per stage and block, with an SVG bar per count', async () => {
      const el = await mount(FIXTURE, { view: 'distribution' });
      expect(texts(el, 'table.distribution thead th')).to.deep.equal(['Building block', 'Emerging', 'Developing', 'Embedded', 'Not answered']);
      expect(rows(el, 'table.distribution')).to.deep.equal([
        ['Listening', '1', '2', '1', '0'],
        ['Learning', '1', '3', '0', '0'],
        ['Data', '1', '1', '1', '1'],
      ]);
      const widths = [...root(el).querySelectorAll('tr[data-block=learning] rect.fill')].map((r) => r.getAttribute('width'));
      expect(widths).to.deep.equal(['25', '75', '0', '0']);
      expect(root(el).querySelector('[style]')).to.equal(null);
    });

    it('aspects: options ranked by how often they were chosen over blocks and centres, with percentages', async () => {
      const el = await mount(FIXTURE, { view: 'aspects' });
      expect(texts(el, '[role=tabpanel] h3')).to.deep.equal(['What helps with this theme?']);
      expect(texts(el, '[role=tabpanel] .hint')).to.deep.equal(['Percentages of the 11 answers to this question.']);
      expect(rows(el, 'table.aspects')).to.deep.equal([
        ['People', '5', '45%'],
        ['Tools', '5', '45%'],
        ['Nothing', '2', '18%'],
        ['Something else:', '1', '9%'],
      ]);
    });

    it('priorities: rank-weighted points with the method in plain words', async () => {
      const el = await mount(FIXTURE, { view: 'priorities' });
      expect(texts(el, '[role=tabpanel] .intro')).to.deep.equal([
        'Place 1 of 2 is worth 2 points, place 2 one point; the list is sorted by points, then by how many centres named the block.',
      ]);
      expect(rows(el, 'table.priorities')).to.deep.equal([
        ['1', 'Listening', '5', '3', '2'],
        ['2', 'Learning', '3', '2', '1'],
        ['3', 'Data', '3', '2', '1'],
      ]);
    });

    it('matches: each centre’s priorities (latest scan) with the OTHER centres that inspire in them', async () => {
      const el = await mount(FIXTURE, { view: 'matches' });
      expect(texts(el, '.matches .centre-name')).to.deep.equal(['CLB A', 'CLB B', 'CLB C']);
      expect(texts(el, '.matches li.match')).to.deep.equal([
        'CLB A wants to grow in Data → no inspiring practice at another centre yet',
        'CLB A wants to grow in Listening → inspiring: CLB B, CLB C',
        'CLB B wants to grow in Learning → inspiring: CLB A, CLB C',
        'CLB B wants to grow in Data → no inspiring practice at another centre yet',
        'CLB C wants to grow in Listening → inspiring: CLB B',
      ]);
      await set(el, { lang: 'nl' });
      expect(texts(el, '.matches li.match')[1]).to.equal('CLB A wil groeien in Listening → inspirerend: CLB B, CLB C');
    });

  });

  describe('team rounds', () => {
    it('lists the blocks where teams disagreed most first: scans with a round, mean spread with a bar, wide rounds', async () => {
      const el = await mount(FIXTURE, { view: 'teams' });
      expect(norm(root(el).querySelector('[role=tabpanel] h2')!.textContent)).to.equal('Where teams disagreed most');
      expect(texts(el, '[role=tabpanel] .hint')).to.deep.equal(['Scans with at least one team round: 3 of 4.']);
      expect(texts(el, 'table.teams thead th')).to.deep.equal(['Building block', 'Scans with a team round', 'Mean spread (stages)', 'Two or more stages apart']);
      expect(rows(el, 'table.teams')).to.deep.equal([
        ['Listening', '3', '1', '1 of 3'],
        ['Learning', '2', '0.5', '0 of 2'],
        ['Data', '2', '0.5', '0 of 2'],
      ]);
      // The bar spans the whole scale: three stages are at most two apart.
      expect([...root(el).querySelectorAll('table.teams rect.fill')].map((r) => r.getAttribute('width'))).to.deep.equal(['50', '25', '25']);
      expect(root(el).querySelector('[style]')).to.equal(null);
      await set(el, { lang: 'nl' });
      expect(rows(el, 'table.teams')[1]).to.deep.equal(['Learning', '2', '0,5', '0 van 2']);
      expect(texts(el, '[role=tab]')[6]).to.equal('Teamrondes');
    });

    it('follows the cluster filter, exports what it shows, and says so when no scan has a round', async () => {
      const el = await mount(FIXTURE, { view: 'teams' });
      expect(el.csv().split('\r\n')).to.deep.equal([
        'Cluster,Building block,Scans with a team round,Mean spread (stages),Two or more stages apart',
        'People,Listening,3,1,1 of 3',
        'People,Learning,2,0.5,0 of 2',
        'Means,Data,2,0.5,0 of 2',
        '',
      ]);
      await set(el, { cluster: 'means' });
      expect(rows(el, 'table.teams')).to.deep.equal([['Data', '2', '0.5', '0 of 2']]);
      await set(el, { entries: [A2], cluster: '' });
      expect(texts(el, '[role=tabpanel] .empty')).to.deep.equal(['None of these scans has a team round yet.']);
      await expect(el).to.be.accessible();
    });
  });

  describe('refused entries and other versions', () => {
    it('refuses another instrument with its message under "Not included", and counts only the rest', async () => {
      const el = await mount([...FIXTURE, OTHER_INSTRUMENT], { view: 'distribution' });
      expect(norm(root(el).querySelector('.refused h2')!.textContent)).to.equal('Not included');
      expect(texts(el, '.refused li')).to.deep.equal(['CLB X (May 5, 2025): These answers belong to the instrument "someone-else", not "lumen-three-stage".']);
      expect(rows(el, 'table.distribution')[0]).to.deep.equal(['Listening', '1', '2', '1', '0']);
      expect(norm(root(el).querySelector('.summary')!.textContent)).to.equal('Scans compared: 4. Centres: 3.');
      await set(el, { lang: 'nl' });
      expect(norm(root(el).querySelector('.refused h2')!.textContent)).to.equal('Niet meegenomen');
      expect(texts(el, '.refused .reason')).to.deep.equal(['Deze antwoorden horen bij het instrument "someone-else", niet bij "lumen-three-stage".']);
    });

    it('refuses a response that fails structurally with its first issue’s message', async () => {
      const instrument = await three();
      const broken = { label: 'CLB Y', response: { ...(A1.response as Response), status: 'sent' } };
      const expected = validateResponse(instrument, broken.response, { requireComplete: false });
      const el = await mount([A1, broken]);
      expect(texts(el, '.refused .reason')).to.deep.equal([`status: ${formatIssue(expected[0]!, 'en')}`]);
      expect(texts(el, 'table.matrix thead .name')).to.deep.equal(['CLB A']);
    });

    it('compares other versions on the blocks they share, and says so', async () => {
      const v2 = {
        label: 'CLB V',
        date: '2025-04-04',
        response: response({ listening: { now: 'embedded', next: 'stay' } }, {}, { instrumentVersion: '2.0.0' }),
      };
      const oldMajor = response({ data: { now: 'emerging' } }, {}, { instrumentVersion: '1.0.0' });
      oldMajor.blocks['retired-block'] = { now: { choice: 'embedded' } };
      const v1 = { label: 'CLB W', date: '2024-04-04', response: oldMajor };
      const el = await mount([...FIXTURE, v2, v1], { view: 'distribution' });
      expect(texts(el, '.notice')).to.deep.equal(['2 responses belong to another version (2.0.0, 1.0.0); they are compared on the building blocks they share.']);
      expect(rows(el, 'table.distribution')).to.deep.equal([
        ['Listening', '1', '2', '2', '1'],
        ['Learning', '1', '3', '0', '2'],
        ['Data', '2', '1', '1', '2'],
      ]);
      expect(root(el).querySelector('.refused')).to.equal(null);
      await set(el, { lang: 'nl' });
      expect(texts(el, '.notice')).to.deep.equal(['2 antwoorden horen bij een andere versie (2.0.0, 1.0.0); ze worden vergeleken op de bouwstenen die ze delen.']);
      const one = await mount([A1, v2], { lang: 'nl' });
      expect(texts(one, '.notice')).to.deep.equal(['1 antwoord hoort bij een andere versie (2.0.0); het wordt vergeleken op de bouwstenen die het deelt.']);
    });
  });

  describe('anonymous, filters and sort', () => {
    it('anonymous: "Centre 1…n" in the order of the entries, everywhere', async () => {
      const el = await mount([A1, B, OTHER_INSTRUMENT, C, A2], { anonymous: true });
      expect(texts(el, 'table.matrix thead .name')).to.deep.equal(['Centre 1', 'Centre 1', 'Centre 2', 'Centre 4']);
      expect(texts(el, '.refused strong')).to.deep.equal(['Centre 3']);
      await set(el, { view: 'matches' });
      expect(texts(el, '.matches li.match')[1]).to.equal('Centre 1 wants to grow in Listening → inspiring: Centre 2, Centre 4');
      expect(norm(root(el).textContent)).to.not.contain('CLB');
      await set(el, { lang: 'nl', view: 'cycles' });
      expect(texts(el, 'table.cycles-centres th[scope=rowgroup]')[0]).to.match(/^Centrum 1:/);
    });

    it('filters the blocks by cluster and by stage, with labelled selects', async () => {
      const el = await mount(FIXTURE);
      const labels = [...root(el).querySelectorAll('.controls label')].map((l) => `${norm(l.textContent)}→${l.getAttribute('for')}`);
      expect(labels).to.deep.equal(['Cluster→cluster', 'Blocks where a centre is at stage→stage', 'Sort centres by→sort']);
      await choose(el, 'cluster', 'means');
      expect(el.cluster).to.equal('means');
      expect(rows(el, 'table.matrix').map((r) => r[0])).to.deep.equal(['Data']);
      await choose(el, 'cluster', '');
      await choose(el, 'stage', 'embedded');
      expect(el.stage).to.equal('embedded');
      expect(rows(el, 'table.matrix').map((r) => r[0])).to.deep.equal(['Listening', 'Data']);
      await set(el, { cluster: 'people' });
      expect(rows(el, 'table.matrix').map((r) => r[0])).to.deep.equal(['Listening']);
      await set(el, { view: 'distribution' });
      expect(rows(el, 'table.distribution')).to.deep.equal([['Listening', '1', '2', '1', '0']]);
      await set(el, { view: 'aspects' });
      expect(rows(el, 'table.aspects')).to.deep.equal([
        ['People', '3', '75%'],
        ['Tools', '2', '50%'],
        ['Nothing', '0', '0%'],
        ['Something else:', '0', '0%'],
      ]);
      await set(el, { view: 'priorities' });
      expect(rows(el, 'table.priorities')).to.deep.equal([['1', 'Listening', '5', '3', '2']]);
      await set(el, { entries: [B], cluster: 'means', stage: 'emerging', view: 'matrix' });
      expect(texts(el, '[role=tabpanel] .empty')).to.deep.equal(['No building block matches these filters.']);
    });

    it('sorts the centres by label, mean stage and date', async () => {
      const el = await mount(FIXTURE);
      const columns = (): string => [...root(el).querySelectorAll('table.matrix thead th.centre')].map((th) => `${norm(th.querySelector('.name')!.textContent)}@${th.querySelector('time')!.getAttribute('datetime')}`).join(' ');
      expect(columns()).to.equal('CLB A@2025-01-10 CLB A@2026-01-15 CLB B@2025-02-01 CLB C@2025-03-01');
      await choose(el, 'sort', 'date');
      expect(el.sort).to.equal('date');
      expect(columns()).to.equal('CLB A@2025-01-10 CLB B@2025-02-01 CLB C@2025-03-01 CLB A@2026-01-15');
      await choose(el, 'sort', 'mean-stage');
      expect(columns()).to.equal('CLB C@2025-03-01 CLB A@2025-01-10 CLB A@2026-01-15 CLB B@2025-02-01');
      await set(el, { anonymous: true, sort: 'label', entries: Array.from({ length: 11 }, (_, i) => ({ ...B, label: `L${i}` })) });
      expect(texts(el, 'table.matrix thead .name').slice(0, 3)).to.deep.equal(['Centre 1', 'Centre 2', 'Centre 3']);
    });
  });

  describe('CSV', () => {
    it('exports what the matches view shows, quoted properly', async () => {
      const el = await mount(FIXTURE, { view: 'matches' });
      expect(el.csv()).to.equal(
        [
          'Centre,Priority,Building block,Inspiring practice at',
          'CLB A,1,Data,',
          'CLB A,2,Listening,"CLB B, CLB C"',
          'CLB B,1,Learning,"CLB A, CLB C"',
          'CLB B,2,Data,',
          'CLB C,1,Listening,CLB B',
          '',
        ].join('\r\n'),
      );
    });

    it('exports the matrix with filters and anonymity applied', async () => {
      const el = await mount(FIXTURE, { anonymous: true });
      await set(el, { stage: 'embedded', sort: 'date' });
      expect(el.csv()).to.equal(
        [
          'Cluster,Building block,Centre 1 (2025-01-10),Centre 2 (2025-02-01),Centre 3 (2025-03-01),Centre 1 (2026-01-15)',
          'People,Listening,Emerging → Embedded,Developing → Embedded,Embedded (keep),Developing → Embedded',
          'Means,Data,Embedded (keep),Not answered,Developing (keep),Emerging → Developing',
          '',
        ].join('\r\n'),
      );
    });

    it('exports distribution, aspects, priorities and cycles as shown', async () => {
      const el = await mount(FIXTURE, { view: 'distribution' });
      expect(el.csv().split('\r\n')).to.deep.equal([
        'Cluster,Building block,Emerging,Developing,Embedded,Not answered',
        'People,Listening,1,2,1,0',
        'People,Learning,1,3,0,0',
        'Means,Data,1,1,1,1',
        '',
      ]);
      await set(el, { view: 'aspects' });
      expect(el.csv().split('\r\n')).to.deep.equal([
        'Question,Option,Number,Percentage',
        'What helps with this theme?,People,5,45%',
        'What helps with this theme?,Tools,5,45%',
        'What helps with this theme?,Nothing,2,18%',
        'What helps with this theme?,Something else:,1,9%',
        '',
      ]);
      await set(el, { view: 'priorities', cluster: 'people' });
      expect(el.csv().split('\r\n')).to.deep.equal(['Rank,Building block,Points,Named by,First places', '1,Listening,5,3,2', '2,Learning,3,2,1', '']);
      await set(el, { view: 'cycles', cluster: '' });
      expect(el.csv().split('\r\n').slice(-5)).to.deep.equal([
        'Centre,Building block,School year then,Then,School year now,Now,Movement',
        'CLB A,Listening,2024–2025,Emerging,2025–2026,Developing,↑ higher',
        'CLB A,Learning,2024–2025,Developing,2025–2026,Developing,→ same',
        'CLB A,Data,2024–2025,Embedded,2025–2026,Emerging,↓ lower',
        '',
      ]);
    });

    it('downloads the CSV through a Blob URL when the button is pressed', async () => {
      const el = await mount(FIXTURE, { view: 'priorities' });
      const createObjectURL = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      let blob: Blob | undefined;
      let link: { href: string; download: string } | undefined;
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blob = b as Blob;
        return 'blob:test';
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        link = { href: this.href, download: this.download };
      };
      try {
        const button = [...root(el).querySelectorAll('button')].find((b) => norm(b.textContent) === 'Download this view as CSV')!;
        button.click();
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(JSON.stringify(link)).to.equal('{"href":"blob:test","download":"poolster-priorities.csv"}');
      expect(blob!.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blob!.arrayBuffer());
      expect([...bytes.slice(0, 3)].join(' ')).to.equal('239 187 191');
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(text).to.equal('\uFEFF' + el.csv());
      expect(text).to.contain('1,Listening,5,3,2\r\n');
    });
  });

  describe('keyboard and events', () => {
    it('switches views with the arrow keys, Home and End, moving focus and telling the host', async () => {
      const el = await mount(FIXTURE);
      const views: string[] = [];
      el.addEventListener('poolster-view', (e) => views.push((e as CustomEvent<{ view: string }>).detail.view));
      root(el).getElementById('tab-matrix')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.view).to.equal('distribution');
      expect(el.getAttribute('view')).to.equal('distribution');
      expect(root(el).activeElement!.id).to.equal('tab-distribution');
      expect(root(el).querySelector('table.distribution')).to.exist;
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(root(el).activeElement!.id).to.equal('tab-teams');
      expect(root(el).querySelector('table.teams')).to.exist;
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.view).to.equal('matrix');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(views.join(',')).to.equal('distribution,teams,matrix,teams,matrix');
      const tabs = [...root(el).querySelectorAll('[role=tab]')].map((t) => `${t.getAttribute('aria-selected')}/${t.getAttribute('tabindex')}`);
      expect(tabs).to.deep.equal(['true/0', 'false/-1', 'false/-1', 'false/-1', 'false/-1', 'false/-1', 'false/-1']);
      expect(root(el).querySelector('[role=tabpanel]')!.getAttribute('aria-labelledby')).to.equal('tab-matrix');
    });

    it('fires poolster-view on a click, and not when view is set by the host', async () => {
      const el = await mount(FIXTURE);
      let fired = 0;
      el.addEventListener('poolster-view', () => (fired += 1));
      await set(el, { view: 'aspects' });
      expect(fired).to.equal(0);
      setTimeout(() => root(el).querySelector<HTMLButtonElement>('#tab-priorities')!.click());
      const event = await oneEvent(el, 'poolster-view');
      expect(JSON.stringify(event.detail)).to.equal('{"view":"priorities"}');
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('shows an error panel and fires poolster-error for an invalid instrument', async () => {
      const errors: Array<{ kind: string; message: string; issues: unknown[] }> = [];
      const el = await fixture<PoolsterCompare>(
        html`<poolster-compare lang="en" .instrument=${{ id: 'broken' }} .entries=${FIXTURE} @poolster-error=${(e: CustomEvent) => errors.push(e.detail)}></poolster-compare>`,
      );
      await el.updateComplete;
      expect(errors.length).to.equal(1);
      expect(errors[0]!.kind).to.equal('instrument');
      expect(errors[0]!.message).to.equal('The questionnaire has errors. Fix them to compare scans.');
      expect(errors[0]!.issues.length).to.be.greaterThan(0);
      const panel = root(el).querySelector('[part=error-panel]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(norm(panel.querySelector('h2')!.textContent)).to.equal('This questionnaire cannot be used');
      expect(root(el).querySelector('[role=tablist]')).to.equal(null);
      await set(el, { instrument: await three() });
      expect(root(el).querySelector('[part=error-panel]')).to.equal(null);
      expect(errors.length).to.equal(1);
    });
  });

  describe('layout', () => {
    it('wraps at 320 px: only the scrollable table regions are wider than the viewport', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const el = await mount(FIXTURE, { lang: 'fr' });
        for (const view of VIEWS) {
          await set(el, { view });
          const wide = [...root(el).querySelectorAll('*')]
            .filter((n) => !n.closest('.scroll') && n.getBoundingClientRect().right > 321)
            .map((n) => `${view}: ${n.tagName} ${n.className}`);
          expect(wide.join(', ')).to.equal('');
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('many centres', () => {
    it('renders 1,000 synthetic GO! scans: 50 matrix columns with a note, distributions summing to 1,000', async () => {
      const instrument = await go();
      const entries = syntheticEntries(instrument, 1000);
      const el = await mount(entries, { instrument, lang: 'nl' });
      expect(root(el).querySelectorAll('table.matrix thead th.centre').length).to.equal(50);
      expect(texts(el, '.limit p')).to.deep.equal(['Deze weergave toont de eerste 50 van 1000 centra; de andere weergaven en de CSV tellen ze allemaal mee.']);
      expect(el.csv().split('\r\n')[0]!.split(',').length).to.equal(1002);
      await set(el, { view: 'distribution' });
      const table = rows(el, 'table.distribution');
      expect(table.length).to.equal(11);
      for (const row of table) {
        const counts = row.slice(1, 5).map(Number);
        expect(counts.reduce((a, b) => a + b, 0), row[0]).to.equal(1000);
        expect(row[5]).to.equal('0');
      }
      for (const view of ['aspects', 'priorities', 'matches', 'cycles', 'teams'] as const) {
        await set(el, { view });
        expect(root(el).querySelector('[role=tabpanel] .empty'), view).to.equal(null);
      }
      const spreads = rows(el, 'table.teams').map((r) => Number(r[2]!.replace(',', '.')));
      expect(spreads.length, 'every block had rounds').to.equal(11);
      expect(spreads).to.deep.equal([...spreads].sort((a, b) => b - a));
      expect(spreads[0]! - spreads[10]!, 'some blocks are harder to agree on').to.be.greaterThan(0.3);
      await set(el, { view: 'cycles' });
      expect(root(el).querySelectorAll('table.cycles-centres tbody').length).to.equal(50);
    });

    it('"show all" shows every column, and the button then goes back to the first 50', async () => {
      const instrument = await go();
      const el = await mount(syntheticEntries(instrument, 60, 5), { instrument });
      const button = root(el).querySelector<HTMLButtonElement>('.show-all')!;
      expect(norm(button.textContent)).to.equal('Show all 60');
      button.click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('table.matrix thead th.centre').length).to.equal(60);
      expect(norm(root(el).querySelector('.show-all')!.textContent)).to.equal('Show only the first 50');
      await expect(el).to.be.accessible();
    });

    it('validates each entry object once (memoised per entry object, again when its response is replaced)', async () => {
      const instrument = await three();
      const entry: CompareEntry = { label: 'CLB A', response: A1.response };
      const first = entryIssues(instrument, entry);
      expect(entryIssues(instrument, entry) === first).to.equal(true);
      expect(entryIssues(instrument, { ...entry }) === first).to.equal(false);
      entry.response = { ...(A1.response as Response) };
      expect(entryIssues(instrument, entry) === first).to.equal(false);
      expect(entryIssues(await three(), entry) === entryIssues(instrument, entry)).to.equal(false);
    });
  });
});
