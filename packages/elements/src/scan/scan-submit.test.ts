import { expect, oneEvent } from '@open-wc/testing';
import { validateResponse, type Response as ScanResponse } from '@poolster/schema';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { installFakeTimers, type FakeTimers } from '../shared/fake-timers.test-helpers.js';
import type { PoolsterScan } from './scan.js';
import { $, answerGoBlock, clearDrafts, clickButton, focused, goInstrument, heading, leavePage, mountScan, readyToSend, settle, storedDraft, stubApiFetch, typeInto, type ApiFetchStub } from './scan.test-helpers.js';

/** Writes what the autosave still has pending (as leaving the page does), so no real timer is left to write later. */

/** Answers one block with the keyboard only: focus moves into each group, arrows and Space choose. */
async function answerBlockByKeyboard(el: PoolsterScan, blockId: string): Promise<void> {
  const field = (q: string) => $(el, `[data-field="block/${blockId}/${q}"]`);
  field('current-stage').focus();
  await sendKeys({ press: 'ArrowDown' }); // fragmentary → planned (the first radio is focused, the arrow chooses the next)
  field('ambition').focus();
  await sendKeys({ press: 'ArrowDown' }); // evolve to integrated: "evolve to planned" is not offered at planned, the arrow skips it
  field('deliberate-choice').focus();
  await sendKeys({ press: 'Space' }); // "is een welbewuste keuze"
  $(el, `[data-field="block/${blockId}/deliberate-choice/comment"]`).focus();
  await sendKeys({ type: 'Met het hele team besproken.' });
  field('levers').focus();
  await sendKeys({ press: 'Space' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Space' });
  field('obstacles').focus();
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Space' }); // the exclusive "neen"
  field('subgroups').focus();
  await sendKeys({ press: 'Space' }); // "nee"
  await settle(el);
}

async function addPriority(el: PoolsterScan, blockId: string): Promise<void> {
  const ranking = $(el, '[data-field="final/priorities"]');
  // One action: the block's own add button.
  ranking.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="candidate"][data-id="${blockId}"] button.add-button`)!.click();
  await settle(el);
}

/** Fills in the whole GO! scan through the interface; returns on the confirmation step. */
async function fillWholeScan(el: PoolsterScan): Promise<void> {
  await typeInto(el, 'context/centre-name', 'CLB Antwerpen');
  await clickButton(el, 'Beginnen');
  const instrument = await goInstrument();
  const blocks = instrument.clusters.flatMap((c) => c.blocks.map((b) => b.id));
  for (const [i, blockId] of blocks.entries()) {
    if (i === 1) await answerBlockByKeyboard(el, blockId);
    else await answerGoBlock(el, blockId, i % 3); // never "systematic": the ambition below aims there
    await clickButton(el, 'Opslaan en verder');
    expect(el.shadowRoot!.querySelector('poolster-error-summary') === null, `no errors on ${blockId}`).to.equal(true);
  }
  expect(heading(el)).to.equal('Over alle bouwstenen heen');
  const pick = $(el, '[data-field="final/inspiring-practices"]');
  pick.shadowRoot!.querySelector<HTMLInputElement>('input[data-id="prevention"]')!.click();
  await settle(el);
  for (const block of ['informed-practice', 'prevention', 'strong-teamwork']) await addPriority(el, block);
  await clickButton(el, 'Opslaan en verder');
  expect(heading(el)).to.equal('Verzenden');
}

describe('poolster-scan: the whole scan, start to finish', () => {
  let api: ApiFetchStub;
  /** The scan's timers from the click on "send" on; test tools (axe, keyboard commands) need the real ones. */
  let clock: FakeTimers | undefined;
  beforeEach(() => {
    api = stubApiFetch();
  });
  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
    api.restore();
    clearDrafts();
  });

  it('is completed by mouse and keyboard, sent once however fast the clicks, and the draft is cleared', async () => {
    const el = await mountScan(await goInstrument(), { action: '/api/scans' });
    await fillWholeScan(el);
    await expect(el).to.be.accessible();
    leavePage();
    expect(storedDraft(el)?.response.status).to.equal('draft');

    clock = installFakeTimers();
    const submitted = oneEvent(el, 'poolster-submitted');
    const button = $<HTMLButtonElement>(el, '.actions .primary');
    button.click();
    button.click();
    button.click();
    const { detail } = await submitted;
    await settle(el);
    clock.runAll(); // whatever the scan still had waiting has run: the draft stays gone
    clock.uninstall();
    expect(storedDraft(el)).to.equal(undefined);
    expect(api.calls).to.have.length(1);
    const headers = new Headers(api.calls[0]!.init.headers);
    const sent = JSON.parse(String(api.calls[0]!.init.body)) as ScanResponse;
    expect(headers.get('Idempotency-Key')).to.equal(sent.id);
    expect(sent.status).to.equal('submitted');
    expect(detail.response).to.deep.equal(sent);
    expect(validateResponse(await goInstrument(), sent)).to.deep.equal([]);
    expect(await executeServerCommand('validate-json-schema', { schema: 'response', document: sent }), 'the committed JSON Schema').to.deep.equal([]);
    expect(
      await executeServerCommand('validate-json-schema', { schema: 'response', document: { ...sent, status: 'done' } }),
      'the check can fail',
    ).to.have.length(1);
    expect(sent.blocks['integrated-core-processes']).to.deep.equal({
      'current-stage': { choice: 'planned' },
      ambition: { choice: 'evolve-integrated' },
      'deliberate-choice': { choice: 'deliberate', comment: 'Met het hele team besproken.' },
      levers: { choices: ['mission-vision-strategy', 'people-culture'] },
      obstacles: { choices: ['none'] },
      subgroups: { choices: ['no'] },
    });
    expect(sent.final).to.deep.equal({
      'inspiring-practices': { blocks: ['prevention'] },
      priorities: { blocks: ['informed-practice', 'prevention', 'strong-teamwork'] },
    });
    expect(heading(el)).to.equal('Scan verstuurd');
    await expect(el).to.be.accessible();
  });

  it('keeps the draft and says what happened when the server fails, then sends on retry', async () => {
    const el = await mountScan(await goInstrument(), { action: '/api/scans' });
    await fillWholeScan(el);
    leavePage();
    api.reply = async () => new Response('boom', { status: 500 });
    clock = installFakeTimers();
    const failed = oneEvent(el, 'poolster-error');
    $<HTMLButtonElement>(el, '.actions .primary').click();
    expect((await failed).detail.kind).to.equal('submit');
    await settle(el);
    expect(heading(el)).to.equal('Verzenden');
    expect($(el, '.notice.problem').textContent).to.contain('de server weigerde de antwoorden (code 500)');
    clock.runAll(); // whatever the scan still had waiting has run
    clock.uninstall();
    expect(storedDraft(el)?.response.status).to.equal('draft');
    expect(el.value!.status).to.equal('draft');

    api.reply = async () => new Response('{}', { status: 201 });
    const submitted = oneEvent(el, 'poolster-submitted');
    await clickButton(el, 'Opnieuw proberen');
    await submitted;
    expect(api.calls).to.have.length(2);
    expect(JSON.parse(String(api.calls[0]!.init.body)).id).to.equal(JSON.parse(String(api.calls[1]!.init.body)).id);
  });

  it('lets the host cancel the submission, and refuses to send an incomplete scan', async () => {
    const el = await mountScan(await goInstrument());
    $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'confirm' } }));
    await settle(el);
    $<HTMLButtonElement>(el, '.actions .primary').click();
    await settle(el);
    const summary = $(el, 'poolster-error-summary');
    expect(focused(el)).to.equal('poolster-error-summary.summary');
    const links = [...summary.shadowRoot!.querySelectorAll('a')];
    // One link per step that keeps the scan from being sent: the introduction, eleven blocks, the final questions.
    expect(links.length).to.equal(13);
    expect(links[1]!.textContent).to.equal('4.1 Behartiger van de leerling – nog niet ingevuld');
    links[1]!.click();
    await settle(el);
    expect(heading(el)).to.equal('4.1 Behartiger van de leerling');
    expect($(el, '.actions .primary').textContent!.trim()).to.equal('Terug naar verzenden');

    const done = await mountScan(await goInstrument());
    await fillWholeScan(done);
    done.addEventListener('poolster-submit', (e) => e.preventDefault(), { once: true });
    let submitted = 0;
    done.addEventListener('poolster-submitted', () => (submitted += 1));
    await clickButton(done, 'Antwoorden definitief verzenden');
    expect(submitted).to.equal(0);
    expect(heading(done)).to.equal('Verzenden');
  });

  it('sends to the `action` a poolster-submit listener sets, read when sending', async () => {
    const el = await readyToSend({ action: '/api/scans' });
    el.addEventListener('poolster-submit', () => (el.action = '/api/centres/noord/scans'), { once: true });
    const submitted = oneEvent(el, 'poolster-submitted');
    await clickButton(el, 'Antwoorden definitief verzenden');
    await submitted;
    expect(api.calls.map((call) => call.url)).to.deep.equal(['/api/centres/noord/scans']);
  });

  it('"Change" in the check of all answers returns to the question and back to sending', async () => {
    const el = await mountScan(await goInstrument());
    await typeInto(el, 'context/centre-name', 'CLB Gent');
    $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'confirm' } }));
    await settle(el);
    const change = [...el.shadowRoot!.querySelectorAll('button.link')].find((b) => b.getAttribute('aria-label') === 'Wijzig ‘Huidig stadium’ van 4.3 Preventie')!;
    (change as HTMLButtonElement).click();
    await settle(el);
    expect(heading(el)).to.equal('4.3 Preventie');
    expect(focused(el)).to.equal('poolster-stage-picker[block/prevention/current-stage]');
    await clickButton(el, 'Terug naar verzenden');
    expect(heading(el), 'an unanswered block stays until its errors are fixed').to.equal('4.3 Preventie');
    await answerGoBlock(el, 'prevention');
    await clickButton(el, 'Terug naar verzenden');
    expect(heading(el)).to.equal('Verzenden');
  });
});
