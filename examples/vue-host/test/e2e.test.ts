import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/test/browser.js';
import { completeGoScan, dropInRoutes, GO_INSTRUMENT, holdUntilServed, repo, STRICT_CSP, watch } from '../../../scripts/test/e2e-scan.js';
import { serveStatic } from '../../../scripts/test/static-server.js';

describe('example: a Vue host using the element with properties and events', () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  before(async () => {
    server = await serveStatic(repo('examples/vue-host'), {
      routes: {
        ...dropInRoutes(),
        '/instrument.json': GO_INSTRUMENT,
        '/vue.js': repo('node_modules/vue/dist/vue.runtime.esm-browser.prod.js'),
      },
      headers: { 'Content-Security-Policy': STRICT_CSP },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('passes the instrument as a property, prefills through value, and hears the events, though the drop-in comes after the instrument', async () => {
    const page = await browser.newPage();
    const { violations, errors } = await watch(page);
    // A slow drop-in: its core only once the app has its instrument. Vue sets a DOM property only where the
    // element already has one; rendered before the scan is defined, it would set attributes instead.
    await holdUntilServed(page, 'poolster-core.js', 'instrument.json');
    await page.goto(`${server.url}/index.html`);
    const name = page.locator('poolster-scan input[data-field="context/centre-name"]');
    await name.waitFor();
    await page.waitForFunction(() => (document.querySelector('poolster-scan') as unknown as { value?: { context: Record<string, unknown> } }).value?.context['centre-name']);
    assert.equal(await name.inputValue(), 'CLB Hasselt');
    await completeGoScan(page, 'CLB Hasselt');
    await page.getByText(/^Verzonden met id [0-9a-f-]{36}\.$/).waitFor();
    assert.match((await page.locator('.step').textContent()) ?? '', /^Stap: /);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
