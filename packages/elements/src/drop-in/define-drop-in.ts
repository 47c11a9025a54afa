/**
 * Registers the drop-in's elements (dist/poolster.js). The scan and the parts it is made of are defined
 * at once; the report and the comparison, which a scan page never draws, are defined on first use
 * (on-first-use.ts), their classes loaded then from files next to poolster.js (rollup's dynamic import,
 * resolved against this file's own URL: same origin, so a `script-src 'self'` policy holds).
 *
 * Same rules as define.ts (the bundlers' entry, which registers everything at once): one prefix per copy
 * of Poolster, the first call decides; a tag already taken is left as it is.
 */
import { PoolsterBlockPick } from '../block-pick/block-pick.js';
import { PoolsterBlockRanking } from '../block-ranking/block-ranking.js';
import { PoolsterChoiceGroup } from '../choice-group/choice-group.js';
import { PoolsterErrorSummary } from '../error-summary/error-summary.js';
import { PoolsterProgressNav } from '../progress-nav/progress-nav.js';
import { PoolsterScan } from '../scan/scan.js';
import { defineOnce } from '../shared/define-once.js';
import { DEFAULT_PREFIX, setTagPrefix, tagName, tagPrefix, type ElementName } from '../shared/tags.js';
import { PoolsterStagePicker } from '../stage-picker/stage-picker.js';
import { defineOnFirstUse, type Loader } from './on-first-use.js';

/** Drawn by the scan: defined when the drop-in is evaluated. */
const EAGER: ReadonlyArray<[ElementName, CustomElementConstructor]> = [
  ['scan', PoolsterScan],
  ['stage-picker', PoolsterStagePicker],
  ['choice-group', PoolsterChoiceGroup],
  ['block-pick', PoolsterBlockPick],
  ['block-ranking', PoolsterBlockRanking],
  ['progress-nav', PoolsterProgressNav],
  ['error-summary', PoolsterErrorSummary],
];

/** Never drawn by the scan: each one's class (and what only it uses) is a file of its own. */
const LAZY = {
  report: () => import('../report/report.js').then((module) => module.PoolsterReport),
  compare: () => import('../compare/compare.js').then((module) => module.PoolsterCompare),
} satisfies Partial<Record<ElementName, Loader>>;

export type LazyElementName = keyof typeof LAZY;

let defined = false;

/**
 * Loads and defines a lazily defined element now, under this copy's prefix. For a page that renders it
 * where the document's observer cannot see it (inside its own component's shadow root).
 */
export async function loadElement(name: LazyElementName): Promise<CustomElementConstructor> {
  const element = await LAZY[name]();
  defineOnce(tagName(name), element);
  return customElements.get(tagName(name)) ?? element;
}

/** Registers the elements under `prefix`-name tags; returns false when another prefix came first. */
export function defineElements(options: { prefix?: string } = {}): boolean {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  if (defined && prefix !== tagPrefix()) return false;
  if (defined) return true;
  setTagPrefix(prefix);
  defined = true;
  for (const [name, element] of EAGER) defineOnce(tagName(name), element);
  const loaders = new Map(Object.entries(LAZY).map(([name, loader]) => [tagName(name as LazyElementName), loader]));
  defineOnFirstUse(loaders, defineOnce, (tag, error) => console.error(`Poolster could not load <${tag}>:`, error));
  return true;
}
