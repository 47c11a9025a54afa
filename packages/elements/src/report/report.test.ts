import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { blockPlacements, createResponse, withAnswer, type Instrument, type Response } from '@poolster/schema';
import { waitFor } from '../../../../scripts/test/wait-for.js';
import '../define.js';
import type { PoolsterReport } from './report.js';
import { wrapLabel } from './stage-chart.js';

const fixtures = (name: string) => new URL(`../../../schema/test/fixtures/${name}`, import.meta.url);
const load = async <T>(url: URL): Promise<T> => (await (await fetch(url)).json()) as T;
const go = () => load<Instrument>(new URL('../../../../content/go-clb/instrument.json', import.meta.url));

/** A full GO! response built in code: stages cycle, ambitions one stage up, levers and obstacles vary. */
async function goResponse(): Promise<{ instrument: Instrument; response: Response }> {
  const instrument = await go();
  let response = createResponse(instrument, { now: new Date('2026-11-20T09:00:00Z') });
  response = withAnswer(response, { scope: 'context', questionId: 'centre-name' }, { text: 'CLB Brugge' });
  const blocks = instrument.clusters.flatMap((c) => c.blocks);
  blocks.forEach((block, i) => {
    const at = (questionId: string) => ({ scope: 'block', blockId: block.id, questionId }) as const;
    const stage = instrument.stages[i % 3]!.id;
    response = withAnswer(response, at('current-stage'), { choice: stage });
    response = withAnswer(response, at('ambition'), { choice: i % 2 ? 'keep' : ['evolve-planned', 'evolve-integrated', 'evolve-systematic'][i % 3]! });
    response = withAnswer(response, at('deliberate-choice'), { choice: 'both', comment: i === 0 ? 'Besproken <b>samen</b>, "zonder" oordeel.' : undefined });
    response = withAnswer(response, at('levers'), { choices: i < 4 ? ['people-culture', 'systems-structure'] : ['none'] });
    response = withAnswer(response, at('obstacles'), { choices: i % 3 === 0 ? ['systems-structure'] : ['none'] });
    response = withAnswer(response, at('subgroups'), i === 2 ? { choices: ['other'], other: 'tussen de regio’s' } : { choices: ['no'] });
  });
  response = withAnswer(response, { scope: 'final', questionId: 'inspiring-practices' }, { none: true });
  response = withAnswer(response, { scope: 'final', questionId: 'priorities' }, { blocks: ['prevention', 'informed-practice', 'strong-teamwork'] });
  return { instrument, response: { ...response, status: 'submitted', submittedAt: '2026-11-20T10:00:00Z' } };
}

