import { AnswerChecker } from './answer-checker.js';
import { reportForbiddenKeys } from './forbidden-keys.js';
import type { Instrument } from './instrument.js';
import { IssueCollector } from './issue-collector.js';
import { issue, type Issue } from './issues.js';
import { majorOf, modelOf } from './model.js';
import { Response } from './response.js';
import { parseStructure } from './structure.js';
import { checkTeamBlocks } from './validate-team.js';

export interface ResponseValidationOptions {
  /**
   * Whether unanswered required questions (and too few picks) are errors. True for a submission;
   * false for a draft in progress, where only what was answered is checked.
   */
  requireComplete?: boolean;
}

export interface ResponseCheck {
  /** At most MAX_ISSUES issues, then one `issues.truncated` that counts the rest. */
  issues: Issue[];
  /**
   * The response as validated: a new object built by the schema, not the input, so nothing the schema
   * does not know travels along. Present only when no issue is an error; this is what to store.
   */
  value?: Response;
}

/**
 * Checks a response against its instrument: forbidden keys first (on the raw document, where they
 * still are), then structure, then every answer against its question. `instrument` must be valid (see
 * validateInstrument). Linear in the size of the response; never throws.
 */
export function checkResponse(instrument: Instrument, data: unknown, options: ResponseValidationOptions = {}): ResponseCheck {
  const issues = new IssueCollector();
  reportForbiddenKeys(data, issues);
  if (issues.size > 0) return { issues: issues.toArray() };
  const response = parseStructure(Response, data, issues);
  if (!response) return { issues: issues.toArray() };
  checkMeaning(instrument, response, options, issues);
  return issues.hasErrors ? { issues: issues.toArray() } : { issues: issues.toArray(), value: response };
}

/** The issues of checkResponse, for callers that do not keep the value. */
export function validateResponse(instrument: Instrument, data: unknown, options: ResponseValidationOptions = {}): Issue[] {
  return checkResponse(instrument, data, options).issues;
}

function checkMeaning(instrument: Instrument, response: Response, options: ResponseValidationOptions, issues: IssueCollector): void {
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
  const check = new AnswerChecker(model, issues, options.requireComplete ?? true);

  check.list(instrument.contextQuestions, response.context, ['context']);
  for (const { block } of model.blocks) check.list(instrument.blockQuestions, response.blocks[block.id] ?? {}, ['blocks', block.id]);
  for (const blockId of Object.keys(response.blocks)) {
    if (!model.blockById.has(blockId)) issues.pushUnknown(issue('answer.unknown-block', ['blocks', blockId], { block: blockId }), blockId, () => model.blockById.keys());
  }
  check.list(instrument.finalQuestions, response.final, ['final']);
  checkTeamBlocks(model, response, issues);
}
