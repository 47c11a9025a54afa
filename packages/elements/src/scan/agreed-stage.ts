import { getAnswer, type Instrument, type Response } from '@poolster/schema';

/**
 * The stage the team agreed on for a block: the answer to the block's stage question. Its own module
 * because the round's drop-in needs it without the scan's validation (and so without zod).
 */
export function agreedStage(instrument: Instrument, response: Response, blockId: string): string | undefined {
  const question = instrument.blockQuestions.find((q) => q.type === 'stage');
  return question ? getAnswer(response, { scope: 'block', blockId, questionId: question.id })?.choice : undefined;
}
