/**
 * `node --import tsx scripts/bench/page-work-check.ts`: checks that the page's own work (page-work.ts)
 * measures the page and not the driver. A plain page answered with the same kinds of actions as the
 * benchmark (clicks, checks, fills) must come out near zero, and the same page with a click handler that
 * burns 5 ms must come out about 5 ms per click higher. Prints both, beside CDP's TaskDuration (the figure
 * the benchmark used before), which counts the driver's work too. Exits non-zero when the method fails.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/browser.js';
import { Actions, counters, ms } from './measure.js';
import { tracePage } from './page-work.js';

const ORIGIN = 'http://bench.invalid';
const ROUNDS = 20;
const BURN_MS = 5;

const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Plain</title></head><body><main>
<fieldset><legend>Keuze</legend>${[1, 2, 3].map((n) => `<label><input type="radio" name="r">Optie ${n}</label>`).join('')}</fieldset>
<label><input type="checkbox">Vink</label><label>Tekst <input type="text"></label><button type="button">Verder</button>
<script src="/page.js"></script></main></body></html>`;
const SCRIPT = (burn: number) =>
  `document.querySelector('button').addEventListener('click', () => { const t = performance.now(); while (performance.now() - t < ${burn}) {} });`;

interface Result {
  work: number;
  task: number;
  clicks: number;
  actions: number;
  /** What the page's work is made of, largest first. */
  parts: Array<[string, number]>;
}

async function run(browser: Browser, burn: number): Promise<Result> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const js = route.request().url().endsWith('.js');
      return route.fulfill({ contentType: js ? 'text/javascript' : 'text/html', body: js ? SCRIPT(burn) : PAGE });
    });
    const metrics = await counters(page);
    await page.goto(`${ORIGIN}/`);
    const trace = await tracePage(page);
    await trace.mark('from');
    const before = await metrics();
    const actions = new Actions();
    let clicks = 0;
    for (let i = 0; i < ROUNDS; i += 1) {
      await actions.check(page.getByRole('radio', { name: `Optie ${(i % 3) + 1}` }));
      await actions.click(page.getByRole('checkbox', { name: 'Vink' }));
      if (i % 5 === 0) await actions.fill(page.getByRole('textbox', { name: 'Tekst' }), `ronde ${i}`);
      await actions.click(page.getByRole('button', { name: 'Verder' }));
      clicks += 1;
    }
    const after = await metrics();
    await trace.mark('to');
    const traced = await trace.stop();
    const work = traced.work('from', 'to');
    return { work: work.total, task: after.task - before.task, clicks, actions: actions.count, parts: traced.byEvent('from', 'to') };
  } finally {
    await context.close();
  }
}

const browser = await launchChromium();
try {
  // Alternating, medians of 3: a busy machine stretches any one run.
  const plains: Result[] = [];
  const burnings: Result[] = [];
  for (let i = 0; i < 3; i += 1) {
    plains.push(await run(browser, 0));
    burnings.push(await run(browser, BURN_MS));
  }
  const mid = (runs: Result[]) => [...runs].sort((a, b) => a.work - b.work)[1]!;
  const plain = mid(plains);
  const burning = mid(burnings);
  const added = (burning.work - plain.work) / burning.clicks;
  console.table([
    { page: 'plain', actions: plain.actions, "page's own work": ms(plain.work), 'TaskDuration (old figure)': ms(plain.task) },
    { page: `${BURN_MS} ms per click on "Verder"`, actions: burning.actions, "page's own work": ms(burning.work), 'TaskDuration (old figure)': ms(burning.task) },
  ]);
  console.log(`Added per click: ${added.toFixed(2)} ms (expected ${BURN_MS} ms)`);
  console.log(`The plain page's work (the browser's own handling of the input and of the frames the driver asks for): ${plain.parts
    .slice(0, 6)
    .map(([name, t]) => `${name} ${t.toFixed(1)} ms`)
    .join(', ')}`);
  // Near zero: under a tenth of what TaskDuration reports for the same page; the burn must show within 30 %.
  const ok = plain.work < 0.1 * plain.task && Math.abs(added - BURN_MS) < BURN_MS * 0.3;
  console.log(ok ? 'The method measures the page, not the driver.' : 'The method FAILED its check.');
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
}
