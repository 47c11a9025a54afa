import { fixture, html } from '@open-wc/testing';
import type { Instrument, Response } from '@poolster/schema';
import { defineOnce } from '../shared/define-once.js';
import { PoolsterCompare, type CompareEntry } from './compare.js';

/** The hand-computed fixture of <poolster-compare>'s tests and the helpers that read what the element shows. */

defineOnce('poolster-compare', PoolsterCompare);

let threeCache: Instrument | undefined;
export async function three(): Promise<Instrument> {
  threeCache ??= (await (await fetch(new URL('../../../schema/test/fixtures/three-stages.instrument.json', import.meta.url))).json()) as Instrument;
  return structuredClone(threeCache);
}
let goCache: Instrument | undefined;
export async function go(): Promise<Instrument> {
  goCache ??= (await (await fetch(new URL('../../../../content/go-clb/instrument.json', import.meta.url))).json()) as Instrument;
  return structuredClone(goCache);
}

// ————— Hand-written responses to the three-stage fixture (stages emerging < developing < embedded). —————

interface BlockAnswers {
  now?: string;
  next?: string;
  helpers?: string[];
  other?: string;
}

let ids = 0;
export function response(blocks: Record<string, BlockAnswers>, final: { strengths?: string[]; focus?: string[] }, over: Partial<Response> = {}): Response {
  ids += 1;
  return {
    schemaVersion: 1,
    id: `00000000-0000-4000-8000-${String(ids).padStart(12, '0')}`,
    instrumentId: 'lumen-three-stage',
    instrumentVersion: '2.1.0',
    status: 'draft',
    createdAt: '2025-01-01T09:00:00Z',
    updatedAt: '2025-01-01T10:00:00Z',
    context: {},
    blocks: Object.fromEntries(
      Object.entries(blocks).map(([blockId, a]) => [
        blockId,
        {
          ...(a.now ? { now: { choice: a.now } } : {}),
          ...(a.next ? { next: { choice: a.next } } : {}),
          ...(a.helpers ? { helpers: { choices: a.helpers, ...(a.other ? { other: a.other } : {}) } } : {}),
        },
      ]),
    ),
    final: {
      ...(final.strengths ? { strengths: { blocks: final.strengths } } : {}),
      ...(final.focus ? { focus: { blocks: final.focus } } : {}),
    },
    ...over,
  };
}

/** A team round's counts: everyone placed the block once. */
export const votes = (current: Record<string, number>) => ({ votes: { participants: Object.values(current).reduce((a, b) => a + b, 0), current } });

// Team rounds (spread in stages): listening 2 (A1), 0 (B), 1 (C); learning 0 (A1), 1 (B); data 1 (A1), 0 (C). A2 has none.
export const A1: CompareEntry = {
  label: 'CLB A',
  date: '2025-01-10',
  response: response(
    {
      listening: { now: 'emerging', next: 'to-embedded', helpers: ['people', 'tools'] },
      learning: { now: 'developing', next: 'stay', helpers: ['nothing'] },
      data: { now: 'embedded', next: 'stay', helpers: ['tools'] },
    },
    { strengths: ['data'], focus: ['listening', 'learning'] },
    { team: { listening: votes({ emerging: 2, embedded: 1 }), learning: votes({ developing: 3 }), data: votes({ developing: 2, embedded: 2 }) } },
  ),
};
export const B: CompareEntry = {
  label: 'CLB B',
  date: '2025-02-01',
  response: response(
    {
      listening: { now: 'developing', next: 'to-embedded', helpers: ['people'] },
      learning: { now: 'emerging', next: 'to-developing', helpers: ['people', 'tools'] },
    },
    { strengths: ['listening'], focus: ['learning', 'data'] },
    { team: { listening: votes({ developing: 4 }), learning: votes({ emerging: 1, developing: 2 }) } },
  ),
};
export const C: CompareEntry = {
  label: 'CLB C',
  date: '2025-03-01',
  response: response(
    {
      listening: { now: 'embedded', next: 'stay', helpers: ['tools'] },
      learning: { now: 'developing', next: 'to-embedded', helpers: ['tools'] },
      data: { now: 'developing', next: 'stay', helpers: ['other'], other: 'A "mentor", yes' },
    },
    { strengths: ['listening', 'learning'], focus: ['listening'] },
    { team: { listening: votes({ emerging: 1, developing: 2 }), data: votes({ embedded: 3 }) } },
  ),
};
export const A2: CompareEntry = {
  label: 'CLB A',
  date: '2026-01-15',
  response: response(
    {
      listening: { now: 'developing', next: 'to-embedded', helpers: ['people'] },
      learning: { now: 'developing', next: 'stay', helpers: ['people'] },
      data: { now: 'emerging', next: 'to-developing', helpers: ['nothing'] },
    },
    { strengths: ['learning'], focus: ['data', 'listening'] },
  ),
};
export const FIXTURE = [A1, B, C, A2];

export const OTHER_INSTRUMENT: CompareEntry = {
  label: 'CLB X',
  date: '2025-05-05',
  response: { ...response({ listening: { now: 'emerging' } }, {}), instrumentId: 'someone-else' },
};

// ————— Helpers —————

export const norm = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
export const root = (el: PoolsterCompare): ShadowRoot => el.shadowRoot!;
export const texts = (el: PoolsterCompare, selector: string): string[] => [...root(el).querySelectorAll(selector)].map((n) => norm(n.textContent));
export const rows = (el: PoolsterCompare, selector: string): string[][] =>
  [...root(el).querySelectorAll(`${selector} tbody tr:not(.group)`)].map((tr) => [...tr.children].map((c) => norm(c.textContent)));

export async function mount(
  entries: CompareEntry[],
  attrs: { lang?: string; view?: string; anonymous?: boolean; earlier?: boolean; instrument?: unknown } = {},
): Promise<PoolsterCompare> {
  const instrument = 'instrument' in attrs ? attrs.instrument : await three();
  const el = await fixture<PoolsterCompare>(
    html`<poolster-compare .instrument=${instrument} .entries=${entries} lang=${attrs.lang ?? 'en'} view=${attrs.view ?? 'matrix'} ?anonymous=${attrs.anonymous ?? false} ?earlier=${attrs.earlier ?? false}></poolster-compare>`,
  );
  await el.updateComplete;
  return el;
}

export async function set(el: PoolsterCompare, values: Partial<PoolsterCompare>): Promise<void> {
  Object.assign(el, values);
  await el.updateComplete;
}

export async function choose(el: PoolsterCompare, selectId: string, value: string): Promise<void> {
  const select = root(el).getElementById(selectId) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The matrix as read aloud: per row the centre's name, then every cell's words. */
export const matrix = (el: PoolsterCompare): string[][] =>
  [...root(el).querySelectorAll('table.matrix tbody tr')].map((tr) => [
    norm(tr.querySelector('th .name')!.textContent),
    ...[...tr.querySelectorAll('td .visually-hidden')].map((n) => norm(n.textContent)),
  ]);
export const texts2 = (node: ParentNode, selector: string): string[] => [...node.querySelectorAll(selector)].map((n) => norm(n.textContent));
/** The matrix as seen: the short codes in the cells. */
export const codes = (el: PoolsterCompare): string[][] => [...root(el).querySelectorAll('table.matrix tbody tr')].map((tr) => texts2(tr, 'td .code'));
export const summary = (el: PoolsterCompare): string => norm(root(el).querySelector('.summary')!.textContent);

export const VIEWS = ['matrix', 'distribution', 'challenges', 'comments', 'priorities', 'inspire', 'cycles', 'teams'] as const;
