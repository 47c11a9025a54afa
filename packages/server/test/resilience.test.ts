import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/test/browser.js';
import { allSummaries, ensureDropIn, goResponse, startTestServer, type TestServer } from './helpers.js';
import { browserCookie, member } from './sessions.js';

/**
 * What goes wrong on real networks and real machines, against the real server in Chromium: the team is
 * always told, nothing they answered is lost, and the server stores each scan at most once.
 */
describe('server: failing networks, slow servers, impatient clicks, killed tabs', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    ensureDropIn();
    server = await startTestServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** Opens the scan with every answer but the priorities' last click done, on the confirmation step. */
  async function readyToSend(page: Page, centre: string): Promise<string> {
    await page.goto(`${server.url}/`);
    await page.locator('poolster-scan .step-heading').waitFor();
    const draft = await goResponse({ centre, status: 'draft' });
    await page.evaluate((value) => {
      (document.querySelector('poolster-scan') as unknown as { value: unknown }).value = value;
    }, draft);
    await page.locator('poolster-scan poolster-progress-nav').getByRole('button', { name: 'Verzenden' }).click();
    await page.locator('poolster-scan').getByRole('heading', { name: 'Verzenden' }).waitFor();
    // The step's own part (the check of all answers and the button that sends) arrives after its heading.
    await page.locator('poolster-scan .actions .primary').waitFor();
    return draft.id;
  }

  const stored = () => allSummaries(server.url);
  /** A browser context signed in as a member of a centre (the sign-in itself is tested in sign-in.test.ts). */
  const signedInContext = async () => {
    // The pages and the scan follow the browser's language; these steps read the Dutch words.
    const context = await browser.newContext({ locale: 'nl-BE' });
    await context.addCookies([await browserCookie(server, member('CLB Test'))]);
    return context;
  };
  const sendButton = (page: Page) => page.locator('poolster-scan .actions .primary');

  it('offline mid-submit: the team is told, the draft stays, and sending again once online stores it once', async () => {
    const context = await signedInContext();
    const page = await context.newPage();
    const id = await readyToSend(page, 'CLB Offline');
    await context.setOffline(true);
    await sendButton(page).click();
    await page.locator('poolster-scan .notice.problem').getByText(/je bent offline|de server is niet bereikbaar/).waitFor();
    await page.waitForFunction(
      (responseId) => Object.entries(localStorage).some(([k, v]) => k.startsWith('poolster:draft:') && v.includes(responseId)),
      id,
    );
    await context.setOffline(false);
    await page.locator('poolster-scan').getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.locator('poolster-scan').getByRole('heading', { name: 'Scan verstuurd' }).waitFor();
    assert.equal((await stored()).filter((r) => r.id === id).length, 1);
    await context.close();
  });

  it('a server error, then a very slow server and a triple click: one request, one stored scan', async () => {
    const context = await signedInContext();
    const page = await context.newPage();
    const id = await readyToSend(page, 'CLB Geduld');
    let posts = 0;
    // A very slow server: the second send is held until the test has clicked three times, however long that takes.
    let answer!: () => void;
    const clicksDone = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/api/responses', async (route) => {
      posts += 1;
      if (posts === 1) return route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"boom"}' });
      await clicksDone;
      return route.continue();
    });
    await sendButton(page).click();
    await page.locator('poolster-scan .notice.problem').getByText('code 500').waitFor();
    await sendButton(page).click();
    await sendButton(page).click({ force: true });
    await sendButton(page).click({ force: true });
    answer();
    await page.locator('poolster-scan').getByRole('heading', { name: 'Scan verstuurd' }).waitFor();
    assert.equal(posts, 2, 'the failed send, then one send for three clicks');
    assert.equal((await stored()).filter((r) => r.id === id).length, 1);
    await context.close();
  });

  it('a tab killed half-way: what was answered a second before is on the device, and back in the next tab', async () => {
    const context = await signedInContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const scan = page.locator('poolster-scan');
    await scan.locator('input[data-field="context/centre-name"]').fill('CLB Crash');
    await scan.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await scan.getByRole('radio', { name: 'Systematisch (plan + do + check + act)' }).check();
    // Read the device's storage BEFORE the tab goes: a killed tab gets no pagehide, so the answers must
    // already be there (the flush on leaving is only a second line of defence). The autosave writes
    // shortly after the answer: wait until the draft holds it.
    await page.waitForFunction(() =>
      Object.entries(localStorage).some(([k, v]) => k.startsWith('poolster:draft:') && v.includes('"current-stage":{"choice":"systematic"}')),
    );
    const saved = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('poolster:draft:'))?.[1] ?? '');
    assert.match(saved, /"current-stage":\{"choice":"systematic"\}/);
    assert.match(saved, /CLB Crash/);
    await page.close({ runBeforeUnload: false });
    const next = await context.newPage();
    await next.goto(`${server.url}/`);
    await next.locator('poolster-scan .notice').getByText(/zijn teruggezet/).waitFor();
    const value = await next.evaluate(() => (document.querySelector('poolster-scan') as unknown as { value: { context: unknown; blocks: unknown } }).value);
    assert.deepEqual(value.context, { 'centre-name': { text: 'CLB Crash' } });
    assert.deepEqual(value.blocks, { 'student-advocate': { 'current-stage': { choice: 'systematic' } } });
    await context.close();
  });
});
