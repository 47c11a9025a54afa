import { reportForbiddenKeys } from './forbidden-keys.js';
import { Instrument } from './instrument.js';
import { addExamples } from './issue-examples.js';
import { IssueCollector } from './issue-collector.js';
import type { Issue } from './issues.js';
import { parseStructure } from './structure.js';
import { checkLanguages } from './instrument-languages.js';
import { checkMeaningWithoutLanguages } from './instrument-meaning.js';
import { checkWellFormed } from './instrument-shape.js';

export interface InstrumentValidation {
  /** At most MAX_ISSUES issues, then one `issues.truncated` that counts the rest. */
  issues: Issue[];
  /** The parsed instrument when its structure is sound (there may still be errors of meaning). */
  instrument?: Instrument;
}

/**
 * Checks an instrument: forbidden keys, its structure (the JSON Schema, through zod) and then its meaning
 * (unique ids, references that resolve, stages described, limits that can be met, texts in the default
 * language). Linear in the size of the instrument; never throws, whatever it is given.
 */
export function validateInstrument(data: unknown): Issue[] {
  return checkInstrument(data).issues;
}

export function checkInstrument(data: unknown): InstrumentValidation {
  const issues = new IssueCollector();
  reportForbiddenKeys(data, issues);
  if (issues.size > 0) return { issues: issues.toArray() };
  const instrument = parseStructure(Instrument, data, issues);
  if (!instrument) return { issues: withExamples(data, issues.toArray()) };
  checkMeaning(instrument, issues);
  return { issues: issues.toArray(), instrument };
}

/**
 * `checkInstrument` without zod, for a well-formed instrument: its forbidden keys, then its meaning. Undefined
 * when the structure is not certainly sound (instrument-shape.ts): then only `checkInstrument` can say what is
 * wrong. The instrument is the value given (zod would return a copy of it).
 */
export function checkWellFormedInstrument(data: unknown): InstrumentValidation | undefined {
  return checkWellFormed(data, checkMeaning);
}

/** All the checks of meaning, the languages' last (a scan page runs the others only: instrument-shape.ts). */
function checkMeaning(instrument: Instrument, issues: IssueCollector): void {
  checkMeaningWithoutLanguages(instrument, issues);
  checkLanguages(instrument, issues);
}

/** Structural issues point to a valid example (see issue-examples.ts), so an author sees what to write. */
function withExamples(data: unknown, found: Issue[]): Issue[] {
  addExamples(data, found);
  return found;
}
