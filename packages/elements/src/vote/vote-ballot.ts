import type { BallotPlacement, ParticipantRound } from '@poolster/schema';
import type { BlockStatus } from './vote-views.js';

export type Placements = Record<string, BallotPlacement>;

export interface Reconciled {
  /** The device's placements after the round's news: stale generations dropped, the server's adopted where the device had none. */
  placements: Placements;
  /** Blocks voted on again since the participant placed them: their choice was cleared. */
  revoted: string[];
  /** Blocks whose placement the server does not hold yet (to be sent). */
  unsent: string[];
}

const same = (a: BallotPlacement | undefined, b: BallotPlacement | undefined): boolean =>
  a !== undefined && b !== undefined && a.generation === b.generation && a.current === b.current && a.ambition === b.ambition;

/**
 * Brings the device's placements in line with the round as the server sees it. The server's `ballot`
 * holds what counts; the device's copy wins for a block still voting in the same generation (it is the
 * participant's latest choice, perhaps not sent yet), and is dropped once the block's generation moved on.
 */
export function reconcile(local: Placements, round: ParticipantRound): Reconciled {
  const placements: Placements = {};
  const revoted: string[] = [];
  const unsent: string[] = [];
  const held = round.ballot.placements;
  for (const block of round.blocks) {
    const mine = local[block.blockId];
    if (mine !== undefined && mine.generation < block.generation) revoted.push(block.blockId);
    const server = held[block.blockId];
    if (mine && mine.generation === block.generation) {
      placements[block.blockId] = mine;
      if (block.phase === 'voting' && !same(mine, server)) unsent.push(block.blockId);
    } else if (server && server.generation === block.generation) {
      placements[block.blockId] = server;
    }
  }
  return { placements, revoted, unsent };
}

/** What is sent: every placement of a block still open for voting (the server merges per block). */
export function ballotPlacements(placements: Placements, round: ParticipantRound): Placements {
  const open: Placements = {};
  for (const block of round.blocks) {
    const placement = placements[block.blockId];
    if (block.phase === 'voting' && placement && placement.generation === block.generation) open[block.blockId] = placement;
  }
  return open;
}

/** Whether the server holds exactly this placement of the block. */
export const isHeld = (round: ParticipantRound, blockId: string, placement: BallotPlacement | undefined): boolean => same(placement, round.ballot.placements[blockId]);

/** Blocks whose open placement the server does not hold yet: what a send still has to deliver. */
export function unsentBlocks(placements: Placements, round: ParticipantRound | undefined): string[] {
  if (!round) return [];
  return Object.keys(ballotPlacements(placements, round)).filter((id) => !isHeld(round, id, placements[id]));
}

/** What the line under a block says about its choice. */
export function blockStatus(
  round: ParticipantRound,
  blockId: string,
  placement: BallotPlacement | undefined,
  progress: { refused: boolean; sending: boolean; connected: boolean },
): BlockStatus {
  if (round.blocks.find((b) => b.blockId === blockId)?.phase === 'revealed') return 'revealed';
  if (!placement) return 'not-placed';
  if (progress.refused) return 'refused';
  if (isHeld(round, blockId, placement)) return 'sent';
  return progress.sending && progress.connected ? 'sending' : 'waiting';
}

/** The server's refusal of a send, said beside each of its blocks the server does not hold. */
export function refusals(round: ParticipantRound, placements: Placements, blockIds: readonly string[], message: string): Record<string, string> {
  return Object.fromEntries(blockIds.filter((id) => !isHeld(round, id, placements[id])).map((id) => [id, message]));
}

/** What a new choice changes on the device: the placements, the server's refusals and the "voted on again" notices. */
export interface Choices {
  placements: Placements;
  refused: Record<string, string>;
  revoted: ReadonlySet<string>;
}

/**
 * The choices after the participant changed a block's placement: a placement of an older generation starts
 * afresh (the block was voted on again since), and the block's refusal and notice are gone.
 */
export function afterChoice(choices: Choices, block: { blockId: string; generation: number }, change: (placement: BallotPlacement) => BallotPlacement): Choices {
  const before = choices.placements[block.blockId];
  const placement = change(before && before.generation === block.generation ? before : { generation: block.generation });
  const { [block.blockId]: _refusal, ...refused } = choices.refused;
  const revoted = choices.revoted.has(block.blockId) ? new Set([...choices.revoted].filter((id) => id !== block.blockId)) : choices.revoted;
  return { placements: { ...choices.placements, [block.blockId]: placement }, refused, revoted };
}
