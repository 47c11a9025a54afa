import type { CompareView } from './compare-data.js';
import type { CompareStrings } from './compare.strings.js';
import { cyclesStrings } from './cycles.strings.js';
import { networkStrings } from './network.strings.js';

/** Each view's tab name and panel heading, in the interface language (the network's and the cycles' views have their own catalogs). */
function viewWords(t: CompareStrings, lang: string): Record<CompareView, { name: string; heading: string }> {
  const nt = networkStrings(lang);
  const cs = cyclesStrings(lang);
  return {
    matrix: { name: t.viewMatrix, heading: t.headingMatrix },
    distribution: { name: t.viewDistribution, heading: t.headingDistribution },
    challenges: { name: nt.viewChallenges, heading: nt.headingChallenges },
    comments: { name: nt.viewComments, heading: nt.headingComments },
    priorities: { name: t.viewPriorities, heading: t.headingPriorities },
    inspire: { name: nt.viewInspire, heading: nt.headingInspire },
    cycles: { name: cs.viewCycles, heading: cs.headingCycles },
    teams: { name: t.viewTeams, heading: t.headingTeams },
  };
}

/** The tab's name of each view. */
export const viewName = (t: CompareStrings, view: CompareView, lang: string): string => viewWords(t, lang)[view].name;

/** The heading of each view's panel. */
export const viewHeading = (t: CompareStrings, view: CompareView, lang: string): string => viewWords(t, lang)[view].heading;
