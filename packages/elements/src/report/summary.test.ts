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
const items = (el: PoolsterReport, selector: string) => [...el.shadowRoot!.querySelectorAll(`${selector} li`)].map(words);
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
    expect(items(el, '.priorities')).to.deep.equal([
      '4.3 Preventie: Fragmentair → Geïntegreerd',
      '6.2 Ontwikkeling als professionele leergemeenschap (PLG): Fragmentair → Planmatig',
      '6.5 Geïnformeerde praktijken: Planmatig → Geïntegreerd',
      '4.2 Geïntegreerde benadering van de kernprocessen: Planmatig → Geïntegreerd',
    ]);
    expect(part(el, 'priorities')!.querySelector('ol')).to.not.equal(null, 'an ordered list');
  });

  it('shows the largest gaps first, how many more there are, the most named levers and obstacles, and the inspiring practices', async () => {
    const { instrument, response } = await example();
    const el = await report(instrument, response);
    expect(items(el, '.gaps')).to.deep.equal([
      '4.3 Preventie: Fragmentair → Geïntegreerd +2',
      '6.1 Integraal beleid: Planmatig → Systematisch +2',
      '6.4 Onderzoekende houding: Fragmentair → Geïntegreerd +2',
      '4.2 Geïntegreerde benadering van de kernprocessen: Planmatig → Geïntegreerd +1',
      '5.1 Sterk teamwerk: Geïntegreerd → Systematisch +1',
    ]);
    expect(words(part(el, 'gaps')!.querySelector('p:last-child'))).to.equal('Nog 3 bouwstenen willen één stadium of meer hoger.');
    const columns = [...part(el, 'aspects')!.querySelectorAll('.aspect-columns > div')];
    expect(columns.map((c) => words(c.querySelector('.aspect-title')))).to.deep.equal(['Hefbomen', 'Knelpunten']);
    expect(words(columns[0]!.querySelector('li'))).to.match(/^gelinkt aan mensen en cultuur .*: 7 van 11 bouwstenen$/);
    expect(words(columns[1]!.querySelector('li'))).to.match(/^gelinkt aan systemen en structuur .*: 6 van 11 bouwstenen$/);
    expect(items(el, '.inspiring')).to.deep.equal(['4.1 Behartiger van de leerling: Geïntegreerd, aanhouden', '6.3 Vanuit gedeeld leiderschap: Geïntegreerd, aanhouden']);
    expect(words(part(el, 'inspiring')!.querySelector('.comment'))).to.contain('leerlingenoverleg');
  });

  it('shows where the team disagreed after a team round, widest first', async () => {
    const { instrument, response } = await example();
    const el = await report(instrument, response);
    expect(words(part(el, 'team-summary')!.querySelector('.hint'))).to.equal('In een teamronde werden 4 bouwstenen ingeschaald. De plaatsingen lagen uiteen bij:');
    expect(items(el, '.team-summary')).to.deep.equal([
      '6.4 Onderzoekende houding: van Fragmentair tot Systematisch (6 personen)',
      '4.3 Preventie: van Fragmentair tot Geïntegreerd (6 personen)',
      '5.1 Sterk teamwerk: van Planmatig tot Geïntegreerd (6 personen)',
    ]);
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
    expect(items(fr, '.inspiring')[0]).to.equal('4.1 Behartiger van de leerling : Geïntegreerd, maintenu');
    const en = await report(instrument, response, 'en');
    expect(words(part(en, 'team-summary')!.querySelector('h4'))).to.equal('Where the team disagreed');
    expect(items(en, '.aspects')[0]).to.match(/: 7 of 11 building blocks$/);
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
