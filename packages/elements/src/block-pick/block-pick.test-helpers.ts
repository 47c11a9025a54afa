import { fixture, html } from '@open-wc/testing';
import type { BlockOption, PoolsterBlockPick } from './block-pick.js';

/** Test-only fixtures and helpers shared by the block pick's test files (and the block ranking's, for the blocks). */

export const C1 = 'De leerlingenbegeleiding geboden door CLB';
export const C2 = 'Sterke partnerschappen binnen het ecosysteem';
export const C3 = 'Het CLB-beleid';
/** The eleven building blocks of the GO! CLB scan, in their three clusters. */
export const eleven: BlockOption[] = [
  { id: 'student-advocate', label: 'Behartiger van de leerling', group: C1 },
  { id: 'integrated-core-processes', label: 'Geïntegreerde benadering van de kernprocessen', group: C1 },
  { id: 'prevention', label: 'Preventie', group: C1 },
  { id: 'strong-teamwork', label: 'Sterk teamwerk', group: C2 },
  { id: 'internal-partnership', label: 'Sterk partnerschap: intern binnen GO!', group: C2 },
  { id: 'external-network', label: 'Sterk netwerk: netoverstijgend en extern', group: C2 },
  { id: 'integral-policy', label: 'Integraal beleid', group: C3 },
  { id: 'professional-learning-community', label: 'Ontwikkeling als professionele leergemeenschap (PLG)', group: C3 },
  { id: 'shared-leadership', label: 'Vanuit gedeeld leiderschap', group: C3 },
  { id: 'inquiring-attitude', label: 'Onderzoekende houding', group: C3 },
  { id: 'informed-practice', label: 'Geïnformeerde praktijken', group: C3 },
];
/** Three blocks without clusters. */
export const three: BlockOption[] = [
  { id: 'a', label: 'Alfa' },
  { id: 'b', label: 'Bravo' },
  { id: 'c', label: 'Charlie' },
];
export const NONE = 'Wij zitten momenteel nog niet op het punt dat we een inspirerende praktijk kunnen bieden.';

export async function pick(blocks: BlockOption[] = eleven, props: Partial<PoolsterBlockPick> = {}) {
  const el = await fixture<PoolsterBlockPick>(
    html`<poolster-block-pick legend="Voor welke bouwstenen zijn we een inspirerende praktijk?" .blocks=${blocks}></poolster-block-pick>`,
  );
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}
export const root = (el: PoolsterBlockPick) => el.shadowRoot!;
export const boxes = (el: PoolsterBlockPick) => [...root(el).querySelectorAll<HTMLInputElement>('.groups input[type="checkbox"]')];
export const noneBox = (el: PoolsterBlockPick) => root(el).querySelector<HTMLInputElement>('#none');
export const checked = (el: PoolsterBlockPick) => boxes(el).filter((b) => b.checked).map((b) => b.dataset.id);
export const status = (el: PoolsterBlockPick) => root(el).querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
export const focused = (el: PoolsterBlockPick) => root(el).activeElement as HTMLElement | null;

/** Records every poolster-answer detail. */
export function record(el: HTMLElement) {
  const details: unknown[] = [];
  el.addEventListener('poolster-answer', (e) => details.push((e as CustomEvent).detail));
  return details;
}
export async function clickBox(el: PoolsterBlockPick, input: HTMLInputElement) {
  input.click();
  await el.updateComplete;
}
