/**
 * How fast `<poolster-compare>` (the built drop-in) takes 1,000 centres' latest scans in headless
 * Chromium. Prints, as medians of 5 runs (it asserts nothing): the first render (from setting `entries` to
 * the rendered table, after an awaited `updateComplete`), the JS heap after it (as used, and after a
 * garbage collection), and the time to switch to each view; then the same with a second process keeping
 * one core busy, as another program on a teacher's laptop would. Run by `npm run bench:compare` and, after
 * the scan's figures, by `npm run bench`.
 * The goals (issue "The network's view"): first render ≤ 300 ms, heap ≤ 50 MB, a view switch ≤ 100 ms.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { CompareEntry } from '../../packages/elements/src/compare/compare-data.js';
import { syntheticEntries } from '../../packages/elements/src/compare/synthetic-entries.test-helpers.js';
import { DROP_IN, GO_INSTRUMENT, goInstrument, repo } from '../test/e2e-scan.js';
import { serveStatic } from '../test/static-server.js';
import { median, mb, ms } from './measure.js';

const CENTRES = 1000;
const RUNS = 5;

/** The drop-in's files beside the one measured (it loads poolster-compare.js and the rest from there). */
function dropInRoutesBeside(entry: string): Record<string, string> {
  const dir = dirname(entry);
  const files = readdirSync(dir).filter((name) => /^poolster(-[a-z-]+)?\.js$/.test(name) && name !== 'poolster-rounds.js');
  return { ...Object.fromEntries(files.map((name) => [`/${name}`, join(dir, name)])), '/poolster.js': entry };
}

/** The latest scan of the first `count` centres of a synthetic network. */
function latestScans(count: number): CompareEntry[] {
  const latest = new Map<string, CompareEntry>();
  for (let n = count; latest.size < count; n += 250) {
    latest.clear();
    for (const entry of syntheticEntries(goInstrument(), n)) {
      const seen = latest.get(entry.label);
      if (!seen || (seen.date ?? '') <= (entry.date ?? '')) latest.set(entry.label, entry);
    }
  }
  return [...latest.values()].slice(0, count);
}

const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Bench</title><script type="module" src="/poolster.js"></script></head>
<body><main><poolster-compare lang="nl"></poolster-compare></main></body></html>`;

interface Figures {
  render: number;
  painted: number;
  heapUsed: number;
  heapAfterGc: number;
  switches: Record<string, number>;
}

async function oneRun(browser: Browser, url: string, entries: CompareEntry[]): Promise<Figures> {
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'nl-BE' })).newPage();
  try {
    // tsx keeps function names with a helper the page does not have: give it one.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('poolster-compare') !== undefined);
    // The instrument first (checked once, as on the dashboard); then setting the entries is what is timed.
    await page.evaluate(async () => {
      const el = document.querySelector('poolster-compare') as HTMLElement & { instrument: unknown; updateComplete: Promise<unknown> };
      el.instrument = await (await fetch('/instrument.json')).json();
      await el.updateComplete;
    });
    // As the dashboard gets them: one JSON text, parsed (before the timing starts).
    await page.evaluate((text) => {
      (window as unknown as { benchEntries: unknown }).benchEntries = JSON.parse(text);
    }, JSON.stringify(entries));
    const timed = await page.evaluate(async () => {
      type Compare = HTMLElement & { entries: unknown; view: string; updateComplete: Promise<unknown> };
      const el = document.querySelector('poolster-compare') as Compare;
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      performance.mark('entries');
      el.entries = (window as unknown as { benchEntries: unknown }).benchEntries;
      await el.updateComplete;
      performance.mark('rendered');
      await frame();
      performance.mark('painted');
      const render = performance.measure('render', 'entries', 'rendered').duration;
      const painted = performance.measure('painted', 'entries', 'painted').duration;
      const views = [...el.shadowRoot!.querySelectorAll('[role=tab]')].map((tab) => tab.id.replace(/^tab-/, ''));
      const switches: Record<string, number> = {};
      // Each view in tab order, then back to the first: every switch timed the same way.
      for (const view of [...views.slice(1), views[0]!]) {
        performance.mark(`to-${view}`);
        el.view = view;
        await el.updateComplete;
        performance.mark(`at-${view}`);
        switches[view] = performance.measure(`switch-${view}`, `to-${view}`, `at-${view}`).duration;
        await frame();
      }
      return { render, painted, switches };
    });
    const cdp = await page.context().newCDPSession(page);
    const used = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await cdp.send('Runtime.getHeapUsage');
    return { ...timed, heapUsed: used.usedSize, heapAfterGc: afterGc.usedSize };
  } finally {
    await page.context().close();
  }
}


async function figures(browser: Browser, url: string, entries: CompareEntry[], title: string): Promise<void> {
  const runs: Figures[] = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await oneRun(browser, url, entries));
  const row = (name: string, pick: (f: Figures) => number, unit: (n: number) => string, goal: string) => ({
    figure: name,
    median: unit(median(runs.map(pick))),
    runs: runs.map((f) => unit(pick(f))).join(' / '),
    goal,
  });
  console.log(`\n${title} (${RUNS} runs, medians)`);
  console.table([
    row('first render (entries → updateComplete)', (f) => f.render, ms, '≤ 300 ms'),
    row('first render, painted', (f) => f.painted, ms, ''),
    row('JS heap after render (used)', (f) => f.heapUsed, mb, '≤ 50 MB'),
    row('JS heap after render (after GC)', (f) => f.heapAfterGc, mb, ''),
    ...Object.keys(runs[0]!.switches).map((view) => row(`switch to ${view}`, (f) => f.switches[view] ?? NaN, ms, '≤ 100 ms')),
  ]);
}

/** A second process that keeps one core busy until it is stopped. */
function busyCore(): { stop: () => void } {
  const child = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  return { stop: () => child.kill() };
}

/**
 * The comparison's figures on a quiet machine, then with one core kept busy, in the given browser.
 * `dropIn` is the build to measure (default the drop-in the build made; another for a before/after).
 */
export async function compareBench(browser: Browser, dropIn = DROP_IN): Promise<void> {
  const entries = latestScans(CENTRES);
  const pageFile = repo('node_modules/.cache/poolster-bench-compare.html');
  mkdirSync(repo('node_modules/.cache'), { recursive: true });
  writeFileSync(pageFile, PAGE);
  const server = await serveStatic(repo('scripts'), { routes: { ...dropInRoutesBeside(dropIn), '/instrument.json': GO_INSTRUMENT, '/bench.html': pageFile } });
  try {
    console.log(`\n<poolster-compare> (${dropIn}) with the latest scans of ${entries.length} centres, at 1920×1080`);
    await figures(browser, `${server.url}/bench.html`, entries, 'Quiet machine');
    const busy = busyCore();
    try {
      await figures(browser, `${server.url}/bench.html`, entries, 'One core kept busy by another process');
    } finally {
      busy.stop();
    }
  } finally {
    await server.close();
  }
}
