import { createResponse, majorOf, withAnswer, type Instrument, type Response } from '@poolster/schema';
import { fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../define.js';
import type { RemoteDraft } from '../drafts/remote-draft.js';
import type { PoolsterScan } from './scan.js';

/** Test-only helpers for driving a scan through its interface, as a team would. */

let goCache: Instrument | undefined;
export async function goInstrument(): Promise<Instrument> {
  goCache ??= (await (await fetch(new URL('../../../../content/go-clb/instrument.json', import.meta.url))).json()) as Instrument;
  return structuredClone(goCache);
}

export async function threeStageInstrument(): Promise<Instrument> {
  return (await (await fetch(new URL('../../../schema/test/fixtures/three-stages.instrument.json', import.meta.url))).json()) as Instrument;
}

let keys = 0;
/** A scan on its own draft key, so tests never see each other's drafts. */
export async function mountScan(instrument: unknown, attrs: { lang?: string; action?: string; draftKey?: string; draftUrl?: string } = {}): Promise<PoolsterScan> {
  const draftKey = attrs.draftKey ?? `test-${Date.now()}-${++keys}`;
  const el = await fixture<PoolsterScan>(
    html`<poolster-scan .instrument=${instrument} lang=${attrs.lang ?? 'nl'} draft-key=${draftKey} action=${attrs.action ?? ''} draft-url=${attrs.draftUrl ?? ''}></poolster-scan>`,
  );
  await settle(el);
  return el;
}

/** Waits for the scan and every element inside it to finish rendering. */
export async function settle(el: PoolsterScan): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    const children = [...el.shadowRoot!.querySelectorAll('*')].filter((c) => 'updateComplete' in c) as unknown as Array<{ updateComplete: Promise<unknown> }>;
    await Promise.all(children.map((c) => c.updateComplete));
  }
}

