import { checkInstrument } from '../validate-instrument.js';
import type { Instrument } from '../instrument.js';
import { formatPath, type Issue } from '../issues.js';
import { formatIssue } from '../messages/index.js';
import { parseJson } from '../parse-json.js';
import { applySourceDefaults } from '../source-defaults.js';
import type { CliIo } from './io.js';
import { labels } from './labels.js';

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
 * Reads, parses and validates an instrument; prints its issues. The file may be a single source file:
 * what a source may leave out (a title, the languages, …) is filled in first, as `assemble` does.
 */
export async function loadInstrument(io: CliIo, file: string, lang: string): Promise<{ instrument?: Instrument; ok: boolean }> {
  const read = await readJson(io, file, lang);
  if (!read) return { ok: false };
  const { issues, instrument } = checkInstrument(applySourceDefaults(read.value));
  printIssues(io, file, issues, lang);
  const ok = !issues.some((i) => i.severity === 'error');
  return ok ? { instrument, ok } : { ok };
}
