/**
 * Registers the drop-in's elements (dist/poolster.js). The scan and the parts it is made of are defined
 * at once; the report and the comparison, which a scan page never draws, are defined on first use
 * (on-first-use.ts), their classes loaded then from files next to poolster.js (rollup's dynamic import,
 * resolved against this file's own URL: same origin, so a `script-src 'self'` policy holds).
 *
 * Same rules as define.ts (the bundlers' entry, which registers everything at once): one prefix per copy
 * of Poolster, the first call decides; a tag already taken is left as it is.
 */
import { defineOnce } from '../shared/define-once.js';
import { DEFAULT_PREFIX, setTagPrefix, tagName, tagPrefix, type ElementName } from '../shared/tags.js';
import { SCAN_ELEMENTS } from '../scan-elements.js';
import { defineOnFirstUse, type Loader } from './on-first-use.js';

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
  // The scan and its parts are drawn at once: defined when the drop-in is evaluated.
  for (const [name, element] of SCAN_ELEMENTS) defineOnce(tagName(name), element);
  const loaders = new Map(Object.entries(LAZY).map(([name, loader]) => [tagName(name as LazyElementName), loader]));
  defineOnFirstUse(loaders, defineOnce, (tag, error) => console.error(`Poolster could not load <${tag}>:`, error));
  return true;
}
