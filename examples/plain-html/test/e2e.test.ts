import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/test/browser.js';
import { completeGoScan, dropInRoutes, GO_INSTRUMENT, repo, watch } from '../../../scripts/test/e2e-scan.js';
import { serveStatic } from '../../../scripts/test/static-server.js';

describe('example: plain HTML (one script tag, the GO! scan)', () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  before(async () => {
    server = await serveStatic(repo('examples/plain-html'), { routes: { ...dropInRoutes(), '/instrument.json': GO_INSTRUMENT } });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads, is answered by mouse and keyboard, and sends', async () => {
    const page = await browser.newPage();
    const { errors } = await watch(page);
    await page.goto(`${server.url}/index.html`);
    await completeGoScan(page, 'CLB Plain');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('lets the page handle the answers through poolster-submit', async () => {
    const page = await browser.newPage();
    const { errors } = await watch(page);
    await page.goto(`${server.url}/listen.html`);
    await completeGoScan(page, 'CLB Luisteraar');
    await page.locator('#status').getByText('De scan is afgesloten.').waitFor();
    const response = await page.evaluate(() => (window as unknown as { lastResponse: { status: string; context: Record<string, { text?: string }> } }).lastResponse);
    assert.equal(response.status, 'submitted');
    assert.equal(response.context['centre-name']?.text, 'CLB Luisteraar');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
