/**
 * The scan and SurveyJS 2.5.38 side by side: the same GO! content, loaded alternately in the same
 * browser (a fresh profile each time), answered the same way; each figure's median for both, their
 * ratio, and the goal (issue #18). Only the captured answers are asserted (a mismatch throws); the
 * figures are reported, never asserted.
 */
import type { Browser } from 'playwright-core';
import { goInstrument } from '../test/e2e-scan.js';
import { answerPlan } from './answers.js';
import type { RunFigures } from './figures.js';
import { kb, mb, median, ms } from './measure.js';
import { POOLSTER_PAGE, servePages, SURVEYJS_PAGE } from './pages.js';
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
    figure: 'JS + CSS received before block 1 is visible, gzip',
    pick: (f) => f.bytes,
    unit: kb,
    goal: '≤ 0.10 × SurveyJS',
    within: (p, s) => p <= 0.1 * s,
  },
  {
    figure: 'first block: navigation → first question visible (Poolster: block 1, intro started at once)',
    pick: (f) => f.firstQuestion,
    unit: ms,
    goal: '≤ 0.40 × SurveyJS',
    within: (p, s) => p <= 0.4 * s,
  },
  {
    figure: 'navigation → block 1 visible, both through their intro (name + start)',
    pick: (f) => f.firstStageOption,
    unit: ms,
    goal: '(for information)',
  },
  { figure: 'JS heap after the first render', pick: (f) => f.heap, unit: mb, goal: '≤ 0.50 × SurveyJS', within: (p, s) => p <= 0.5 * s },
  { figure: 'JS heap with block 1 visible, both through their intro', pick: (f) => f.heapAtBlock1, unit: mb, goal: '(for information)' },
  {
    figure: 'drawing the next block after "next", main thread, median of 10',
    pick: (f) => median(f.drawings),
    unit: ms,
    goal: '≤ 50 ms',
    within: (p) => p <= 50,
  },
  {
    figure: 'drawing the next block after "next", main thread, slowest of 10',
    pick: (f) => Math.max(...f.drawings),
    unit: ms,
    goal: '≤ 50 ms',
    within: (p) => p <= 50,
  },
  {
    figure: 'answering the 11 blocks, main thread',
    pick: (f) => f.answering,
    unit: ms,
    goal: '≤ 0.20 × SurveyJS',
    within: (p, s) => p <= 0.2 * s,
  },
  { figure: 'answering the 11 blocks, actions', pick: (f) => f.answeringActions, unit: count, goal: '≤ SurveyJS', within: (p, s) => p <= s },
  { figure: "the intro's actions (centre's name, start)", pick: (f) => f.introActions, unit: count, goal: "(the handbook's intro: excepted)" },
  { figure: 'final page and sending, main thread', pick: (f) => f.final, unit: ms, goal: '(no goal of its own)' },
  {
    figure: 'final page and sending, actions',
    pick: (f) => f.finalActions,
    unit: count,
    goal: '≤ SurveyJS + 1 (the warning before sending)',
    within: (p, s) => p <= s + 1,
  },
];

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

export async function sideBySide(browser: Browser): Promise<void> {
  const instrument = goInstrument();
  const plan = answerPlan(instrument);
  const server = await servePages();
  const poolster: RunFigures[] = [];
  const surveyJs: RunFigures[] = [];
  try {
    for (let run = 1; run <= RUNS; run += 1) {
      // Alternating, so that a slower moment of the machine falls on both alike.
      surveyJs.push(await surveyJsRun(browser, `${server.url}${SURVEYJS_PAGE}`, instrument, plan));
      poolster.push(await poolsterRun(browser, `${server.url}${POOLSTER_PAGE}`, instrument, plan));
      process.stderr.write(`side by side: load ${run} of ${RUNS} done\n`);
    }
  } finally {
    await server.close();
  }
  print(poolster, surveyJs);
}
