/**
 * The limits of a team round, apart from its zod schemas: a browser bundle that only needs a number (the
 * note's length in the facilitator's form) then does not carry zod along with it.
 */

/** The most people a round counts: far above a policy team, low enough that a count is never absurd. */
export const ROUND_MAX_PARTICIPANTS = 500;
/** The most characters of the team's note on a block. */
export const TEAM_NOTE_MAX_LENGTH = 2000;
