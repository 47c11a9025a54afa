import type { CompareView } from './compare-data.js';
import type { CompareStrings } from './compare.strings.js';

/** The tab's name of each view. */
export function viewName(t: CompareStrings, view: CompareView): string {
  const names: Record<CompareView, string> = {
    matrix: t.viewMatrix,
    distribution: t.viewDistribution,
    aspects: t.viewAspects,
    priorities: t.viewPriorities,
    matches: t.viewMatches,
    trend: t.viewTrend,
    teams: t.viewTeams,
  };
  return names[view];
}

/** The heading of each view's panel. */
export function viewHeading(t: CompareStrings, view: CompareView): string {
  const headings: Record<CompareView, string> = {
    matrix: t.headingMatrix,
    distribution: t.headingDistribution,
    aspects: t.headingAspects,
    priorities: t.headingPriorities,
    matches: t.headingMatches,
    trend: t.headingTrend,
    teams: t.headingTeams,
  };
  return headings[view];
}
