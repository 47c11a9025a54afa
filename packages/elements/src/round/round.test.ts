import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { RoundBackendError } from '../rounds/round-backend.js';
import { clearDrafts, goInstrument } from '../scan/scan.test-helpers.js';
import { FakeRoundBackend, goToBlock, inRound, mountScanWithRound, roundFocus, roundText, settleRound } from './round.test-helpers.js';

/** Clicks a button of the round by its text (as a keyboard user's Enter would: the button's own activation). */
async function press(round: HTMLElement, text: string): Promise<void> {
  const button = [...round.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no button "${text}" in the round`);
  button.click();
}

async function openRound(options: { scope?: 'block' | 'cluster' | 'all' } = {}) {
  const backend = new FakeRoundBackend();
  const instrument = await goInstrument();
  const { scan, round } = await mountScanWithRound(instrument, backend);
  await goToBlock(scan, 'student-advocate');
  if (options.scope) inRound<HTMLInputElement>(round, `input[value="${options.scope}"]`).click();
  await settleRound(scan);
  await press(round, 'Start a team round');
  await settleRound(scan);
  return { backend, instrument, scan, round, id: backend.current.id };
}

describe('poolster-round inside a scan', () => {
  afterEach(() => clearDrafts());

  it('no round: offers this block, this cluster or all blocks, and the ambition; accessible', async () => {
    const backend = new FakeRoundBackend();
    const { scan, round } = await mountScanWithRound(await goInstrument(), backend);
    expect(round.assignedSlot, 'not shown on the introduction').to.equal(null);
    await goToBlock(scan, 'student-advocate');
    expect(round.assignedSlot, 'shown on a block step').to.not.equal(null);
    expect(roundText(round)).to.contain('Start a team round');
    expect(roundText(round)).to.contain('This cluster (3 blocks)');
    expect(roundText(round)).to.contain('All blocks (11)');
    expect(roundText(round)).to.contain('Also ask the ambition');
    expect(backend.calls, 'looked for an open round once').to.deep.equal(['openRounds:go-clb-poolster']);
    await expect(scan).to.be.accessible();
  });

  it('open: the code, the link, a QR code, how many joined and placed; accessible', async () => {
    const { backend, scan, round, id } = await openRound({ scope: 'cluster' });
    expect(backend.calls).to.include('open:student-advocate,integrated-core-processes,prevention:false');
    expect(inRound(round, '.code').textContent!.trim()).to.equal(backend.current.code);
    expect(inRound(round, '.join-link a').getAttribute('href')).to.equal(backend.current.joinUrl);
    expect(inRound(round, 'svg.qr path').getAttribute('d')).to.match(/^M/);
    const [a, b, c] = [backend.join(id), backend.join(id), backend.join(id)];
    backend.place(id, a, 'student-advocate', 'planned');
    backend.place(id, b, 'student-advocate', 'integrated');
    backend.place(id, c, 'prevention', 'planned');
    await settleRound(scan);
    expect(inRound(round, '.counts').textContent!.replace(/\s+/g, ' ').trim()).to.equal('3 joined · 2 of 3 placed this block');
    expect(roundText(round)).to.contain('4.3 ');
    expect(roundText(round), 'what they chose is not shown before the reveal').to.not.contain('Planmatig');
    await expect(scan).to.be.accessible();
  });

  it('revealed, recorded, vote again, closing: each state accessible, focus where the next step is', async () => {
    const { backend, scan, round, id } = await openRound();
    for (const stage of ['planned', 'integrated', 'integrated']) backend.place(id, backend.join(id), 'student-advocate', stage);
    await settleRound(scan);
    await press(round, 'Reveal');
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('h4.distribution-heading');
    const counts = [...round.shadowRoot!.querySelectorAll('.distribution .count [aria-hidden]')].map((c) => c.textContent);
    expect(counts, 'per stage, in stage order').to.deep.equal(['0', '1', '2', '0']);
    expect(inRound(round, '.spread').textContent).to.contain('some spread');
    expect(inRound(round, '.spread').textContent).to.contain('most chose Geïntegreerd');
    await expect(scan).to.be.accessible();

    // Recording without an agreed stage says so, next to the button, and focus goes there.
    await press(round, 'Record');
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('p#record-message.record-message');
    expect(inRound(round, '.record-message').textContent).to.contain('Choose the agreed stage');
    expect(scan.value!.team, 'nothing recorded yet').to.equal(undefined);

    const picker = scan.shadowRoot!.querySelector('[data-field="block/student-advocate/current-stage"]')!;
    picker.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[2]!.click();
    await settleRound(scan);
    expect(roundText(round)).to.contain('Agreed stage: Geïntegreerd');
    const note = inRound<HTMLTextAreaElement>(round, 'textarea');
    note.value = 'We twijfelden tussen planmatig en geïntegreerd.';
    note.dispatchEvent(new Event('input'));
    await press(round, 'Record');
    await settleRound(scan);
    expect(inRound(round, '.record-message').textContent).to.equal('Recorded in the scan.');
    expect(scan.value!.team!['student-advocate']!.note).to.equal('We twijfelden tussen planmatig en geïntegreerd.');
    expect(scan.value!.team!['student-advocate']!.votes!.current).to.deep.equal({ planned: 1, integrated: 2 });
    const summary = scan.shadowRoot!.querySelector('.team-summary')!.textContent!.replace(/\s+/g, ' ');
    expect(summary).to.contain('Team round: 2 of 3 chose geïntegreerd (some spread).');
    expect(summary).to.contain('We twijfelden');
    await expect(scan).to.be.accessible();

    await press(round, 'Vote again');
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('button.primary.reveal');
    expect(inRound(round, '.counts').textContent).to.contain('0 of 3 placed');
    expect(backend.calls).to.include('revote:student-advocate');
    await expect(scan).to.be.accessible();

    await press(round, 'Close the round');
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('p#close-confirm.warning');
    expect(roundText(round)).to.contain('Closing deletes every placement. Only the counts of revealed blocks are kept.');
    await expect(scan).to.be.accessible();
    await press(round, 'Keep it open');
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('button.close');
    await press(round, 'Close the round');
    await settleRound(scan);
    await press(round, 'Yes, close the round');
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('h3#round-heading.round-heading');
    expect(roundText(round)).to.contain('The round is closed.');
    expect(roundText(round)).to.contain('Start a team round');
    await expect(scan).to.be.accessible();
  });

  it('connection lost: a visible notice, gone by itself when the stream is back with the new counts', async () => {
    const { backend, scan, round, id } = await openRound();
    backend.setConnected(false);
    await settleRound(scan);
    expect(inRound(round, '.offline').textContent).to.contain('The connection to the round is lost');
    await expect(scan).to.be.accessible();
    backend.join(id);
    backend.setConnected(true);
    await settleRound(scan);
    expect(round.shadowRoot!.querySelector('.offline')).to.equal(null);
    expect(inRound(round, '.counts').textContent).to.contain('1 joined');
  });

  it('says what went wrong, where focus lands: nobody placed yet, the server unreachable, a block not in the round', async () => {
    const { backend, scan, round } = await openRound();
    await press(round, 'Reveal');
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('p.problem');
    expect(inRound(round, '.problem').textContent).to.contain('Nobody has placed this block yet.');
    expect(backend.calls.some((c) => c.startsWith('reveal:')), 'nothing asked of the server').to.equal(false);
    await expect(scan).to.be.accessible();
    backend.revote = () => Promise.reject(new RoundBackendError(0, 'network', ''));
    backend.place(backend.current.id, backend.join(backend.current.id), 'student-advocate', 'planned');
    await settleRound(scan);
    await press(round, 'Reveal');
    await settleRound(scan);
    await press(round, 'Vote again');
    await settleRound(scan);
    expect(inRound(round, '.problem').textContent).to.equal('That did not work. The server cannot be reached. Try again.');
    expect(roundFocus(round)).to.equal('p.problem');
    await goToBlock(scan, 'prevention');
    expect(roundText(round)).to.contain('This block is not in the round.');
    expect(round.shadowRoot!.querySelector('.reveal'), 'nothing to reveal here').to.equal(null);
  });

  it('a backend given later (a portal setting the property) finds the open round with it', async () => {
    const instrument = await goInstrument();
    const backend = new FakeRoundBackend();
    const open = await backend.open({ instrumentId: instrument.id, blocks: ['prevention'], askAmbition: false });
    const { scan, round } = await mountScanWithRound(instrument, undefined as unknown as FakeRoundBackend);
    await goToBlock(scan, 'prevention');
    expect(roundText(round)).to.contain('This page has no address for team rounds');
    round.backend = backend;
    await settleRound(scan);
    expect(inRound(round, '.code').textContent!.trim()).to.equal(open.code);
  });

  it('a reload finds the open round again', async () => {
    const backend = new FakeRoundBackend();
    const instrument = await goInstrument();
    const first = await mountScanWithRound(instrument, backend);
    await goToBlock(first.scan, 'prevention');
    await press(first.round, 'Start a team round');
    await settleRound(first.scan);
    const code = backend.current.code;
    first.scan.remove();
    const again = await mountScanWithRound(instrument, backend);
    await goToBlock(again.scan, 'prevention');
    expect(inRound(again.round, '.code').textContent!.trim()).to.equal(code);
    expect(backend.calls.filter((c) => c.startsWith('open:'))).to.have.length(1);
  });

  it('a second screen that starts a round joins the one already open (409 round-open)', async () => {
    const backend = new FakeRoundBackend();
    const instrument = await goInstrument();
    const other = await backend.open({ instrumentId: instrument.id, blocks: ['prevention'], askAmbition: false });
    const { scan, round } = await mountScanWithRound(instrument, backend);
    await goToBlock(scan, 'prevention');
    expect(inRound(round, '.code').textContent!.trim(), 'found at once').to.equal(other.code);
  });

  it('by keyboard only: choose the scope and the ambition, start, reveal, record, vote again, close', async () => {
    const backend = new FakeRoundBackend();
    const { scan, round } = await mountScanWithRound(await goInstrument(), backend);
    await goToBlock(scan, 'student-advocate');
    inRound<HTMLInputElement>(round, 'input[value="block"]').focus();
    await sendKeys({ press: 'ArrowDown' }); // this cluster
    await sendKeys({ press: 'ArrowDown' }); // all blocks
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // also ask the ambition
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // start
    await settleRound(scan);
    expect(backend.calls.find((c) => c.startsWith('open:'))).to.match(/^open:student-advocate,.*,informed-practice:true$/);
    expect(roundFocus(round)).to.equal('div.join');
    const id = backend.current.id;
    backend.place(id, backend.join(id), 'student-advocate', 'integrated', 'evolve-systematic');
    backend.place(id, backend.join(id), 'student-advocate', 'integrated', 'keep');
    await settleRound(scan);
    inRound(round, '.reveal').focus();
    await sendKeys({ press: 'Enter' });
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('h4.distribution-heading');
    expect(inRound(round, '.spread').textContent).to.contain('agreement');
    expect(inRound(round, '.ambition').textContent).to.match(/: 1/);
    // The agreed stage, by keyboard in the scan's stage picker.
    const picker = scan.shadowRoot!.querySelector<HTMLElement>('[data-field="block/student-advocate/current-stage"]')!;
    picker.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settleRound(scan);
    inRound(round, 'textarea').focus();
    await sendKeys({ type: 'Eensgezind.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // record
    await settleRound(scan);
    expect(inRound(round, '.record-message').textContent).to.equal('Recorded in the scan.');
    expect(scan.value!.team!['student-advocate']).to.deep.include({ note: 'Eensgezind.' });
    expect(scan.value!.team!['student-advocate']!.votes!.ambition).to.deep.equal({ 'evolve-systematic': 1, keep: 1 });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // vote again
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('button.primary.reveal');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // close the round
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('p#close-confirm.warning');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // yes
    await settleRound(scan);
    expect(backend.calls.some((c) => c.startsWith('close:'))).to.equal(true);
    expect(roundFocus(round)).to.equal('h3#round-heading.round-heading');
  });
});
