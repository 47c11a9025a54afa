import type { Browser, BrowserContext } from 'playwright-core';

/** What one load of one survey gives, measured the same way for both (see bench.ts for the definitions). */
export interface RunFigures {
  /** JS + CSS received before the first stage option of block 1 is visible, gzip level 9. */
  bytes: number;
  files: string[];
  /** Navigation → the first question visible (Poolster: the first stage option of block 1, after its intro's start). */
  firstQuestion: number;
  /** Navigation → the first stage option of block 1 visible, the intro's centre name and start pressed as soon as shown. */
  firstStageOption: number;
  /** JSHeapUsedSize after the first render (at `firstQuestion`). */
  heap: number;
  /** JSHeapUsedSize at `firstStageOption` (for the scan the same moment as `heap`). */
  heapAtBlock1: number;
  introActions: number;
  /** Main-thread time of each move from one block to the next ("Opslaan en verder" / "Volgende" → next block visible). */
  drawings: number[];
  /** Main-thread time to answer the 11 blocks: from block 1 visible to the final page visible. */
  answering: number;
  answeringActions: number;
  /** Main-thread time from the final page visible to the answers sent and the page saying so. */
  final: number;
  finalActions: number;
}

/** A fresh profile for every load: no draft or cache left over from an earlier one. */
export function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
