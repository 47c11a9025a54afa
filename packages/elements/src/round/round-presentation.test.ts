import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clickText, deepElementAt } from '../shared/pointer.test-helpers.js';
import { clearDrafts, goInstrument } from '../scan/scan.test-helpers.js';
import { FakeRoundBackend, inRound, mountScanWithRound, roundFocus, roundText, settleRound } from './round.test-helpers.js';

async function press(round: HTMLElement, text: string): Promise<void> {
  const button = [...round.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no button "${text}" in the round`);
  button.click();
}

async function presenting() {
  const backend = new FakeRoundBackend();
  const { scan, round } = await mountScanWithRound(await goInstrument(), backend);
  scan.presentation = true;
  await settleRound(scan);
  return { backend, scan, round };
}

describe('poolster-round in the presentation', () => {
  beforeEach(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => clearDrafts());

  it('every state is accessible on the shared screen: no round, open, revealed, recorded, vote again, closing, connection lost', async () => {
    const { backend, scan, round } = await presenting();
    expect(round.assignedSlot?.closest('.presentation-round'), 'in the bar above the columns').to.not.equal(null);
    expect(scan.shadowRoot!.querySelector('.presentation-keys'), 'in the place of the keys line').to.equal(null);
    await expect(scan).to.be.accessible();
    await press(round, 'Team round');
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('div#round-panel.panel');
    expect(roundText(round)).to.contain('This cluster (3 blocks)');
    await expect(scan).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settleRound(scan);
    expect(inRound(round, '.panel').hidden, 'Escape closes the panel').to.equal(true);
    expect(roundFocus(round)).to.equal('button.open-panel.open-round-panel');
    await press(round, 'Team round');
    await settleRound(scan);
    await press(round, 'Start a team round');
    await settleRound(scan);
    const id = backend.current.id;
    for (const stage of ['planned', 'integrated']) backend.place(id, backend.join(id), 'student-advocate', stage);
    await settleRound(scan);
    await expect(scan).to.be.accessible();
    await press(round, 'Reveal');
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('h4.distribution-heading');
    expect(roundText(round)).to.contain('keys 1 to 4');
    await expect(scan).to.be.accessible();
    scan.shadowRoot!.querySelector<HTMLElement>('.presentation .step-heading')!.focus();
    await sendKeys({ press: '2' });
    await settleRound(scan);
    await press(round, 'Record');
    await settleRound(scan);
    expect(scan.shadowRoot!.querySelector('.presentation-title .team-summary')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Team round: 1 of 2 chose planmatig, 1 geïntegreerd (some spread).',
    );
    await expect(scan).to.be.accessible();
    await press(round, 'Vote again');
    await settleRound(scan);
    await expect(scan).to.be.accessible();
    expect(roundFocus(round)).to.equal('button.primary.reveal');
    expect(inRound(round, '.panel').hidden, 'the columns in view again').to.equal(true);
    await press(round, 'Team round');
    await settleRound(scan);
    expect(roundText(round)).to.contain('scan.example.org/join/');
    await expect(scan).to.be.accessible();
    await press(round, 'Close the round');
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('p#close-confirm.warning');
    await expect(scan).to.be.accessible();
    await press(round, 'Keep it open');
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('button.close');
    backend.setConnected(false);
    await settleRound(scan);
    expect(inRound(round, '.offline')).to.exist;
    await expect(scan).to.be.accessible();
  });

  it('a panel added to a scan already presenting takes its place in the bar at once, and follows its round again', async () => {
    const { backend, scan, round } = await presenting();
    await backend.open({ instrumentId: 'go-clb-poolster', blocks: ['student-advocate'], askAmbition: false });
    round.remove();
    await settleRound(scan);
    expect(scan.shadowRoot!.querySelector('.presentation-keys'), 'the keys line without a round').to.not.equal(null);
    scan.append(round);
    await settleRound(scan);
    expect(round.assignedSlot, 'slotted again').to.not.equal(null);
    expect(scan.shadowRoot!.querySelector('.presentation-keys')).to.equal(null);
    const id = backend.current.id;
    backend.place(id, backend.join(id), 'student-advocate', 'planned');
    await settleRound(scan);
    expect(inRound(round, '.counts').textContent, 'the stream followed again').to.contain('1/1 placed');
  });

  it('the larger join code opens over the screen and closes back to its button', async () => {
    const { scan, round } = await presenting();
    await press(round, 'Team round');
    await settleRound(scan);
    await press(round, 'Start a team round');
    await settleRound(scan);
    expect(roundFocus(round)).to.equal('p.join');
    expect(inRound(round, '.panel').hidden, 'the room sees the code and the QR code at once').to.equal(false);
    expect(inRound(round, '.panel .join-qr svg.qr path')).to.exist;
    await press(round, 'Show large');
    await settleRound(scan);
    const dialog = inRound<HTMLDialogElement>(round, '.join-dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('.code')!.textContent!.trim()).to.match(/^K7P3Q/);
    await expect(scan).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settleRound(scan);
    expect(dialog.open).to.equal(false);
    expect(roundFocus(round)).to.equal('button.larger');
  });

  it('a real mouse click on "Reveal" reveals the block', async () => {
    const { backend, scan, round } = await presenting();
    await press(round, 'Team round');
    await settleRound(scan);
    await press(round, 'Start a team round');
    await settleRound(scan);
    const id = backend.current.id;
    backend.place(id, backend.join(id), 'student-advocate', 'systematic');
    await settleRound(scan);
    const reveal = inRound(round, '.reveal');
    reveal.scrollIntoView({ block: 'center' });
    const box = reveal.getBoundingClientRect();
    // Compared as a boolean: a failed comparison of elements makes chai print them, which can freeze the page.
    expect(deepElementAt(box.left + box.width / 2, box.top + box.height / 2) === reveal, 'nothing covers the button').to.equal(true);
    await clickText(reveal);
    await settleRound(scan);
    expect(backend.calls).to.include('reveal:student-advocate');
    expect(inRound(round, '.spread').textContent).to.contain('agreement');
  });
});
