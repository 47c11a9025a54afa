import { SCHEMA_MAJOR } from './format-constants.js';
import type { Response } from './response.js';
import { ROUND_MAX_PARTICIPANTS, TEAM_NOTE_MAX_LENGTH } from './team-limits.js';
import {
  arrayOf,
  intBetween,
  isBoolean,
  isIdentifier,
  isLanguage,
  isSemVer,
  isString,
  isTimestamp,
  isUuid,
  literal,
  objectOf,
  recordOf,
  stringUpTo,
} from './shape-checks.js';

/**
 * A quick, zod-free answer to "does this response have the structure of a Response?" (response.ts), for
 * the comparison, which reads a thousand responses at once, and for the scan, which checks each change
 * without carrying zod. A strict subset of the schema: when it says yes, zod would too (a test holds it to
 * that on mutated responses); when it says no, or meets what it does not handle itself (set-aside
 * answers, an explicit `undefined`), the caller asks zod, which also says what is wrong.
 */

const TEXT_MAX = 100000;
const isLongText = stringUpTo(TEXT_MAX);
const isAnswer = objectOf({}, { choice: isIdentifier, choices: arrayOf(isIdentifier), other: isLongText, blocks: arrayOf(isIdentifier), none: isBoolean, text: isLongText, comment: isLongText });
const isAnswers = recordOf(isIdentifier, isAnswer);
const isCount = intBetween(0, ROUND_MAX_PARTICIPANTS);
const isTeamVotes = objectOf(
  { participants: intBetween(1, ROUND_MAX_PARTICIPANTS), current: recordOf(isIdentifier, isCount) },
  { ambition: recordOf(isIdentifier, isCount), revealedAt: isTimestamp },
);
/** A team round's block (team-round.ts `TeamBlock`), for checking one before it joins a response. */
export const isWellFormedTeamBlock = objectOf({}, { votes: isTeamVotes, note: stringUpTo(TEAM_NOTE_MAX_LENGTH) });

const isResponse = objectOf(
  {
    schemaVersion: literal(SCHEMA_MAJOR),
    id: isUuid,
    instrumentId: isIdentifier,
    instrumentVersion: isSemVer,
    status: (value) => value === 'draft' || value === 'submitted',
    createdAt: isTimestamp,
    updatedAt: isTimestamp,
    context: isAnswers,
    blocks: recordOf(isIdentifier, isAnswers),
    final: isAnswers,
  },
  { $schema: isString, lang: isLanguage, submittedAt: isTimestamp, team: recordOf(isIdentifier, isWellFormedTeamBlock) },
);

/** True only when the value certainly has the structure of a Response (see above); false means "ask zod". */
export function isWellFormedResponse(data: unknown): data is Response {
  return isResponse(data);
}
