import { BUILT_IN_LANGUAGES, FALLBACK_LANGUAGE, languageChain, resolveLanguage } from './languages.js';
import type { Message, PluralForms } from './plural.js';

/** A table of messages in one language; English defines a catalog's keys. */
export type MessageTable = Readonly<Record<string, Message>>;

/** A table type given as an interface (no index signature): each of its keys holds a message. */
export type TableOf<T> = { readonly [K in keyof T]: Message };

/** The same keys as the English table, each of the same kind: plain text or plural forms. */
export type Translation<T extends TableOf<T>> = { readonly [K in keyof T]: T[K] extends string ? string : PluralForms };

/** English defines the keys; the type forces Dutch and French to have exactly the same keys. */
export interface BuiltInTables<T extends TableOf<T>> {
  en: T;
  nl: Translation<T>;
  fr: Translation<T>;
}

/**
 * Tables a host registers for a language of its own, by catalog name (`scan`, `report`, `validation`, …).
 * A key left out reads through the fallback rule (base language, then English), so a partial
 * translation shows English for what it lacks rather than nothing.
 */
export type LanguageTables = Readonly<Record<string, Readonly<Record<string, Message>>>>;

// catalog name → language → table. Module state on purpose: a language registered once is seen by
// every element, every validation message and every Node-side text in the same realm.
const catalogs = new Map<string, Map<string, Readonly<Record<string, Message>>>>();
// catalog name → language as asked (any spelling: "nl-BE", "nl_be") → merged table; emptied whenever a table is added.
const mergedCache = new Map<string, Map<string | undefined, Readonly<Record<string, Message>>>>();
// The built-in languages count as known before their words arrive: the drop-in loads them on demand.
const languages = new Set<string>(BUILT_IN_LANGUAGES);
const listeners = new Set<(lang: string) => void>();

function addTable(name: string, lang: string, table: Readonly<Record<string, Message>>): void {
  const key = lang.toLowerCase();
  let byLanguage = catalogs.get(name);
  if (!byLanguage) {
    byLanguage = new Map();
    catalogs.set(name, byLanguage);
  }
  byLanguage.set(key, { ...byLanguage.get(key), ...table });
  languages.add(key);
  mergedCache.clear();
}

/**
 * The table of `name` for `lang` after the fallback rule: English under the base language under the regional
 * one. Looked up by the language as asked, before any work on it: an element reads its words on every render.
 */
function mergedTable(name: string, lang: string | undefined): Readonly<Record<string, Message>> {
  let byLang = mergedCache.get(name);
  const cached = byLang?.get(lang);
  if (cached) return cached;
  const chain = languageChain(lang);
  const byLanguage = catalogs.get(name);
  const merged: Record<string, Message> = {};
  for (const language of [...chain].reverse()) Object.assign(merged, byLanguage?.get(language));
  if (!byLang) mergedCache.set(name, (byLang = new Map()));
  byLang.set(lang, merged);
  return merged;
}

/**
 * Declares a catalog. `tables` may hold only English (other languages added later with `addTranslation`
 * or `registerLanguage`, which is how the drop-in loads one language's words at a time) or all built-in
 * languages at once, typed so that Dutch and French have English's keys.
 * Returns the lookup: the table for a language, every key filled through the fallback rule.
 */
export function defineMessages<T extends TableOf<T>>(
  name: string,
  tables: BuiltInTables<T> | { en: T },
): (lang: string | undefined) => Translation<T> {
  for (const [lang, table] of Object.entries(tables)) addTable(name, lang, table as MessageTable);
  return (lang) => mergedTable(name, lang) as Translation<T>;
}

/** Adds one language's table to a catalog, typed against English's keys. */
export function addTranslation<T extends TableOf<T>>(name: string, lang: string, table: Translation<T>): void {
  addTable(name, lang, table as MessageTable);
  notify(lang);
}

/**
 * Registers a language the packages do not bring, or overrides texts of one they do, for every catalog
 * named in `tables`. Elements showing that language draw again; validation messages, CLI and mail texts
 * read it from the next call on. Example: `registerLanguage('de', { scan: { next: 'Weiter' } })`.
 */
export function registerLanguage(lang: string, tables: LanguageTables): void {
  for (const [name, table] of Object.entries(tables)) addTable(name, lang, table);
  languages.add(lang.toLowerCase());
  notify(lang);
}

function notify(lang: string): void {
  for (const listener of listeners) listener(lang.toLowerCase());
}

/** Called with the language whenever one is registered or gets tables; returns the way to stop listening. */
export function onLanguageRegistered(listener: (lang: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether any catalog has texts in `lang` (exactly this tag, no fallback). */
export function hasLanguage(lang: string): boolean {
  return languages.has(lang.toLowerCase());
}

/** Every language some catalog has texts in. */
export function registeredLanguages(): string[] {
  return [...languages];
}

/** The language texts will be shown in for `lang`: "de-AT" → "de" once German is registered, else "en". */
export function textLanguage(lang: string | undefined): string {
  return resolveLanguage(lang, hasLanguage);
}

/** Every catalog's own tables by language (no fallback applied), for the parity tests. */
export function catalogTables(): ReadonlyMap<string, ReadonlyMap<string, Readonly<Record<string, Message>>>> {
  return catalogs;
}

export { FALLBACK_LANGUAGE };
