import { expect, fixture, html } from '@open-wc/testing';
import { formatIssue, validateResponse, type Response } from '@poolster/schema';
import { STRING_TABLES, UI_LANGUAGES } from '../i18n/strings.js';
import { PoolsterCompare } from './compare.js';
import { A1, A2, B, FIXTURE, OTHER_INSTRUMENT, VIEWS, codes, matrix, mount, norm, response, root, rows, set, summary, texts, three } from './compare.test-helpers.js';

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
      await set(el, { stageBlock: 'data', stage: 'emerging' });
      expect(root(el).querySelector('[role=tabpanel] .empty')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults and attributes', () => {
    it('has every interface text in nl, fr and en with the same placeholders', () => {
      // A count's message (`centres`, `scans`) has plural forms; every form keeps the placeholders.
      const tables = STRING_TABLES.get('compare')! as unknown as Record<string, Record<string, string | Record<string, string>>>;
      const forms = (message: string | Record<string, string>): string[] => (typeof message === 'string' ? [message] : Object.values(message));
      const placeholders = (text: string): string => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
      for (const lang of UI_LANGUAGES) {
        expect(Object.keys(tables[lang]!).sort().join(','), lang).to.equal(Object.keys(tables.en!).sort().join(','));
        for (const [key, english] of Object.entries(tables.en!)) {
          const expected = placeholders(forms(english)[0]!);
          for (const form of forms(tables[lang]![key]!)) {
            expect(placeholders(form), `${lang}.${key}`).to.equal(expected);
            expect(form.trim(), `${lang}.${key}`).to.not.equal('');
          }
        }
      }
    });

    it('defaults: Dutch, the matrix, not anonymous, no filters, sorted by label', async () => {
      const el = await fixture<PoolsterCompare>(html`<poolster-compare></poolster-compare>`);
      expect([el.lang, el.view, el.anonymous, el.earlier, el.group, el.cluster, el.stageBlock, el.stage, el.priority, el.sort, el.sortBlock, el.sortDirection].join('|')).to.equal(
        'nl|matrix|false|false||||||label||descending',
      );
      expect(norm(root(el).textContent)).to.equal('Er is nog geen vragenlijst om scans mee te vergelijken.');
    });

    it('reflects view, anonymous, cluster, stage and sort, and reads them from attributes', async () => {
      const el = await mount(FIXTURE);
      await set(el, { view: 'cycles', anonymous: true, cluster: 'people', stage: 'developing', sort: 'date' });
      expect(['view', 'anonymous', 'cluster', 'stage', 'sort'].map((a) => el.getAttribute(a)).join('|')).to.equal('cycles||people|developing|date');
      el.setAttribute('view', 'challenges');
      el.removeAttribute('anonymous');
      el.setAttribute('sort', 'mean-stage');
      await el.updateComplete;
      expect([el.view, String(el.anonymous), el.sort].join('|')).to.equal('challenges|false|mean-stage');
    });

    it('speaks the interface language and shows content in the instrument language it has', async () => {
      const el = await mount(FIXTURE, { lang: 'fr' });
      expect(texts(el, '[role=tab]')).to.deep.equal(['Matrice', 'Répartition', 'Défis communs', 'Commentaires', 'Priorités', 'Qui inspire qui', 'Cycles', 'Tours d’équipe']);
      expect(root(el).querySelector('table.matrix th.block-col')!.getAttribute('title')).to.match(/: Écoute$/);
      await set(el, { lang: 'nl' });
      expect(texts(el, '[role=tab]')).to.deep.equal(['Matrix', 'Verdeling', 'Gedeelde uitdagingen', 'Toelichtingen', 'Prioriteiten', 'Wie inspireert wie', 'Cycli', 'Teamrondes']);
      expect(root(el).querySelector('table.matrix th.block-col')!.getAttribute('title')).to.match(/: Listening$/);
    });
  });

  describe('the hand-computed fixture', () => {
    it('matrix: a row per centre (its latest scan), a column per block, the stage code and ambition in the cell, in words for screen readers', async () => {
      const el = await mount(FIXTURE);
      expect(norm(root(el).querySelector('[role=tabpanel] h2')!.textContent)).to.equal('Stage per building block and centre');
      expect(summary(el)).to.equal('Shown: 3 of 3 centres.');
      const headers = [...root(el).querySelectorAll('table.matrix thead th')];
      expect(headers.map((th) => norm(th.querySelector('[aria-hidden=true]')?.textContent ?? th.textContent))).to.deep.equal(['Centre', '1', '2', '3']);
      expect(headers.slice(1).map((th) => th.getAttribute('title'))).to.deep.equal(['People: Listening', 'People: Learning', 'Means: Data']);
      expect(headers.slice(1).map((th) => norm(th.querySelector('button .visually-hidden')!.textContent))).to.deep.equal([
        'Sort by 1 Listening',
        'Sort by 2 Learning',
        'Sort by 3 Data',
      ]);
      expect(matrix(el)).to.deep.equal([
        ['CLB A', 'Developing → Embedded', 'Developing (keep)', 'Emerging → Developing'],
        ['CLB B', 'Developing → Embedded', 'Emerging → Developing', 'Not answered'],
        ['CLB C', 'Embedded (keep)', 'Developing → Embedded', 'Developing (keep)'],
      ]);
      expect(codes(el)).to.deep.equal([
        ['2→3', '2→2', '1→2'],
        ['2→3', '1→2', '–'],
        ['3→3', '2→3', '2→2'],
      ]);
      expect(texts(el, '.legend li')).to.deep.equal(['1 Emerging', '2 Developing', '3 Embedded']);
    });

    it('matrix: with earlier school years, a row per scan with its school year, and the figures count scans', async () => {
      const el = await mount(FIXTURE, { earlier: true });
      expect(summary(el)).to.equal('Shown: 4 of 4 scans (3 centres).');
      expect(matrix(el).map((r) => r[0])).to.deep.equal(['CLB A', 'CLB A', 'CLB B', 'CLB C']);
      expect(texts(el, 'table.matrix tbody .year')).to.deep.equal(['2024–2025', '2025–2026', '2024–2025', '2024–2025']);
      expect(matrix(el)[0]).to.deep.equal(['CLB A', 'Emerging → Embedded', 'Developing (keep)', 'Embedded (keep)']);
      await set(el, { view: 'distribution' });
      expect(texts(el, '[role=tabpanel] .intro')).to.deep.equal(['The number of scans at each stage; the bar shows the share of all 4 scans.']);
      await set(el, { earlier: false });
      expect(texts(el, '[role=tabpanel] .intro')).to.deep.equal(['The number of centres at each stage; the bar shows the share of all 3 centres.']);
      expect(rows(el, 'table.distribution')).to.deep.equal([
        ['Listening', '0', '2', '1', '0'],
        ['Learning', '1', '2', '0', '0'],
        ['Data', '1', '1', '0', '1'],
      ]);
      await set(el, { lang: 'nl', entries: [A2] });
      expect(summary(el)).to.equal('Getoond: 1 van 1 centrum.');
      expect(texts(el, '[role=tabpanel] .intro')).to.deep.equal(['Het aantal centra in elk stadium; de balk toont het aandeel van alle 1 centrum.']);
    });

    it('matrix: each cell is shaded on one light-to-dark scale, its text dark or white for contrast; unanswered unshaded', async () => {
      const el = await mount(FIXTURE);
      const cells = [...root(el).querySelectorAll<HTMLElement>('table.matrix td[data-block=data]')];
      expect(cells.map((td) => [...td.classList].filter((c) => c.startsWith('stage-') || c === 'unanswered').join(''))).to.deep.equal(['stage-1', 'unanswered', 'stage-2']);
      const shade = (stage: number): HTMLElement => root(el).querySelector<HTMLElement>(`.legend .stage-${stage}`)!;
      const lightness = (node: HTMLElement): number => {
        const [r, g, b] = getComputedStyle(node).backgroundColor.match(/\d+/g)!.map(Number) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      expect(lightness(shade(1))).to.be.greaterThan(lightness(shade(2)));
      expect(lightness(shade(2))).to.be.greaterThan(lightness(shade(3)));
      expect(getComputedStyle(shade(1)).color).to.equal('rgb(27, 27, 27)');
      expect(getComputedStyle(shade(3)).color).to.equal('rgb(255, 255, 255)');
      el.style.setProperty('--poolster-stage-color-1', 'rgb(1, 2, 3)');
      expect(getComputedStyle(cells[0]!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(cells[1]!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('matrix: a stage’s short code comes from the instrument when it gives one', async () => {
      const instrument = await three();
      instrument.stages = instrument.stages.map((stage, i) => ({ ...stage, short: ['E', { en: 'D', fr: 'O' }, 'I'][i]! }));
      const el = await mount(FIXTURE, { instrument });
      expect(codes(el)[0]).to.deep.equal(['D→I', 'D→D', 'E→D']);
      await set(el, { lang: 'fr' });
      expect(codes(el)[0]).to.deep.equal(['O→I', 'O→O', 'E→O']);
    });

    it('distribution: scans per stage and block, with an SVG bar per count', async () => {
      const el = await mount(FIXTURE, { view: 'distribution', earlier: true });
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

    it('challenges: per block and option, how many centres (latest scan) named it, as a hand count gives', async () => {
      const el = await mount(FIXTURE, { view: 'challenges' });
      expect(texts(el, '[role=tabpanel] h3')).to.deep.equal(['What helps with this theme?']);
      expect(texts(el, '[role=tabpanel] .count-line')).to.deep.equal(['Counts 3 centres: the latest scan of each centre.']);
      expect(texts(el, 'table.heatmap thead th')).to.deep.equal(['Building block', 'People', 'Tools', 'Nothing', 'Something else:']);
      const counts = [...root(el).querySelectorAll('table.heatmap tbody tr')].map((tr) => [
        // The block's name, without the question a screen reader hears after it.
        norm(tr.querySelector('th')!.textContent).replace(' (What helps with this theme?)', ''),
        ...[...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-count')),
      ]);
      // A2 (CLB A's latest), B and C: listening people A2 B, tools C; learning people A2 B, tools B C; data nothing A2, other C.
      expect(counts).to.deep.equal([
        ['Listening', '2', '1', '0', '0'],
        ['Learning', '2', '2', '0', '0'],
        ['Data', '0', '0', '1', '1'],
      ]);
    });

    it('priorities: rank-weighted points with the method in plain words', async () => {
      const el = await mount(FIXTURE, { view: 'priorities', earlier: true });
      expect(texts(el, '[role=tabpanel] .intro')).to.deep.equal([
        'Place 1 of 2 is worth 2 points, place 2 one point; the list is sorted by points, then by how often the block was named (by each of the scans counted).',
      ]);
      expect(rows(el, 'table.priorities')).to.deep.equal([
        ['1', 'Listening', '5', '3', '2'],
        ['2', 'Learning', '3', '2', '1'],
        ['3', 'Data', '3', '2', '1'],
      ]);
    });

    it('inspire: per block, who wants to grow beside who inspires, most promising pairs first (latest scans)', async () => {
      const el = await mount(FIXTURE, { view: 'inspire' });
      expect(texts(el, '.inspire-block h3')).to.deep.equal(['Listening']);
      expect(texts(el, 'table.pairs tbody th')).to.deep.equal(['CLB A', 'CLB B', 'CLB C']);
      expect(texts(el, 'table.pairs tbody tr:first-child .candidate')).to.deep.equal(['CLB C (Embedded) ✓ already at that stage', 'CLB B (Developing)']);
      expect(texts(el, '.inspirers li')).to.deep.equal(['CLB B (Developing)', 'CLB C (Embedded)']);
      await set(el, { lang: 'nl' });
      expect(texts(el, '.inspire-block .hint')).to.deep.equal(['3 centra willen hier groeien · 2 inspirerende praktijken']);
    });
  });

  describe('team rounds', () => {
    it('lists the blocks where teams disagreed most first: scans with a round, mean spread with a bar, wide rounds', async () => {
      const el = await mount(FIXTURE, { view: 'teams', earlier: true });
      expect(norm(root(el).querySelector('[role=tabpanel] h2')!.textContent)).to.equal('Where teams disagreed most');
      expect(texts(el, '[role=tabpanel] .hint')).to.deep.equal(['With at least one team round: 3 of 4 scans.']);
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
      expect(texts(el, '[role=tab]')[7]).to.equal('Teamrondes');
    });

    it('follows the cluster filter, exports what it shows, and says so when no scan has a round', async () => {
      const el = await mount(FIXTURE, { view: 'teams', earlier: true });
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
      const el = await mount([...FIXTURE, OTHER_INSTRUMENT], { view: 'distribution', earlier: true });
      expect(norm(root(el).querySelector('.refused h2')!.textContent)).to.equal('Not included');
      expect(texts(el, '.refused li')).to.deep.equal(['CLB X (May 5, 2025): These answers belong to the instrument "someone-else", not "lumen-three-stage".']);
      expect(rows(el, 'table.distribution')[0]).to.deep.equal(['Listening', '1', '2', '1', '0']);
      expect(summary(el)).to.equal('Shown: 4 of 4 scans (3 centres).');
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
      expect(matrix(el).map((r) => r[0])).to.deep.equal(['CLB A']);
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
      const el = await mount([...FIXTURE, v2, v1], { view: 'distribution', earlier: true });
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
});
