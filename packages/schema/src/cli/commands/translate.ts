import { LANGUAGE_PATTERN } from '../../primitives.js';
import type { CliIo, Options } from '../io.js';
import { labels } from '../labels.js';
import { printIssues } from '../load.js';
import { readCsv, writeCsv } from '../translate/csv-table.js';
import { mergeSheet } from '../translate/merge.js';
import { missingTexts, sheetCells } from '../translate/sheet.js';
import { loadTranslationSource, serializeLike } from '../translate/source-files.js';
import { translateMessages, type TranslateMessages } from '../translate/translate-messages.js';

/** How many refused rows are listed before the rest are only counted: enough to see the pattern. */
const LISTED_PROBLEMS = 20;

/**
 * `poolster translate <folder or file> --to <lang> [--out sheet.csv]` writes every text that has no
 * version in a language as a sheet to fill in; `poolster translate <folder or file> --merge <sheet.csv>
 * [--force]` puts the filled texts back into the source files, in the style each file was written in.
 */
export async function translateCommand(io: CliIo, options: Options): Promise<number> {
  const m = translateMessages(options.lang);
  const [target] = options.positionals;
  const to = typeof options.flags?.to === 'string' ? options.flags.to : undefined;
  const merge = typeof options.flags?.merge === 'string' ? options.flags.merge : undefined;
  if (!target || options.positionals.length > 1 || (to === undefined) === (merge === undefined)) {
    io.err(`${m.usage}\n`);
    return 2;
  }
  if (to !== undefined && !LANGUAGE_PATTERN.test(to)) {
    io.err(`${m.badLanguage(to)}\n`);
    return 2;
  }
  const loaded = await loadTranslationSource(io, target);
  if (!loaded.ok) {
    printIssues(io, loaded.file, loaded.issues, options.lang);
    return 1;
  }
  const { source } = loaded;
  if (to !== undefined) {
    const rows = missingTexts(source, to);
    if (rows.length === 0) {
      io.out(`${m.nothingMissing(to)}\n`);
      return 0;
    }
    const csv = writeCsv(sheetCells(source, to, rows));
    if (!options.out) {
      io.out(csv);
      return 0;
    }
    await io.writeFile(options.out, csv);
    io.out(m.wroteSheet(rows.length, to, options.out));
    return 0;
  }
  return mergeInto(io, source, merge!, options.flags?.force === true, m, options.lang);
}

async function mergeInto(
  io: CliIo,
  source: Parameters<typeof mergeSheet>[0],
  sheetFile: string,
  force: boolean,
  m: TranslateMessages,
  lang: string,
): Promise<number> {
  let text: string;
  try {
    text = await io.readFile(sheetFile);
  } catch {
    io.err(`${sheetFile}: ${labels(lang).notFound}\n`);
    return 1;
  }
  // Read as UTF-8, a sheet saved in a legacy encoding has replacement characters where its accents were.
  if (text.includes('\uFFFD')) {
    io.err(`${m.notUtf8(sheetFile)}\n`);
    return 1;
  }
  const sheet = readCsv(text);
  if (!sheet.ok) {
    io.err(`${m.unreadableSheet(sheetFile, sheet.line)}\n`);
    return 1;
  }
  const outcome = mergeSheet(source, sheet.rows, force, m);
  if (outcome.problems.length > 0) {
    for (const problem of outcome.problems.slice(0, LISTED_PROBLEMS)) io.err(`${sheetFile}: ${problem}\n`);
    if (outcome.problems.length > LISTED_PROBLEMS) io.err(`${sheetFile}: …\n`);
    io.err(`${m.refused(sheetFile, outcome.problems.length)}\n`);
    return 1;
  }
  for (const [name, value] of outcome.changed) {
    const file = source.files.get(name)!;
    await io.writeFile(file.path, serializeLike(file.text, value));
    io.out(`${labels(lang).wrote} ${file.path}\n`);
  }
  io.out(`${m.merged(outcome.filled, outcome.changed.size, outcome.target ?? '')}\n`);
  if (outcome.languageAdded) io.out(`${m.languageAdded(outcome.target ?? '')}\n`);
  if (outcome.kept > 0) io.out(`${m.kept(outcome.kept)}\n`);
  if (outcome.empty > 0) io.out(`${m.empty(outcome.empty)}\n`);
  for (const warning of outcome.warnings) io.err(`${sheetFile}: ${warning} [${labels(lang).warning}]\n`);
  return 0;
}
