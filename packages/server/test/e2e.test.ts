/**
 * The whole journey in a real browser (Debian's Chromium through playwright-core): the scan page, a
 * scan filled in and sent through the page, the dashboard, the report and the mail overview, with
 * every Content-Security-Policy violation on every page recorded and required to be none.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/test/browser.js';
import { ensureDropIn, getJson, goResponse, startTestServer, type TestServer } from './helpers.js';
import { nextStep, walkToSend } from './scan-walk.js';
import { browserCookie, member } from './sessions.js';

interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

const CENTRE = 'CLB Oost-Vlaanderen – Aalst';

describe('end to end in Chromium', { timeout: 180_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  const violations: Violation[] = [];
  const problems: string[] = [];
  let responseId = '';
  // Whoever waits for a violation or a console line is woken when one is recorded.
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((w) => w());
  const consoleLines: string[] = [];
  /** Resolves once the condition holds, checked after every recorded violation and console line (the test's timeout bounds it). */
  const until = (condition: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!condition()) return;
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });
  let markers = 0;

  before(async () => {
    ensureDropIn();
    server = await startTestServer();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'nl-BE' });
    // Signed in as a member of the centre (the sign-in itself is tested in sign-in.test.ts).
    await context.addCookies([await browserCookie(server, member(CENTRE))]);
    // Every page reports its policy violations to the test, from before its first script runs.
    await context.exposeBinding('__poolsterViolation', ({ page }, v: Omit<Violation, 'page'>) => {
      violations.push({ page: page.url(), ...v });
      wake();
    });
    await context.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => {
      window.__poolsterViolation({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample || '' });
    }, true);`);
    context.on('console', (message) => {
      consoleLines.push(message.text());
      if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
      wake();
    });
    context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
    context.on('response', (response) => {
      // The one expected refusal: the scan asks for the centre's draft, and there is none yet (404, the protocol's answer).
      const noDraftYet = response.status() === 404 && response.request().method() === 'GET' && new URL(response.url()).pathname.startsWith('/api/drafts/');
      if (response.status() >= 400 && !noDraftYet) problems.push(`${response.status()} for ${response.url()}`);
    });
  });

  after(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const open = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${path}`);
    assert.equal(response?.status(), 200, path);
    return page;
  };

  /**
   * Checks there was no violation so far. Violations are reported as events, after the fact: so the page
   * is made to break the policy once more, on purpose and last (an image from another origin, a unique
   * address), and that marker is awaited, as its report and as its console line. Reports arrive in
   * order, so once the marker is in, every earlier violation and console line has been recorded too.
   */
  const assertClean = async (page: Page) => {
    markers += 1;
    const marker = `http://127.0.0.1:9/poolster-csp-marker-${markers}.png`;
    await page.evaluate((src) => {
      const image = document.createElement('img');
      image.src = src;
      document.body.append(image);
    }, marker);
    await until(() => violations.some((v) => v.blocked === marker) && consoleLines.some((line) => line.includes(marker)));
    const others = violations.filter((v) => v.blocked !== marker);
    assert.deepEqual(others, [], `CSP violations: ${JSON.stringify(others, null, 1)}`);
    assert.deepEqual(problems.filter((problem) => !problem.includes(marker)), []);
    violations.length = 0;
    problems.length = 0;
  };

  it('records policy violations (a control: an inline style is refused and seen)', async () => {
    const page = await open('/');
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<span style="color: red">x</span>'));
    await until(() => violations.some((v) => v.directive.startsWith('style-src')));
    assert.ok(violations.some((v) => v.directive.startsWith('style-src')), JSON.stringify(violations));
    // The marker of assertClean is seen too, and it alone would not pass for a clean page: a control of the control.
    await assert.rejects(assertClean(page), /CSP violations/);
    violations.length = 0;
    problems.length = 0;
    await page.close();
  });

  it('fills in the whole scan through the page and sends it', async () => {
    const page = await open('/');
    const scan = page.locator('poolster-scan');
    await scan.locator('.step-heading').waitFor();

    // Most answers arrive through the element's `value` (as a host would prefill them); the centre's name
    // and one whole building block are answered through the interface.
    const draft = await goResponse({ status: 'draft', skipCentre: true, skipBlock: 'prevention' });
    responseId = draft.id;
    await page.evaluate((value) => {
      (document.querySelector('poolster-scan') as unknown as { value: unknown }).value = value;
    }, draft);

    await scan.locator('[data-field="context/centre-name"]').fill(CENTRE);
    await nextStep(page, scan);

    await walkToSend(page, scan);
    assert.equal((await scan.locator('.step-heading').textContent())?.trim(), 'Verzenden', 'reached the last step');
    await scan.getByRole('button', { name: 'Antwoorden definitief verzenden' }).click();
    await scan.getByRole('heading', { name: 'Scan verstuurd' }).waitFor();

    const stored = await getJson(`${server.url}/api/responses/${responseId}`);
    assert.equal(stored.status, 200, 'the server stored the scan');
    assert.equal(stored.json.status, 'submitted');
    assert.equal(stored.json.context['centre-name'].text, CENTRE);
    assert.deepEqual(stored.json.blocks.prevention, {
      'current-stage': { choice: 'integrated' },
      ambition: { choice: 'evolve-systematic' },
      'deliberate-choice': { choice: 'deliberate' },
      levers: { choices: ['people-culture'] },
      obstacles: { choices: ['none'] },
      subgroups: { choices: ['no'] },
    });
    await assertClean(page);
    await page.close();
  });

  it('shows the scan on the dashboard and opens its report', async () => {
    assert.ok(responseId, 'the scan was sent');
    const page = await open('/dashboard');
    const link = page.getByRole('link', { name: CENTRE });
    await link.waitFor();
    await link.click();
    await page.waitForURL(`**/report/${responseId}`);
    await page.locator('poolster-report h2', { hasText: CENTRE }).waitFor();
    await assertClean(page);

    const overview = page.getByRole('link', { name: 'overzicht (HTML)' });
    await overview.click();
    await page.waitForURL(`**/api/responses/${responseId}/overview.html`);
    assert.ok((await page.textContent('body'))?.includes(CENTRE));
    // The mail's inline styles apply (allowed by hash), nothing is refused.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the overview is styled');
    await assertClean(page);
    await page.close();
  });

  it('compares the stored scans on the dashboard with <poolster-compare>', async () => {
    assert.ok(responseId, 'the scan was sent');
    const page = await open('/dashboard');
    // The drop-in (packages/elements/dist/poolster.js) registers <poolster-compare>.
    await page.waitForFunction(() => customElements.get('poolster-compare') !== undefined);
    await page.locator('poolster-compare').getByText(CENTRE).first().waitFor();
    await assertClean(page);
    // On a full-HD screen the comparison takes the page's width (a matrix of many blocks); the texts keep a readable measure.
    await page.setViewportSize({ width: 1920, height: 1080 });
    const widths = await page.evaluate(() => ({
      compare: document.querySelector('poolster-compare')!.getBoundingClientRect().width,
      text: document.querySelector('#compare-title + p')!.getBoundingClientRect().width,
      page: document.documentElement.scrollWidth,
    }));
    assert.ok(widths.compare >= 1800, `the comparison is ${widths.compare} px wide at 1920 px`);
    assert.ok(widths.text <= 1280, `the lead text is ${widths.text} px wide`);
    assert.ok(widths.page <= 1920, 'no sideways scrolling');
    await page.close();
  });
});
