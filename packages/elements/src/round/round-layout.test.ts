import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { installFakeTimers } from '../shared/fake-timers.test-helpers.js';
import { clearDrafts, goInstrument } from '../scan/scan.test-helpers.js';
import { FakeRoundBackend, goToBlock, inRound, mountScanWithRound, settleRound } from './round.test-helpers.js';

async function press(round: HTMLElement, text: string): Promise<void> {
  const button = [...round.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no button "${text}" in the round`);
  button.click();
}

/** A scan on a block with a round open on it, seven people placed, and the spread revealed (when asked). */
async function revealedRound(options: { presentation?: boolean; reveal?: boolean } = {}) {
  const instrument = await goInstrument();
  const backend = new FakeRoundBackend();
  const { id } = await backend.open({ instrumentId: instrument.id, blocks: ['prevention'], askAmbition: true });
  for (let i = 0; i < 7; i += 1) backend.place(id, backend.join(id), 'prevention', instrument.stages[i % 4]!.id, 'keep');
  const { scan, round } = await mountScanWithRound(instrument, backend);
  if (options.presentation) scan.presentation = true;
  await goToBlock(scan, 'prevention');
  if (options.reveal !== false) {
    await press(round, 'Reveal');
    await settleRound(scan);
  }
  return { backend, scan, round, id };
}

const pageScrolls = () => document.documentElement.scrollWidth > window.innerWidth || document.documentElement.scrollHeight > window.innerHeight;
const within = (r: DOMRect) => r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth + 0.5 && r.bottom <= window.innerHeight + 0.5;

describe('poolster-round: forced colours, 200 % zoom, and what it announces', () => {
  afterEach(async () => {
    clearDrafts();
    await setViewport({ width: 1280, height: 800 });
  });

  it('forced colours: the bars in the text colour on the background colour, the QR code dark on light', async () => {
    const { round } = await revealedRound();
    await emulateMedia({ forcedColors: 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const fill = getComputedStyle(round.shadowRoot!.querySelectorAll('.bar-fill')[0]!).fill;
      const track = getComputedStyle(round.shadowRoot!.querySelectorAll('.bar-track')[0]!).fill;
      expect(fill, 'a bar stands out from its track').to.not.equal(track);
      expect(getComputedStyle(round.shadowRoot!.querySelectorAll('.bar-track')[0]!).stroke, 'the track is outlined').to.not.equal('none');
      expect(getComputedStyle(inRound(round, '.qr-on')).fill).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(inRound(round, '.qr-off')).fill).to.equal('rgb(255, 255, 255)');
      const record = inRound(round, '.record');
      expect(getComputedStyle(record).color, 'the main button keeps its text visible').to.not.equal(getComputedStyle(record).backgroundColor);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('200 % zoom on a laptop (640 × 400): the revealed round fits the width, nothing scrolls sideways', async () => {
    await setViewport({ width: 640, height: 400 });
    const { round } = await revealedRound();
    expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(window.innerWidth);
    for (const selector of ['.code', '.qr', '.distribution', '.record', '.revote', '.close', 'textarea']) {
      const r = inRound(round, selector).getBoundingClientRect();
      expect(r.left, `${selector} starts on screen`).to.be.at.least(0);
      expect(r.right, `${selector} ends on screen`).to.be.at.most(window.innerWidth + 0.5);
    }
  });

  it('presentation at 960 × 540 (1920 × 1080 at 200 %): the band and the spread panel on screen, the page never scrolls', async () => {
    await setViewport({ width: 960, height: 540 });
    const { round } = await revealedRound({ presentation: true });
    expect(pageScrolls()).to.equal(false);
    for (const selector of ['.strip-code', '.counts', '.open-spread-panel', '.open-round-panel']) {
      expect(within(inRound(round, selector).getBoundingClientRect()), `${selector} on screen`).to.equal(true);
    }
    const panel = inRound(round, '.panel');
    expect(panel.hidden).to.equal(false);
    expect(within(panel.getBoundingClientRect()), 'the spread panel on screen').to.equal(true);
    if (panel.scrollHeight > panel.clientHeight) expect(getComputedStyle(panel).overflowY, 'what does not fit scrolls inside the panel').to.equal('auto');
  });

  it('announces the counts once they settle, never per placement', async () => {
    const { backend, scan, round, id } = await revealedRound({ reveal: false });
    const live = inRound(round, '[aria-live="polite"]');
    const clock = installFakeTimers();
    try {
      backend.place(id, backend.join(id), 'prevention', 'planned');
      await settleRound(scan);
      clock.tick(1000);
      backend.place(id, backend.join(id), 'prevention', 'integrated');
      await settleRound(scan);
      clock.tick(1000);
      await settleRound(scan);
      expect(live.textContent, 'still changing: nothing said').to.equal('');
      clock.tick(5000);
      await settleRound(scan);
      expect(live.textContent).to.equal('9 joined, 9 placed 4.3 Preventie.');
      backend.setConnected(true); // the same state again, from a reconnected stream
      clock.tick(5000);
      await settleRound(scan);
      expect(live.textContent).to.equal('9 joined, 9 placed 4.3 Preventie.');
    } finally {
      clock.uninstall();
    }
  });
});
