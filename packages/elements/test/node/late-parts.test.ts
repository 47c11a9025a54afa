/**
 * The scan's parts that a page may never need, loaded from beside poolster.js only when needed (#18): the
 * last steps (poolster-end-views.js, at idle after the first block), the presentation mode
 * (poolster-presentation-door.js) and the drafts kept on a server (poolster-server-drafts.js). A part that
 * does not arrive (a 404 here) is said in an alert and loses no answer. Needs a build (npm test builds first).
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

const FAILED = 'Een deel van de scan kon niet geladen worden';

function scriptsRequested(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js')) paths.push(url.pathname);
  });
  return paths;
}

/** Makes a file of the drop-in answer 404 until `restore` is called. */
async function missing(page: Page, file: string): Promise<() => Promise<void>> {
  const pattern = `**${file}`;
  await page.route(pattern, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  return () => page.unroute(pattern);
}

/**
 * The answers as the scan holds them, once the device's draft has them too: it waits for the draft to hold
 * the centre and the stage (the autosave writes each change shortly after it); a draft that never does times out.
 */
async function keptAnswers(page: Page, centre: string): Promise<{ centre: string | undefined; stage: string | undefined }> {
  await page.waitForFunction(
    (name) =>
      Object.keys(localStorage).some((key) => {
        const text = key.startsWith('poolster:draft:') ? (localStorage.getItem(key) ?? '') : '';
        return text.includes(name) && text.includes('planned');
      }),
    centre,
  );
  return page.evaluate(() => {
    const el = document.querySelector('poolster-scan') as unknown as { value: { context: Record<string, { text?: string }>; blocks: Record<string, Record<string, { choice?: string }>> } };
    return { centre: el.value.context['centre-name']?.text, stage: Object.values(el.value.blocks)[0]?.['current-stage']?.choice };
  });
}

describe('the scan loads the parts a page may never need only when needed', () => {
  let browser: Browser;
  let server: StaticServer;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poolster-parts-'));
    const page = (attributes: string) =>
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script type="module" src="/poolster.js"></script></head>
      <body><poolster-scan src="/instrument.json" ${attributes}></poolster-scan></body></html>`;
    writeFileSync(join(dir, 'scan.html'), page('draft-key="parts"'));
    writeFileSync(join(dir, 'synced.html'), page('draft-key="parts-synced" draft-url="/drafts/parts"'));
    writeFileSync(join(dir, 'broken.html'), page('draft-key="parts-broken"').replace('/instrument.json', '/broken.json'));
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ format: 'poolster-instrument', id: 'broken' }));
    server = await serveDropIn(dir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const start = async (page: Page, url: string, centre: string) => {
    await page.addInitScript(() => localStorage.clear());
    await page.goto(`${server.url}${url}`);
    const scan = page.locator('poolster-scan');
    await scan.locator('input[data-field="context/centre-name"]').fill(centre);
    await scan.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await scan.getByRole('radio', { name: 'Planmatig (plan)' }).check();
    return scan;
  };

  it('draws the first block without any of them; the last steps come at idle, the presentation and the server drafts never', async () => {
    const page = await browser.newPage();
    const { errors, violations } = await watch(page);
    const scripts = scriptsRequested(page);
    const scan = await start(page, '/scan.html', 'CLB Eerst');
    // poolster.js asks for the page language's words beside the core (drop-in/prefetch.ts).
    assert.deepEqual(scripts.slice(0, 3).sort(), ['/poolster-core.js', '/poolster-words-nl.js', '/poolster.js']);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/poolster-end-views.js')));
    await scan.locator('poolster-progress-nav').getByRole('button', { name: 'Verzenden', exact: true }).click();
    await scan.locator('.overview, [part~="step"]').getByText('CLB Eerst').first().waitFor();
    assert.equal(scripts.includes('/poolster-presentation-door.js'), false, scripts.join(', '));
    // The late words (validation messages, the confirmation's) come with the last steps, after the first block.
    assert.ok(scripts.includes('/poolster-words-late-nl.js'), scripts.join(', '));
    assert.ok(scripts.indexOf('/poolster-words-late-nl.js') > scripts.indexOf('/poolster-words-nl.js'), scripts.join(', '));
    assert.equal(scripts.includes('/poolster-server-drafts.js'), false, scripts.join(', '));
    // Nothing stored to restore: opening drafts comes only with a tool that needs it.
    assert.equal(scripts.includes('/poolster-draft-opening.js'), false, scripts.join(', '));
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('the check of all answers, its file missing: says so, keeps the answers, and draws once the file is back', async () => {
    const page = await browser.newPage();
    const { violations } = await watch(page);
    const restore = await missing(page, '/poolster-end-views.js');
    const scan = await start(page, '/scan.html', 'CLB Zonder Einde');
    await scan.locator('poolster-progress-nav').getByRole('button', { name: 'Verzenden', exact: true }).click();
    await scan.getByRole('alert').filter({ hasText: FAILED }).waitFor();
    assert.deepEqual(await keptAnswers(page, 'CLB Zonder Einde'), { centre: 'CLB Zonder Einde', stage: 'planned' });
    // The file is back: the next step the team goes to tries again, and the check draws.
    await restore();
    await scan.getByRole('button', { name: 'Vorige', exact: true }).click();
    await scan.locator('poolster-progress-nav').getByRole('button', { name: 'Verzenden', exact: true }).click();
    await scan.locator('[part~="step"]').getByText('CLB Zonder Einde').first().waitFor();
    assert.equal(await scan.getByRole('alert').filter({ hasText: FAILED }).count(), 0);
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('the check of all answers while offline: says so, keeps the answers, and draws once the browser is back online', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { violations } = await watch(page);
    await page.addInitScript(() => localStorage.clear());
    await page.goto(`${server.url}/scan.html`);
    const scan = page.locator('poolster-scan');
    await scan.locator('input[data-field="context/centre-name"]').fill('CLB Offline');
    // The network goes before the last steps' part could arrive.
    await context.setOffline(true);
    await scan.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await scan.getByRole('radio', { name: 'Planmatig (plan)' }).check();
    await scan.locator('poolster-progress-nav').getByRole('button', { name: 'Verzenden', exact: true }).click();
    await scan.getByRole('alert').filter({ hasText: FAILED }).waitFor();
    assert.deepEqual(await keptAnswers(page, 'CLB Offline'), { centre: 'CLB Offline', stage: 'planned' });
    // Back online, on the same step: the check draws without the team doing anything.
    await context.setOffline(false);
    await scan.locator('[part~="step"]').getByText('CLB Offline').first().waitFor();
    assert.equal(await scan.getByRole('alert').filter({ hasText: FAILED }).count(), 0);
    assert.deepEqual(await violations(), []);
    await context.close();
  });

  it('a stored draft, the opening of drafts missing: says so, leaves the draft as stored, and opens it once the file is there', async () => {
    const context = await browser.newContext();
    const first = await context.newPage();
    await first.goto(`${server.url}/scan.html`);
    await first.evaluate(() => localStorage.clear());
    await first.reload();
    const firstScan = first.locator('poolster-scan');
    await firstScan.locator('input[data-field="context/centre-name"]').fill('CLB Terug');
    await firstScan.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await firstScan.getByRole('radio', { name: 'Planmatig (plan)' }).check();
    await keptAnswers(first, 'CLB Terug');
    const storedDraft = () => Object.entries(localStorage).filter(([key]) => key.startsWith('poolster:draft:'));
    const stored = await first.evaluate(storedDraft);
    await first.close();
    // The team comes back; the file that opens drafts does not arrive.
    const page = await context.newPage();
    const { violations } = await watch(page);
    const restore = await missing(page, '/poolster-draft-opening.js');
    await page.goto(`${server.url}/scan.html`);
    const scan = page.locator('poolster-scan');
    await scan.getByRole('alert').filter({ hasText: FAILED }).waitFor();
    assert.equal(await scan.getByRole('button', { name: 'Beginnen', exact: true }).count(), 0, 'no new scan starts over the stored draft');
    assert.deepEqual(await page.evaluate(storedDraft), stored);
    // The file is back and so is the browser's connection: the stored draft opens, with its answers.
    await restore();
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.waitForFunction(() => (document.querySelector('poolster-scan') as unknown as { value?: unknown }).value !== undefined);
    assert.deepEqual(await keptAnswers(page, 'CLB Terug'), { centre: 'CLB Terug', stage: 'planned' });
    assert.equal(await scan.getByRole('alert').filter({ hasText: FAILED }).count(), 0);
    assert.deepEqual(await page.evaluate(storedDraft), stored);
    assert.deepEqual(await violations(), []);
    await context.close();
  });

  it('the late words, Dutch and English missing: says so, keeps the answers, and draws the check once they are back', async () => {
    const page = await browser.newPage();
    const { violations } = await watch(page);
    const restoreNl = await missing(page, '/poolster-words-late-nl.js');
    const restoreEn = await missing(page, '/poolster-words-late-en.js');
    const scan = await start(page, '/scan.html', 'CLB Zonder Woorden');
    await scan.locator('poolster-progress-nav').getByRole('button', { name: 'Verzenden', exact: true }).click();
    await scan.getByRole('alert').filter({ hasText: FAILED }).waitFor();
    assert.deepEqual(await keptAnswers(page, 'CLB Zonder Woorden'), { centre: 'CLB Zonder Woorden', stage: 'planned' });
    await restoreNl();
    await restoreEn();
    await scan.getByRole('button', { name: 'Vorige', exact: true }).click();
    await scan.locator('poolster-progress-nav').getByRole('button', { name: 'Verzenden', exact: true }).click();
    await scan.locator('[part~="step"]').getByText('CLB Zonder Woorden').first().waitFor();
    // The alert goes once every retried part is here: the check may be drawn a moment before the last of them lands.
    await scan.getByRole('alert').filter({ hasText: FAILED }).waitFor({ state: 'detached' });
    assert.deepEqual(await keptAnswers(page, 'CLB Zonder Woorden'), { centre: 'CLB Zonder Woorden', stage: 'planned' });
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('an error before the first block, its messages file missing: says so and still shows the error; once the file is back it is worded', async () => {
    const page = await browser.newPage();
    const { violations } = await watch(page);
    const restore = await missing(page, '/poolster-field-messages.js');
    await page.addInitScript(() => localStorage.clear());
    await page.goto(`${server.url}/scan.html`);
    const scan = page.locator('poolster-scan');
    // The centre's name is required: "Beginnen" without it is an error on the introduction.
    await scan.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await scan.getByRole('alert').filter({ hasText: FAILED }).waitFor();
    await scan.locator('poolster-error-summary').waitFor();
    assert.equal(await scan.getByRole('button', { name: 'Beginnen', exact: true }).count(), 1, 'the team stays on the introduction');
    // The file is back: the next error fetches it again, and the message names the field as usual.
    await restore();
    await scan.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await scan.locator('poolster-error-summary').getByText('Naam van het centrum').first().waitFor();
    await scan.locator('input[data-field="context/centre-name"]').fill('CLB Berichten');
    await scan.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await scan.getByRole('radio', { name: 'Planmatig (plan)' }).check();
    assert.deepEqual(await keptAnswers(page, 'CLB Berichten'), { centre: 'CLB Berichten', stage: 'planned' });
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('a broken instrument: the messages of its issues, with the late words, are fetched at once and shown', async () => {
    const page = await browser.newPage();
    const { errors, violations } = await watch(page);
    const scripts = scriptsRequested(page);
    await page.goto(`${server.url}/broken.html`);
    // Each issue reads "<path>: <message>"; the message comes from poolster-words-late-nl.js.
    await page.locator('poolster-scan [part~="error-panel"] li').filter({ hasText: /: \S/ }).first().waitFor();
    assert.ok(scripts.includes('/poolster-words-late-nl.js'), scripts.join(', '));
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it("a team round's summary, its file missing: says so, keeps the answers and the round; once the file is there it shows", async () => {
    const page = await browser.newPage();
    const { errors, violations } = await watch(page);
    const scripts = scriptsRequested(page);
    const restore = await missing(page, '/poolster-team-summary-view.js');
    const scan = await start(page, '/scan.html', 'CLB Teamronde');
    assert.equal(scripts.includes('/poolster-team-summary-view.js'), false, 'no team round, no summary file');
    const recorded = await page.evaluate(() => {
      const el = document.querySelector('poolster-scan') as unknown as { value: { blocks: Record<string, unknown> }; recordTeamRound(id: string, team: { note: string }): boolean };
      return el.recordTeamRound(Object.keys(el.value.blocks)[0]!, { note: 'Eensgezind na overleg.' });
    });
    assert.equal(recorded, true);
    await scan.getByRole('alert').filter({ hasText: FAILED }).waitFor();
    assert.deepEqual(await keptAnswers(page, 'CLB Teamronde'), { centre: 'CLB Teamronde', stage: 'planned' });
    assert.ok(await page.evaluate(() => JSON.stringify((document.querySelector('poolster-scan') as unknown as { value: unknown }).value).includes('Eensgezind na overleg.')));
    // The file is back: another step tries again, and the summary shows on the block.
    await restore();
    await scan.getByRole('button', { name: 'Vorige', exact: true }).click();
    await scan.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await scan.locator('[part="team-summary"]').filter({ hasText: 'Eensgezind na overleg.' }).waitFor();
    assert.equal(await scan.getByRole('alert').filter({ hasText: FAILED }).count(), 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('the presentation, its file missing: says so and keeps the answers; once the file is there it presents', async () => {
    const page = await browser.newPage();
    const { violations } = await watch(page);
    const scripts = scriptsRequested(page);
    const restore = await missing(page, '/poolster-presentation-door.js');
    const scan = await start(page, '/scan.html', 'CLB Presentatie');
    await scan.getByRole('button', { name: 'Presenteren op een gedeeld scherm' }).click();
    await scan.getByRole('alert').filter({ hasText: FAILED }).waitFor();
    assert.deepEqual(await keptAnswers(page, 'CLB Presentatie'), { centre: 'CLB Presentatie', stage: 'planned' });
    await restore();
    // Leaving and entering again loads it again.
    await page.evaluate(() => ((document.querySelector('poolster-scan') as unknown as { presentation: boolean }).presentation = false));
    await scan.getByRole('button', { name: 'Presenteren op een gedeeld scherm' }).click();
    await scan.locator('.presentation').waitFor();
    assert.equal(scripts.filter((path) => path === '/poolster-presentation-door.js').length, 2, scripts.join(', '));
    assert.deepEqual(await violations(), []);
    await page.close();
  });

  it('drafts on a server, their file missing: the scan says the draft is on this device only, and keeps it there', async () => {
    const page = await browser.newPage();
    const { violations } = await watch(page);
    await missing(page, '/poolster-server-drafts.js');
    const scan = await start(page, '/synced.html', 'CLB Zonder Server');
    await scan.locator('[part="sync-status"]').filter({ hasText: 'Alleen op dit toestel bewaard' }).first().waitFor();
    assert.deepEqual(await keptAnswers(page, 'CLB Zonder Server'), { centre: 'CLB Zonder Server', stage: 'planned' });
    assert.deepEqual(await violations(), []);
    await page.close();
  });
});
