/**
 * The navigation beside a wide scan stays in view (sticky) while the page scrolls. The browser paints only
 * the part of a box near the screen; for a sticky box that part moves with every scroll of the page, and an
 * unclipped navigation was painted again whenever anything else on the page was, once the page had scrolled:
 * on most answers, a few hundred microseconds of the main thread for nothing (issue 18). Clipped to its box
 * (scan.styles.ts), it is painted again only when it changes. Read from a Chrome trace: the paint events of
 * the navigation's layer. Needs a build (npm test builds first).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../../scripts/test/browser.js';
import { serveDropIn, watch } from '../../../../scripts/test/e2e-scan.js';
import type { StaticServer } from '../../../../scripts/test/static-server.js';
import { startTrace } from '../../../../scripts/test/trace.js';

/** Runs `act` under a trace and tells how many times the browser painted each kind of layer, by its element. */
async function paintsDuring(page: Page, act: () => Promise<void>): Promise<Map<string, number>> {
  const trace = await startTrace(page, ['devtools.timeline']);
  await act();
  const events = await trace.stop();
  await trace.cdp.detach();
  const paints = new Map<string, number>();
  for (const event of events) {
    if (event.name !== 'Paint' || event.ph !== 'X') continue;
    const layer = (event.args?.data?.nodeName ?? '').split(' ')[0]!;
    paints.set(layer, (paints.get(layer) ?? 0) + 1);
  }
  return paints;
}

/** Waits until the browser has drawn two more frames. */
async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Scrolls the page to `y` and waits until frames have been drawn there. */
async function scrollTo(page: Page, y: number): Promise<void> {
  await page.evaluate((top) => window.scrollTo(0, top), y);
  await frames(page);
}

describe('the sticky navigation beside a wide scan', () => {
  let browser: Browser;
  let server: StaticServer;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poolster-nav-repaint-'));
    writeFileSync(
      join(dir, 'scan.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script type="module" src="/poolster.js"></script></head>
      <body><poolster-scan src="/instrument.json"></poolster-scan></body></html>`,
    );
    server = await serveDropIn(dir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is painted again when one of its steps changes, not when the page has scrolled and something else changes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const { errors } = await watch(page);
    await page.goto(`${server.url}/scan.html`);
    const scan = page.locator('poolster-scan');
    await scan.locator('input[data-field="context/centre-name"]').fill('CLB Test');
    await scan.getByRole('button', { name: 'Beginnen', exact: true }).click();
    const stage = scan.getByRole('radio', { name: 'Planmatig (plan)' });
    await stage.waitFor();
    const nav = scan.locator('poolster-progress-nav');
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(pageHeight > 2 * 720, `block 1 is more than two screens high (${pageHeight} px)`);
    // The pointer in the empty margin, so that no box under it changes its hover look as the page moves.
    await page.mouse.move(1275, 715);

    // The count can see it: placing the block changes its step's state in the navigation, which is painted.
    const placing = await paintsDuring(page, async () => {
      await stage.check();
      await nav.locator('.state[data-state="incomplete"]').first().waitFor({ state: 'attached' });
      await frames(page);
    });
    assert.ok((placing.get('POOLSTER-PROGRESS-NAV') ?? 0) >= 1, `not painted when a step changed: ${JSON.stringify([...placing])}`);

    // Scrolled, then a lever ticked or unticked: its question is painted again, the block's state stays
    // "incomplete", and the navigation, which did not change, is not painted again.
    const lever = scan.locator('[data-field$="/levers"] input[type="checkbox"]').first();
    const elsewhere = await paintsDuring(page, async () => {
      for (const y of [600, 1200, 1800, 2400, 300, 0]) {
        await scrollTo(page, y);
        await lever.evaluate((input) => (input as HTMLInputElement).click());
        await frames(page);
      }
    });
    assert.ok((elsewhere.get('DIV') ?? 0) >= 6, `the question was not painted on each change: ${JSON.stringify([...elsewhere])}`);
    assert.equal(elsewhere.get('POOLSTER-PROGRESS-NAV') ?? 0, 0, `painted again unchanged: ${JSON.stringify([...elsewhere])}`);
    // Still in view at the top of the screen, wherever the page is.
    await scrollTo(page, 1800);
    assert.equal(Math.round((await nav.boundingBox())!.y), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
