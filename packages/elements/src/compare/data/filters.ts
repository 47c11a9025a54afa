import type { InstrumentModel } from '@poolster/schema';
import type { Scan } from './entries.js';

/** The filters on centres; '' means "no filter". They apply to every view. */
export interface CentreFilters {
  /** Only centres of this school group (`CompareEntry.group`). */
  group: string;
  /** With `stage`: only centres whose current stage in this block id is that stage id. */
  block: string;
  stage: string;
  /** Only centres that rank this block id among their priorities. */
  priority: string;
}

export const NO_FILTERS: CentreFilters = { group: '', block: '', stage: '', priority: '' };

/** The school groups among the scans, sorted by name in the interface language. */
export function groupsOf(scans: readonly Scan[], lang: string): string[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  return [...new Set(scans.map((s) => s.group).filter((g) => g !== ''))].sort(collator.compare);
}

/**
 * The scans that pass every filter. `rankingId` is the instrument's block-ranking question (without one the
 * priority filter keeps nothing out); an unknown block or stage id filters nothing.
 */
export function filterScans(scans: readonly Scan[], filters: CentreFilters, model: InstrumentModel, rankingId?: string): Scan[] {
  const blockIndex = filters.block === '' ? undefined : model.blockById.get(filters.block)?.index;
  const stageIndex = filters.stage === '' ? undefined : model.stageIndex.get(filters.stage);
  const byStage = blockIndex !== undefined && stageIndex !== undefined;
  const byPriority = filters.priority !== '' && rankingId !== undefined && model.blockById.has(filters.priority);
  return scans.filter(
    (s) =>
      (filters.group === '' || s.group === filters.group) &&
      (!byStage || s.placements[blockIndex]?.currentIndex === stageIndex) &&
      (!byPriority || (s.response.final[rankingId]?.blocks ?? []).includes(filters.priority)),
  );
}
