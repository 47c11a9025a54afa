import { commentFieldKey, fieldKey, modelOf, type Instrument, type Issue } from '@poolster/schema';
import type { SummaryError } from '../error-summary/error-summary.js';
import type { FieldMessage } from './field-messages.js';
import { fieldMessages } from './field-messages-part.js';
import { isCommentIssue, isOtherTextIssue, locationOfIssue, teamMessage, type Located } from './issue-location.js';

export { isCommentIssue, isOtherTextIssue, locationOfIssue, questionAt, teamMessage, type Located } from './issue-location.js';
import { stepOfIssue } from './steps.js';
import type { FieldErrors, ScanContext } from './views/context.js';

type Words = { instrument: Instrument; uiLang: string; contentLang: string };

/**
 * The messages come from field-messages.ts, loaded before any error is shown (field-messages-part.ts); should
 * one be worded before, the schema's words stand in, and the summary names no field.
 */
const fieldMessage = (issue: Issue, words: Words): FieldMessage =>
  fieldMessages()?.fieldMessage(issue, words) ?? { text: teamMessage(issue, words.instrument, words.uiLang, words.contentLang), namesField: false };
const fieldName = (located: Located, words: Words): string => fieldMessages()?.fieldName(located, words) ?? '';

/** The fields' keys and the answers they make are the schema's (answer-fields.ts): any form asking the questions shares them. */
export { fieldKey } from '@poolster/schema';

/** The key of the field an issue is shown at: the question's control, or its comment field. */
export function fieldKeyOfIssue(issue: Located): string | undefined {
  const at = locationOfIssue(issue);
  if (!at) return undefined;
  return isCommentIssue(issue) ? commentFieldKey(at) : fieldKey(at);
}

/** What the error summary links to for an issue: its field, or else its step. */
export function targetOf(issue: Located): string {
  return fieldKeyOfIssue(issue) ?? stepOfIssue(issue) ?? '';
}

/** The inline errors of the fields, by field key: the first error of each field, "other" texts apart. */
export function fieldErrorsOf(shown: readonly Issue[], instrument: Instrument, uiLang: string, contentLang: string): Map<string, FieldErrors> {
  const errors = new Map<string, FieldErrors>();
  for (const issue of shown) {
    const key = fieldKeyOfIssue(issue);
    if (key === undefined || issue.severity !== 'error') continue;
    const entry = errors.get(key) ?? {};
    entry[isOtherTextIssue(issue) ? 'otherError' : 'error'] ??= fieldMessage(issue, { instrument, uiLang, contentLang }).text;
    errors.set(key, entry);
  }
  return errors;
}

/** Non-blocking notes by field key: an ambition that is not above the current stage. */
export function notesOf(issues: readonly Issue[], instrument: Instrument, uiLang: string, contentLang: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const issue of issues) {
    const at = locationOfIssue(issue);
    if (at && issue.code === 'answer.ambition-not-above-current') notes.set(fieldKey(at), teamMessage(issue, instrument, uiLang, contentLang));
  }
  return notes;
}

/** A problem to list in the error summary: where it is, its code, and its message for the team. */
export interface SummaryEntry {
  located: Located;
  code: string;
  message: string;
  /** Whether the message names its field itself ("Vul ‘Naam van het centrum’ in."); otherwise the summary names it. */
  namesField?: boolean;
}

/**
 * The error summary's links, once per field and problem: the same words as beside the field, GOV.UK style;
 * with the block's title in front when the summary lists problems of many blocks.
 */
export function summaryItems(issues: readonly Issue[], ctx: ScanContext, withBlockTitle: boolean): SummaryError[] {
  const words = { instrument: ctx.instrument, uiLang: ctx.uiLang, contentLang: ctx.contentLang };
  const entries = issues.map((issue) => {
    const { text, namesField } = fieldMessage(issue, words);
    return { located: issue, code: issue.code, message: text, namesField };
  });
  return summaryLinks(entries, ctx, withBlockTitle);
}

/**
 * The links of `summaryItems`, for problems worded already (by the scan or by the server). A message that
 * does not name its field (a server's "Kies er hoogstens 2.") follows the field's own label, as the page
 * shows it ("Naam van het centrum – …"), never a shortened name.
 */
export function summaryLinks(entries: readonly SummaryEntry[], ctx: ScanContext, withBlockTitle: boolean): SummaryError[] {
  const { instrument } = ctx;
  const words = { instrument, uiLang: ctx.uiLang, contentLang: ctx.contentLang };
  const seen = new Set<string>();
  return entries.flatMap(({ located: issue, code, message, namesField }) => {
    const target = targetOf(issue);
    if (seen.has(`${target}${code}`)) return [];
    seen.add(`${target}${code}`);
    const at = locationOfIssue(issue);
    const block = at?.scope === 'block' ? modelOf(instrument).blockById.get(at.blockId)?.block : undefined;
    const name = namesField ? '' : fieldName(issue, words);
    const where = withBlockTitle && block ? `${ctx.text(block.title)} – ` : '';
    return [{ target, message: `${where}${name ? `${name} – ` : ''}${message}` }];
  });
}
