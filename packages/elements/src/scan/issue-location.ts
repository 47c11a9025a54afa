import { formatIssue, localize, modelOf, type AnswerLocation, type Instrument, type Issue, type Question } from '@poolster/schema';

/**
 * Where an issue is, in the scan's terms (which question, which part of its answer), and the schema's
 * words for it. Apart from fields.ts so that the messages (field-messages.ts) and the fields can both use it.
 */

/** Where an issue is: a schema issue, or an answer the server refused (see refusals.ts). */
export type Located = Pick<Issue, 'path'>;

/** The answer location an issue points at, when it points at an answer. */
export function locationOfIssue(issue: Located): AnswerLocation | undefined {
  const [scope, a, b] = issue.path;
  if (scope === 'blocks' && typeof a === 'string' && typeof b === 'string') return { scope: 'block', blockId: a, questionId: b };
  if ((scope === 'context' || scope === 'final') && typeof a === 'string') return { scope, questionId: a };
  return undefined;
}

export function questionAt(instrument: Instrument, at: AnswerLocation): Question | undefined {
  const list = at.scope === 'block' ? instrument.blockQuestions : at.scope === 'context' ? instrument.contextQuestions : instrument.finalQuestions;
  return list.find((q) => q.id === at.questionId);
}

/** The part of an answer an issue points at, after its location: `choices`, `other`, `comment`, `text`… */
const answerField = (issue: Located): string | number | undefined => issue.path[issue.path[0] === 'blocks' ? 3 : 2];

/** Whether the issue is about an "other, please specify" text rather than the choice itself. */
export const isOtherTextIssue = (issue: Located): boolean => answerField(issue) === 'other';

/** Whether the issue is about a question's comment, which is a field of its own on the page. */
export const isCommentIssue = (issue: Located): boolean => answerField(issue) === 'comment';

/**
 * An issue's message for the team: the schema's localised message, with ids in its params replaced by
 * what the team sees (option labels, stage labels, block titles).
 */
export function teamMessage(issue: Issue, instrument: Instrument, uiLang: string, contentLang: string): string {
  const at = locationOfIssue(issue);
  const question = at ? questionAt(instrument, at) : undefined;
  const fallback = instrument.defaultLanguage;
  const optionLabel = (id: string): string => {
    if (question && 'options' in question) {
      const option = question.options.find((o) => o.id === id);
      if (option) return localize(option.label, contentLang, fallback);
    }
    if (question?.type === 'block-pick' && question.none?.id === id) return localize(question.none.label, contentLang, fallback);
    return id;
  };
  const stageLabel = (id: string): string => {
    const stage = instrument.stages.find((s) => s.id === id);
    return stage ? localize(stage.label, contentLang, fallback) : id;
  };
  const blockTitle = (id: string): string => {
    const entry = modelOf(instrument).blockById.get(id);
    return entry ? localize(entry.block.title, contentLang, fallback) : id;
  };
  const params = { ...issue.params };
  if (typeof params.option === 'string') params.option = optionLabel(params.option);
  if (typeof params.ambition === 'string') params.ambition = stageLabel(params.ambition);
  if (typeof params.current === 'string') params.current = stageLabel(params.current);
  if (typeof params.value === 'string') params.value = question?.type.startsWith('block-') ? blockTitle(params.value) : optionLabel(params.value);
  return formatIssue({ ...issue, params }, uiLang);
}
