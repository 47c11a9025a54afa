import { expect } from '@open-wc/testing';
import { waitFor } from '../../../../scripts/test/wait-for.js';
import { describeViolations, pageViolations } from '../shared/axe.test-helpers.js';
import type { PoolsterScan } from './scan.js';
import { createResponse } from '@poolster/schema';
import { $, answerGoBlock, clearDrafts, clickButton, focused, goInstrument, heading, mountScan, settle, storedDraft, storeDeviceDraft, typeInto } from './scan.test-helpers.js';

/**
 * After a reload the scan opens where the team was, with the "continue at" notice. A real reload: the
 * scan runs in a frame of its own (same origin, so the same device storage), and the frame is reloaded.
 */

const DRAFT_KEY = 'resume-after-reload';

async function framedScan(): Promise<{ frame: HTMLIFrameElement; scan: () => Promise<PoolsterScan> }> {
  const frame = document.createElement('iframe');
  frame.title = 'scan';
  // The page a portal would serve: the elements' own module, and a scan that loads its instrument.
  frame.srcdoc = `<!doctype html><html lang="nl"><head><script type="module" src="/packages/elements/src/define.ts"></script>
    <script src="/node_modules/axe-core/axe.min.js"></script><title>Zelfscan</title></head>
    <body><main><h1>Zelfscan</h1><poolster-scan src="/content/go-clb/instrument.json" draft-key="${DRAFT_KEY}" lang="nl"></poolster-scan></main></body></html>`;
  frame.width = '1280';
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const scan = async () => {
    await waitFor(() => frame.contentDocument?.querySelector('poolster-scan')?.shadowRoot?.querySelector('.step-heading') != null);
    const el = frame.contentDocument!.querySelector('poolster-scan') as PoolsterScan;
    await settle(el);
    return el;
  };
  return { frame, scan };
}

async function reload(frame: HTMLIFrameElement): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.contentWindow!.location.reload();
  await loaded;
}

describe('poolster-scan: resume where the team was after a reload', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    clearDrafts();
  });

  it('opens at the step the team was on, with a notice that takes focus and can be closed', async () => {
    const framed = await framedScan();
    frame = framed.frame;
    const first = await framed.scan();
    await typeInto(first, 'context/centre-name', 'CLB West');
    await clickButton(first, 'Beginnen');
    await answerGoBlock(first, 'student-advocate', 2);
    await clickButton(first, 'Opslaan en verder');
    expect(heading(first)).to.equal('4.2 Geïntegreerde benadering van de kernprocessen');

    await reload(frame);
    const second = await framed.scan();
    expect(heading(second)).to.equal('4.2 Geïntegreerde benadering van de kernprocessen');
    expect(second.value!.context['centre-name']).to.deep.equal({ text: 'CLB West' });
    expect($(second, '.notice.continue-at').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Ga verder bij 4.2 Geïntegreerde benadering van de kernprocessen Melding sluiten',
    );
    await waitFor(() => focused(second) === 'div.notice.continue-at');
    expect(describeViolations(await pageViolations(frame.contentDocument!))).to.deep.equal([]);
    await clickButton(second, 'Melding sluiten');
    expect(second.shadowRoot!.querySelector('.continue-at')).to.equal(null);
    expect(focused(second)).to.equal('h2.step-heading');
  });

  it('opens at the check of all answers when the team left it there, and on the introduction when it never left it', async () => {
    const framed = await framedScan();
    frame = framed.frame;
    const first = await framed.scan();
    await typeInto(first, 'context/centre-name', 'CLB Zuid');
    await reload(frame);
    const atIntro = await framed.scan();
    expect(heading(atIntro)).to.equal('GO! poolster-CLB in beeld');
    expect(atIntro.shadowRoot!.querySelector('.continue-at')).to.equal(null);

    atIntro.shadowRoot!.querySelector('poolster-progress-nav')!.dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'confirm' } }));
    await settle(atIntro);
    expect(storedDraft(atIntro)?.step, 'moving alone is kept with the draft').to.not.equal(undefined);
    await reload(frame);
    const atCheck = await framed.scan();
    expect(heading(atCheck)).to.equal('Verzenden');
    expect(atCheck.shadowRoot!.querySelector('.continue-at')).to.not.equal(null);
  });
});

describe('poolster-scan: a draft saved on the check of all answers while it was a step of its own', () => {
  afterEach(() => clearDrafts());

  it('opens on the send step, which now holds that check', async () => {
    const instrument = await goInstrument();
    const draftKey = 'saved-on-overview';
    const response = { ...createResponse(instrument), context: { 'centre-name': { text: 'CLB Oost' } } };
    storeDeviceDraft(instrument, draftKey, { savedAt: new Date().toISOString(), step: 'overview', response });
    const el = await mountScan(instrument, { draftKey });
    expect(el.value!.context['centre-name']).to.deep.equal({ text: 'CLB Oost' });
    expect(heading(el)).to.equal('Verzenden');
    // One card for the general details, one per building block (11), one for the questions across all blocks.
    expect(el.shadowRoot!.querySelectorAll('.overview-card')).to.have.length(13);
  });
});
