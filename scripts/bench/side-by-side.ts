/**
 * The scan and SurveyJS 2.5.38 side by side: the same GO! content, loaded alternately in the same
 * browser (a fresh profile each time), answered the same way; each figure's median for both, their
 * ratio, and the goal (issue #18). Only the captured answers are asserted (a mismatch throws); the
 * figures are reported, never asserted.
 */
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { goInstrument } from '../test/e2e-scan.js';
import { answerPlan } from './answers.js';
import type { RunFigures } from './figures.js';
import type { LoadBreakdown } from './first-block.js';
import { kb, mb, median, ms } from './measure.js';
import { emptyPageHeap, heapDetail } from './heap.js';
import { EMPTY_PAGE, POOLSTER_PAGE, servePages, SURVEYJS_PAGE } from './pages.js';
import { poolsterRun } from './poolster-run.js';
import { surveyJsRun } from './surveyjs-run.js';

const RUNS = 5;

interface Figure {
  figure: string;
  pick: (f: RunFigures) => number;
  unit: (n: number) => string;
  goal: string;
  /** Whether Poolster's median meets the goal, given both medians. */
  within?: (poolster: number, surveyJs: number) => boolean;
}

const count = (n: number) => n.toFixed(0);

const FIGURES: Figure[] = [
  {
    figure: 'JS + CSS fetched before block 1 is visible, gzip',
    pick: (f) => f.bytes,
    unit: kb,
    goal: '≤ 0.10 × SurveyJS',
    within: (p, s) => p <= 0.1 * s,
  },
  {
    figure: 'first block: (start visible − navigation) + (block 1 visible − start pressed), page clock',
    pick: (f) => f.firstBlock,
    unit: ms,
    goal: '≤ 0.40 × SurveyJS',
    within: (p, s) => p <= 0.4 * s,
  },
  { figure: '  of which navigation → start visible (Poolster "Beginnen", SurveyJS "Volgende")', pick: (f) => f.startVisible, unit: ms, goal: '(for information)' },
  { figure: '  of which start pressed → first stage option of block 1 visible', pick: (f) => f.afterPress, unit: ms, goal: '(for information)' },
  {
    figure: "first block as the issue words it: Poolster's first block vs SurveyJS's first question (centre's name) visible",
    pick: (f) => f.firstQuestion,
    unit: ms,
    goal: '≤ 0.40 × SurveyJS',
    within: (p, s) => p <= 0.4 * s,
  },
  {
    figure: 'old figure: navigation → block 1 visible, Node clock, with the driver typing and clicking',
    pick: (f) => f.firstStageOptionNode,
    unit: ms,
    goal: '(for information)',
  },
  { figure: 'JS heap after the first render, after a forced GC', pick: (f) => f.heap, unit: mb, goal: '≤ 0.50 × SurveyJS', within: (p, s) => p <= 0.5 * s },
  { figure: 'JS heap with block 1 visible, after a forced GC', pick: (f) => f.heapAtBlock1, unit: mb, goal: '(for information)' },
  { figure: 'old figure: JS heap after the first render, no GC (JSHeapUsedSize)', pick: (f) => f.heapNoGc, unit: mb, goal: '(for information)' },
  {
    figure: "drawing the next block after \"next\", page's own work, median of 10",
    pick: (f) => median(f.drawings),
    unit: ms,
    goal: '≤ 50 ms',
    within: (p) => p <= 50,
  },
  {
    figure: "drawing the next block after \"next\", page's own work, slowest of 10",
    pick: (f) => Math.max(...f.drawings),
    unit: ms,
    goal: '≤ 50 ms',
    within: (p) => p <= 50,
  },
  { figure: 'old figure: drawing the next block, TaskDuration, median of 10', pick: (f) => median(f.drawingsTask), unit: ms, goal: '(for information)' },
  {
    figure: "answering the 11 blocks, page's own work",
    pick: (f) => f.answering.total,
    unit: ms,
    goal: '≤ 0.20 × SurveyJS',
    within: (p, s) => p <= 0.2 * s,
  },
  { figure: '  of which script (events, timers, frames, microtasks, GC)', pick: (f) => f.answering.script, unit: ms, goal: '(for information)' },
  { figure: '  of which style and layout', pick: (f) => f.answering.styleLayout, unit: ms, goal: '(for information)' },
  { figure: '  of which paint', pick: (f) => f.answering.paint, unit: ms, goal: '(for information)' },
  { figure: "old figure: answering, TaskDuration (the driver's work included)", pick: (f) => f.answeringTask, unit: ms, goal: '(for information)' },
  { figure: 'answering the 11 blocks, actions', pick: (f) => f.answeringActions, unit: count, goal: '≤ SurveyJS', within: (p, s) => p <= s },
  { figure: "the intro's actions (centre's name, start)", pick: (f) => f.introActions, unit: count, goal: "(the handbook's intro: excepted)" },
  { figure: "final page and sending, page's own work", pick: (f) => f.final, unit: ms, goal: '(no goal of its own)' },
  { figure: 'old figure: final page and sending, TaskDuration', pick: (f) => f.finalTask, unit: ms, goal: '(for information)' },
  {
    figure: 'final page and sending, actions',
    pick: (f) => f.finalActions,
    unit: count,
    goal: '≤ SurveyJS + 1 (the warning before sending)',
    within: (p, s) => p <= s + 1,
  },
];

