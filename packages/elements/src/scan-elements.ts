/**
 * The scan and the parts it is made of, by the last part of each tag name: the one list both entries
 * register (define.ts for bundlers, with the report and the comparison after it; the drop-in's
 * drop-in/define-drop-in.ts, which defines the report and the comparison on first use instead).
 */
import { PoolsterBlockPick } from './block-pick/block-pick.js';
import { PoolsterBlockRanking } from './block-ranking/block-ranking.js';
import { PoolsterChoiceGroup } from './choice-group/choice-group.js';
import { PoolsterErrorSummary } from './error-summary/error-summary.js';
import { PoolsterProgressNav } from './progress-nav/progress-nav.js';
import { PoolsterScan } from './scan/scan.js';
import type { ElementName } from './shared/tags.js';
import { PoolsterStagePicker } from './stage-picker/stage-picker.js';

export const SCAN_ELEMENTS: ReadonlyArray<[ElementName, CustomElementConstructor]> = [
  ['scan', PoolsterScan],
  ['stage-picker', PoolsterStagePicker],
  ['choice-group', PoolsterChoiceGroup],
  ['block-pick', PoolsterBlockPick],
  ['block-ranking', PoolsterBlockRanking],
  ['progress-nav', PoolsterProgressNav],
  ['error-summary', PoolsterErrorSummary],
];
