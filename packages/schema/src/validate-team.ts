import type { IssueCollector } from './issue-collector.js';
import { issue } from './issues.js';
import type { InstrumentModel } from './model.js';
import type { Response } from './response.js';
import type { TeamVotes } from './team-round.js';

/**
 * Checks what team rounds left in a response: each entry names a known block, counts known stages and
 * ambition options, and no count is larger than the number of people who placed the block (each person
 * places a block once, so the counts of one question add up to at most `participants`).
 */
export function checkTeamBlocks(model: InstrumentModel, response: Response, issues: IssueCollector): void {
  for (const [blockId, entry] of Object.entries(response.team ?? {})) {
    const path = ['team', blockId];
    if (!model.blockById.has(blockId)) {
      issues.pushUnknown(issue('answer.unknown-block', path, { block: blockId }), blockId, () => model.blockById.keys());
      continue;
    }
    if (entry.votes) checkVotes(model, entry.votes, [...path, 'votes'], issues);
  }
}

function checkVotes(model: InstrumentModel, votes: TeamVotes, path: string[], issues: IssueCollector): void {
  for (const stageId of Object.keys(votes.current)) {
    if (!model.stageIndex.has(stageId)) issues.pushUnknown(issue('answer.unknown-stage', [...path, 'current', stageId], { stage: stageId }), stageId, () => model.stageIndex.keys());
  }
  checkTotal(votes.current, votes.participants, [...path, 'current'], issues);
  if (!votes.ambition) return;
  const options = new Set(model.ambitionQuestion?.options.map((o) => o.id) ?? []);
  for (const optionId of Object.keys(votes.ambition)) {
    if (!options.has(optionId)) issues.pushUnknown(issue('answer.unknown-option', [...path, 'ambition', optionId], { option: optionId }), optionId, () => options);
  }
  checkTotal(votes.ambition, votes.participants, [...path, 'ambition'], issues);
}

function checkTotal(counts: Record<string, number>, participants: number, path: string[], issues: IssueCollector): void {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (total > participants) issues.push(issue('team.counts-above-participants', path, { total, participants }));
}
