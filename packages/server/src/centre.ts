import type { Instrument, Response } from './schema.js';

/** The centre's (team's, organisation's) name: the answer to the instrument's first text context question. */
export function centreOf(instrument: Instrument, response: Response): string {
  const question = instrument.contextQuestions.find((q) => q.type === 'text');
  const text = question ? response.context?.[question.id]?.text : undefined;
  return typeof text === 'string' ? text.trim() : '';
}