export const $ = <T extends Element = HTMLElement>(el: PoolsterScan, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

/** An element inside a child element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: PoolsterScan, host: string, selector: string): T => {
  const child = $(el, host);
  const found = child.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in ${host}`);
  return found;
};

export const heading = (el: PoolsterScan): string => $(el, '.step-heading').textContent!.trim();

export async function clickButton(el: PoolsterScan, text: string): Promise<void> {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
  await settle(el);
}

/** Ticks an option of a question (by option label start) in a choice group identified by its field key. */
export async function tick(el: PoolsterScan, field: string, label: string): Promise<void> {
  const group = $(el, `[data-field="${field}"]`);
  const option = [...group.shadowRoot!.querySelectorAll<HTMLElement>('.option')].find((o) => o.textContent!.trim().startsWith(label));
  if (!option) throw new Error(`no option "${label}" in ${field}`);
  option.querySelector<HTMLInputElement>('input')!.click();
  await settle(el);
}

export async function chooseStage(el: PoolsterScan, field: string, stageIndex: number): Promise<void> {
  const picker = $(el, `[data-field="${field}"]`);
  picker.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[stageIndex]!.click();
  await settle(el);
}

export async function typeInto(el: PoolsterScan, field: string, text: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `[data-field="${field}"]`);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

/** Answers every block question of one GO! block through the interface. */
export async function answerGoBlock(el: PoolsterScan, blockId: string, stage = 1): Promise<void> {
  const key = (q: string) => `block/${blockId}/${q}`;
  await chooseStage(el, key('current-stage'), stage);
  await tick(el, key('ambition'), 'evolueren naar systematisch');
  await tick(el, key('deliberate-choice'), 'is een welbewuste keuze');
  await tick(el, key('levers'), 'gelinkt aan mensen en cultuur');
  await tick(el, key('obstacles'), 'neen');
  await tick(el, key('subgroups'), 'nee');
}

export function storedDraft(el: PoolsterScan): { savedAt: string; response: Response; step?: string; basedOn?: string; unsent?: boolean; sending?: string } | undefined {
  const key = Object.keys(localStorage).find((k) => k.startsWith('poolster:draft:') && k.endsWith(`:${el.draftKey}`));
  return key ? JSON.parse(localStorage.getItem(key)!) : undefined;
}

/**
 * What has focus inside the scan, as a short description (tag, data-field, class). Tests compare these
 * strings rather than elements: a failing comparison of two elements makes chai walk their whole object
 * graph, which freezes the browser.
 */
export function focused(el: PoolsterScan): string {
  const active = el.shadowRoot!.activeElement;
  return active ? describeElement(active) : 'nothing';
}

export function describeElement(element: Element): string {
  const field = element.getAttribute('data-field');
  return `${element.localName}${field ? `[${field}]` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
}

/** Every element in a tree, through every shadow root. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Removes every draft the tests left on this device. */
export function clearDrafts(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('poolster:draft:')) localStorage.removeItem(key);
}

/** A request the scan made to the faked endpoint. */
export interface ApiCall {
  url: string;
  init: RequestInit;
}

/** The page's `fetch` with `/api/…` answered by the test (see `stubApiFetch`). */
export interface ApiFetchStub {
  /** Every request to `/api/…`, in order. */
  readonly calls: ApiCall[];
  /** What the endpoint answers next; a test sets it before the request. At first: 201 with `{}`. */
  reply: () => globalThis.Response | Promise<globalThis.Response>;
  /** Gives the page its own `fetch` back. */
  restore(): void;
}

/**
 * Fakes the endpoint a scan sends to: requests to `/api/…` are recorded and answered by `reply`; every
 * other request (the instrument, fixtures) still goes out as before. The elements' browser tests have no
 * server of their own, and what they check is the scan's side of the protocol.
 */
export function stubApiFetch(): ApiFetchStub {
  const realFetch = window.fetch;
  const stub: ApiFetchStub = {
    calls: [],
    reply: () => new globalThis.Response('{}', { status: 201 }),
    restore: () => {
      window.fetch = realFetch;
    },
  };
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input).startsWith('/api/')) {
      stub.calls.push({ url: String(input), init: init ?? {} });
      return stub.reply();
    }
    return realFetch(input, init);
  }) as typeof fetch;
  return stub;
}

/**
 * A GO! response with every question answered, as a real team's could be: stages and ambitions that
 * differ per block, one or two levers and obstacles, a comment now and then, and the final questions.
 */
export function completeGoResponse(instrument: Instrument): Response {
  let response = createResponse(instrument);
  response = withAnswer(response, { scope: 'context', questionId: 'centre-name' }, { text: 'CLB Noord' });
  const stages = instrument.stages.map((s) => s.id);
  const ambitions = ['evolve-planned', 'evolve-integrated', 'evolve-systematic', 'keep'];
  const blocks = instrument.clusters.flatMap((c) => c.blocks);
  blocks.forEach((block, i) => {
    const at = (questionId: string) => ({ scope: 'block', blockId: block.id, questionId }) as const;
    const stage = i % 3;
    response = withAnswer(response, at('current-stage'), { choice: stages[stage]! });
    response = withAnswer(response, at('ambition'), { choice: ambitions[stage]!, ...(i % 4 === 0 ? { comment: 'Besproken op de teamdag.' } : {}) });
    response = withAnswer(response, at('deliberate-choice'), { choice: ['deliberate', 'context-driven', 'both'][i % 3]! });
    response = withAnswer(response, at('levers'), { choices: i % 2 ? ['people-culture', 'systems-structure'] : ['mission-vision-strategy'] });
    response = withAnswer(response, at('obstacles'), { choices: i % 3 ? ['systems-structure'] : ['none'] });
    response = withAnswer(response, at('subgroups'), { choices: i % 2 ? ['teams'] : ['no'] });
  });
  response = withAnswer(response, { scope: 'final', questionId: 'inspiring-practices' }, { blocks: [blocks[0]!.id, blocks[3]!.id] });
  return withAnswer(response, { scope: 'final', questionId: 'priorities' }, { blocks: [blocks[2]!.id, blocks[5]!.id, blocks[8]!.id] });
}

/**
 * Records which Lit elements draw (their `update` calls) until `restore()`: the work of an action counted on
 * the real elements, with no clock involved, so it holds on a busy machine too.
 */
export function recordDrawing(): { drawn: Element[]; clear(): void; restore(): void } {
  const prototype = LitElement.prototype as unknown as { update(this: LitElement, changed: unknown): void };
  const original = prototype.update;
  const drawn: Element[] = [];
  prototype.update = function (this: LitElement, changed: unknown) {
    drawn.push(this);
    original.call(this, changed);
  };
  return { drawn, clear: () => void drawn.splice(0), restore: () => void (prototype.update = original) };
}

/** The server drafts' status line, as the team reads it. */
export const syncStatus = (el: PoolsterScan): string => el.shadowRoot!.querySelector('.sync-status')?.textContent?.trim() ?? '';

/** The centre's name a response holds. */
export const centreOf = (response: Response | undefined): string | undefined => response?.context['centre-name']?.text;

/** A draft envelope as a server keeps it: a new response with the centre's name typed, saved at `savedAt`, on `step`. */
export function remoteDraftOf(instrument: Instrument, centre: string, { step, savedAt = '2026-12-03T14:02:00Z' }: { step?: string; savedAt?: string } = {}): RemoteDraft {
  const response = createResponse(instrument, { lang: 'nl' });
  return { format: 'poolster-draft', version: 1, savedAt, ...(step ? { step } : {}), response: { ...response, status: 'draft', context: { 'centre-name': { text: centre } } } };
}

/**
 * Puts a draft in this device's storage where a scan with `draftKey` looks for it, before that scan starts:
 * `draft` is the envelope's content (savedAt, response, and the notes about the server, if any).
 */
export function storeDeviceDraft(instrument: Instrument, draftKey: string, draft: Record<string, unknown>): void {
  const key = `poolster:draft:${instrument.id}:${majorOf(instrument.version)}:${draftKey}`;
  localStorage.setItem(key, JSON.stringify({ format: 'poolster-draft', version: 1, ...draft }));
}

/** The page is closed (or hidden), as the browser says it with `pagehide`: what waits to be saved is saved now. */
export const leavePage = (): void => void window.dispatchEvent(new PageTransitionEvent('pagehide'));

/** A complete GO! scan on its send step ('confirm'), as a team has it just before sending, with the host's report links. */
export async function readyToSend(attrs: { lang?: string; reportHref?: string; printHref?: string; action?: string } = {}): Promise<PoolsterScan> {
  const instrument = await goInstrument();
  const el = await mountScan(instrument, { lang: attrs.lang ?? 'nl', action: attrs.action ?? '' });
  el.reportHref = attrs.reportHref ?? '';
  el.printHref = attrs.printHref ?? '';
  el.value = completeGoResponse(instrument);
  await settle(el);
  $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'confirm' } }));
  await settle(el);
  return el;
}
