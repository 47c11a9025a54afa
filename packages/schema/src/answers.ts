import type { Answer } from './response.js';
import type { Question } from './questions.js';

/** Which answer fields each question type uses; any other field is a sign of a changed question. */
export const ANSWER_FIELDS: Record<Question['type'], ReadonlyArray<keyof Answer>> = {
  text: ['text'],
  stage: ['choice', 'comment'],
  ambition: ['choice', 'comment'],
  'single-choice': ['choice', 'comment'],
  'multiple-choice': ['choices', 'other', 'comment'],
  'block-pick': ['blocks', 'none', 'comment'],
  'block-ranking': ['blocks', 'comment'],
};

/** Whether a question counts as answered (a comment alone does not answer it). */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (!answer) return false;
  switch (question.type) {
    case 'text':
      return (answer.text ?? '').trim() !== '';
    case 'stage':
    case 'ambition':
    case 'single-choice':
      return answer.choice !== undefined;
    case 'multiple-choice':
      return (answer.choices?.length ?? 0) > 0;
    case 'block-pick':
      return answer.none === true || (answer.blocks?.length ?? 0) > 0;
    case 'block-ranking':
      return (answer.blocks?.length ?? 0) > 0;
  }
}