/** Where the scan's first block goes (page clock, medians), so that the lead sees what to cut. */
function printBreakdown(poolster: RunFigures[]): void {
  const rows = poolster.map((f) => f.breakdown!).filter(Boolean);
  const row = (part: string, pick: (b: LoadBreakdown) => number) => ({ part, median: ms(median(rows.map(pick))), loads: rows.map((b) => ms(pick(b))).join(' / ') });
  console.log("\nPoolster's first block, where the time goes (page clock, medians)");
  console.table([
    row('navigation → HTML received', (b) => b.html),
    row('HTML → scan code received (download)', (b) => b.scriptDownload),
    row('code received → <poolster-scan> defined (parse, compile, run)', (b) => b.scriptRun),
    row('navigation → instrument requested', (b) => b.instrumentRequested),
    row('instrument fetch, request → received (may overlap the above)', (b) => b.instrumentFetch),
    row('defined and instrument in → start visible (first render)', (b) => b.firstRender),
    row('start pressed → block 1 visible', (b) => b.afterPress),
    row('  of which files fetched after the press', (b) => b.afterPressFetch),
  ]);
  console.log(`Fetched after the press: ${rows[0]?.afterPressFiles.join(', ') || 'nothing'}`);
}

function print(poolster: RunFigures[], surveyJs: RunFigures[]): void {
  console.log(`\nThe GO! scan side by side with SurveyJS 2.5.38 (headless Chromium, ${RUNS} loads each, alternating; medians)`);
  console.table(
    FIGURES.map(({ figure, pick, unit, goal, within }) => {
      const p = median(poolster.map(pick));
      const s = median(surveyJs.map(pick));
      return { figure, SurveyJS: unit(s), Poolster: unit(p), ratio: s > 0 ? (p / s).toFixed(2) : '—', goal, 'within goal': within ? (within(p, s) ? 'yes' : 'NO') : '' };
    }),
  );
  console.log('Every load, Poolster | SurveyJS');
  console.table(
    FIGURES.map(({ figure, pick, unit }) => ({
      figure,
      Poolster: poolster.map((f) => unit(pick(f))).join(' / '),
      SurveyJS: surveyJs.map((f) => unit(pick(f))).join(' / '),
    })),
  );
  console.log(`Bytes counted, Poolster: ${poolster[0]!.files.join(', ')}; SurveyJS: ${surveyJs[0]!.files.join(', ')}`);
  console.log(
    `Answers checked in all ${RUNS * 2} loads: what each captured (Poolster: the poolster-submit event's response; SurveyJS: survey.data on completion) is what was clicked.`,
  );
}

/** The top 10 constructors of each page's heap at the first render (`--heap-detail`). */
async function printHeapDetail(browser: Browser, url: string): Promise<void> {
  const detail = [
    ['Poolster', `${url}${POOLSTER_PAGE}`, (page: Page) => page.locator('poolster-scan').getByRole('button', { name: 'Beginnen', exact: true }).waitFor()],
    ['SurveyJS', `${url}${SURVEYJS_PAGE}`, (page: Page) => page.locator('[data-name="centre-name"]').getByRole('textbox').waitFor()],
  ] as const;
  for (const [who, page, ready] of detail) {
    const { all, script } = await heapDetail(browser, page, ready);
    const rows = (list: typeof all) => list.map((r) => ({ constructor: r.constructor, count: r.count, 'self size': kb(r.selfSize) }));
    console.log(`\n${who}'s JS heap at the first render, after a forced GC, by constructor or kind (self size, top 10)`);
    console.table(rows(all));
    console.log(`${who}: the objects its script made, by constructor (self size, top 10)`);
    console.table(rows(script));
  }
}

export async function sideBySide(browser: Browser, options: { heapDetail?: boolean } = {}): Promise<void> {
  const instrument = goInstrument();
  const plan = answerPlan(instrument);
  const server = await servePages();
  const poolster: RunFigures[] = [];
  const surveyJs: RunFigures[] = [];
  let floor = 0;
  const load = loadavg().map((n) => n.toFixed(1)).join(', ');
  try {
    floor = await emptyPageHeap(browser, `${server.url}${EMPTY_PAGE}`);
    for (let run = 1; run <= RUNS; run += 1) {
      // Alternating, so that a slower moment of the machine falls on both alike.
      surveyJs.push(await surveyJsRun(browser, `${server.url}${SURVEYJS_PAGE}`, instrument, plan));
      poolster.push(await poolsterRun(browser, `${server.url}${POOLSTER_PAGE}`, instrument, plan));
      process.stderr.write(`side by side: load ${run} of ${RUNS} done\n`);
    }
    print(poolster, surveyJs);
    console.log(`An empty page's JS heap after a forced GC (the floor, not subtracted above): ${mb(floor)}`);
    console.log(`Machine load (1, 5, 15 min) when the loads started: ${load}; at the end: ${loadavg().map((n) => n.toFixed(1)).join(', ')}`);
    printBreakdown(poolster);
    if (options.heapDetail) await printHeapDetail(browser, server.url);
  } finally {
    await server.close();
  }
}
