/**
 * Registers every Poolster element under its `poolster-*` tag. Guarded: a second copy of the bundle on
 * the page, or a second call, leaves the first registration in place instead of throwing.
 */
import { PoolsterBlockPick } from './block-pick/block-pick.js';
import { PoolsterBlockRanking } from './block-ranking/block-ranking.js';
import { PoolsterChoiceGroup } from './choice-group/choice-group.js';
import { PoolsterCompare } from './compare/compare.js';
import { PoolsterErrorSummary } from './error-summary/error-summary.js';
import { PoolsterProgressNav } from './progress-nav/progress-nav.js';
import { PoolsterReport } from './report/report.js';
import { PoolsterScan } from './scan/scan.js';
import { defineOnce } from './shared/define-once.js';
import { PoolsterStagePicker } from './stage-picker/stage-picker.js';

export const ELEMENTS: ReadonlyArray<[string, CustomElementConstructor]> = [
  ['poolster-scan', PoolsterScan],
  ['poolster-report', PoolsterReport],
  ['poolster-compare', PoolsterCompare],
  ['poolster-stage-picker', PoolsterStagePicker],
  ['poolster-choice-group', PoolsterChoiceGroup],
  ['poolster-block-pick', PoolsterBlockPick],
  ['poolster-block-ranking', PoolsterBlockRanking],
  ['poolster-progress-nav', PoolsterProgressNav],
  ['poolster-error-summary', PoolsterErrorSummary],
];

export function defineElements(): void {
  for (const [tag, element] of ELEMENTS) defineOnce(tag, element);
}

defineElements();
