import './jitless.js';
import { z } from 'zod';
import { Identifier, SemVer } from './primitives.js';
import { ROUND_MAX_PARTICIPANTS, TEAM_NOTE_MAX_LENGTH } from './team-limits.js';

/**
 * A team round: every member of a centre's policy team places a block privately, the shared screen
 * reveals the spread, and the team records the stage it agrees on. What a response keeps of a round is
 * anonymous: counts, never who chose what.
 */

export { ROUND_MAX_PARTICIPANTS, TEAM_NOTE_MAX_LENGTH };

const Timestamp = z.iso.datetime({ offset: true });
const Count = z.int().min(0).max(ROUND_MAX_PARTICIPANTS);

export const TeamVotes = z
  .strictObject({
    participants: z
      .int()
      .min(1)
      .max(ROUND_MAX_PARTICIPANTS)
      .meta({ description: 'How many people placed the block (each counted once).' }),
    current: z.record(Identifier, Count).meta({ description: 'How many chose each current stage, by stage id.' }),
    ambition: z
      .record(Identifier, Count)
      .optional()
      .meta({ description: 'How many chose each ambition option, by option id; present when the round asked for it.' }),
    revealedAt: Timestamp.optional().meta({ description: 'When the spread was shown to the team.' }),
  })
  .meta({ id: 'TeamVotes', description: "The anonymous counts of one block's team round." });

export const TeamBlock = z
  .strictObject({
    votes: TeamVotes.optional(),
    note: z
      .string()
      .max(TEAM_NOTE_MAX_LENGTH)
      .optional()
      .meta({ description: 'What the team wants to remember of its discussion ("we doubted between … because …").' }),
  })
  .meta({ id: 'TeamBlock', description: "What a team round left on a block: the counts and the team's note." });

/** The `format` of a ballot: what tells one apart from any other JSON. */
export const BALLOT_FORMAT = 'poolster-ballot';
export const BALLOT_VERSION = 1;

export const BallotPlacement = z
  .strictObject({
    current: Identifier.optional().meta({ description: 'The stage id the participant places the block at.' }),
    ambition: Identifier.optional().meta({ description: 'The ambition option id, where the round asks for it.' }),
    generation: z
      .int()
      .min(0)
      .meta({ description: 'The voting generation of the block the placement was made in; a placement from before a re-vote is not counted.' }),
  })
  .meta({ id: 'BallotPlacement' });

export const Ballot = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(BALLOT_FORMAT),
    version: z.literal(BALLOT_VERSION),
    placements: z.record(Identifier, BallotPlacement).meta({ description: "One participant's placements, by block id." }),
  })
  .meta({ id: 'Ballot', description: "One participant's private placements in a team round. It carries no name." });

export const RoundPhase = z.enum(['voting', 'revealed']);

/** One block of a round as the facilitator's screen sees it: counts only after the reveal. */
export const RoundBlockState = z
  .strictObject({
    blockId: Identifier,
    phase: RoundPhase,
    generation: z.int().min(0),
    voted: Count.meta({ description: 'How many have placed the block in this generation (never who, never what before the reveal).' }),
    votes: TeamVotes.optional().meta({ description: 'The distribution; present only once revealed.' }),
  })
  .meta({ id: 'RoundBlockState' });

export const RoundState = z
  .strictObject({
    id: z.uuid(),
    code: z.string().meta({ description: 'The join code participants type, such as "K7P3QX".' }),
    joinUrl: z.string().meta({ description: 'The address participants open (shown as a link and a QR code).' }),
    instrumentId: Identifier,
    instrumentVersion: SemVer,
    askAmbition: z.boolean(),
    status: z.enum(['open', 'closed']),
    createdAt: Timestamp,
    participants: Count.meta({ description: 'How many have joined.' }),
    blocks: z.array(RoundBlockState),
  })
  .meta({ id: 'RoundState', description: "A team round as the facilitator's screen sees it." });

/** The round as a participant sees it: no counts at all, and the participant's own stored ballot. */
export const ParticipantRound = z
  .strictObject({
    roundId: z.uuid(),
    instrumentId: Identifier,
    instrumentVersion: SemVer,
    askAmbition: z.boolean(),
    status: z.enum(['open', 'closed']),
    blocks: z.array(z.strictObject({ blockId: Identifier, phase: RoundPhase, generation: z.int().min(0) })),
    ballot: Ballot.meta({ description: 'What the server holds of this participant: the placements that count.' }),
  })
  .meta({ id: 'ParticipantRound', description: 'A team round as a participant sees it.' });

export type TeamVotes = z.infer<typeof TeamVotes>;
export type TeamBlock = z.infer<typeof TeamBlock>;
export type BallotPlacement = z.infer<typeof BallotPlacement>;
export type Ballot = z.infer<typeof Ballot>;
export type RoundPhase = z.infer<typeof RoundPhase>;
export type RoundBlockState = z.infer<typeof RoundBlockState>;
export type RoundState = z.infer<typeof RoundState>;
export type ParticipantRound = z.infer<typeof ParticipantRound>;
