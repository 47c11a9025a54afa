import { expect, fixture, html } from '@open-wc/testing';
import type { Instrument, Response } from '@poolster/schema';
import '../define.js';
import type { PoolsterReport } from './report.js';

const load = async <T>(path: string): Promise<T> => (await (await fetch(new URL(path, import.meta.url))).json()) as T;
/** The GO! example: a sent scan with priorities, inspiring practices and a team round on four blocks. */
const example = async () => ({
  instrument: await load<Instrument>('../../../../content/go-clb/instrument.json'),
  response: await load<Response>('../../../../content/go-clb/examples/response.json'),
});

async function report(instrument: Instrument, response: Response, lang = 'nl'): Promise<PoolsterReport> {
  const el = await fixture<PoolsterReport>(html`<poolster-report .instrument=${instrument} .response=${response} lang=${lang}></poolster-report>`);
  await el.updateComplete;
  return el;
}
const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The body rows of a summary part's table, cell by cell. */
const rows = (el: PoolsterReport, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(`.summary ${selector} tbody tr`)].map((tr) => [...tr.querySelectorAll('th, td')].map(words));
const part = (el: PoolsterReport, name: string) => el.shadowRoot!.querySelector(`.summary .${name}`);

describe('poolster-report: the director’s summary', () => {
  it('opens the report: the summary (chart first) comes before the details', async () => {
    const { instrument, response } = await example();
    const el = await report(instrument, response);
    const summary = el.shadowRoot!.querySelector('.summary')!;
    const details = el.shadowRoot!.querySelector('.details')!;
    expect(summary.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(summary.querySelector('h4')!.nextElementSibling!.matches('figure.chart')).to.equal(true);
    expect(words(summary.querySelector('h3'))).to.equal('Samenvatting');
    expect(words(details.querySelector('h3'))).to.equal('Details per bouwsteen');
  });

  it('lists the priorities in order, each with its current stage → ambition', async () => {
    const { instrument, response } = await example();
    const el = await report(instrument, response);
    expect(rows(el, '.priorities')).to.deep.equal([
      ['1', '4.3 Preventie', 'Fragmentair → Geïntegreerd'],
      ['2', '6.2 Ontwikkeling als professionele leergemeenschap (PLG)', 'Fragmentair → Planmatig'],
      ['3', '6.5 Geïnformeerde praktijken', 'Planmatig → Geïntegreerd'],
      ['4', '4.2 Geïntegreerde benadering van de kernprocessen', 'Planmatig → Geïntegreerd'],
    ]);
    expect([...part(el, 'priorities')!.querySelectorAll('thead th')].map(words)).to.deep.equal(['Nr.', 'Bouwsteen', 'Huidig stadium → ambitie']);
  });

  it('shows the largest gaps first, how many more there are, the most named levers and obstacles, and the inspiring practices', async () => {
    const { instrument, response } = await example();
    const el = await report(instrument, response);
    expect(rows(el, '.gaps')).to.deep.equal([
      ['4.3 Preventie', 'Fragmentair → Geïntegreerd', '+2'],
      ['6.1 Integraal beleid', 'Planmatig → Systematisch', '+2'],
      ['6.4 Onderzoekende houding', 'Fragmentair → Geïntegreerd', '+2'],
      ['4.2 Geïntegreerde benadering van de kernprocessen', 'Planmatig → Geïntegreerd', '+1'],
      ['5.1 Sterk teamwerk', 'Geïntegreerd → Systematisch', '+1'],
    ]);
    expect(words(part(el, 'gaps')!.querySelector('.more'))).to.equal('Nog 3 bouwstenen willen één stadium of meer hoger.');
    expect(rows(el, '.aspects')).to.deep.equal([
      ['gelinkt aan mensen en cultuur (bv. mindset, competenties of talenten, groepsdynamiek, waarden en normen...)', '7 van 11', '3 van 11'],
      ['gelinkt aan systemen en structuur (bv. wetgeving, overleg, infrastructuur, middelen, IT...)', '2 van 11', '6 van 11'],
      ['gelinkt aan missie-visie-strategie, kernprocessen en leiderschap', '5 van 11', '1 van 11'],
    ]);
    expect(rows(el, '.inspiring')).to.deep.equal([
      ['4.1 Behartiger van de leerling', 'Geïntegreerd, aanhouden'],
      ['6.3 Vanuit gedeeld leiderschap', 'Geïntegreerd, aanhouden'],
    ]);
    expect(words(part(el, 'inspiring')!.querySelector('.comment'))).to.contain('leerlingenoverleg');
  });

  it('shows where the team disagreed after a team round, widest first', async () => {
    const { instrument, response } = await example();
    const el = await report(instrument, response);
    expect(words(part(el, 'team-summary')!.querySelector('.hint'))).to.equal('In een teamronde werden 4 bouwstenen ingeschaald. De plaatsingen lagen uiteen bij:');
    expect(rows(el, '.team-summary')).to.deep.equal([
      ['6.4 Onderzoekende houding', 'van Fragmentair tot Systematisch', '6'],
      ['4.3 Preventie', 'van Fragmentair tot Geïntegreerd', '6'],
      ['5.1 Sterk teamwerk', 'van Planmatig tot Geïntegreerd', '6'],
    ]);
    expect(part(el, 'team-summary')!.querySelector('tbody tr')!.classList.contains('level-wide-divergence')).to.equal(true);
  });

  it('has no team part without a round, and says so when nothing was chosen yet', async () => {
    const { instrument, response } = await example();
    const { team: _team, ...noTeam } = response;
    const el = await report(instrument, { ...noTeam, final: {} });
    expect(part(el, 'team-summary')).to.equal(null);
    expect(words(part(el, 'priorities')!.querySelector('.empty'))).to.equal('Nog geen prioriteiten gekozen.');
    expect(words(part(el, 'inspiring')!.querySelector('.empty'))).to.equal('Nog geen inspirerende praktijken gekozen.');
  });

  it('uses the questions’ short labels in the details, never the full question per block', async () => {
    const { instrument, response } = await example();
    const el = await report(instrument, response);
    const block = el.shadowRoot!.querySelector('.details article.block')!;
    expect([...block.querySelectorAll('dt')].map(words)).to.deep.equal([
      'Huidig stadium',
      'Ambitie',
      'Welbewuste keuze',
      'Hefbomen',
      'Knelpunten',
      'Verschil tussen deelgroepen',
    ]);
    expect(words(el.shadowRoot!.querySelector('.details'))).to.not.contain('Op welke wijze is ons centrum vandaag bezig');
  });

  it('speaks French and English', async () => {
    const { instrument, response } = await example();
    const fr = await report(instrument, response, 'fr');
    expect(words(part(fr, 'priorities')!.querySelector('h4'))).to.equal('Priorités, dans l’ordre');
    expect(rows(fr, '.inspiring')[0]).to.deep.equal(['4.1 Behartiger van de leerling', 'Geïntegreerd, maintenu']);
    expect(rows(fr, '.aspects')[0]!.slice(1)).to.deep.equal(['7 sur 11', '3 sur 11']);
    const en = await report(instrument, response, 'en');
    expect(words(part(en, 'team-summary')!.querySelector('h4'))).to.equal('Where the team disagreed');
    expect(rows(en, '.gaps')[0]).to.deep.equal(['4.3 Preventie', 'Fragmentair → Geïntegreerd', '+2']);
    expect(words(part(en, 'gaps')!.querySelector('.more'))).to.equal('3 more building blocks aim one stage or more higher.');
  });

  describe('accessibility in each state', () => {
    const states: Array<[string, (r: Response) => Response]> = [
      ['with team votes and priorities', (r) => r],
      ['without team votes', ({ team: _team, ...r }) => r],
      ['without priorities or inspiring practices', (r) => ({ ...r, final: {} })],
      ['without either', ({ team: _team, ...r }) => ({ ...r, final: {} })],
      ['inspiring practices "not yet"', (r) => ({ ...r, final: { ...r.final, 'inspiring-practices': { none: true } } })],
    ];
    for (const [name, change] of states) {
      it(name, async () => {
        const { instrument, response } = await example();
        const el = await report(instrument, change(structuredClone(response)));
        await expect(el).to.be.accessible(); // axe's default run: every rule that is not experimental, best practices too
      });
    }
  });
});
