import {
  BUILT_IN_LANGUAGES,
  defineMessages,
  fillPlaceholders,
  textLanguage,
  type BuiltInLanguage,
  type PlaceholderValues,
} from '@poolster/schema';

/**
 * The elements' side of the one localisation mechanism (packages/schema/src/i18n): each element declares
 * its catalog here; the fallback rule, plural forms and registered languages come from the schema package.
 */
export const UI_LANGUAGES = BUILT_IN_LANGUAGES;
export type UiLanguage = BuiltInLanguage;

/** The language texts show in: "nl-BE" → "nl", a registered "de" → "de", anything unknown → "en". */
export function uiLanguage(lang: string | undefined): string {
  return textLanguage(lang);
}

export type StringTable = Record<string, string>;

/** Every element's built-in tables, so one test can check that each language has each key. */
export const STRING_TABLES = new Map<string, Record<UiLanguage, StringTable>>();

/**
 * Declares an element's interface strings. English defines the keys; the type forces Dutch and French
 * to have the same keys. Languages registered later (`registerLanguage`) are read through the same lookup.
 */
export function defineStrings<T extends StringTable>(
  name: string,
  tables: { en: T; nl: { [K in keyof T]: string }; fr: { [K in keyof T]: string } },
): (lang: string | undefined) => T {
  STRING_TABLES.set(name, tables as Record<UiLanguage, StringTable>);
  return defineMessages(name, tables) as unknown as (lang: string | undefined) => T;
}

/** Fills `{name}` placeholders: the schema's one function. */
export function format(template: string, values: PlaceholderValues): string {
  return fillPlaceholders(template, values);
}
