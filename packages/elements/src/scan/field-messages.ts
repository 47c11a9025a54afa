import { fillPlaceholders, localize, modelOf, type Instrument, type Issue, type PluralForms, type Question } from '@poolster/schema';
import { format, plural as pluralText } from '../i18n/strings.js';
import { isCommentIssue, locationOfIssue, questionAt, teamMessage, type Located } from './issue-location.js';
import { fieldMessageStrings } from './field-messages.strings.js';
import { scanStrings } from './scan.strings.js';

/** A message for the team, and whether it names its field itself (then the error summary shows it as it is). */
export interface FieldMessage {
  text: string;
  namesField: boolean;
}

/** The languages and words a message is written with. */
interface Words {
  instrument: Instrument;
  uiLang: string;
  contentLang: string;
}

/** A question's texts as the team reads them beside the field: localised, `{block}` filled in. */
function filler(words: Words, located: Located): { question: Question | undefined; fill: (text: Parameters<typeof localize>[0]) => string; block: string } {
  const { instrument, contentLang } = words;
  const at = locationOfIssue(located);
  const question = at ? questionAt(instrument, at) : undefined;
  const entry = at?.scope === 'block' ? modelOf(instrument).blockById.get(at.blockId) : undefined;
  const block = localize(entry ? (entry.block.name ?? entry.block.title) : instrument.blockPlaceholder, contentLang, instrument.defaultLanguage);
  const fill = (text: Parameters<typeof localize>[0]) => fillPlaceholders(localize(text, contentLang, instrument.defaultLanguage), { block });
  return { question, fill, block };
}

/**
 * The name of the field an issue is at, as the page labels it: the question's own text (its legend or
 * label, not its short label), or for a comment the name its field carries ("Toelichting bij ‘Ambitie’").
 * A trailing colon of a question ("Naar de toekomst willen we:") is left out. Empty when the issue is at no question.
 */
export function fieldName(located: Located, words: Words): string {
  const { question, fill } = filler(words, located);
  if (!question) return '';
  if (isCommentIssue(located) && 'comment' in question && question.comment) {
    const of = format(scanStrings(words.uiLang).commentOf, { question: fill(question.label ?? question.prompt) });
    return `${fill(question.comment.label)} ${of}`;
  }
  return fill(question.prompt).replace(/[\s:]+$/u, '');
}

/**
 * What to tell the team about an issue, GOV.UK style: what to do, naming the field by its label ("Vul
 * ‘Naam van het centrum’ in.", "Kies minstens 3 bouwstenen voor ‘…’."), by the question's type. A question's
 * own `requiredMessage` is used when it is unanswered or has fewer choices than its minimum. Issues with no message of their own here keep the
 * schema's words (with ids turned into what the team sees), which do not name the field.
 */
export function fieldMessage(issue: Issue, words: Words): FieldMessage {
  const m = fieldMessageStrings(words.uiLang);
  const { question, fill, block } = filler(words, issue);
  const fallback = (): FieldMessage => ({ text: teamMessage(issue, words.instrument, words.uiLang, words.contentLang), namesField: false });
  if (!question) return fallback();
  const number = (n: unknown) => new Intl.NumberFormat(words.uiLang).format(Number(n));
  const label = format(m.quoted, { text: fieldName(issue, words) });
  const plural = (message: PluralForms, n: unknown) => pluralText(message, words.uiLang, { count: Number(n), n: number(n), label });
  const said = (text: string): FieldMessage => ({ text, namesField: true });
  const blocks = question.type === 'block-pick' || question.type === 'block-ranking';
  switch (issue.code) {
    case 'answer.required':
      if (question.requiredMessage !== undefined) return said(fill(question.requiredMessage));
      return said(requiredDefault(question, words.uiLang, { label, block, plural }));
    case 'answer.too-few':
      // Too few is not yet answered as asked: the question's own words say what to do as well.
      if (question.requiredMessage !== undefined) return said(fill(question.requiredMessage));
      return said(blocks ? plural(m.blocksRequired, issue.params.minimum) : plural(m.choicesRequired, issue.params.minimum));
    case 'answer.too-many':
      return said(blocks ? plural(m.blocksTooMany, issue.params.maximum) : plural(m.choicesTooMany, issue.params.maximum));
    case 'answer.too-long':
      // An "other" text has no label of its own: the schema's words, beside that text.
      if (issue.path.at(-1) === 'other') return fallback();
      return said(format(m.tooLong, { label: isCommentIssue(issue) ? fieldName(issue, words) : label, max: number(issue.params.max), length: number(issue.params.length) }));
    default:
      return fallback();
  }
}

interface Parts {
  label: string;
  block: string;
  plural: (message: PluralForms, n: unknown) => string;
}

/** The default message for an unanswered question of each type. */
function requiredDefault(question: Question, uiLang: string, { label, block, plural }: Parts): string {
  const m = fieldMessageStrings(uiLang);
  switch (question.type) {
    case 'stage':
      return format(m.stageRequired, { block });
    case 'ambition':
      return format(m.ambitionRequired, { block });
    case 'single-choice':
      return format(m.choiceRequired, { label });
    case 'multiple-choice':
      return plural(m.choicesRequired, Math.max(1, question.min ?? 1));
    case 'text':
      return format(m.textRequired, { label });
    case 'block-pick':
      if (question.none) return format(m.blocksOrNoneRequired, { label });
      return plural(m.blocksRequired, Math.max(1, question.min ?? 1));
    case 'block-ranking':
      return plural(m.blocksRequired, question.min);
  }
}
