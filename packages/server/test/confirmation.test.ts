/**
 * After sending, in Chromium (playwright-core): a centre member sends the GO! scan on the server, reads the
 * confirmation (its panel, a short reference, what happens next as the GO! content says it) and follows
 * the link to the scan's report page on this server.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/test/browser.js';
import { DEMO_DOMAIN, demoLinks, seedDemo } from '../src/demo.js';
import { ensureDropIn, goResponse, startTestServer, type TestServer } from './helpers.js';
import { walkToSend } from './scan-walk.js';

const MEMBER = `antwerpen@${DEMO_DOMAIN}`;
const CENTRE = 'CLB Antwerpen';

describe('the confirmation after sending leads to the report', { timeout: 600_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let memberLink = '';

  before(async () => {
    ensureDropIn();
    server = await startTestServer({ notice: () => undefined });
    assert.equal(await seedDemo(server.store), true, 'the demo network is registered');
    for (const line of await demoLinks(server.store, server.signIn, server.url)) {
      const match = /<([^>]+)> \(.*\): (\S+)$/.exec(line);
      if (match?.[1] === MEMBER) memberLink = match[2]!;
    }
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('a centre member sends the scan, reads the reference and what happens next, and opens the report of this scan', async () => {
    assert.ok(memberLink, 'a sign-in link for the centre member');
    const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 800 } });
    const pageErrors: string[] = [];
    context.on('weberror', (error) => pageErrors.push(error.error().message));
    const page = await context.newPage();
    await page.goto(memberLink);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

    const scan = page.locator('poolster-scan');
    await scan.locator('.step-heading').waitFor();
    const draft = await goResponse({ status: 'draft', centre: CENTRE });
    await page.evaluate((value) => {
      (document.querySelector('poolster-scan') as unknown as { value: unknown }).value = value;
    }, draft);
    await walkToSend(page, scan);
    await scan.getByRole('button', { name: 'Antwoorden definitief verzenden' }).click();

    const heading = scan.getByRole('heading', { name: 'Scan verstuurd' });
    await heading.waitFor();
    assert.equal(await heading.evaluate((h) => (h.getRootNode() as ShadowRoot).activeElement === h), true, 'focus is on the panel’s heading');
    const reference = (await scan.locator('.reference strong').textContent())?.trim();
    assert.equal(reference, `${draft.id.slice(0, 4)}-${draft.id.slice(4, 8)}`.toUpperCase(), 'the short reference is the scan’s id');
    const text = (await scan.locator('.scan').textContent()) ?? '';
    assert.ok(text.includes('Wat gebeurt er nu?'));
    assert.ok(text.includes('De directeur van het centrum krijgt een overzicht van de antwoorden per mail.'), 'what happens next, as the GO! content says it');
    assert.equal(await scan.getByRole('button', { name: 'Tussentijdse versie downloaden' }).count(), 0, 'no draft to download once sent');

    await scan.getByRole('link', { name: 'Het rapport bekijken' }).click();
    await page.waitForURL(`**/report/${draft.id}`);
    await page.locator('poolster-report h2', { hasText: CENTRE }).waitFor();
    assert.deepEqual(pageErrors, [], 'no page broke on the way');
    await context.close();
  });
});
