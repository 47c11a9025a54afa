/**
 * The scan's elements that the drop-in loads after the first block (shared/late-elements.ts): in one file,
 * poolster-later.js, since the final page needs both.
 */
export { PoolsterBlockPick } from '../block-pick/block-pick.js';
export { PoolsterBlockRanking } from '../block-ranking/block-ranking.js';
