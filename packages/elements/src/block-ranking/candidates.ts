import type { BlockOption } from '../block-pick/block-pick.js';

/** A titled list of blocks the ranking offers to add. */
export interface CandidateGroup {
  title: string | undefined;
  blocks: BlockOption[];
}

/**
 * The blocks not ranked yet, as the ranking lists them: the suggested ones first under `suggestedTitle`,
 * then the others by cluster, clusters in the order their first block appears. A suggested block is
 * listed once, among the suggestions, so every add button names a different block.
 */
export function candidateGroups(blocks: BlockOption[], chosen: string[], suggestedTitle: string): CandidateGroup[] {
  const available = (blocks ?? []).filter((b) => !chosen.includes(b.id));
  const suggested = available.filter((b) => b.suggestion);
  const groups: CandidateGroup[] = suggested.length ? [{ title: suggestedTitle, blocks: suggested }] : [];
  const byCluster: CandidateGroup[] = [];
  for (const block of available) {
    if (block.suggestion) continue;
    const title = block.group || undefined;
    let group = byCluster.find((g) => g.title === title);
    if (!group) byCluster.push((group = { title, blocks: [] }));
    group.blocks.push(block);
  }
  return [...groups, ...byCluster];
}
