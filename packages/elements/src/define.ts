/**
 * Registers every Poolster element. Guarded: a second copy of the bundle on the page, or a second call,
 * leaves the first registration in place instead of throwing.
 *
 * The tag prefix is `poolster` (`<poolster-scan>`), or the one a page asks for: as a query parameter
 * of the module (`<script type="module" src="poolster.js?prefix=acme">` gives `<acme-scan>`), or by
 * importing the classes (`@poolster/elements`) and calling `defineElements({ prefix: 'acme' })` itself.
 */
import { PoolsterCompare } from './compare/compare.js';
import { PoolsterReport } from './report/report.js';
import { SCAN_ELEMENTS } from './scan-elements.js';
import { defineOnce } from './shared/define-once.js';
import { DEFAULT_PREFIX, prefixFromUrl, setTagPrefix, tagName, tagPrefix, type ElementName } from './shared/tags.js';

/** Every element class, by the last part of its tag name. */
export const ELEMENTS: ReadonlyArray<[ElementName, CustomElementConstructor]> = [...SCAN_ELEMENTS, ['report', PoolsterReport], ['compare', PoolsterCompare]];

let defined = false;

/**
 * Registers the elements under `prefix`-name tags. One prefix per copy of Poolster: the first call
 * decides; a later call with another prefix changes nothing and returns false.
 */
export function defineElements(options: { prefix?: string } = {}): boolean {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  if (defined && prefix !== tagPrefix()) return false;
  if (!defined) setTagPrefix(prefix);
  defined = true;
  for (const [name, element] of ELEMENTS) defineOnce(tagName(name), element);
  return true;
}

defineElements({ prefix: prefixFromUrl(import.meta.url) });
