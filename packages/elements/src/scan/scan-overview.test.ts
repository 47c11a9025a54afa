import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { PoolsterScan } from './scan.js';
import type { StepId } from './steps.js';
import { $, clearDrafts, clickButton, completeGoResponse, focused, goInstrument, heading, mountScan, settle } from './scan.test-helpers.js';

/** The "check your answers" page (now the send step) as the issue measured it: the GO! example, filled in completely, 1280 px wide. */
const TODAY_HEIGHT = 8893;

async function goTo(el: PoolsterScan, step: StepId): Promise<void> {
  el.shadowRoot!.querySelector('poolster-progress-nav')!.dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: step } }));
  await settle(el);
}

describe('poolster-scan: check your answers', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => clearDrafts());

  it('fits the filled-in GO! example in a third of the height it had, at 1280 px', async () => {
    const instrument = await goInstrument();
    const el = await mountScan(instrument);
    el.value = completeGoResponse(instrument);
    await settle(el);
    await goTo(el, 'confirm');
    expect(heading(el)).to.equal('Verzenden');
    const height = Math.round(el.getBoundingClientRect().height);
    console.log(`check-your-answers height at 1280 px: ${height} px`);
    // The whole page in one picture, kept in test-artifacts/ for a person to look at.
    await setViewport({ width: 1280, height: Math.min(height + 40, 9000) });
    await executeServerCommand('save-screenshot', { name: 'check-your-answers-1280' });
    await setViewport({ width: 1280, height: 800 });
    expect(height).to.be.at.most(Math.floor(TODAY_HEIGHT / 3));
  });

  it('shows one card per block under its cluster, with short labels and a "change" that names question and block', async () => {
    const instrument = await goInstrument();
    const el = await mountScan(instrument);
    el.value = completeGoResponse(instrument);
    await settle(el);
    await goTo(el, 'confirm');
    const clusters = [...el.shadowRoot!.querySelectorAll('.overview-cluster > h3')].map((h) => h.textContent!.trim());
    expect(clusters).to.deep.equal(['Algemene gegevens', ...instrument.clusters.map((c) => c.title as string), 'Over alle bouwstenen heen']);
    const cards = [...el.shadowRoot!.querySelectorAll('.overview-card h4')].map((h) => h.textContent!.trim());
    expect(cards).to.have.length(11);
    expect(cards.slice(0, 2)).to.deep.equal(['4.1 Behartiger van de leerling', '4.2 Geïntegreerde benadering van de kernprocessen']);
    const first = $(el, '[data-overview="block/student-advocate/ambition"]');
    expect(first.querySelector('dt')!.textContent!.trim()).to.equal('Ambitie');
    expect(first.querySelector('.answer')!.textContent).to.contain('evolueren naar planmatig');
    expect(first.querySelector('button')!.getAttribute('aria-label')).to.equal('Wijzig ‘Ambitie’ van 4.1 Behartiger van de leerling');
    expect(first.querySelector('button')!.textContent!.trim()).to.equal('Wijzig');
    const ranking = $(el, '[data-overview="final/priorities"]');
    expect([...ranking.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(['1. Preventie', '2. Sterk netwerk: netoverstijgend en extern', '3. Vanuit gedeeld leiderschap']);
    expect(ranking.querySelector('button')!.getAttribute('aria-label')).to.equal('Wijzig ‘Prioriteiten op korte termijn’');
    await expect(el).to.be.accessible();
  });

  it('is on the send step, right after the final questions, so the last check before sending shows the priorities too', async () => {
    const instrument = await goInstrument();
    const el = await mountScan(instrument);
    el.value = completeGoResponse(instrument);
    await settle(el);
    await goTo(el, 'final');
    expect(heading(el)).to.equal('Over alle bouwstenen heen');
    await clickButton(el, 'Opslaan en verder');
    expect(heading(el)).to.equal('Verzenden');
    expect($(el, '[data-overview="final/inspiring-practices"]').textContent).to.contain('Behartiger van de leerling; Sterk teamwerk');
    // The warning comes after every answer, right above the button that sends them.
    const order = [...el.shadowRoot!.querySelectorAll('.overview-cluster, .warning, .actions .primary')].map((e) => e.className.split(' ')[0]);
    expect(order.slice(-3)).to.deep.equal(['overview-cluster', 'warning', 'primary']);
    expect($(el, '.actions .primary').textContent!.trim()).to.equal('Antwoorden definitief verzenden');
  });

  it('works with the keyboard: Tab to a "change", Enter opens the question, and the way back leads to the check', async () => {
    const instrument = await goInstrument();
    const el = await mountScan(instrument);
    el.value = completeGoResponse(instrument);
    await settle(el);
    await goTo(el, 'confirm');
    $<HTMLButtonElement>(el, '[data-overview="block/student-advocate/subgroups"] button').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Wijzig ‘Huidig stadium’ van 4.2 Geïntegreerde benadering van de kernprocessen');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('4.2 Geïntegreerde benadering van de kernprocessen');
    expect(focused(el)).to.equal('poolster-stage-picker[block/integrated-core-processes/current-stage]');
    await clickButton(el, 'Terug naar verzenden');
    expect(heading(el)).to.equal('Verzenden');
  });
});
