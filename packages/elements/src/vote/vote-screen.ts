import type { Instrument, ParticipantRound } from '@poolster/schema';
import { blockStatus, type Placements } from './vote-ballot.js';
import { ambitionOptions, voteBlock } from './vote-content.js';
import type { VoteViewModel } from './vote-views.js';

/** Where the participant's ballot stands: the placements and how sending them goes. */
export interface BallotProgress {
  placements: Placements;
  /** The server's refusal per block, when it refused the block's choice. */
  refused: Record<string, string>;
  revoted: ReadonlySet<string>;
  sending: boolean;
  connected: boolean;
}

export type BlockOnScreen = Pick<VoteViewModel, 'total' | 'placed' | 'block' | 'placement' | 'askAmbition' | 'ambitionOptions' | 'locked' | 'revoted' | 'status' | 'refusal'>;

/** What the participant's screen shows of the round's block at `index`: its content, the choice made and the line under it. */
export function blockOnScreen(instrument: Instrument | undefined, round: ParticipantRound | undefined, index: number, ballot: BallotProgress, lang: string): BlockOnScreen {
  const block = round && instrument ? round.blocks[index] : undefined;
  const content = block && instrument ? voteBlock(instrument, block.blockId, lang) : undefined;
  const placement = block ? ballot.placements[block.blockId] : undefined;
  const refusal = block ? ballot.refused[block.blockId] : undefined;
  return {
    total: round?.blocks.length ?? 0,
    placed: round ? round.blocks.filter((b) => ballot.placements[b.blockId]?.current !== undefined).length : 0,
    block: content,
    placement,
    askAmbition: round?.askAmbition === true && (content?.ambition.length ?? 0) > 0,
    ambitionOptions: content ? ambitionOptions(content, placement?.current) : [],
    locked: block?.phase === 'revealed',
    revoted: block ? ballot.revoted.has(block.blockId) : false,
    status: block && round ? blockStatus(round, block.blockId, placement, { refused: Boolean(refusal), sending: ballot.sending, connected: ballot.connected }) : 'not-placed',
    refusal: refusal ?? '',
  };
}
