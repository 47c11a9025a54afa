import { centreName, centreNameQuestion, type Instrument } from './schema.js';

/** The centre's (team's, organisation's) name: the answer to the instrument's first text context question. */
export const centreOf = centreName;

/**
 * The body with the centre's registered name as the answer to the centre-name question (the
 * instrument's first text context question), whatever was typed there: a scan belongs to its sender's
 * centre. A body that is not an object is returned as it is, for the schema to refuse.
 */
export function withCentreName(instrument: Instrument, body: unknown, name: string): unknown {
  const question = centreNameQuestion(instrument);
  if (!question || typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const context = (body as { context?: unknown }).context;
  const others = typeof context === 'object' && context !== null && !Array.isArray(context) ? context : {};
  return { ...body, context: { ...others, [question.id]: { text: name } } };
}
