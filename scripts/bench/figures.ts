import type { Browser, BrowserContext } from 'playwright-core';
import type { FirstBlockTimes, LoadBreakdown } from './first-block.js';
import type { PageTrace, Work } from './page-work.js';

/** What one load of one survey gives, measured the same way for both (see bench.ts for the definitions). */
export interface RunFigures {
  /** JS + CSS whose requests started before the first stage option of block 1 was visible, gzip level 9. */
  bytes: number;
  files: string[];
  /** Page clock: (start control visible − navigation start) + (first stage option of block 1 visible − start pressed). */
  firstBlock: number;
  /** Page clock: navigation start → start control visible. */
  startVisible: number;
  /** Page clock: start pressed → first stage option of block 1 visible. */
  afterPress: number;
  /**
   * The comparison: the scan's `firstBlock`, against SurveyJS's first question (the centre's name)
   * visible, which shows together with its start.
   */
  firstQuestion: number;
  /** Node's clock, navigation → block 1 visible with the benchmark's own typing and clicking (the old figure). */
  firstStageOptionNode: number;
  /** Where the first block's time goes (the scan only). */
  breakdown?: LoadBreakdown;
  /** Used JS heap after a forced GC, with the start control visible (the first render). */
  heap: number;
  /** Used JS heap after a forced GC, with block 1 visible. */
  heapAtBlock1: number;
  /** JSHeapUsedSize at the first render without a GC (the old figure). */
  heapNoGc: number;
  introActions: number;
  /** The page's own work to draw each next block ("Opslaan en verder" / "Volgende" → next block visible). */
  drawings: number[];
  /** The same as CDP TaskDuration (the old figure, driver's work included). */
  drawingsTask: number[];
  /** The page's own work to answer the 11 blocks: from block 1 visible to the final page visible. */
  answering: Work;
  /** The same as CDP TaskDuration (the old figure). */
  answeringTask: number;
  answeringActions: number;
  /** The page's own work from the final page visible to the answers sent and the page saying so. */
  final: number;
  finalTask: number;
  finalActions: number;
}

/** What a run took down on its way; `runFigures` reads both surveys' runs into figures the same way. */
export interface RunMeasurements extends Pick<RunFigures, 'firstQuestion' | 'firstStageOptionNode' | 'breakdown' | 'heap' | 'heapAtBlock1' | 'heapNoGc' | 'drawingsTask'> {
  received: { gzip: number; files: string[] };
  times: FirstBlockTimes;
  /** Actions counted: before block 1, while answering the blocks, and in all. */
  actions: { intro: number; answering: number; all: number };
  /** The trace, marked block1, next-i / drawn-i, final and sent. */
  traced: PageTrace;
  /** CDP TaskDuration at block 1 drawn, at the final page and once sent. */
  task: { atFirstBlock: number; afterAnswers: number; afterSending: number };
}

export function runFigures({ received, times, actions, traced, task, ...measured }: RunMeasurements): RunFigures {
  return {
    ...measured,
    bytes: received.gzip,
    files: received.files,
    firstBlock: times.firstBlock,
    startVisible: times.startVisible,
    afterPress: times.stageVisible - times.pressed,
    introActions: actions.intro,
    drawings: measured.drawingsTask.map((_, i) => traced.work(`next-${i}`, `drawn-${i}`).total),
    answering: traced.work('block1', 'final'),
    answeringTask: task.afterAnswers - task.atFirstBlock,
    answeringActions: actions.answering,
    final: traced.work('final', 'sent').total,
    finalTask: task.afterSending - task.afterAnswers,
    finalActions: actions.all - actions.intro - actions.answering,
  };
}

/** A fresh profile for every load: no draft or cache left over from an earlier one. */
export function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
