import { formatPath, type IssuePath } from '../../issues.js';
import type { Text } from '../../primitives.js';
import { walkTexts } from '../../texts.js';
import { textAt, type TranslationSource } from './source-files.js';

/** The target column's header: `translation:nl`. The other columns name the languages they show. */
export const TARGET_PREFIX = 'translation:';

/** One text to translate: where it is written in the source, and its versions in the source languages. */
export interface SheetRow {
  file: string;
  path: IssuePath;
  texts: Record<string, string>;
}

/** The versions of a text by language: a plain string is in the default language. */
export const versions = (text: Text, defaultLanguage: string): Record<string, string> =>
  typeof text === 'string' ? { [defaultLanguage]: text } : text;

/**
 * Every text of the source without a version in `target`, in the order the instrument reads: the texts
 * written in the source files, and the titles made from ids (merging writes them out with the
 * translation). A block's stage text made from the stage's description is not listed: it follows from
 * the translated description and block name.
 */
export function missingTexts(source: TranslationSource, target: string): SheetRow[] {
  const { defaultLanguage } = source.instrument;
  const rows: SheetRow[] = [];
  walkTexts(source.instrument, (text, path) => {
    const texts = versions(text, defaultLanguage);
    if (Object.hasOwn(texts, target)) return;
    const place = source.place(path);
    if (textAt(source.files.get(place.file)?.value, place.path) === undefined) return;
    rows.push({ file: place.file, path: place.path, texts });
  });
  return rows;
}

/** The languages to show next to the target: the default first, then the instrument's others. */
export function sourceLanguages(source: TranslationSource, target: string): string[] {
  const { defaultLanguage, languages } = source.instrument;
  return [...new Set([defaultLanguage, ...languages])].filter((lang) => lang !== target);
}

/** The sheet as cells: a header, then one row per text with an empty target cell. */
export function sheetCells(source: TranslationSource, target: string, rows: readonly SheetRow[]): string[][] {
  const languages = sourceLanguages(source, target);
  const header = [...(source.folder ? ['file'] : []), 'path', ...languages, `${TARGET_PREFIX}${target}`];
  return [header, ...rows.map((row) => [...(source.folder ? [row.file] : []), formatPath(row.path), ...languages.map((l) => row.texts[l] ?? ''), ''])];
}
