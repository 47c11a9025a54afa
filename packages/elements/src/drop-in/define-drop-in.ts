/**
 * Registers the drop-in's elements (dist/poolster.js). The scan and the parts its first block is made of
 * are defined at once; the final page's block pick and ranking once the scan has drawn a block
 * (shared/late-elements.ts), or when such a tag appears in the document; the report and the comparison,
 * which a scan page never draws, on first use (on-first-use.ts). Their classes come from files next to
 * poolster.js (rollup's dynamic import, resolved against this file's own URL: same origin, so a
 * `script-src 'self'` policy holds).
 *
 * Same rules as define.ts (the bundlers' entry, which registers everything at once): one prefix per copy
 * of Poolster, the first call decides; a tag already taken is left as it is.
 */
import { BUILT_IN_LANGUAGES } from '@poolster/schema';
import { loadLateWords } from '../i18n/words-loader.js';
import { defineOnce } from '../shared/define-once.js';
import { DEFAULT_PREFIX, setTagPrefix, tagName, tagPrefix, type ElementName } from '../shared/tags.js';
import { PoolsterChoiceGroup } from '../choice-group/choice-group.js';
import { PoolsterErrorSummary } from '../error-summary/error-summary.js';
import { PoolsterProgressNav } from '../progress-nav/progress-nav.js';
import { PoolsterScan } from '../scan/scan.js';
import { setLateElementLoader } from '../shared/late-elements.js';
import { PoolsterStagePicker } from '../stage-picker/stage-picker.js';
import { defineOnFirstUse, type Loader } from './on-first-use.js';

/**
 * The scan's elements (scan-elements.ts lists them all, for define.ts) drawn on its first pages: defined
 * at once. Not imported from scan-elements.ts, which would bring the late ones into the first file; a test
 * (lazy-drop-in.test.ts) checks that these and LATE together define every one of SCAN_ELEMENTS.
 */
const FIRST: ReadonlyArray<[ElementName, CustomElementConstructor]> = [
  ['scan', PoolsterScan],
  ['stage-picker', PoolsterStagePicker],
  ['choice-group', PoolsterChoiceGroup],
  ['progress-nav', PoolsterProgressNav],
  ['error-summary', PoolsterErrorSummary],
];

/** The final page's elements, one file (later.ts) loaded after the first block. */
const later = () => import('./later.js');
const LATE = {
  'block-pick': () => later().then((module) => module.PoolsterBlockPick),
  'block-ranking': () => later().then((module) => module.PoolsterBlockRanking),
} satisfies Partial<Record<ElementName, Loader>>;

/**
 * The report and the comparison show the validation messages, which are with the late words: fetched with
 * them. A language whose words fail shows the messages empty rather than no element.
 */
const withLateWords = <T>(element: Promise<T>): Promise<T> =>
  Promise.all([element, ...BUILT_IN_LANGUAGES.map((lang) => loadLateWords(lang).catch(() => undefined))]).then(([loaded]) => loaded);

/** Never drawn by the scan: each one's class (and what only it uses) is a file of its own. */
const LAZY = {
  report: () => withLateWords(import('../report/report.js').then((module) => module.PoolsterReport)),
  compare: () => withLateWords(import('../compare/compare.js').then((module) => module.PoolsterCompare)),
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
  // The scan and the parts of its first pages are drawn at once: defined when the drop-in is evaluated.
  for (const [name, element] of FIRST) defineOnce(tagName(name), element);
  setLateElementLoader(async () => {
    for (const [name, load] of Object.entries(LATE)) defineOnce(tagName(name as ElementName), await load());
  });
  const loaders = new Map(Object.entries({ ...LAZY, ...LATE }).map(([name, loader]) => [tagName(name as ElementName), loader]));
  defineOnFirstUse(loaders, defineOnce, (tag, error) => console.error(`Poolster could not load <${tag}>:`, error));
  return true;
}
