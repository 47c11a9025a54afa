import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.js';
import { createResponse, withAnswer, type Instrument, type Response } from '../../packages/schema/src/index.js';

/** Shared steps of the examples' end-to-end tests: drive a real page with the drop-in, as a team would. */

export const repo = (path: string): string => new URL(`../../${path}`, import.meta.url).pathname;
export const DROP_IN = repo('packages/elements/dist/poolster.js');

/**
 * The scan's drop-in as the build made it: poolster.js and the files beside it that it imports
 * (poolster-core.js) or loads on first use (poolster-report.js, …), by file name. The team round's
 * drop-in (poolster-rounds.js) is a drop-in of its own, not one of these.
 */
export function dropInFiles(): string[] {
  const dir = repo('packages/elements/dist');
  return readdirSync(dir)
    .filter((name) => /^poolster(-[a-z-]+)?\.js$/.test(name) && name !== 'poolster-rounds.js')
    .map((name) => join(dir, name));
}

/** Routes for a test server: every file of the scan's drop-in at /<name>, as the GO! server serves them. */
export function dropInRoutes(): Record<string, string> {
  return Object.fromEntries(dropInFiles().map((file) => [`/${file.slice(file.lastIndexOf('/') + 1)}`, file]));
}
export const GO_INSTRUMENT = repo('content/go-clb/instrument.json');
export const goInstrument = (): Instrument => JSON.parse(readFileSync(GO_INSTRUMENT, 'utf8'));

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * Serves `dir` (a test's own pages) on loopback with the scan's drop-in beside them, the GO! instrument at
 * /instrument.json and any `extraRoutes`, under the strict Content-Security-Policy a portal may set.
 */
export function serveDropIn(dir: string, extraRoutes: Record<string, string> = {}): Promise<StaticServer> {
  return serveStatic(dir, { routes: { ...dropInRoutes(), '/instrument.json': GO_INSTRUMENT, ...extraRoutes }, headers: { 'Content-Security-Policy': STRICT_CSP } });
}

/**
 * Holds the page's request for `held` (a file name) back until its request for `until` has finished: the
 * order a busy device or network can give, made certain (a late drop-in file, words after the instrument).
 * Call before the page loads.
 */
export async function holdUntilServed(page: Page, held: string, until: string): Promise<void> {
  let served!: () => void;
  const done = new Promise<void>((resolve) => (served = resolve));
  page.on('requestfinished', (request) => {
    if (request.url().endsWith(`/${until}`)) served();
  });
  await page.route(`**/${held}`, async (route) => {
    await done;
    await route.continue();
  });
}

/** Records CSP violations and page errors from the very start of every page. */
export async function watch(page: Page): Promise<{ violations: () => Promise<string[]>; errors: string[] }> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), errors };
}

/** Answers for every GO! block but the first, and the final questions: set through `value`, as a portal's prefill would. */
export function prefillAllButFirstBlock(instrument: Instrument, base?: Response): Response {
  let response = base ?? createResponse(instrument);
  instrument.clusters
    .flatMap((c) => c.blocks)
    .slice(1)
    .forEach((block, i) => {
      const at = (questionId: string) => ({ scope: 'block', blockId: block.id, questionId }) as const;
      response = withAnswer(response, at('current-stage'), { choice: instrument.stages[i % 3]!.id });
      response = withAnswer(response, at('ambition'), { choice: 'keep' });
      response = withAnswer(response, at('deliberate-choice'), { choice: 'deliberate' });
      response = withAnswer(response, at('levers'), { choices: ['people-culture'] });
      response = withAnswer(response, at('obstacles'), { choices: ['none'] });
      response = withAnswer(response, at('subgroups'), { choices: ['no'] });
    });
  response = withAnswer(response, { scope: 'final', questionId: 'inspiring-practices' }, { none: true });
  return withAnswer(response, { scope: 'final', questionId: 'priorities' }, { blocks: ['prevention', 'strong-teamwork', 'integral-policy'] });
}

/**
 * Fills in the GO! scan on a page and sends it: the centre's name and the first block through the
 * interface (mouse and keyboard), the rest through `value`, the priorities' order checked on the way.
 */
export async function completeGoScan(page: Page, centre: string): Promise<void> {
  const scan = page.locator('poolster-scan');
  await scan.locator('.step-heading').waitFor();
  await scan.locator('input[data-field="context/centre-name"]').fill(centre);
  await scan.getByRole('button', { name: /^(Beginnen)$/ }).click();
  await scan.getByRole('heading', { name: '4.1 Behartiger van de leerling' }).waitFor();
  await scan.getByRole('radio', { name: 'Planmatig (plan)' }).check();
  await scan.getByRole('radio', { name: 'evolueren naar geïntegreerd' }).check();
  await scan.getByRole('radio', { name: 'is een combinatie van beide' }).focus();
  await page.keyboard.press('Space');
  await scan.getByRole('checkbox', { name: /^gelinkt aan systemen en structuur/ }).first().check();
  await scan.getByRole('checkbox', { name: /^neen, wij ondervinden momenteel geen knelpunten/ }).check();
  await scan.getByRole('checkbox', { name: 'nee', exact: true }).check();
  // The rest, as a portal that already knows the answers would set them.
  const instrument = goInstrument();
  await page.evaluate((answers) => {
    const el = document.querySelector('poolster-scan') as unknown as { value: Response };
    el.value = { ...el.value, blocks: { ...answers.blocks, ...el.value.blocks }, final: answers.final };
  }, prefillAllButFirstBlock(instrument));
  // A value the host sets is opened as a draft, with a part loaded first; it opens on the intro, so moving on
  // before it is taken would be undone by it (on a busy machine the load takes a while).
  await page.waitForFunction(() => (document.querySelector('poolster-scan') as unknown as { value?: Response }).value?.final?.['priorities'] !== undefined);
  await scan.locator('poolster-progress-nav').getByRole('button', { name: 'Verzenden' }).click();
  await scan.getByRole('heading', { name: 'Verzenden' }).waitFor();
  await scan.getByRole('button', { name: 'Antwoorden definitief verzenden' }).click();
  await scan.getByRole('heading', { name: 'Scan verstuurd' }).waitFor();
}
