import type { Question } from './questions.js';
import type { Answer } from './response.js';
import type { AnswerLocation } from './response-builder.js';

/**
 * How a form's fields map to a response's answers and back, for any form that asks an instrument's
 * questions (the scan, a host's own form): which field a question is, what a question's control shows for
 * an answer, and the answer after the control changed. Pure data, no DOM.
 */

/** What a question's control says: chosen ids (one, several, or ordered), an "other" text, a pick's "none". */
export interface FieldChange {
  value: string[];
  otherText?: string;
  none?: boolean;
}

/** A stable key for a question's field: `context/name`, `block/prevention/levers`, `final/priorities`. */
export function fieldKey(at: AnswerLocation): string {
  return at.scope === 'block' ? `block/${at.blockId}/${at.questionId}` : `${at.scope}/${at.questionId}`;
}

/** The key of a question's comment field. */
export function commentFieldKey(at: AnswerLocation): string {
  return `${fieldKey(at)}/comment`;
}

/** The question a field key names, and whether it is the question's comment field; undefined for any other key. */
export function fieldOfKey(key: string): { at: AnswerLocation; comment: boolean } | undefined {
  const parts = key.split('/');
  const comment = parts.at(-1) === 'comment' && parts.length === (parts[0] === 'block' ? 4 : 3);
  const [scope, first, second] = comment ? parts.slice(0, -1) : parts;
  if ((scope === 'context' || scope === 'final') && first && second === undefined && parts.length === (comment ? 3 : 2)) return { at: { scope, questionId: first }, comment };
  if (scope === 'block' && first && second && parts.length === (comment ? 4 : 3)) return { at: { scope, blockId: first, questionId: second }, comment };
  return undefined;
}

/** What a question's control shows for an answer: the chosen id, the chosen ids, or the blocks in order. */
export function fieldValue(question: Question, answer: Answer | undefined): string[] {
  switch (question.type) {
    case 'text':
      return answer?.text ? [answer.text] : [];
    case 'multiple-choice':
      return answer?.choices ?? [];
    case 'block-pick':
    case 'block-ranking':
      return answer?.blocks ?? [];
    default:
      return answer?.choice ? [answer.choice] : [];
  }
}

/** The answer after a change in a question's control: the control's value, the rest of the answer (comment, other text) kept. */
export function answerAfterChange(question: Question, previous: Answer, change: FieldChange): Answer {
  switch (question.type) {
    case 'text':
      return { ...previous, text: change.value[0] ?? '' };
    case 'multiple-choice':
      return { ...previous, choices: change.value, other: change.otherText ?? previous.other };
    case 'block-pick':
      return { ...previous, blocks: change.none ? [] : change.value, none: change.none === true };
    case 'block-ranking':
      return { ...previous, blocks: change.value };
    default:
      return { ...previous, choice: change.value[0] };
  }
}

/** The answer after the team typed in a question's text field or its comment field. */
export function answerAfterText(previous: Answer, field: 'text' | 'comment', value: string): Answer {
  return { ...previous, [field]: value };
}
