import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/test/browser.js';
import { completeGoScan, dropInRoutes, GO_INSTRUMENT, repo, STRICT_CSP, watch } from '../../../scripts/test/e2e-scan.js';
import { serveStatic } from '../../../scripts/test/static-server.js';

describe('example: a portal article with a strict Content-Security-Policy', () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  before(async () => {
    server = await serveStatic(repo('examples/cms-page'), {
      routes: { ...dropInRoutes(), '/instrument.json': GO_INSTRUMENT },
      headers: { 'Content-Security-Policy': STRICT_CSP },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is themed by the portal, answered and sent, with zero CSP violations', async () => {
    const page = await browser.newPage();
    const { violations, errors } = await watch(page);
    const response = await page.goto(`${server.url}/index.html`);
    assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
    await page.locator('poolster-scan .step-heading').waitFor();
    const accent = await page.locator('poolster-scan').evaluate((el) => getComputedStyle(el).getPropertyValue('--poolster-color-accent').trim());
    assert.equal(accent, '#00857c');
    const primary = page.locator('poolster-scan .actions .primary');
    assert.equal(await primary.evaluate((b) => getComputedStyle(b).textTransform), 'uppercase', 'the ::part(button primary) rule applies');
    await completeGoScan(page, 'CLB Portaal');
    // The whole journey, the report-like overview included, broke no rule of the policy.
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
