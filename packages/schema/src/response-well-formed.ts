import { SCHEMA_MAJOR } from './format-constants.js';
import type { Answer, Response } from './response.js';
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
  type ShapeCheck,
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

/**
 * Lists of answers already found sound. Consulted only for callers whose responses are never changed in place
 * (`reuseUnchangedLists`): a response changed by one answer shares every other list with the one before.
 */
const soundAnswers = new WeakSet<object>();
const isKeptAnswers: ShapeCheck = (value) => {
  if (typeof value === 'object' && value !== null && soundAnswers.has(value)) return true;
  if (!isAnswers(value)) return false;
  soundAnswers.add(value as object);
  return true;
};

const responseOf = (answers: ShapeCheck) =>
  objectOf(
    {
      schemaVersion: literal(SCHEMA_MAJOR),
      id: isUuid,
      instrumentId: isIdentifier,
      instrumentVersion: isSemVer,
      status: (value) => value === 'draft' || value === 'submitted',
      createdAt: isTimestamp,
      updatedAt: isTimestamp,
      context: answers,
      blocks: recordOf(isIdentifier, answers),
      final: answers,
    },
    { $schema: isString, lang: isLanguage, submittedAt: isTimestamp, team: recordOf(isIdentifier, isWellFormedTeamBlock) },
  );
const isResponse = responseOf(isAnswers);
const isResponseKeepingLists = responseOf(isKeptAnswers);

/** True only when the value certainly has the structure of a list of answers (a block's, the context's, the final ones). */
export function isWellFormedAnswerList(value: unknown, options: { reuseUnchangedLists?: boolean } = {}): value is Record<string, Answer> {
  return options.reuseUnchangedLists ? isKeptAnswers(value) : isAnswers(value);
}

/**
 * True only when the value certainly has the structure of a Response (see above); false means "ask zod".
 * With `reuseUnchangedLists` (a caller that never changes a response in place), lists of answers found
 * sound before are not walked again.
 */
export function isWellFormedResponse(data: unknown, options: { reuseUnchangedLists?: boolean } = {}): data is Response {
  return options.reuseUnchangedLists ? isResponseKeepingLists(data) : isResponse(data);
}
