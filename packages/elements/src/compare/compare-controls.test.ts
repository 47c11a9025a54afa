import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Response } from '@poolster/schema';
import { PoolsterCompare, type CompareEntry } from './compare.js';
import { entryIssues } from './compare-data.js';
import { A1, A2, B, C, FIXTURE, OTHER_INSTRUMENT, VIEWS, choose, go, matrix, mount, norm, root, rows, set, summary, texts, three } from './compare.test-helpers.js';
import { syntheticEntries } from './synthetic-entries.test-helpers.js';

describe('poolster-compare: filters, sort, CSV, keyboard, layout and many centres', () => {
  describe('anonymous, filters and sort', () => {
    it('anonymous: "Centre 1…n" in the order of the entries, everywhere', async () => {
      const el = await mount([A1, B, OTHER_INSTRUMENT, C, A2], { anonymous: true, earlier: true });
      expect(matrix(el).map((r) => r[0])).to.deep.equal(['Centre 1', 'Centre 1', 'Centre 2', 'Centre 4']);
      expect(texts(el, '.refused strong')).to.deep.equal(['Centre 3']);
      await set(el, { view: 'inspire', earlier: false });
      expect(texts(el, 'table.pairs tbody th')).to.deep.equal(['Centre 1', 'Centre 2', 'Centre 4']);
      expect(norm(root(el).textContent)).to.not.contain('CLB');
      await set(el, { view: 'comments' });
      expect(texts(el, '.comment .who')).to.deep.equal(['Centre 4']);
      expect(norm(root(el).textContent)).to.not.contain('CLB');
      await set(el, { view: 'challenges' });
      root(el).querySelector<HTMLButtonElement>('tr[data-block=listening] td[data-option=people] button')!.click();
      await el.updateComplete;
      expect(texts(el, '.challenge-detail li')).to.deep.equal(['Centre 1', 'Centre 2']);
      expect(norm(root(el).textContent)).to.not.contain('CLB');
      await set(el, { lang: 'nl', view: 'cycles' });
      expect(texts(el, 'table.cycles-centres th[scope=rowgroup]')[0]).to.match(/^Centrum 1:/);
    });

    it('filters the centres by school group, the stage of a chosen block and a priority, the blocks by cluster; every view follows', async () => {
      const grouped = [
        { ...A1, group: 'Noord' },
        { ...B, group: 'Zuid' },
        { ...C, group: 'Noord' },
        { ...A2, group: 'Noord' },
      ];
      const el = await mount(grouped);
      const labels = [...root(el).querySelectorAll('.controls label')].map((l) => `${norm(l.textContent)}→${l.getAttribute('for')}`);
      expect(labels).to.deep.equal([
        'School group→group',
        'Cluster→cluster',
        'Stage in building block→stage-block',
        'At stage→stage',
        'Has among its priorities→priority',
        'Sort centres by→sort',
        'Also earlier school years→earlier',
      ]);
      expect((root(el).getElementById('stage') as HTMLSelectElement).disabled).to.equal(true);
      await choose(el, 'group', 'Zuid');
      expect(el.group).to.equal('Zuid');
      expect(matrix(el).map((r) => r[0])).to.deep.equal(['CLB B']);
      expect(summary(el)).to.equal('Shown: 1 of 3 centres.');
      await choose(el, 'group', '');
      await choose(el, 'stage-block', 'listening');
      expect((root(el).getElementById('stage') as HTMLSelectElement).disabled).to.equal(false);
      await choose(el, 'stage', 'developing');
      expect([el.stageBlock, el.stage].join('|')).to.equal('listening|developing');
      expect(matrix(el).map((r) => r[0])).to.deep.equal(['CLB A', 'CLB B']);
      await set(el, { view: 'distribution' });
      expect(rows(el, 'table.distribution')[0]).to.deep.equal(['Listening', '0', '2', '0', '0']);
      expect(texts(el, '[role=tabpanel] .intro')).to.deep.equal(['The number of centres at each stage; the bar shows the share of all 2 centres.']);
      await set(el, { view: 'matrix', stageBlock: '', stage: '' });
      await choose(el, 'priority', 'data');
      expect(matrix(el).map((r) => r[0])).to.deep.equal(['CLB A', 'CLB B']);
      await set(el, { view: 'priorities' });
      expect(texts(el, '[role=tabpanel] .hint')).to.deep.equal(['Counted over 2 centres.']);
      await set(el, { view: 'matrix', priority: '' });
      await choose(el, 'cluster', 'means');
      expect(el.cluster).to.equal('means');
      expect(root(el).querySelectorAll('table.matrix thead th.block-col').length).to.equal(1);
      expect(matrix(el)).to.deep.equal([
        ['CLB A', 'Emerging → Developing'],
        ['CLB B', 'Not answered'],
        ['CLB C', 'Developing (keep)'],
      ]);
      await set(el, { entries: [B], cluster: '', stageBlock: 'data', stage: 'emerging' });
      expect(texts(el, '[role=tabpanel] .empty')).to.deep.equal(['No centre matches these filters.']);
      expect(summary(el)).to.equal('Shown: 0 of 1 centre.');
    });

    it('sorts the centres by label, mean stage and date, and by the stage of a block from its column header', async () => {
      const el = await mount(FIXTURE, { earlier: true });
      const order = (): string =>
        [...root(el).querySelectorAll('table.matrix tbody tr')].map((tr) => `${norm(tr.querySelector('.name')!.textContent)}@${tr.getAttribute('data-date')}`).join(' ');
      expect(order()).to.equal('CLB A@2025-01-10 CLB A@2026-01-15 CLB B@2025-02-01 CLB C@2025-03-01');
      await choose(el, 'sort', 'date');
      expect(el.sort).to.equal('date');
      expect(order()).to.equal('CLB A@2025-01-10 CLB B@2025-02-01 CLB C@2025-03-01 CLB A@2026-01-15');
      await choose(el, 'sort', 'mean-stage');
      expect(order()).to.equal('CLB C@2025-03-01 CLB A@2025-01-10 CLB A@2026-01-15 CLB B@2025-02-01');
      root(el).querySelector<HTMLButtonElement>('button.sort[data-block=data]')!.click();
      await el.updateComplete;
      expect([el.sortBlock, el.sortDirection, el.getAttribute('sort-block')].join('|')).to.equal('data|descending|data');
      expect(root(el).querySelector('th[aria-sort]')!.getAttribute('aria-sort')).to.equal('descending');
      expect(order()).to.equal('CLB A@2025-01-10 CLB C@2025-03-01 CLB A@2026-01-15 CLB B@2025-02-01');
      root(el).querySelector<HTMLButtonElement>('button.sort[data-block=data]')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('th[aria-sort]')!.getAttribute('aria-sort')).to.equal('ascending');
      expect(order()).to.equal('CLB A@2026-01-15 CLB C@2025-03-01 CLB A@2025-01-10 CLB B@2025-02-01');
      await choose(el, 'sort', 'label');
      expect(el.sortBlock).to.equal('');
      expect(root(el).querySelector('th[aria-sort]')).to.equal(null);
      await set(el, { anonymous: true, entries: Array.from({ length: 11 }, (_, i) => ({ ...B, label: `L${i}` })) });
      expect(matrix(el).slice(0, 3).map((r) => r[0])).to.deep.equal(['Centre 1', 'Centre 2', 'Centre 3']);
    });
  });

  describe('CSV', () => {
    it('exports the pairs the inspire view shows, all blocks, quoted properly', async () => {
      const el = await mount(FIXTURE, { view: 'inspire' });
      await choose(el, 'inspire-block', '*');
      expect(el.csv().split('\r\n')).to.deep.equal([
        'Building block,Wants to grow,Now,Ambition,Priority,Inspiring practice,Its stage,At or above the ambition',
        'Listening,CLB A,Developing,Embedded,2,CLB C,Embedded,yes',
        'Listening,CLB A,Developing,Embedded,2,CLB B,Developing,no',
        'Listening,CLB B,Developing,Embedded,,CLB C,Embedded,yes',
        'Listening,CLB C,Embedded,(keep),1,CLB B,Developing,no',
        'Learning,CLB B,Emerging,Developing,1,CLB A,Developing,yes',
        'Learning,CLB B,Emerging,Developing,1,CLB C,Developing,yes',
        'Learning,CLB C,Developing,Embedded,,CLB A,Developing,no',
        'Data,CLB A,Emerging,Developing,1,,,',
        'Data,CLB B,Not answered,Not answered,2,,,',
        '',
      ]);
      await set(el, { view: 'comments' });
      expect(el.csv().split('\r\n')).to.deep.equal(['Building block,Question,Kind,Centre,Text', 'Data,What helps with this theme?,“other”,CLB C,"A ""mentor"", yes"', '']);
    });

    it('exports the matrix with filters and anonymity applied', async () => {
      const el = await mount(FIXTURE, { anonymous: true });
      await set(el, { stageBlock: 'listening', stage: 'developing', sort: 'date' });
      expect(el.csv()).to.equal(
        [
          'Centre,Date,1 Listening,2 Learning,3 Data',
          'Centre 2,2025-02-01,Developing → Embedded,Emerging → Developing,Not answered',
          'Centre 1,2026-01-15,Developing → Embedded,Developing (keep),Emerging → Developing',
          '',
        ].join('\r\n'),
      );
      await set(el, { earlier: true, stageBlock: '', cluster: 'means' });
      expect(el.csv().split('\r\n').slice(0, 2)).to.deep.equal(['Centre,Date,3 Data', 'Centre 1,2025-01-10,Embedded (keep)']);
    });

    it('exports distribution, challenges, priorities and cycles as shown', async () => {
      const el = await mount(FIXTURE, { view: 'distribution', earlier: true });
      expect(el.csv().split('\r\n')).to.deep.equal([
        'Cluster,Building block,Emerging,Developing,Embedded,Not answered',
        'People,Listening,1,2,1,0',
        'People,Learning,1,3,0,0',
        'Means,Data,1,1,1,1',
        '',
      ]);
      // The latest scan of each centre, as the hand count in the challenges test.
      await set(el, { view: 'challenges', earlier: false });
      expect(el.csv().split('\r\n').slice(0, 6)).to.deep.equal([
        'Question,Cluster,Building block,Option,Number,Centres',
        'What helps with this theme?,People,Listening,People,2,"CLB A, CLB B"',
        'What helps with this theme?,People,Listening,Tools,1,CLB C',
        'What helps with this theme?,People,Listening,Nothing,0,',
        'What helps with this theme?,People,Listening,Something else:,0,',
        'What helps with this theme?,People,Learning,People,2,"CLB A, CLB B"',
      ]);
      await set(el, { view: 'priorities', cluster: 'people', earlier: true });
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
      const el = await mount(FIXTURE, { view: 'priorities', earlier: true });
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
      expect(tabs).to.deep.equal(['true/0', 'false/-1', 'false/-1', 'false/-1', 'false/-1', 'false/-1', 'false/-1', 'false/-1']);
      expect(root(el).querySelector('[role=tabpanel]')!.getAttribute('aria-labelledby')).to.equal('tab-matrix');
    });

    it('fires poolster-view on a click, and not when view is set by the host', async () => {
      const el = await mount(FIXTURE);
      let fired = 0;
      el.addEventListener('poolster-view', () => (fired += 1));
      await set(el, { view: 'challenges' });
      expect(fired).to.equal(0);
      setTimeout(() => root(el).querySelector<HTMLButtonElement>('#tab-priorities')!.click());
      const event = await oneEvent(el, 'poolster-view');
      expect(JSON.stringify(event.detail)).to.equal('{"view":"priorities"}');
      expect([event.bubbles, event.composed]).to.deep.equal([true, false]);
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
          const all = [...root(el).querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > 321).map((n) => `${n.tagName}.${n.className}`);
          expect(document.documentElement.scrollWidth, `${view}: ${all.join(' ')}`).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('many centres', () => {
    it('renders 1,000 synthetic GO! scans: each centre’s latest scan by default, 100 matrix rows with a note, distributions summing to the count', async () => {
      const instrument = await go();
      const entries = syntheticEntries(instrument, 1000);
      const centres = new Set(entries.map((e) => e.label)).size;
      const el = await mount(entries, { instrument, lang: 'nl', earlier: true });
      expect(summary(el)).to.equal(`Getoond: 1000 van 1000 scans (${centres} centra).`);
      expect(root(el).querySelectorAll('table.matrix tbody tr').length).to.equal(100);
      expect(root(el).querySelectorAll('table.matrix tbody td').length).to.equal(1100);
      expect(texts(el, '.limit p')).to.deep.equal(['Deze weergave toont de eerste 100 van 1000 scans; de andere weergaven en de CSV tellen ze allemaal mee.']);
      expect(el.csv().split('\r\n').length).to.equal(1002);
      await set(el, { view: 'distribution' });
      const sums = (): number[] => rows(el, 'table.distribution').map((row) => row.slice(1, 6).map(Number).reduce((a, b) => a + b, 0));
      expect(sums()).to.deep.equal(Array.from({ length: 11 }, () => 1000));
      await set(el, { earlier: false });
      expect(summary(el)).to.equal(`Getoond: ${centres} van ${centres} centra.`);
      expect(sums()).to.deep.equal(Array.from({ length: 11 }, () => centres));
      await set(el, { earlier: true });
      for (const view of ['challenges', 'comments', 'priorities', 'inspire', 'cycles', 'teams'] as const) {
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

    it('"show all" shows every row, and the button then goes back to the first 100', async () => {
      const instrument = await go();
      const entries = syntheticEntries(instrument, 120, 5).map((e, i) => ({ ...e, label: `Centrum ${i + 1}` }));
      const el = await mount(entries, { instrument });
      const button = root(el).querySelector<HTMLButtonElement>('.show-all')!;
      expect(norm(button.textContent)).to.equal('Show all 120');
      button.click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('table.matrix tbody tr').length).to.equal(120);
      expect(norm(root(el).querySelector('.show-all')!.textContent)).to.equal('Show only the first 100');
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
