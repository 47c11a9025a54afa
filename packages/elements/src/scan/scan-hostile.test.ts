import { expect, fixture, html } from '@open-wc/testing';
import type { Instrument } from '@poolster/schema';
import fc from 'fast-check';
import '../define.js';
import { mutate, mutationArb } from '../../../schema/test/support/mutate.js';
import type { PoolsterScan } from './scan.js';
import { $, goInstrument, settle, deepElements, clearDrafts } from './scan.test-helpers.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** Strings an author (or an attacker who reached the content) might put in any text of an instrument. */
export const HOSTILE_CORPUS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '" onmouseover="window.__pwned=1" x="',
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">klik</a>',
  '</textarea><svg onload="window.__pwned=1">',
  '<style>*{display:none !important}</style>',
  '<iframe src="https://example.invalid"></iframe>',
  '${window.__pwned=1}',
  "{{constructor.constructor('window.__pwned=1')()}}",
  `${'Ontwikkelingsschaalbeschrijvingsvoorbeeld'.repeat(12)}`,
  'שלום עולם – مرحبا بالعالم – leerlingenbegeleiding',
  '\u202Egnirts desrever\u202C en gewone tekst',
  '🧭🚀 emoji en\u00a0harde\u00a0spaties',
  '{block} {n} {unknown} [deze bouwsteen]',
];

/** Keys whose values are ids or machine values, not human text. */
const MACHINE_KEYS = new Set(['id', 'type', 'stage', 'relativeTo', 'version', 'defaultLanguage', 'schemaVersion', '$schema', 'mark', 'number']);

/** Puts a corpus string in every human text of an instrument. */
function hostile(instrument: Instrument): Instrument {
  let i = 0;
  const visit = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key && MACHINE_KEYS.has(key) ? value : HOSTILE_CORPUS[i++ % HOSTILE_CORPUS.length];
    // Footnote references are ids; footnotes themselves (objects) carry text.
    if (Array.isArray(value)) return key === 'footnotes' && value.every((v) => typeof v === 'string') ? value : value.map((v) => visit(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    }
    return value;
  };
  const result = visit(instrument) as Instrument;
  result.languages = instrument.languages;
  return result;
}

/** Whatever content did, nothing it carried may have become markup or code. */
function assertInert(root: ShadowRoot): void {
  const elements = deepElements(root);
  expect(window.__pwned, 'a script ran').to.equal(undefined);
  expect(elements.filter((e) => ['script', 'img', 'iframe', 'object', 'embed', 'style'].includes(e.localName)).map((e) => e.localName)).to.deep.equal([]);
  const handlers = elements.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.localName}[${a.name}]`));
  expect(handlers).to.deep.equal([]);
  const links = elements.filter((e) => (e.getAttribute('href') ?? '').trim().toLowerCase().startsWith('javascript:'));
  expect(links.length).to.equal(0);
}

describe('poolster-scan: hostile content and generated instruments', () => {
  it(`renders a corpus of ${HOSTILE_CORPUS.length} hostile strings in every text as text: nothing runs, nothing breaks out`, async () => {
    const instrument = hostile(await goInstrument());
    const frame = await fixture<HTMLDivElement>(html`<div></div>`);
    frame.style.width = '600px';
    const el = document.createElement('poolster-scan');
    el.instrument = instrument;
    el.draftKey = 'hostile';
    frame.append(el);
    await settle(el);
    const panel = el.shadowRoot!.querySelector('.error-panel');
    expect(panel?.textContent ?? 'no error panel', 'the hostile instrument is still a valid instrument').to.equal('no error panel');
    for (const step of ['intro', 'block:student-advocate', 'block:strong-teamwork', 'block:informed-practice', 'final', 'confirm']) {
      $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: step } }));
      await settle(el);
      for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
      await settle(el);
      assertInert(el.shadowRoot!);
      const right = frame.getBoundingClientRect().right;
      const outside = deepElements(el.shadowRoot!).filter((e) => e.getBoundingClientRect().right > right + 1);
      expect(outside.map((e) => e.localName), `${step}: layout stays inside the element`).to.deep.equal([]);
    }
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('<script>window.__pwned=1</script>');
    el.remove();
  });

  it('renders the report of a hostile instrument as text too', async () => {
    const instrument = hostile(await goInstrument());
    const report = document.createElement('poolster-report');
    report.instrument = instrument;
    report.response = {
      schemaVersion: 1,
      id: '0b6f4c1e-8d2a-4f6b-9c1d-2e3f4a5b6c7d',
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      status: 'draft',
      createdAt: '2026-11-20T09:00:00Z',
      updatedAt: '2026-11-20T09:00:00Z',
      context: { 'centre-name': { text: HOSTILE_CORPUS[1]! } },
      blocks: { prevention: { 'current-stage': { choice: 'planned' }, 'deliberate-choice': { choice: 'both', comment: HOSTILE_CORPUS[0]! } } },
      final: {},
    };
    document.body.append(report);
    await report.updateComplete;
    assertInert(report.shadowRoot!);
    expect(report.shadowRoot!.textContent).to.contain(HOSTILE_CORPUS[0]!);
    report.remove();
  });

  it('given 150 generated (mutated) instruments, renders each or shows its error panel, with no uncaught exception', async () => {
    const base = await goInstrument();
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const samples = fc.sample(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), { numRuns: 150, seed: 7 });
    let panels = 0;
    let scans = 0;
    try {
      for (const mutations of samples) {
        const el = document.createElement('poolster-scan') as PoolsterScan;
        el.instrument = mutate(base, mutations);
        el.draftKey = 'fuzz';
        document.body.append(el);
        await el.updateComplete;
        if (el.shadowRoot!.querySelector('.error-panel')) panels += 1;
        else if (el.shadowRoot!.querySelector('.scan')) scans += 1;
        el.remove();
      }
      // What the removed scans still had queued runs now: a frame, then a task (events such as
      // unhandledrejection are dispatched by then), whatever the speed of the machine.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      clearDrafts();
    }
    expect(errors).to.deep.equal([]);
    expect(panels + scans).to.equal(150);
    expect(panels).to.be.greaterThan(0);
  });

  it('given 150 generated (mutated) responses as its value, takes each or refuses it with an event, with no uncaught exception', async () => {
    const instrument = await goInstrument();
    const el = document.createElement('poolster-scan') as PoolsterScan;
    el.instrument = instrument;
    el.draftKey = 'fuzz-value';
    document.body.append(el);
    await el.updateComplete;
    const base = el.value!;
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    let refused = 0;
    el.addEventListener('poolster-error', () => (refused += 1));
    let taken = 0;
    try {
      for (const mutations of fc.sample(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), { numRuns: 150, seed: 11 })) {
        const before = el.value;
        el.value = mutate(base, mutations) as never;
        await el.updateComplete;
        if (el.value !== before) taken += 1;
      }
    } finally {
      window.removeEventListener('error', onError);
      el.remove();
      clearDrafts();
    }
    expect(errors).to.deep.equal([]);
    expect(taken + refused).to.equal(150);
    expect(refused).to.be.greaterThan(0);
  });
});
