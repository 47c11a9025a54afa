import { expect } from '@open-wc/testing';
import type { Response } from '@poolster/schema';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { PoolsterScan } from './scan.js';
import type { StepId } from './steps.js';
import { $, clearDrafts, clickButton, completeGoResponse, focused, goInstrument, heading, mountScan, settle } from './scan.test-helpers.js';

/** The send step says what keeps the scan from being sent before the team tries, grouped by block, each a link. */

async function goTo(el: PoolsterScan, step: StepId): Promise<void> {
  el.shadowRoot!.querySelector('poolster-progress-nav')!.dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: step } }));
  await settle(el);
}

/** The complete GO! example with the block questions of the first `n` blocks taken out again. */
async function withoutBlocks(n: number): Promise<Response> {
  const instrument = await goInstrument();
  const response = completeGoResponse(instrument);
  const ids = instrument.clusters.flatMap((c) => c.blocks.map((b) => b.id)).slice(0, n);
  return { ...response, blocks: Object.fromEntries(Object.entries(response.blocks).filter(([id]) => !ids.includes(id))) };
}

async function onSendStep(response: Response, lang = 'nl'): Promise<PoolsterScan> {
  const el = await mountScan(await goInstrument(), { lang });
  el.value = response;
  await settle(el);
  await goTo(el, 'confirm');
  return el;
}

const missingHeading = (el: PoolsterScan) => $(el, '.missing h3').textContent!.trim();

describe('poolster-scan: sending when not complete', () => {
  afterEach(() => clearDrafts());

  it('lists the incomplete blocks on the send step before the team tries, each a link that names what is missing', async () => {
    const el = await onSendStep(await withoutBlocks(6));
    expect(heading(el)).to.equal('Verzenden');
    expect(missingHeading(el)).to.equal('6 bouwstenen onvolledig: 4.1, 4.2, 4.3, 5.1, 5.2 en 5.3');
    const items = [...el.shadowRoot!.querySelectorAll('.missing li')];
    expect(items.map((li) => li.querySelector('a')!.textContent!.trim())).to.deep.equal([
      '4.1 Behartiger van de leerling',
      '4.2 Geïntegreerde benadering van de kernprocessen',
      '4.3 Preventie',
      '5.1 Sterk teamwerk',
      '5.2 Sterk partnerschap: intern binnen GO!',
      '5.3 Sterk netwerk: netoverstijgend en extern',
    ]);
    expect(items[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('4.1 Behartiger van de leerling: nog niet ingevuld');
    await expect(el).to.be.accessible();
    await executeServerCommand('save-screenshot', { name: 'send-step-incomplete' });
  });

  it('says it in the singular for one block, and in French and English with their own plurals', async () => {
    expect(missingHeading(await onSendStep(await withoutBlocks(1)))).to.equal('1 bouwsteen onvolledig: 4.1');
    expect(missingHeading(await onSendStep(await withoutBlocks(1), 'fr'))).to.equal('1 module incomplet : 4.1');
    expect(missingHeading(await onSendStep(await withoutBlocks(2), 'fr'))).to.equal('2 modules incomplets : 4.1 et 4.2');
    expect(missingHeading(await onSendStep(await withoutBlocks(3), 'en'))).to.equal('3 building blocks incomplete: 4.1, 4.2, and 4.3');
    expect(missingHeading(await onSendStep(await withoutBlocks(1), 'en'))).to.equal('1 building block incomplete: 4.1');
  });

  it('names the questions still open in a block the team started', async () => {
    const full = completeGoResponse(await goInstrument());
    const { levers: _l, obstacles: _o, ...rest } = full.blocks['prevention']!;
    const el = await onSendStep({ ...full, blocks: { ...full.blocks, prevention: rest } });
    expect(missingHeading(el)).to.equal('1 bouwsteen onvolledig: 4.3');
    expect($(el, '.missing li').textContent!.replace(/\s+/g, ' ').trim()).to.equal('4.3 Preventie: nog te beantwoorden: Hefbomen en Knelpunten');
  });

  it('keeps the list of what is missing apart from the check of all answers below it: one list, the unanswered answers only marked as such', async () => {
    const el = await onSendStep(await withoutBlocks(2));
    // Counts, not elements: a failing comparison of elements would make chai walk the whole page.
    expect(el.shadowRoot!.querySelectorAll('.missing').length, 'the list of what is missing, once').to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('.overview-card').length, 'the check of all answers on the same step').to.equal(13);
    const unanswered = el.shadowRoot!.querySelector<HTMLElement>('[data-overview="block/student-advocate/current-stage"] .answer')!;
    expect(unanswered.textContent!.trim()).to.equal('Niet beantwoord');
    expect(getComputedStyle(unanswered).borderLeftStyle, 'an unanswered answer is not drawn as the list of what is missing').to.equal('none');
    expect(el.shadowRoot!.querySelectorAll('.summary').length, 'nothing but the error summary is called "summary"').to.equal(0);
  });

  it('shows nothing missing when everything is answered', async () => {
    const el = await onSendStep(completeGoResponse(await goInstrument()));
    expect(el.shadowRoot!.querySelector('.missing')).to.equal(null);
  });

  it('names the other steps too: an unanswered centre name, unchosen priorities', async () => {
    const full = completeGoResponse(await goInstrument());
    const el = await onSendStep({ ...full, context: {}, final: { 'inspiring-practices': full.final['inspiring-practices']! } });
    expect(missingHeading(el)).to.equal('Nog niet alles is beantwoord');
    expect([...el.shadowRoot!.querySelectorAll('.missing li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Inleiding: nog te beantwoorden: Centrum',
      'Over alle bouwstenen heen: nog te beantwoorden: Prioriteiten op korte termijn',
    ]);
  });

  it('with the keyboard, a link opens its block at the first unanswered question, and the way back leads to sending', async () => {
    const el = await onSendStep(await withoutBlocks(3));
    $<HTMLAnchorElement>(el, '.missing li:nth-child(2) a').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('4.2 Geïntegreerde benadering van de kernprocessen');
    expect(focused(el)).to.equal('poolster-stage-picker[block/integrated-core-processes/current-stage]');
    expect(($(el, '[data-field="block/integrated-core-processes/current-stage"]') as unknown as { error: string }).error, 'the question says what is missing').to.not.equal('');
    expect($(el, '.actions .primary').textContent!.trim()).to.equal('Terug naar verzenden');
  });

  it('sent anyway: the error summary has one link per incomplete block, with what is missing, not one per question', async () => {
    const el = await onSendStep(await withoutBlocks(6));
    await clickButton(el, 'Antwoorden definitief verzenden');
    expect(heading(el)).to.equal('Verzenden');
    expect(focused(el)).to.equal('poolster-error-summary.summary');
    const links = [...$(el, 'poolster-error-summary').shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(links).to.have.length(6);
    expect(links[2]).to.equal('4.3 Preventie – nog niet ingevuld');
    expect(el.shadowRoot!.querySelector('.missing'), 'the summary says it now; the list is not shown twice').to.equal(null);
    await expect(el).to.be.accessible();
    $(el, 'poolster-error-summary').shadowRoot!.querySelectorAll('a')[2]!.click();
    await settle(el);
    expect(heading(el)).to.equal('4.3 Preventie');
    expect(focused(el)).to.equal('poolster-stage-picker[block/prevention/current-stage]');
  });
});
