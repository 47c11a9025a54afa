/**
 * `npm run bench`: builds, then reports figures (it asserts nothing; byte ceilings are enforced by the
 * size test). Sizes of the drop-in and every entry (raw, gzip, brotli); in headless Chromium with the GO!
 * content: time until the first question is visible, JS heap after render, main-thread time to answer
 * all blocks through the interface, and the compare view's render time and heap with 1,000 responses.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { syntheticEntries } from '../packages/elements/src/compare/synthetic-responses.js';
import { launchChromium } from './test/browser.js';
import { moduleClosure } from './test/module-closure.js';
import { DROP_IN, dropInRoutes, GO_INSTRUMENT, goInstrument, repo } from './test/e2e-scan.js';
import { serveStatic } from './test/static-server.js';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Each entry with the modules of its own package it imports (lit and zod are the consumer's, except in the drop-in). */
function sizes(): void {
  const entries: Array<[string, string]> = [
    ['drop-in, the scan\'s path (poolster.js + poolster-core.js: lit, schema, zod, the scan)', DROP_IN],
    ['@poolster/elements (index.js and its modules)', repo('packages/elements/dist/index.js')],
    ['@poolster/elements (define.js and its modules)', repo('packages/elements/dist/define.js')],
    ['@poolster/schema (index.js and its modules)', repo('packages/schema/dist/index.js')],
    ['GO! content (instrument.json)', GO_INSTRUMENT],
  ];
  console.log('\nSizes');
  console.table(
    entries.map(([name, path]) => {
      const bytes = Buffer.concat(moduleClosure(path).map((file) => readFileSync(file)));
      return { entry: name, raw: kb(bytes.length), gzip: kb(gzipSync(bytes, { level: 9 }).length), brotli: kb(brotliCompressSync(bytes).length) };
    }),
  );
}

/** Chromium's own counters for a page: main-thread task time (cumulative, in ms) and the JS heap. */
async function counters(page: Page): Promise<() => Promise<{ task: number; heap: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
    return { task: get('TaskDuration') * 1000, heap: get('JSHeapUsedSize') };
  };
}

const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script type="module" src="/poolster.js"></script></head>
<body><poolster-scan src="/instrument.json" draft-key="bench"></poolster-scan><poolster-compare hidden></poolster-compare></body></html>`;

async function browserFigures(): Promise<void> {
  const pageFile = repo('node_modules/.cache/poolster-bench.html');
  mkdirSync(repo('node_modules/.cache'), { recursive: true });
  writeFileSync(pageFile, PAGE);
  const serverWithPage = await serveStatic(repo('scripts'), {
    routes: { ...dropInRoutes(), '/instrument.json': GO_INSTRUMENT, '/bench.html': pageFile },
  });
  const browser = await launchChromium();
  try {
    const runs: Array<Record<string, string>> = [];
    for (let run = 1; run <= 3; run += 1) {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' })).newPage(); // a fresh profile: no draft left over
      const metrics = await counters(page);
      const start = Date.now();
      await page.goto(`${serverWithPage.url}/bench.html`);
      await page.locator('poolster-scan input[data-field="context/centre-name"]').waitFor({ state: 'visible' });
      const firstQuestion = Date.now() - start;
      const afterRender = await metrics();

      // Answer all eleven blocks through the interface.
      const scan = page.locator('poolster-scan');
      await scan.locator('input[data-field="context/centre-name"]').fill('CLB Bench');
      await scan.getByRole('button', { name: 'Beginnen', exact: true }).click();
      const blocks = goInstrument().clusters.flatMap((c) => c.blocks);
      for (const block of blocks) {
        await scan.getByRole('heading', { level: 2 }).filter({ hasText: String(block.number) }).waitFor();
        await scan.getByRole('radio', { name: 'Planmatig (plan)' }).check();
        await scan.getByRole('radio', { name: 'evolueren naar geïntegreerd' }).check();
        await scan.getByRole('radio', { name: 'is een welbewuste keuze' }).check();
        await scan.getByRole('checkbox', { name: /^gelinkt aan mensen en cultuur/ }).first().check();
        await scan.getByRole('checkbox', { name: /^neen, wij ondervinden momenteel geen knelpunten/ }).check();
        await scan.getByRole('checkbox', { name: 'nee', exact: true }).check();
        await scan.getByRole('button', { name: 'Opslaan en verder' }).click();
      }
      await scan.getByRole('heading', { name: 'Over alle bouwstenen heen' }).waitFor();
      const afterAnswers = await metrics();
      runs.push({
        run: String(run),
        'first question visible': ms(firstQuestion),
        'JS heap after render': mb(afterRender.heap),
        'main-thread time, answering 11 blocks': ms(afterAnswers.task - afterRender.task),
      });
      await page.context().close();
    }
    console.log('\nThe GO! scan in headless Chromium (3 runs)');
    console.table(runs);

    const entries = syntheticEntries(goInstrument(), 1000);
    const compareRuns: Array<Record<string, string>> = [];
    for (let run = 1; run <= 3; run += 1) {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' })).newPage(); // a fresh profile: no draft left over
      const metrics = await counters(page);
      await page.goto(`${serverWithPage.url}/bench.html`);
      await page.locator('poolster-scan .step-heading').waitFor();
      const before = await metrics();
      const renderMs = await page.evaluate(async (data) => {
        const instrument = await (await fetch('/instrument.json')).json();
        const compare = document.querySelector('poolster-compare') as HTMLElement & { instrument: unknown; entries: unknown; updateComplete: Promise<unknown> };
        compare.hidden = false;
        const t0 = performance.now();
        compare.instrument = instrument;
        compare.entries = data;
        await compare.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        return performance.now() - t0;
      }, entries);
      const after = await metrics();
      compareRuns.push({ run: String(run), 'render (1,000 responses)': ms(renderMs), 'main-thread time': ms(after.task - before.task), 'JS heap after': mb(after.heap) });
      await page.context().close();
    }
    console.log('\n<poolster-compare> with 1,000 responses (3 runs)');
    console.table(compareRuns);
  } finally {
    await browser.close();
    await serverWithPage.close();
  }
}

sizes();
await browserFigures();
