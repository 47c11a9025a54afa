import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../../scripts/test/browser.js';
import { dropInFiles, serveDropIn, watch } from '../../../../scripts/test/e2e-scan.js';
import type { StaticServer } from '../../../../scripts/test/static-server.js';

/**
 * Portals collect scripts from many teams: two copies (or versions) of the drop-in can end up on one
 * page. Each URL is its own module instance, as a second version would be.
 */
describe('two copies of the drop-in on one page', () => {
  let browser: Browser;
  let server: StaticServer;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poolster-two-copies-'));
    // A "newer version": the same code with other bytes, so it cannot be mistaken for the first copy, in a
    // folder of its own with the files beside it (poolster.js imports its core from beside itself).
    mkdirSync(join(dir, 'v2'));
    for (const file of dropInFiles()) writeFileSync(join(dir, 'v2', basename(file)), `${readFileSync(file, 'utf8')}\n// version 2\n`);
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8">
      <script type="module" src="/poolster.js"></script>
      <script type="module" src="/v2/poolster.js?prefix=v2"></script>
      <script type="module" src="/v2/poolster.js"></script>
      </head><body>
      <poolster-scan src="/instrument.json" draft-key="one"></poolster-scan>
      <v2-scan src="/instrument.json" draft-key="two"></v2-scan>
      </body></html>`,
    );
    server = await serveDropIn(dir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('throw nothing; a copy loaded with ?prefix=v2 registers <v2-*> and renders its own children', async () => {
    const page = await browser.newPage();
    const { errors, violations } = await watch(page);
    await page.goto(`${server.url}/index.html`);
    await page.locator('v2-scan .step-heading').waitFor();
    await page.locator('poolster-scan .step-heading').waitFor();
    const classes = await page.evaluate(() => ({
      same: customElements.get('poolster-scan') === customElements.get('v2-scan'),
      // (v2-compare is defined on first use: lazy-drop-in.test.ts.)
      v2: ['v2-scan', 'v2-stage-picker', 'v2-progress-nav', 'v2-error-summary'].every((t) => customElements.get(t) !== undefined),
    }));
    assert.deepEqual(classes, { same: false, v2: true });

    const v2 = page.locator('v2-scan');
    await v2.locator('input[data-field="context/centre-name"]').fill('CLB Twee');
    await v2.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await v2.getByRole('radio', { name: 'Geïntegreerd (plan + do)' }).check();
    const children = await page.evaluate(() => {
      const root = document.querySelector('v2-scan')!.shadowRoot!;
      return { own: root.querySelectorAll('v2-stage-picker, v2-progress-nav, v2-choice-group').length, other: root.querySelectorAll('poolster-stage-picker, poolster-progress-nav').length };
    });
    assert.ok(children.own >= 3, JSON.stringify(children));
    assert.equal(children.other, 0);
    // (No helper functions inside page.evaluate: the test's compiler would name them with a helper the page lacks.)
    const answers = await page.evaluate(() => ({
      v2: (document.querySelector('v2-scan') as unknown as { value: { blocks: unknown } }).value.blocks,
      first: (document.querySelector('poolster-scan') as unknown as { value: { blocks: unknown } }).value.blocks,
    }));
    assert.deepEqual(answers, { v2: { 'student-advocate': { 'current-stage': { choice: 'integrated' } } }, first: {} });
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  // Each entry imports its core asynchronously, and the browser finishes those imports in an order of its own:
  // the tags must still decide in the document's order (drop-in/entry-order.ts), load after load. Every other
  // load holds the first copy's core back until the second's has arrived, as a slower file or server would.
  it('the first script tag decides, whichever core arrives first', async () => {
    const outcomes = new Set<string>();
    for (let load = 0; load < 16; load++) {
      const page = await browser.newPage();
      const { errors } = await watch(page);
      if (load % 2 === 1) {
        const secondCore = page.waitForResponse((r) => r.url().endsWith('/v2/poolster-core.js'));
        await page.route('**/poolster-core.js', async (route) => {
          if (new URL(route.request().url()).pathname === '/poolster-core.js') await secondCore;
          await route.continue();
        });
      }
      await page.goto(`${server.url}/index.html`);
      const entries = ['/poolster.js', '/v2/poolster.js?prefix=v2', '/v2/poolster.js'] as const;
      const outcome = await page.evaluate(async ([one, two, three]) => {
        // Each entry's module settles once its turn has registered (or declined to register) its elements.
        const [first, second] = await Promise.all([import(one), import(two), import(three)]);
        return JSON.stringify({
          poolster: customElements.get('poolster-scan') === first.PoolsterScan,
          v2: customElements.get('v2-scan') === second.PoolsterScan,
        });
      }, entries);
      outcomes.add(outcome);
      assert.deepEqual(errors, []);
      await page.close();
    }
    assert.deepEqual([...outcomes], [JSON.stringify({ poolster: true, v2: true })]);
  });
});
