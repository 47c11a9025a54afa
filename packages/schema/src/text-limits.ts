import type { Question } from './questions.js';

/**
 * The longest text answer or comment when the question declares no `maxLength`: some three pages of
 * prose, far more than a scan asks for, yet small enough that one response cannot fill a host's storage.
 */
export const DEFAULT_TEXT_MAX_LENGTH = 10000;

/** The longest text of an "other, please specify" option: a phrase, not an essay. */
export const OTHER_TEXT_MAX_LENGTH = 2000;

/**
 * How long a question's free text may be (in UTF-16 code units, as `String.length` and the HTML
 * `maxlength` attribute count): a text question's `maxLength`, or DEFAULT_TEXT_MAX_LENGTH. Also the limit
 * of a question's comment, which can declare none.
 */
export function textMaxLength(question: Question | undefined): number {
  return question?.type === 'text' && question.maxLength !== undefined ? question.maxLength : DEFAULT_TEXT_MAX_LENGTH;
}
