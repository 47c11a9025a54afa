import { fixture, html } from '@open-wc/testing';
import type { Instrument } from '@poolster/schema';
import type { PoolsterChoiceGroup } from '../choice-group/choice-group.js';
import '../define-rounds.js';
import type { PoolsterStagePicker } from '../stage-picker/stage-picker.js';
import { FakeBallotBackend } from './fake-ballot-backend.test-helpers.js';
import type { PoolsterVote } from './vote.js';

/** Test-only helpers for driving `<poolster-vote>` as a participant would. */

export const GO_INSTRUMENT_URL = new URL('../../../../content/go-clb/instrument.json', import.meta.url).href;
/** Three blocks of the GO! CLB scan, in the order a round could ask them. */
export const ROUND_BLOCKS = ['student-advocate', 'prevention', 'strong-teamwork'];

let cached: Instrument | undefined;
export async function goInstrument(): Promise<Instrument> {
  cached ??= (await (await fetch(GO_INSTRUMENT_URL)).json()) as Instrument;
  return structuredClone(cached);
}

let codes = 0;
/** A round of its own for each test (its own code, so no test sees another's stored ballot). */
export async function fakeRound(options: { askAmbition?: boolean; blocks?: string[] } = {}): Promise<FakeBallotBackend> {
  const instrument = await goInstrument();
  const code = `T${Date.now().toString(36).toUpperCase().slice(-3)}${String(++codes).padStart(2, '0')}`;
  return new FakeBallotBackend({ id: instrument.id, version: instrument.version }, options.blocks ?? ROUND_BLOCKS, options.askAmbition ?? true, code);
}

export function clearVotes(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('poolster-vote')) localStorage.removeItem(key);
}

export async function mountVote(backend: FakeBallotBackend | undefined, attrs: { code?: string; lang?: string; src?: string; instrument?: Instrument | null } = {}): Promise<PoolsterVote> {
  const instrument = attrs.instrument === null ? undefined : (attrs.instrument ?? (attrs.src ? undefined : await goInstrument()));
  const el = await fixture<PoolsterVote>(
    html`<poolster-vote .backend=${backend} .instrument=${instrument} code=${attrs.code ?? ''} lang=${attrs.lang ?? 'nl'} src=${attrs.src ?? ''}></poolster-vote>`,
  );
  await settle(el);
  return el;
}

export { until } from '../shared/wait.test-helpers.js';

/** Waits for the element and the controls inside it to finish rendering. */
export async function settle(el: PoolsterVote): Promise<void> {
  await el.updateComplete;
  for (const inner of el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await inner.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: PoolsterVote, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
export const text = (el: PoolsterVote, selector: string): string => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const picker = (el: PoolsterVote): PoolsterStagePicker => $<PoolsterStagePicker>(el, 'poolster-stage-picker')!;
export const ambition = (el: PoolsterVote): PoolsterChoiceGroup | null => $<PoolsterChoiceGroup>(el, 'poolster-choice-group');
export const stageRadios = (el: PoolsterVote): HTMLInputElement[] => [...picker(el).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
export const ambitionIds = (el: PoolsterVote): string[] => [...(ambition(el)?.shadowRoot!.querySelectorAll<HTMLInputElement>('input') ?? [])].map((i) => i.value);

/** Chooses a stage as a click on its card does, and waits for the element to take it. */
export async function chooseStage(el: PoolsterVote, index: number): Promise<void> {
  picker(el).chooseAt(index);
  await settle(el);
}

export async function chooseAmbition(el: PoolsterVote, id: string): Promise<void> {
  const input = [...ambition(el)!.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].find((i) => i.value === id);
  if (!input) throw new Error(`no ambition option ${id}`);
  input.click();
  await settle(el);
}

export async function clickButton(el: PoolsterVote, label: string): Promise<void> {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label && !b.hidden);
  if (!button) throw new Error(`no button "${label}"`);
  button.click();
  await settle(el);
}

export const status = (el: PoolsterVote): string => text(el, '.status');

/** The element that has focus, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
