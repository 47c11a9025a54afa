import { loadInstrumentSource } from '../assemble.js';
import type { Instrument } from '../instrument.js';
import { formatPath, type Issue, type IssuePath } from '../issues.js';
import { formatIssue } from '../messages/index.js';
import { parseJson } from '../parse-json.js';
import { applySourceDefaults } from '../source-defaults.js';
import { locateIn, positionedFile, type Locate } from '../source-map.js';
import { checkInstrument } from '../validate-instrument.js';
import type { CliIo } from './io.js';
import { labels } from './labels.js';
import { todoTexts } from './todo-texts.js';

/** An issue with the place an author finds it: a source file and, when known, its line and column. */
export interface PlacedIssue {
  issue: Issue;
  file: string;
  line?: number;
  column?: number;
  /** The path inside that file (a block file's paths start at the block). */
  path: IssuePath;
}

export interface CheckedSource {
  /** The instrument as assembled (also when it is not valid), absent when nothing could be read. */
  assembled?: Record<string, unknown>;
  /** Present when no issue is an error. */
  instrument?: Instrument;
  issues: PlacedIssue[];
}

/**
 * Reads an instrument from a source folder (instrument.json + blocks/<id>.json) or from one instrument
 * file, fills in what a source may leave out, validates it, and places every issue in the file the author edits, by line and column.
 */
export async function checkSource(io: CliIo, target: string): Promise<CheckedSource> {
  const folder = await isFolder(io, target);
  let value: unknown;
  let locate: Locate;
  if (folder) {
    const loaded = await loadInstrumentSource(target.replace(/\/+$/, ''), io);
    if (!loaded.ok) return { issues: [unreadable(loaded.issue, relativeTo(target, loaded.file))] };
    value = loaded.instrument;
    locate = loaded.locate;
  } else {
    let text: string;
    try {
      text = await io.readFile(target);
    } catch {
      return { issues: [{ issue: { code: 'source.missing-file', path: [], severity: 'error', params: { file: target } }, file: target, path: [] }] };
    }
    const parsed = parseJson(text);
    if (!parsed.ok) return { issues: [unreadable(parsed.issue, target)] };
    // A single source file may leave out what can be derived (a title, the languages, …), as a folder may.
    value = applySourceDefaults(parsed.value);
    const file = positionedFile(target, text);
    locate = (path) => locateIn(file, path);
  }
  const { issues, instrument } = checkInstrument(value);
  const placed = issues.map((issue): PlacedIssue => {
    const where = locate(issue.path);
    return where ? { issue, ...where } : { issue, file: target, path: issue.path };
  });
  // What is still marked TODO is no error (the folder init writes is valid), but the author should see it.
  placed.push(...todoTexts(value, locate));
  const assembled = value as Record<string, unknown>;
  return instrument && !issues.some((i) => i.severity === 'error') ? { assembled, instrument, issues: placed } : { assembled, issues: placed };
}

/** `blocks/prevention.json:12:5: title: message`, as editors and terminals link it; the path when there is one. */
export function formatPlacedIssue(placed: PlacedIssue, lang: string): string {
  const where = placed.line === undefined ? placed.file : `${placed.file}:${placed.line}:${placed.column}`;
  const path = placed.path.length > 0 ? `${formatPath(placed.path)}: ` : '';
  const mark = placed.issue.severity === 'warning' ? ` [${labels(lang).warning}]` : '';
  return `${where}: ${path}${formatIssue(placed.issue, lang)}${mark}`;
}

export function printPlacedIssues(io: CliIo, issues: readonly PlacedIssue[], lang: string): void {
  for (const placed of issues) io.err(`${formatPlacedIssue(placed, lang)}\n`);
}

/** A file that is not JSON, or missing: its parse issue carries the line and column already. */
function unreadable(issue: Issue, file: string): PlacedIssue {
  const { line, column } = issue.params;
  return typeof line === 'number' && typeof column === 'number' ? { issue, file, line, column, path: [] } : { issue, file, path: [] };
}

function relativeTo(folder: string, file: string): string {
  const prefix = `${folder.replace(/\/+$/, '')}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

/**
 * A folder is what cannot be read as a file (EISDIR) but holds an instrument.json; asking the reader keeps
 * this working on any CliIo (tests keep files in memory).
 */
async function isFolder(io: CliIo, target: string): Promise<boolean> {
  try {
    await io.readFile(target);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return true;
    return io.readFile(`${target.replace(/\/+$/, '')}/instrument.json`).then(
      () => true,
      () => false,
    );
  }
}
