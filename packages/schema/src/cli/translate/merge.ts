import { parseIssuePath, type IssuePath } from '../../issues.js';
import { LANGUAGE_PATTERN } from '../../primitives.js';
import { TARGET_PREFIX, versions } from './sheet.js';
import { textAt, valueAt, type TranslationSource } from './source-files.js';
import type { TranslateMessages } from './translate-messages.js';

export interface MergeOutcome {
  /** Refusals, one line each: when there is any, nothing may be written. */
  problems: string[];
  /** The changed files' new values, by the sheet's file name. */
  changed: Map<string, unknown>;
  filled: number;
  /** Texts that already had a version in the target language, different from the sheet's. */
  kept: number;
  /** Rows whose target cell was left empty. */
  empty: number;
  target?: string;
  /** Whether the target language was added to the instrument's `languages`. */
  languageAdded: boolean;
  /** Filled rows whose translation lost or gained a placeholder such as {block}: merged, but worth a look. */
  warnings: string[];
}

interface Columns {
  file?: number;
  path: number;
  target: number;
  targetLanguage: string;
  languages: Array<[string, number]>;
}

/**
 * Fills the texts of a translated sheet into the source's values. Every row is checked first (its text is
 * still where the sheet says, and still reads as the sheet shows it): a sheet made from another version of
 * the source is refused as a whole, so a translation never lands on a text it was not made for.
 */
export function mergeSheet(source: TranslationSource, cells: string[][], force: boolean, m: TranslateMessages): MergeOutcome {
  const outcome: MergeOutcome = { problems: [], changed: new Map(), filled: 0, kept: 0, empty: 0, languageAdded: false, warnings: [] };
  const [header, ...rows] = cells;
  const columns = header ? readHeader(header, source.folder) : undefined;
  if (!columns) {
    outcome.problems.push(m.badHeader(source.folder));
    return outcome;
  }
  outcome.target = columns.targetLanguage;
  const { defaultLanguage } = source.instrument;
  const planned: Array<{ file: string; path: IssuePath; value: Record<string, string> }> = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const file = columns.file === undefined ? [...source.files.keys()][0]! : (row[columns.file] ?? '');
    const path = parseIssuePath(row[columns.path] ?? '');
    const current = path && path.length > 0 ? textAt(source.files.get(file)?.value, path) : undefined;
    const where = `${columns.file === undefined ? '' : `${file}: `}${row[columns.path] ?? ''}`;
    if (!path || !isText(current)) {
      outcome.problems.push(m.rowNotAText(line, where));
      return;
    }
    const now = versions(current, defaultLanguage);
    const changedLanguage = columns.languages.find(([lang, i]) => (row[i] ?? '') !== '' && sameText(now[lang], row[i]!) === false);
    if (changedLanguage) {
      outcome.problems.push(m.rowChanged(line, where, changedLanguage[0]));
      return;
    }
    const translation = row[columns.target] ?? '';
    if (translation.trim() === '') {
      outcome.empty++;
      return;
    }
    const existing = now[columns.targetLanguage];
    if (existing !== undefined && !force) {
      if (!sameText(existing, translation)) outcome.kept++;
      return;
    }
    const wanted = placeholders(now[defaultLanguage] ?? Object.values(now)[0] ?? '');
    if (wanted !== placeholders(translation)) outcome.warnings.push(m.placeholdersDiffer(line, where, wanted || '—'));
    planned.push({ file, path, value: { ...now, [columns.targetLanguage]: translation } });
  });
  if (outcome.problems.length > 0) return outcome;

  for (const { file, path, value } of planned) {
    const root = outcome.changed.get(file) ?? structuredClone(source.files.get(file)!.value);
    const parent = valueAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
    // Defined, not assigned: a key such as "__proto__" stays a key (and validation refuses it).
    Object.defineProperty(parent, path.at(-1)!, { value, writable: true, enumerable: true, configurable: true });
    outcome.changed.set(file, root);
    outcome.filled++;
  }
  if (outcome.filled > 0) addLanguage(source, outcome, columns.targetLanguage);
  return outcome;
}

/** An explicit `languages` list gains the new language; a derived one finds it in the texts by itself. */
function addLanguage(source: TranslationSource, outcome: MergeOutcome, target: string): void {
  const rootName = source.folder ? 'instrument.json' : [...source.files.keys()][0]!;
  const root = (outcome.changed.get(rootName) ?? structuredClone(source.files.get(rootName)!.value)) as { languages?: unknown };
  if (!Array.isArray(root.languages) || root.languages.includes(target)) return;
  root.languages = [...root.languages, target];
  outcome.changed.set(rootName, root);
  outcome.languageAdded = true;
}

function readHeader(header: readonly string[], folder: boolean): Columns | undefined {
  const names = header.map((h) => h.trim());
  const targets = names.flatMap((name, i) => (name.startsWith(TARGET_PREFIX) ? [[name.slice(TARGET_PREFIX.length), i] as const] : []));
  const path = names.indexOf('path');
  const file = names.indexOf('file');
  if (targets.length !== 1 || path < 0 || (file >= 0) !== folder) return undefined;
  const [targetLanguage, target] = targets[0]!;
  if (!LANGUAGE_PATTERN.test(targetLanguage)) return undefined;
  const languages = names.flatMap((name, i): Array<[string, number]> => (LANGUAGE_PATTERN.test(name) && name !== 'path' && name !== 'file' ? [[name, i]] : []));
  return { ...(folder ? { file } : {}), path, target, targetLanguage, languages };
}

const isText = (value: unknown): value is string | Record<string, string> =>
  typeof value === 'string' ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string'));

/** The placeholders of a text, sorted: a translation keeps `{block}` and `{n}` as they are. */
const placeholders = (text: string): string => [...text.matchAll(/\{[A-Za-z]+\}/g)].map((p) => p[0]).sort().join(' ');

/** Spreadsheets may save a cell's line ends as CR LF: the same text either way. */
const sameText = (a: string | undefined, b: string): boolean => a !== undefined && a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');
