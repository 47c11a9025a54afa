// The script registers `window.axe`; the type comes from the same package.
import 'axe-core/axe.min.js';
import type { AxeResults, Result } from 'axe-core';

type Axe = typeof import('axe-core');

/**
 * Every axe rule for WCAG 2.x A and AA and axe's best practices (duplicate landmarks, headings, regions…),
 * run on a whole page: page-level rules such as "only one main" only run on a page, not on an element.
 * `to.be.accessible()` runs axe's defaults on one element; this is the stricter check of a host page.
 */
export async function pageViolations(root: Document | Element = document): Promise<Result[]> {
  // A page in a frame is checked by that frame's own axe (axe only accepts its own realm's nodes).
  const view = (root.ownerDocument ?? (root as Document)).defaultView ?? window;
  const axe = (view as unknown as { axe?: Axe }).axe;
  if (!axe) throw new Error('axe is not loaded in this page: add /node_modules/axe-core/axe.min.js to it');
  const results: AxeResults = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  });
  return results.violations;
}

/** Violations as short lines, so a failing test says which rule and where at a glance. */
export const describeViolations = (violations: readonly Result[]): string[] =>
  violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
