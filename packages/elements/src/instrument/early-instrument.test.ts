import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { PoolsterScan } from '../scan/scan.js';
import { adoptEarlyFetches } from './early-instrument.js';
import { until } from '../shared/wait.test-helpers.js';

const GO = '/content/go-clb/instrument.json';
const THREE = '/packages/schema/test/fixtures/three-stages.instrument.json';
const THREE_TITLE = 'Lumen network self-check (test fixture)';

/** Counts the element's own requests (the early one is made before the counting starts, as poolster.js makes it before the core). */
function countFetches() {
  const realFetch = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(new URL(input instanceof Request ? input.url : String(input), location.href).pathname);
    return realFetch(input, init);
  };
  return { urls, restore: () => (window.fetch = realFetch) };
}

function early(src: string) {
  const abort = new AbortController();
  const response = fetch(src, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: abort.signal });
  response.catch(() => undefined);
  adoptEarlyFetches(new Map([[new URL(src, document.baseURI).href, { response, abort }]]));
  return abort;
}

describe('an instrument requested before the core (instrument/early-instrument.ts, drop-in/prefetch.ts)', () => {
  it('the scan takes the early request over instead of fetching its src again', async () => {
    early(GO);
    const fetches = countFetches();
    try {
      const el = await fixture<PoolsterScan>(html`<poolster-scan src=${GO} lang="en" draft-key=${`early-${Date.now()}`}></poolster-scan>`);
      await until(() => el.shadowRoot?.querySelector('.scan-title') !== null, 'the scan did not draw its instrument');
      expect(fetches.urls.filter((url) => url === GO)).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('a changed src aborts the early request the scan took over, and the new src is drawn', async () => {
    const next = early(THREE);
    const taken = early(GO);
    const el = await fixture<PoolsterScan>(html`<poolster-scan src=${GO} lang="en" draft-key=${`early-${Date.now()}`}></poolster-scan>`);
    el.src = THREE;
    await until(() => el.shadowRoot?.querySelector('.scan-title')?.textContent?.includes(THREE_TITLE), 'the scan did not draw the second instrument');
    expect(taken.signal.aborted).to.equal(true);
    expect(next.signal.aborted).to.equal(false);
  });
});
