import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { PoolsterReport } from '../report/report.js';
import type { PoolsterScan } from '../scan/scan.js';
import { until } from '../shared/wait.test-helpers.js';

const GO = '/content/go-clb/instrument.json';
const THREE = '/packages/schema/test/fixtures/three-stages.instrument.json';
const THREE_RESPONSE = '/packages/schema/test/fixtures/three-stages.response.json';
const THREE_TITLE = 'Lumen network self-check (test fixture)';

/**
 * Wraps the page's real fetch: a request for `held` is really fetched, but answered only when the test lets
 * it go, whether or not it was aborted meanwhile (a response that comes in anyway, late). Every request's
 * signal is kept, to see whether the element aborted it, and `heldRead` tells when the late response's body
 * was read by the element.
 */
function watchFetch(held: string) {
  const realFetch = window.fetch;
  const requests: Array<{ url: string; signal: AbortSignal | undefined }> = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const state = { heldRead: false };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href).pathname;
    requests.push({ url, signal: init?.signal ?? undefined });
    if (url !== held) return realFetch(input, init);
    const { signal: _ignored, ...rest } = init ?? {};
    const real = await realFetch(input, rest);
    const body = await real.text();
    await gate;
    const late = new Response(body, { status: real.status, headers: real.headers });
    const read = late.text.bind(late);
    late.text = async () => {
      const text = await read();
      state.heldRead = true;
      return text;
    };
    return late;
  };
  return { requests, release, state, restore: () => (window.fetch = realFetch) };
}

/** After the late body was read, what the element does with it runs in microtasks: one task later, it is done. */
const nextTask = () => new Promise<void>((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = () => resolve(); channel.port2.postMessage(null); });

describe('instrument loading (instrument/instrument-loader.ts)', () => {
  it('the scan shows only the last src when it changes twice quickly, and aborts the first fetch', async () => {
    const watch = watchFetch(GO);
    try {
      const el = await fixture<PoolsterScan>(html`<poolster-scan src=${GO} lang="en" draft-key=${`loader-${Date.now()}`}></poolster-scan>`);
      await until(() => watch.requests.some((r) => r.url === GO), 'the first fetch starts');
      el.src = THREE;
      await until(() => el.loadedInstrument !== undefined, 'the second instrument loads');
      await el.updateComplete;
      expect(el.loadedInstrument!.id).to.equal('lumen-three-stage');
      expect(watch.requests.find((r) => r.url === GO)!.signal?.aborted, 'the first fetch was aborted').to.equal(true);

      // The first instrument comes in after all: it is dropped.
      watch.release();
      await until(() => watch.state.heldRead, 'the late response is read');
      await nextTask();
      await el.updateComplete;
      expect(el.loadedInstrument!.id).to.equal('lumen-three-stage');
      expect(el.shadowRoot!.querySelector('.step-heading')!.textContent!.trim()).to.equal(THREE_TITLE);
    } finally {
      watch.release();
      watch.restore();
    }
  });

  it('the report, too, aborts the fetch of a src replaced before it loaded and shows the last one', async () => {
    const watch = watchFetch(GO);
    try {
      const response = await (await fetch(THREE_RESPONSE)).json();
      const el = await fixture<PoolsterReport>(html`<poolster-report src=${GO} lang="en" .response=${response}></poolster-report>`);
      await until(() => watch.requests.some((r) => r.url === GO), 'the first fetch starts');
      el.src = THREE;
      await until(() => el.shadowRoot!.querySelector('.kicker') !== null, 'the report of the second instrument is drawn');
      expect(watch.requests.find((r) => r.url === GO)!.signal?.aborted, 'the first fetch was aborted').to.equal(true);

      watch.release();
      await until(() => watch.state.heldRead, 'the late response is read');
      await nextTask();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.kicker')!.textContent!.trim()).to.equal(THREE_TITLE);
      expect(el.shadowRoot!.querySelector('.message')).to.equal(null);
    } finally {
      watch.release();
      watch.restore();
    }
  });
});
