import type { Instrument } from '@poolster/schema';
import { fixture, html } from '@open-wc/testing';
import '../define.js';
import '../define-rounds.js';
import type { RoundBackend } from '../rounds/round-backend.js';
import type { PoolsterScan } from '../scan/scan.js';
import { settle } from '../scan/scan.test-helpers.js';
import type { PoolsterRound } from './round.js';

export { FakeRoundBackend } from './fake-round-backend.test-helpers.js';

let keys = 0;
/** A scan (on its own draft key) with a round panel slotted in, as the server's scan page has it. */
export async function mountScanWithRound(
  instrument: Instrument,
  backend: RoundBackend,
  options: { lang?: string; draftKey?: string } = {},
): Promise<{ scan: PoolsterScan; round: PoolsterRound }> {
  const draftKey = options.draftKey ?? `round-${Date.now()}-${++keys}`;
  const scan = await fixture<PoolsterScan>(html`<poolster-scan .instrument=${instrument} lang=${options.lang ?? 'en'} draft-key=${draftKey}>
    <poolster-round slot="round" .backend=${backend}></poolster-round>
  </poolster-scan>`);
  await settle(scan);
  return { scan, round: scan.querySelector('poolster-round')! };
}

/** Opens a block step as the progress navigation does. */
export async function goToBlock(scan: PoolsterScan, blockId: string): Promise<void> {
  const nav = scan.shadowRoot!.querySelector('poolster-progress-nav');
  if (nav) nav.dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: `block:${blockId}` }, bubbles: true, composed: true }));
  else throw new Error('no progress navigation to move with');
  await settleRound(scan);
}

/** Waits for the scan and the round panel to finish rendering, and for what the fake backend answers. */
export async function settleRound(scan: PoolsterScan): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await settle(scan);
    const round = scan.querySelector('poolster-round');
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    if (round) await round.updateComplete;
  }
}

/** An element inside the round's shadow root. */
export function inRound<T extends Element = HTMLElement>(round: PoolsterRound, selector: string): T {
  const found = round.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in the round`);
  return found;
}

export const roundText = (round: PoolsterRound): string => round.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** What has focus inside the round, as a short description. */
export function roundFocus(round: PoolsterRound): string {
  const active = round.shadowRoot!.activeElement;
  if (!active) return 'nothing';
  return `${active.localName}${active.id ? `#${active.id}` : ''}${active.classList.length ? `.${[...active.classList].join('.')}` : ''}`;
}
