import type { Instrument } from './instrument.js';
import type { TextQuestion } from './questions.js';

/**
 * Which team (centre, organisation) a response is from is not a field of its own: it is the answer to the
 * instrument's first text context question. The report's title and file name, the overview mail's subject
 * and the server (which fills in the registered centre's name there) all read it through these two.
 */
export function centreNameQuestion(instrument: Instrument): TextQuestion | undefined {
  return instrument.contextQuestions.find((q): q is TextQuestion => q.type === 'text');
}

/** The centre's name as the team typed it, trimmed; '' when the instrument asks none or it is not answered. */
export function centreName(instrument: Instrument, response: { context?: Record<string, { text?: unknown } | undefined> }): string {
  const question = centreNameQuestion(instrument);
  const text = question ? response.context?.[question.id]?.text : undefined;
  return typeof text === 'string' ? text.trim() : '';
}
