/**
 * The drop-in loads what a scan page does not draw on first use: one script tag (poolster.js) under a
 * strict CSP, the scan drawn from poolster.js and the core it imports, the final page's elements
 * (poolster-later.js) fetched once the first block is on screen, and the report's and the comparison's
 * files fetched (from beside poolster.js) only when such an element appears in the page.
 * Needs a build (npm test builds first).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../../scripts/test/browser.js';
import { goInstrument, holdUntilServed, prefillAllButFirstBlock, serveDropIn, watch } from '../../../../scripts/test/e2e-scan.js';
import type { StaticServer } from '../../../../scripts/test/static-server.js';

const LAZY_FILES = ['/poolster-report.js', '/poolster-compare.js', '/poolster-shared-rows.js', '/poolster-checks.js'];
// A Dutch page downloads the Dutch words and no other language's.
const FIRST_FILES = ['/poolster-core.js', '/poolster-words-nl.js', '/poolster.js'];

/** The paths of the scripts the page asks for, in order. */
function scriptsRequested(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js')) paths.push(`${url.pathname}${url.search}`);
  });
  return paths;
}

describe('the drop-in loads the report and the comparison on first use', () => {
  let browser: Browser;
  let server: StaticServer;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poolster-lazy-'));
    const page = (script: string, tag: string) =>
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script type="module" src="${script}"></script></head>
      <body><${tag} src="/instrument.json" draft-key="lazy"></${tag}></body></html>`;
    writeFileSync(join(dir, 'scan.html'), page('/poolster.js', 'poolster-scan'));
    writeFileSync(join(dir, 'acme.html'), page('/poolster.js?prefix=acme', 'acme-scan'));
    // A host's own language, registered from a script beside the page (the strict CSP allows no inline script).
    writeFileSync(join(dir, 'german.js'), "import { registerLanguage } from '/poolster.js';\nregisterLanguage('de', { scan: { start: 'Los geht’s' } });\n");
    writeFileSync(join(dir, 'german.html'), page('/german.js', 'poolster-scan').replace('lang="nl"', 'lang="de"'));
    writeFileSync(join(dir, 'response.json'), JSON.stringify(prefillAllButFirstBlock(goInstrument())));
    server = await serveDropIn(dir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the scan without the report’s or the comparison’s files; a <poolster-report> added later loads its file and renders', async () => {
    const page = await browser.newPage();
    const { errors, violations } = await watch(page);
    const scripts = scriptsRequested(page);
    await page.goto(`${server.url}/scan.html`);
    await page.locator('poolster-scan .step-heading').waitFor();
    // The scan's own parts are defined at once; the report and the comparison are not, nor asked for.
    const before = await page.evaluate(() => ['scan', 'stage-picker', 'progress-nav', 'report', 'compare'].map((name) => customElements.get(`poolster-${name}`) !== undefined));
    assert.deepEqual(before, [true, true, true, false, false]);
    await page.locator('poolster-scan input[data-field="context/centre-name"]').fill('CLB Lui');
    // Up to the first block, nothing but the entry, the core and the page's words (the final page's file is asked for once a block is drawn).
    assert.deepEqual([...scripts].sort(), FIRST_FILES);
    await page.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await page.getByRole('radio', { name: 'Planmatig (plan)' }).waitFor();
    await page.evaluate(() => customElements.whenDefined('poolster-block-ranking'));
    assert.ok(scripts.includes('/poolster-later.js'), scripts.join(', '));
    for (const file of ['/poolster-report.js', '/poolster-compare.js', '/poolster-checks.js']) assert.equal(scripts.includes(file), false, `${file}: ${scripts.join(', ')}`);

    await page.evaluate(() => {
      const report = document.createElement('poolster-report');
      report.setAttribute('src', '/instrument.json');
      report.setAttribute('response-src', '/response.json');
      document.body.append(report);
    });
    await page.locator('poolster-report .summary svg.stage-chart').waitFor();
    assert.ok(scripts.includes('/poolster-report.js'), scripts.join(', '));
    assert.equal(scripts.includes('/poolster-compare.js'), false, 'the comparison was loaded for a report');

    // A comparison in markup the page adds later (as a CMS would) is defined as well.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<section><poolster-compare lang="nl"></poolster-compare></section>'));
    await page.evaluate(() => customElements.whenDefined('poolster-compare'));
    assert.ok(await page.evaluate(() => document.querySelector('poolster-compare')!.shadowRoot !== null), 'the comparison did not upgrade');
    for (const file of LAZY_FILES.slice(0, 2)) assert.equal(scripts.filter((path) => path === file).length, 1, `${file} once: ${scripts.join(', ')}`);
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('loads only the page language’s words, beside the instrument; should they fail, the scan shows English rather than break', async () => {
    for (const fails of [false, true]) {
      const page = await browser.newPage();
      const { errors, violations } = await watch(page);
      const scripts = scriptsRequested(page);
      if (fails) await page.route('**/poolster-words-nl.js', (route) => route.abort('connectionfailed'));
      await page.goto(`${server.url}/scan.html`);
      await page.locator('poolster-scan .step-heading').waitFor();
      const start = fails ? 'Start' : 'Beginnen';
      await page.locator('poolster-scan').getByRole('button', { name: start, exact: true }).waitFor();
      const words = scripts.filter((path) => path.startsWith('/poolster-words-')).sort();
      assert.deepEqual(words, fails ? ['/poolster-words-en.js', '/poolster-words-nl.js'] : ['/poolster-words-nl.js']);
      assert.deepEqual(errors, []);
      assert.deepEqual(await violations(), []);
      await page.close();
    }
  });

  it('words that arrive after the instrument: a draft on the device is restored with its notice, nothing thrown', async () => {
    const page = await browser.newPage();
    const { errors } = await watch(page);
    // A first visit leaves a draft on the device.
    await page.goto(`${server.url}/scan.html`);
    await page.locator('poolster-scan input[data-field="context/centre-name"]').fill('CLB Traag');
    await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('CLB Traag')));
    // The next visit: the words are held back until the instrument has been received (a busy device can see this order).
    await holdUntilServed(page, 'poolster-words-nl.js', 'instrument.json');
    await page.reload();
    await page.locator('poolster-scan .notice').getByText(/zijn teruggezet/).waitFor();
    assert.equal(await page.locator('poolster-scan input[data-field="context/centre-name"]').inputValue(), 'CLB Traag');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('speaks a language the host registers from poolster.js, English where it has no words', async () => {
    const page = await browser.newPage();
    const { errors, violations } = await watch(page);
    const scripts = scriptsRequested(page);
    await page.goto(`${server.url}/german.html`);
    const scan = page.locator('poolster-scan');
    await scan.getByRole('button', { name: 'Los geht’s', exact: true }).waitFor();
    assert.equal(await scan.getByRole('button', { name: 'Beginnen', exact: true }).count(), 0);
    assert.deepEqual(scripts.filter((path) => path.startsWith('/poolster-words-')), ['/poolster-words-en.js']);
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('keeps ?prefix= for the elements it defines later: <acme-report> loads and renders its own children', async () => {
    const page = await browser.newPage();
    const { errors, violations } = await watch(page);
    const scripts = scriptsRequested(page);
    await page.goto(`${server.url}/acme.html`);
    await page.locator('acme-scan .step-heading').waitFor();
    assert.equal(scripts.some((path) => LAZY_FILES.includes(path)), false, scripts.join(', '));
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<acme-report src="/instrument.json" response-src="/response.json"></acme-report>'));
    await page.locator('acme-report .summary svg.stage-chart').waitFor();
    const defined = await page.evaluate(() => ({
      acme: customElements.get('acme-report') !== undefined,
      poolster: ['poolster-scan', 'poolster-report'].some((tag) => customElements.get(tag) !== undefined),
      // Not a second copy: the report's file uses the one core (one Lit, one prefix) that drew the scan.
      oneCore: performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === '/poolster-core.js').length,
    }));
    assert.deepEqual(defined, { acme: true, poolster: false, oneCore: 1 });
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('fetches the final page’s elements once the first block is drawn: the final page works; should that file fail, it says so and keeps the answers', async () => {
    for (const fails of [false, true]) {
      const page = await browser.newPage();
      const { errors, violations } = await watch(page);
      const scripts = scriptsRequested(page);
      await page.addInitScript(() => localStorage.clear());
      if (fails) await page.route('**/poolster-later.js', (route) => route.abort('connectionfailed'));
      await page.goto(`${server.url}/scan.html`);
      const scan = page.locator('poolster-scan');
      await scan.locator('input[data-field="context/centre-name"]').fill(fails ? 'CLB Offline' : 'CLB Online');
      await scan.getByRole('button', { name: 'Beginnen', exact: true }).click();
      await scan.getByRole('radio', { name: 'Planmatig (plan)' }).check();
      if (fails) {
        await scan.getByRole('alert').filter({ hasText: 'Een deel van de scan kon niet geladen worden' }).waitFor();
        // The answers stay: in the scan and on the device (saved after the autosave's short calm).
        await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('poolster:draft:') && (localStorage.getItem(key) ?? '').includes('planned')));
        const kept = await page.evaluate(() => {
          const el = document.querySelector('poolster-scan') as unknown as { value: { context: Record<string, { text?: string }>; blocks: Record<string, Record<string, { choice?: string }>> } };
          const stored = Object.keys(localStorage).filter((key) => key.startsWith('poolster:draft:')).map((key) => localStorage.getItem(key) ?? '');
          return { centre: el.value.context['centre-name']?.text, stage: Object.values(el.value.blocks)[0]?.['current-stage']?.choice, stored: stored.some((text) => text.includes('CLB Offline')) };
        });
        assert.deepEqual(kept, { centre: 'CLB Offline', stage: 'planned', stored: true });
        assert.equal(await page.evaluate(() => customElements.get('poolster-block-ranking')), undefined);
      } else {
        await page.evaluate(() => customElements.whenDefined('poolster-block-ranking'));
        await scan.locator('poolster-progress-nav').getByRole('button', { name: 'Over alle bouwstenen heen' }).click();
        // The priorities' control is drawn by the late file, with one button per block.
        await scan.getByRole('button', { name: /^Toevoegen als Prioriteit 1: / }).first().click();
        await scan.getByRole('button', { name: /^Toevoegen als Prioriteit 2: / }).first().waitFor();
        assert.equal(scripts.filter((path) => path === '/poolster-later.js').length, 1, scripts.join(', '));
      }
      assert.deepEqual(errors, []);
      assert.deepEqual(await violations(), []);
      await page.evaluate(() => localStorage.clear());
      await page.close();
    }
  });
});
