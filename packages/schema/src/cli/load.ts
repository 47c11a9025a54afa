import type { Instrument } from '../instrument.js';
import { formatPath, type Issue } from '../issues.js';
import { formatIssue } from '../messages/index.js';
import { parseJson } from '../parse-json.js';
import type { CliIo } from './io.js';
import { labels } from './labels.js';
import { checkSource, printPlacedIssues } from './source.js';

/** One line per issue: `file: path: message`, warnings marked so they are not mistaken for errors. */
export function printIssues(io: CliIo, file: string, issues: readonly Issue[], lang: string): void {
  for (const i of issues) {
    const mark = i.severity === 'warning' ? ` [${labels(lang).warning}]` : '';
    io.err(`${file}: ${formatPath(i.path)}: ${formatIssue(i, lang)}${mark}\n`);
  }
}

/** Reads and parses a JSON file; on failure prints why and returns undefined. */
export async function readJson(io: CliIo, file: string, lang: string): Promise<{ value: unknown } | undefined> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.err(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? labels(lang).notFound : String(error)}\n`);
    return undefined;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    printIssues(io, file, [parsed.issue], lang);
    return undefined;
  }
  return { value: parsed.value };
}

/**
 * Reads, parses and validates an instrument, from one file or from a source folder; prints its issues
 * with the file, line and column where each was written.
 */
export async function loadInstrument(io: CliIo, target: string, lang: string): Promise<{ instrument?: Instrument; ok: boolean }> {
  const { instrument, issues } = await checkSource(io, target);
  printPlacedIssues(io, issues, lang);
  return instrument ? { instrument, ok: true } : { ok: false };
}
