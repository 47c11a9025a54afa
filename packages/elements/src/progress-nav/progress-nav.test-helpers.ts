import { fixture, html } from '@open-wc/testing';
import type { PoolsterProgressNav, ProgressStep } from './progress-nav.js';

/** Test-only helpers shared by the progress nav's test files. */

export const STEPS: ProgressStep[] = [
  { id: 'intro', label: 'Inleiding' },
  { id: 'b1', label: 'Visie', group: 'Beleid', state: 'complete' },
  { id: 'b2', label: 'Organisatie', group: 'Beleid', state: 'incomplete' },
  { id: 'b3', label: 'Samenwerking', group: 'Netwerk', state: 'not-started' },
  { id: 'overview', label: 'Overzicht', disabled: true },
];

export const steps = (): ProgressStep[] => STEPS.map((step) => ({ ...step }));

export function buttons(el: PoolsterProgressNav): HTMLButtonElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="step"]'));
}

export function button(el: PoolsterProgressNav, id: string): HTMLButtonElement {
  const found = buttons(el).find((b) => b.dataset['stepId'] === id);
  if (!found) throw new Error(`no button for ${id}`);
  return found;
}

export function nav(el: PoolsterProgressNav): HTMLElement {
  return el.shadowRoot!.querySelector('nav')!;
}

export function counter(el: PoolsterProgressNav): HTMLElement | null {
  return el.shadowRoot!.querySelector('[part~="counter"]');
}

/** The state word a step shows: of the words stacked in its state cell, the one that is visible. */
export function shownState(b: HTMLButtonElement): string | undefined {
  const words = Array.from(b.querySelectorAll<HTMLElement>('.state-word')).filter((word) => getComputedStyle(word).visibility === 'visible');
  if (words.length > 1) throw new Error(`${words.length} state words visible at once`);
  return words[0]?.textContent ?? undefined;
}

/** The visible text of a step button: its label and its shown state (without the separator, which has no size). */
export function visibleText(b: HTMLButtonElement): string {
  const labelNodes = Array.from(b.querySelector('.label')?.childNodes ?? []);
  const label = labelNodes.filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('');
  const state = shownState(b);
  return state ? `${label} | ${state}` : label;
}

export async function filled(current = ''): Promise<PoolsterProgressNav> {
  return fixture<PoolsterProgressNav>(html`<poolster-progress-nav .steps=${steps()} current=${current}></poolster-progress-nav>`);
}
