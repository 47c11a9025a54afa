import { AnswerChecker, NO_ANSWERS } from './answer-checker.js';
import type { Instrument } from './instrument.js';
import { IssueCollector } from './issue-collector.js';
import { issue, type Issue } from './issues.js';
import { majorOf, modelOf } from './model.js';
import type { Response } from './response.js';
import { isWellFormedAnswerList, isWellFormedResponse } from './response-well-formed.js';
import { checkTeamBlocks } from './validate-team.js';

export interface ResponseValidationOptions {
  /**
   * Whether unanswered required questions (and too few picks) are errors. True for a submission;
   * false for a draft in progress, where only what was answered is checked.
   */
  requireComplete?: boolean;
  /**
   * For a caller whose responses are never changed in place (a new response for every answer, as
   * `withAnswer` makes): the issues of each list of answers are kept per list object and reused while the
   * list is the same object. A caller that changes answers in place must leave this out.
   */
  reuseUnchangedLists?: boolean;
}

/**
 * The checks of a response's meaning against its instrument (the instrument and version, every answer
 * against its question, the team rounds), once its structure is known to be sound. Apart from the
 * structural check (zod) so that a browser can run them after the quick, zod-free structure check
 * (response-well-formed.ts) without carrying zod.
 */
export function checkResponseMeaning(instrument: Instrument, response: Response, options: ResponseValidationOptions, issues: IssueCollector): void {
  if (response.instrumentId !== instrument.id) {
    issues.push(issue('response.other-instrument', ['instrumentId'], { expected: instrument.id, received: response.instrumentId }));
    return;
  }
  if (response.instrumentVersion !== instrument.version) {
    const sameMajor = majorOf(response.instrumentVersion) === majorOf(instrument.version);
    issues.push(
      issue(
        sameMajor ? 'response.other-version' : 'response.other-major-version',
        ['instrumentVersion'],
        { expected: instrument.version, received: response.instrumentVersion },
        sameMajor ? 'warning' : 'error',
      ),
    );
    if (!sameMajor) return;
  }
  if (response.status === 'submitted' && response.submittedAt === undefined) {
    issues.push(issue('response.submitted-without-date', ['submittedAt']));
  }
  const model = modelOf(instrument);
  const check = new AnswerChecker(model, issues, options.requireComplete ?? true, options.reuseUnchangedLists ?? false);

  check.list(instrument.contextQuestions, response.context, ['context']);
  for (const { block } of model.blocks) check.list(instrument.blockQuestions, response.blocks[block.id] ?? NO_ANSWERS, ['blocks', block.id]);
  for (const blockId of Object.keys(response.blocks)) {
    if (!model.blockById.has(blockId)) issues.pushUnknown(issue('answer.unknown-block', ['blocks', blockId], { block: blockId }), blockId, () => model.blockById.keys());
  }
  check.list(instrument.finalQuestions, response.final, ['final']);
  checkTeamBlocks(model, response, issues);
}

/**
 * `validateResponse` without zod, for a well-formed response: its meaning. Undefined when the structure is not
 * certainly sound (response-well-formed.ts): then only the full check (validate-response.ts) can say what is
 * wrong. No search for forbidden keys, a walk over the whole document: a well-formed response has none (its
 * objects admit only their own keys, and its records' keys must be ids, which refuse them: shape-checks.ts),
 * so a document with one is left to the full check, which reports it.
 */
export function validateWellFormedResponse(instrument: Instrument, data: unknown, options: ResponseValidationOptions = {}): Issue[] | undefined {
  if (!isWellFormedResponse(data, options)) return undefined;
  const issues = new IssueCollector();
  checkResponseMeaning(instrument, data, options, issues);
  return issues.toArray();
}

/** One list of a response's answers: its context's, a block's, or its final ones. */
export type AnswerList = 'context' | 'final' | { blockId: string };

/**
 * The issues of one list of a response's answers, warnings included: those the whole check gives under that
 * list's path (while it keeps them all, below MAX_ISSUES), for a page that shows one list at a time (the scan's
 * notes beside a step's questions) without checking every other list after each answer. Undefined when the
 * list's structure is not certainly sound: then only the whole check can say. For a response of this
 * instrument (its id and major version), as the scan's always is: for another one the whole check looks at no
 * list and reports the mismatch instead, which this function does not check.
 */
export function validateAnswerList(instrument: Instrument, response: Response, list: AnswerList, options: ResponseValidationOptions = {}): Issue[] | undefined {
  const [questions, answers, path] =
    list === 'context'
      ? [instrument.contextQuestions, response.context, ['context']]
      : list === 'final'
        ? [instrument.finalQuestions, response.final, ['final']]
        : [instrument.blockQuestions, response.blocks[list.blockId] ?? NO_ANSWERS, ['blocks', list.blockId]];
  if (!isWellFormedAnswerList(answers, options)) return undefined;
  const issues = new IssueCollector();
  new AnswerChecker(modelOf(instrument), issues, options.requireComplete ?? true, options.reuseUnchangedLists ?? false).list(questions, answers, path);
  return issues.toArray();
}

/** The issues of a response's meaning alone: for a response whose structure is already known to be sound. */
export function validateResponseMeaning(instrument: Instrument, response: Response, options: ResponseValidationOptions = {}): Issue[] {
  const issues = new IssueCollector();
  checkResponseMeaning(instrument, response, options, issues);
  return issues.toArray();
}
