import { readFile } from 'node:fs/promises';
import { checkInstrument, formatIssue, formatPath, parseJson, type Instrument } from './schema.js';

/** An instrument the server cannot serve: it refuses to start and says why. */
export class InstrumentError extends Error {}

export interface LoadedInstrument {
  instrument: Instrument;
  /** The file as it was read, served as /instrument.json. */
  json: Buffer;
}

/** Reads and validates the instrument; throws InstrumentError with every error listed when it is not usable. */
export async function loadInstrument(path: string): Promise<LoadedInstrument> {
  let json: Buffer;
  try {
    json = await readFile(path);
  } catch (error) {
    throw new InstrumentError(`Cannot read the instrument ${path}: ${(error as Error).message}`);
  }
  const parsed = parseJson(json.toString('utf8').replace(/^\uFEFF/, ''));
  if (!parsed.ok) throw new InstrumentError(`The instrument ${path} is not valid JSON: ${formatIssue(parsed.issue, 'en')}`);
  const { instrument, issues } = checkInstrument(parsed.value);
  const errors = issues.filter((i) => i.severity === 'error');
  if (!instrument || errors.length > 0) {
    const shown = errors.slice(0, 20).map((i) => `  ${formatPath(i.path) || '(root)'}: ${formatIssue(i, 'en')}`);
    const more = errors.length > shown.length ? [`  … and ${errors.length - shown.length} more`] : [];
    throw new InstrumentError(`The instrument ${path} is not valid (${errors.length} error(s)):\n${[...shown, ...more].join('\n')}`);
  }
  return { instrument, json };
}
