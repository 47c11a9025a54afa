/**
 * The words the drop-in leaves out of its first path (poolster-words-late-<lang>.js) are there whenever a
 * part draws them: the notice of a restored draft (with the opening of drafts), the presentation mode's
 * toolbar (with its code), the check of all answers and the final page's block pick (with the last steps).
 * No text of theirs is drawn empty, not even for a moment: each part waits for the words before it draws.
 * Needs a build (npm test builds first).
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

/**
 * Records, from the page's first script on, every text of `selector` the page ever shows (within the shadow
 * root of a `host` element when given; open shadow roots included). Given as source, so that the test's
 * compiler adds nothing to it that the page lacks.
 */
async function recordTexts(page: Page, selector: string, host = ''): Promise<void> {
  await page.addInitScript(`(() => {
    const sel = ${JSON.stringify(selector)}, within = ${JSON.stringify(host)};
    const seen = (window.seenTexts = []);
    const look = (root) => {
      const inHost = !within || (root instanceof ShadowRoot && root.host.localName === within);
      if (inHost) for (const el of root.querySelectorAll(sel)) seen.push((el.getAttribute('aria-label') ?? el.textContent ?? '').trim());
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) look(el.shadowRoot);
    };
    const watchRoot = (root) => new MutationObserver(() => look(document)).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    watchRoot(document);
    // Shadow roots are not seen by the document's observer: each new one is watched too.
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      watchRoot(root);
      return root;
    };
  })();`);
}

const seenTexts = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { seenTexts: string[] }).seenTexts);

describe('the drop-in draws the late words with the parts that read them', () => {
  let browser: Browser;
  let server: StaticServer;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poolster-late-words-'));
    writeFileSync(
      join(dir, 'scan.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script type="module" src="/poolster.js"></script></head>
      <body><poolster-scan src="/instrument.json" draft-key="late-words"></poolster-scan></body></html>`,
    );
    server = await serveDropIn(dir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const begin = async (page: Page, centre: string) => {
    const scan = page.locator('poolster-scan');
    await scan.locator('input[data-field="context/centre-name"]').fill(centre);
    await scan.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await scan.getByRole('radio', { name: 'Planmatig (plan)' }).check();
    return scan;
  };

  it('a stored draft: the notice that it is back is worded from the first time it shows', async () => {
    const context = await browser.newContext();
    const first = await context.newPage();
    await first.goto(`${server.url}/scan.html`);
    await begin(first, 'CLB Teruggezet');
    await first.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('poolster:draft:') && (localStorage.getItem(key) ?? '').includes('planned')));
    await first.close();
    const page = await context.newPage();
    const { errors, violations } = await watch(page);
    await recordTexts(page, '[part~="notice"][role="status"]');
    await page.goto(`${server.url}/scan.html`);
    const notice = page.locator('poolster-scan [part~="notice"][role="status"]').filter({ hasText: 'zijn teruggezet' });
    await notice.waitFor();
    assert.match(await notice.innerText(), /^Je antwoorden, bewaard op dit toestel om .+, zijn teruggezet\.$/);
    assert.deepEqual((await seenTexts(page)).filter((text) => text === ''), [], 'a notice drawn empty');
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    await context.close();
  });

  it('the presentation mode: its toolbar and its buttons are worded', async () => {
    const page = await browser.newPage();
    const { errors, violations } = await watch(page);
    await recordTexts(page, '[role="toolbar"]');
    await page.goto(`${server.url}/scan.html`);
    await page.evaluate(() => localStorage.clear());
    const scan = await begin(page, 'CLB Scherm');
    await scan.getByRole('button', { name: 'Presenteren op een gedeeld scherm', exact: true }).click();
    await scan.getByRole('toolbar', { name: 'Presentatie', exact: true }).waitFor();
    await scan.getByRole('button', { name: 'Presentatie verlaten', exact: true }).waitFor();
    const toolbars = await seenTexts(page);
    assert.ok(toolbars.length > 0);
    assert.deepEqual(toolbars.filter((text) => text !== 'Presentatie'), [], 'a toolbar drawn without its name');
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('the final page and the check of all answers: the block pick counts and the check says what to do', async () => {
    const page = await browser.newPage();
    const { errors, violations } = await watch(page);
    await recordTexts(page, '.count', 'poolster-block-pick');
    await page.goto(`${server.url}/scan.html`);
    await page.evaluate(() => localStorage.clear());
    const scan = await begin(page, 'CLB Einde');
    await scan.locator('poolster-progress-nav button[data-step-id="final"]').click();
    await scan.locator('poolster-block-pick .count').first().waitFor();
    assert.match(await scan.locator('poolster-block-pick .count').first().innerText(), /^\d+ van \d+ gekozen$/);
    assert.deepEqual((await seenTexts(page)).filter((text) => !/^\d+ van \d+ gekozen$/.test(text)), [], 'a count drawn without its words');
    await scan.locator('poolster-progress-nav').getByRole('button', { name: 'Verzenden', exact: true }).click();
    await scan.getByText('Controleer elk antwoord. Met "Wijzig" ga je terug naar een vraag.', { exact: true }).waitFor();
    await scan.getByRole('button', { name: 'Antwoorden definitief verzenden', exact: true }).waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    await page.close();
  });
});
