import type { CompareView } from './compare-data.js';
import type { CompareStrings } from './compare.strings.js';
import { cyclesStrings } from './cycles.strings.js';
import { networkStrings } from './network.strings.js';

/** The tab's name of each view. */
export function viewName(t: CompareStrings, view: CompareView, lang: string): string {
  const nt = networkStrings(lang);
  const names: Record<CompareView, string> = {
    matrix: t.viewMatrix,
    distribution: t.viewDistribution,
    challenges: nt.viewChallenges,
    comments: nt.viewComments,
    priorities: t.viewPriorities,
    inspire: nt.viewInspire,
    cycles: cyclesStrings(lang).viewCycles,
    teams: t.viewTeams,
  };
  return names[view];
}

/** The heading of each view's panel. */
export function viewHeading(t: CompareStrings, view: CompareView, lang: string): string {
  const nt = networkStrings(lang);
  const headings: Record<CompareView, string> = {
    matrix: t.headingMatrix,
    distribution: t.headingDistribution,
    challenges: nt.headingChallenges,
    comments: nt.headingComments,
    priorities: t.headingPriorities,
    inspire: nt.headingInspire,
    cycles: cyclesStrings(lang).headingCycles,
    teams: t.headingTeams,
  };
  return headings[view];
}
