import {
  BUILT_IN_LANGUAGES,
  defineMessages,
  fillPlaceholders,
  formatMessage,
  textLanguage,
  type BuiltInLanguage,
  type Message,
  type PlaceholderValues,
  type PluralForms,
  type Translation,
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

/** A catalog's table: each key a text, or plural forms chosen by a count (`{ one: '…', other: '…' }`). */
export type StringTable = Record<string, Message>;

/**
 * Every element's built-in tables, so one test can check that each language has each key. Typed as plain
 * texts for the tests of catalogs that have only those; a plural message is an object (see strings.test.ts).
 */
export const STRING_TABLES = new Map<string, Record<UiLanguage, Record<string, string>>>();

/**
 * Declares an element's interface strings. English defines the keys; the type forces Dutch and French
 * to have the same keys. Languages registered later (`registerLanguage`) are read through the same lookup.
 */
export function defineStrings<T extends StringTable>(
  name: string,
  tables: { en: T; nl: Translation<T>; fr: Translation<T> },
): (lang: string | undefined) => T {
  STRING_TABLES.set(name, tables as unknown as Record<UiLanguage, Record<string, string>>);
  return defineMessages(name, tables) as unknown as (lang: string | undefined) => T;
}

/**
 * A text that depends on a count: the plural form `Intl.PluralRules` picks for `values.count` in `lang`
 * ("Nog 1 teken", "Nog 2 tekens"; French "Encore 0 caractère"), its placeholders filled.
 */
export function plural(message: PluralForms | string, lang: string | undefined, values: PlaceholderValues & { count: number }): string {
  return formatMessage(message, uiLanguage(lang), values);
}

/** Fills `{name}` placeholders: the schema's one function. */
export function format(template: string, values: PlaceholderValues): string {
  return fillPlaceholders(template, values);
}