async function report(instrument: unknown, response: unknown, lang = 'nl'): Promise<PoolsterReport> {
  const el = await fixture<PoolsterReport>(html`<poolster-report .instrument=${instrument} .response=${response} lang=${lang}></poolster-report>`);
  await el.updateComplete;
  return el;
}
const text = (el: PoolsterReport, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('poolster-report', () => {
  it('is accessible: the report, its data table opened, an error message', async () => {
    const { instrument, response } = await goResponse();
    const el = await report(instrument, response);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector('details')!.open = true;
    await expect(el).to.be.accessible();
    await expect(await report(instrument, { ...response, instrumentId: 'x' })).to.be.accessible();
  });

  it('shows the time in the zone its host configures (time-zone), whatever the browser\'s zone', async () => {
    const { instrument, response } = await goResponse(); // sent at 10:00 UTC on 20 November
    const el = await report(instrument, response);
    el.timeZone = 'Europe/Brussels';
    await el.updateComplete;
    expect(text(el, '.meta')).to.match(/^Verzonden op 20 november 2026 om 11:00$/);
    el.setAttribute('time-zone', 'America/New_York');
    await el.updateComplete;
    expect(text(el, '.meta')).to.match(/^Verzonden op 20 november 2026 om 05:00$/);
  });

  it('shows who, when, and every answer per cluster and block, including comments, "other" texts and the final questions', async () => {
    const { instrument, response } = await goResponse();
    const el = await report(instrument, response);
    expect(text(el, 'h2')).to.equal('CLB Brugge');
    expect(text(el, '.meta')).to.match(/^Verzonden op 20 november 2026/);
    const blocks = [...el.shadowRoot!.querySelectorAll('article.block')];
    expect(blocks).to.have.length(11);
    expect(blocks[0]!.querySelectorAll('dt')).to.have.length(6);
    expect(blocks[0]!.textContent).to.contain('Toelichting: Besproken <b>samen</b>, "zonder" oordeel.');
    expect(blocks[0]!.querySelector('b')).to.equal(null);
    expect(blocks[2]!.textContent).to.contain('ja, anders: tussen de regio’s');
    const final = el.shadowRoot!.querySelector('section.cluster:last-of-type')!;
    expect(final.textContent).to.contain('Wij zitten momenteel nog niet op het punt');
    expect([...final.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['1. Preventie', '2. Geïnformeerde praktijken', '3. Sterk teamwerk']);
  });

  it('draws the chart on the instrument’s own scale, with a title and description, and its table equals the response', async () => {
    const { instrument, response } = await goResponse();
    const el = await report(instrument, response);
    const svg = el.shadowRoot!.querySelector('svg.stage-chart')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('title')!.textContent).to.equal('Huidig stadium en ambitie per bouwsteen');
    expect(svg.querySelector('desc')!.textContent).to.contain('Fragmentair → Planmatig → Geïntegreerd → Systematisch');
    expect(svg.querySelectorAll('circle.current')).to.have.length(11);
    expect(svg.querySelectorAll('path.ambition')).to.have.length(11);
    expect([...svg.querySelectorAll('.stage-label')].map((s) => s.textContent)).to.deep.equal(['Fragmentair', 'Planmatig', 'Geïntegreerd', 'Systematisch']);

    const stages = instrument.stages.map((s) => s.label as string);
    const expected = blockPlacements(instrument, response).map((p) => [stages[p.currentIndex!], stages[p.ambitionIndex!], String(p.gap)]);
    const table = [...el.shadowRoot!.querySelectorAll('.data-table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    expect(table).to.deep.equal(expected);
  });

  it('works with three stages in French, and marks blocks not placed', async () => {
    const instrument = await load<Instrument>(fixtures('three-stages.instrument.json'));
    const response = await load<Response>(fixtures('three-stages.response.json'));
    delete response.blocks.data!.now;
    const el = await report(instrument, response, 'fr');
    expect([...el.shadowRoot!.querySelectorAll('.stage-label')].map((s) => s.textContent)).to.deep.equal(['Émergent', 'En développement', 'Ancré']);
    expect(el.shadowRoot!.querySelectorAll('svg.stage-chart circle.current')).to.have.length(2);
    expect(text(el, 'text.missing')).to.equal('non positionné');
    expect(text(el, '.data-table tbody tr:last-child')).to.equal('Données non positionné');
    await expect(el).to.be.accessible();
  });

  it('counts levers and obstacles per aspect across blocks in the summary, and the other multiple-choice question in the details', async () => {
    const { instrument, response } = await goResponse();
    const el = await report(instrument, response);
    const tally = el.shadowRoot!.querySelector('.summary table.tally')!;
    const cells = (table: Element) => [...table.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent, ...[...tr.querySelectorAll('td')].map((c) => c.textContent)]);
    expect([...tally.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Aspect', 'Hefbomen', 'Knelpunten']);
    // levers: blocks 0-3 name people-culture and systems-structure; obstacles: blocks 0, 3, 6, 9 name systems-structure.
    // Most named first; an aspect nobody named (missie-visie-strategie) is left out.
    expect(cells(tally)).to.deep.equal([
      ['gelinkt aan systemen en structuur (bv. wetgeving, overleg, infrastructuur, middelen, IT...)', '4 van 11', '4 van 11'],
      ['gelinkt aan mensen en cultuur (bv. mindset, competenties of talenten, groepsdynamiek, waarden en normen...)', '4 van 11', '0 van 11'],
    ]);
    const tables = [...el.shadowRoot!.querySelectorAll('.details .aspect-table')];
    expect(tables).to.have.length(1, 'subgroup differences; levers and obstacles are not counted twice');
    expect([...tables[0]!.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td .count')!.textContent)).to.deep.equal(['0 / 11', '0 / 11', '0 / 11', '0 / 11']);
  });

  it('exports JSON that parses back to the same response, and CSV with one properly quoted row per block', async () => {
    const { instrument, response } = await goResponse();
    const el = await report(instrument, response);
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return create.call(URL, blob);
    };
    try {
      const buttons = [...el.shadowRoot!.querySelectorAll('button')];
      buttons.find((b) => b.textContent!.includes('JSON'))!.click();
      buttons.find((b) => b.textContent!.includes('CSV'))!.click();
    } finally {
      URL.createObjectURL = create;
    }
    expect(JSON.parse(await blobs[0]!.text())).to.deep.equal(response);
    const lines = (await blobs[1]!.text()).trimEnd().split('\r\n');
    expect(lines).to.have.length(12);
    expect(lines[1]).to.contain('"Besproken <b>samen</b>, ""zonder"" oordeel."');
    const bytes = new Uint8Array(await blobs[1]!.arrayBuffer());
    expect([...bytes.slice(0, 3)].join(' '), 'the byte order mark Excel needs to read UTF-8').to.equal('239 187 191');
    expect(blobs[1]!.type).to.equal('text/csv;charset=utf-8');
  });

  it('refuses the answers of another instrument and of another major version, with a message and an event', async () => {
    const { instrument, response } = await goResponse();
    const el = document.createElement('poolster-report');
    const event = oneEvent(el, 'poolster-error');
    el.instrument = instrument;
    el.response = { ...response, instrumentId: 'vrij-clb-scan' };
    document.body.append(el);
    expect((await event).detail.kind).to.equal('response');
    await el.updateComplete;
    expect(text(el as PoolsterReport, '.message')).to.equal(
      'Deze antwoorden horen bij een andere scan (vrij-clb-scan), niet bij GO! poolster-CLB in beeld. Het rapport kan niet getoond worden.',
    );
    el.response = { ...response, instrumentVersion: '2.0.0' };
    await el.updateComplete;
    expect(text(el as PoolsterReport, '.message')).to.contain('versie 2.0.0');
    el.response = { ...response, instrumentVersion: '1.0.1' };
    await el.updateComplete;
    expect(text(el as PoolsterReport, '.note')).to.contain('versie 1.0.1');
    expect(el.shadowRoot!.querySelectorAll('article.block')).to.have.length(11);
    el.remove();
  });

  it('loads both from URLs', async () => {
    const el = await fixture<PoolsterReport>(
      html`<poolster-report lang="en" src="/packages/schema/test/fixtures/three-stages.instrument.json" response-src="/packages/schema/test/fixtures/three-stages.response.json"></poolster-report>`,
    );
    await waitFor(() => el.shadowRoot!.querySelector('svg.stage-chart, .message') !== null); // loaded, or an error shown
    expect(text(el, 'h2')).to.equal('Centre Nord');
  });

  describe('team rounds', () => {
    /** The GO! response with rounds: a tie with wide spread on block 0, one person on block 1, a note alone on block 2. */
    async function withTeams(): Promise<{ instrument: Instrument; response: Response }> {
      const { instrument, response } = await goResponse();
      const [first, second, third] = instrument.clusters.flatMap((c) => c.blocks);
      response.team = {
        [first!.id]: { votes: { participants: 7, current: { fragmentary: 1, planned: 3, integrated: 3 } }, note: 'We twijfelden <b>lang</b>.' },
        [second!.id]: { votes: { participants: 1, current: { systematic: 1 } } },
        [third!.id]: { note: 'Volgende keer met de hele staf.' },
      };
      return { instrument, response };
    }

    it('says beside the block how many chose which stage, how far apart, and the note; nothing for blocks without a round', async () => {
      const { instrument, response } = await withTeams();
      const el = await report(instrument, response);
      const blocks = [...el.shadowRoot!.querySelectorAll('article.block')];
      const team = (i: number) => blocks[i]!.querySelector('.team');
      expect(team(0)!.previousElementSibling!.tagName).to.equal('H5');
      expect(team(0)!.querySelector('.team-round')!.textContent).to.equal('Teamronde: 3 van 7 kozen planmatig, 3 geïntegreerd (grote spreiding).');
      expect(team(0)!.querySelector('.team-note')!.textContent).to.equal('Notitie van het team: We twijfelden <b>lang</b>.');
      expect(team(0)!.querySelector('b')).to.equal(null);
      expect(team(0)!.classList.contains('level-wide-divergence')).to.equal(true);
      expect(team(1)!.querySelector('.team-round')!.textContent).to.equal('Teamronde: 1 van 1 koos systematisch (eensgezind).');
      expect(team(2)!.querySelector('.team-round')).to.equal(null);
      expect(team(2)!.querySelector('.team-note')!.textContent).to.equal('Notitie van het team: Volgende keer met de hele staf.');
      expect(blocks.slice(3).every((b) => b.querySelector('.team') === null)).to.equal(true);
    });

    it('shows the anonymous distribution per stage as numbers and bars, labelled, without inline styles', async () => {
      const { instrument, response } = await withTeams();
      const el = await report(instrument, response);
      const list = el.shadowRoot!.querySelector('article.block .team-spread')!;
      expect(list.getAttribute('aria-label')).to.equal('Hoe het team Behartiger van de leerling inschaalde');
      const items = [...list.querySelectorAll('li')].map((li) => [li.querySelector('.stage')!.textContent, li.querySelector('.count')!.textContent, li.querySelector('rect')!.getAttribute('width')]);
      expect(items).to.deep.equal([
        ['Fragmentair', '1', '14.29'],
        ['Planmatig', '3', '42.86'],
        ['Geïntegreerd', '3', '42.86'],
        ['Systematisch', '0', '0'],
      ]);
      expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
      const rows = [...list.querySelectorAll('li')].map((li) => Math.round(li.getBoundingClientRect().top));
      expect(new Set(rows).size, 'one row per stage').to.equal(4);
    });

    it('is accessible with team rounds, and speaks French and English with their plurals', async () => {
      const { instrument, response } = await withTeams();
      await expect(await report(instrument, response)).to.be.accessible();
      const three = await load<Instrument>(fixtures('three-stages.instrument.json'));
      const answers = await load<Response>(fixtures('three-stages.response.json'));
      answers.team = { listening: { votes: { participants: 4, current: { developing: 3, embedded: 1 } } }, data: { votes: { participants: 2, current: { embedded: 1 } } } };
      const fr = await report(three, answers, 'fr');
      expect([...fr.shadowRoot!.querySelectorAll('.team-round')].map((p) => p.textContent)).to.deep.equal([
        'Tour d’équipe : 3 sur 4 ont choisi en développement (avis un peu partagés).',
        'Tour d’équipe : 1 sur 2 a choisi ancré (unanime).',
      ]);
      await expect(fr).to.be.accessible();
      const en = await report(three, answers, 'en');
      expect(text(en, '.team-round')).to.equal('Team round: 3 of 4 chose developing (some spread).');
    });
  });

  it('wraps long block names on two lines at most', () => {
    expect(wrapLabel('6.2 Ontwikkeling als professionele leergemeenschap (PLG)')).to.deep.equal(['6.2 Ontwikkeling als professionele', 'leergemeenschap (PLG)']);
    expect(wrapLabel('Kort')).to.deep.equal(['Kort']);
    expect(wrapLabel('a '.repeat(60).trim())[1]!.endsWith('…')).to.equal(true);
  });
});
