/**
 * `poolster preview` in Chromium (Debian's, through playwright-core): the scan, the report and the
 * comparison drawn by the installed drop-in, the page reloading into the list of problems when a block
 * file breaks and back into the scan when it is fixed; axe on the page's own parts in both states. Every
 * request must go to the preview's own address, and no Content-Security-Policy violation may happen.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../../scripts/test/browser.js';
import { runCli } from '../../src/cli/main.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { installedDropIn } from '../../src/cli/preview/drop-in.js';
import { startPreview, type RunningPreview } from '../../src/cli/preview/server.js';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
}

/** axe on the preview's own markup; the elements inside it have their own axe tests in @poolster/elements. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(context: unknown): Promise<unknown> } }).axe.run({
      exclude: [['poolster-scan'], ['poolster-report'], ['poolster-compare']],
    }),
  )) as AxeResult;
  return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

describe('poolster preview in Chromium', { timeout: 180_000 }, () => {
  let temp: string;
  let folder: string;
  let preview: RunningPreview;
  let browser: Browser;
  let page: Page;
  const elsewhere: string[] = [];
  const violations: string[] = [];

  before(async () => {
    const dropIn = installedDropIn();
    assert.ok(dropIn, 'the drop-in is built (npx rollup -c rollup.config.mjs) and @poolster/elements resolves from @poolster/schema');
    temp = await mkdtemp(join(tmpdir(), 'poolster-preview-browser-'));
    folder = join(temp, 'scan');
    const io = nodeIo({ out: () => {}, err: () => {} }, false);
    assert.equal(await runCli(['init', folder, '--yes'], io), 0);
    preview = await startPreview(io, { target: folder, lang: 'en', port: 0, dropIn });
    browser = await launchChromium();
    const context = await browser.newContext();
    await context.exposeBinding('__previewViolation', (_source, text: string) => void violations.push(text));
    await context.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => window.__previewViolation(e.violatedDirective + ' ' + e.blockedURI));`);
    page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(preview.url)) elsewhere.push(request.url());
    });
  });

  after(async () => {
    await browser?.close();
    await preview?.close();
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  it('shows the scan with the first building block, the report and the comparison, each from the menu', async () => {
    await page.goto(preview.url);
    await page.locator('poolster-scan').getByText('TODO: the title of building block 1').filter({ visible: true }).first().waitFor();
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('navigation', { name: 'Preview' }).getByRole('link', { name: 'Report' }).click();
    await page.locator('poolster-report').getByText('TODO: the title of building block 1').first().waitFor();
    assert.equal(await page.getByRole('link', { name: 'Report' }).getAttribute('aria-current'), 'page');
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('link', { name: 'Comparison' }).click();
    await page.locator('poolster-compare').getByText('Centrum 1').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
  });

  it('reloads into the list of problems when a block file breaks, and back into the scan once it is fixed', async () => {
    await page.goto(preview.url);
    await page.locator('poolster-scan').getByText('TODO: the title of building block 1').filter({ visible: true }).first().waitFor();
    const blockFile = join(folder, 'blocks/block-2.json');
    const text = await readFile(blockFile, 'utf8');
    // The page reloads on the server's event: waiting for the list is waiting for that event's effect.
    await writeFile(blockFile, text.replace('"id": "block-2"', '"id": 7'));
    const problems = page.getByRole('region', { name: 'The instrument is not valid: 1 problem' });
    await problems.waitFor();
    assert.equal((await problems.getByRole('listitem').allTextContents()).join('|'), 'blocks/block-2.json:3:9 id: Found number 7; expected string. A valid example is clusters[0].blocks[0].id: "block-1".');
    assert.equal(await page.locator('poolster-scan').count(), 0);
    assert.deepEqual(await axeViolations(page), []);

    await writeFile(blockFile, text);
    await page.locator('poolster-scan').getByText('TODO: the title of building block 1').filter({ visible: true }).first().waitFor();
    // Valid again: no problem is listed, only the texts init marked TODO, as warnings below the scan.
    assert.equal(await page.locator('main > section.issues.errors').count(), 0);
    assert.match((await page.locator('main > section.issues.warnings h2').textContent()) ?? '', /^\d+ warnings$/);
  });

  it('asked nothing of any other host and broke no Content-Security-Policy rule', () => {
    assert.deepEqual(elsewhere, []);
    assert.deepEqual(violations, []);
  });
});
