import { fixture, html } from '@open-wc/testing';
import type { BlockOption } from '../block-pick/block-pick.js';
import { eleven } from '../block-pick/block-pick.test-helpers.js';
import type { PoolsterBlockRanking } from './block-ranking.js';

/** Test-only helpers shared by the block ranking's test files (the blocks are the block pick's). */

export async function ranking(blocks: BlockOption[] = eleven, props: Partial<PoolsterBlockRanking> = {}) {
  const el = await fixture<PoolsterBlockRanking>(
    html`<poolster-block-ranking legend="Onze prioriteiten" .blocks=${blocks} min="3" max="5"></poolster-block-ranking>`,
  );
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}
export const root = (el: PoolsterBlockRanking) => el.shadowRoot!;
export const rows = (el: PoolsterBlockRanking) => [...root(el).querySelectorAll<HTMLLIElement>('[part="list"] > li')];
export const rowIds = (el: PoolsterBlockRanking) => rows(el).map((r) => r.dataset.id);
export const rowText = (row: Element, selector: string) => row.querySelector(selector)!.textContent!.trim();
export const button = (el: PoolsterBlockRanking, index: number, action: 'up' | 'down' | 'remove') =>
  root(el).querySelector<HTMLButtonElement>(`li[data-index="${index}"] button.${action}`)!;
/** The add buttons in the order they are shown. */
export const addButtons = (el: PoolsterBlockRanking) => [...root(el).querySelectorAll<HTMLButtonElement>('button.add-button')];
/** The add button of one block, or null when the block is not offered. */
export const addButtonFor = (el: PoolsterBlockRanking, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`[part~="candidate"][data-id="${id}"] button.add-button`);
/** The ids of the blocks offered to add, in the order they are shown. */
export const candidateIds = (el: PoolsterBlockRanking) => [...root(el).querySelectorAll<HTMLElement>('[part~="candidate"]')].map((c) => c.dataset.id);
/** The titles of the groups of blocks to add ("Voorgesteld", the clusters). */
export const candidateGroupTitles = (el: PoolsterBlockRanking) =>
  [...root(el).querySelectorAll('.add [part="group-title"]')].map((t) => t.textContent!.trim());
export const status = (el: PoolsterBlockRanking) => root(el).querySelector('[part="status"]')!.textContent!.trim();
export const focused = (el: PoolsterBlockRanking) => root(el).activeElement as HTMLElement | null;

export function record(el: HTMLElement) {
  const details: unknown[] = [];
  el.addEventListener('poolster-answer', (e) => details.push((e as CustomEvent).detail));
  return details;
}
export async function click(el: PoolsterBlockRanking, target: HTMLElement) {
  target.click();
  await el.updateComplete;
  await el.updateComplete;
}
/** Lets the element's async focus move run. */
export const settle = (el: PoolsterBlockRanking) => el.updateComplete.then(() => new Promise((r) => setTimeout(r, 0)));
