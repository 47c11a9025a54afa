/** The interface languages every element speaks. Content languages come from the instrument. */
export const UI_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** "nl-BE" → "nl"; anything unknown → "en" (the fallback every table has). */
export function uiLanguage(lang: string | undefined): UiLanguage {
  const base = (lang ?? '').toLowerCase().split('-')[0];
  return (UI_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as UiLanguage) : 'en';
}

export type StringTable = Record<string, string>;

/** Every registered table, so one test can check that each language has each key. */
export const STRING_TABLES = new Map<string, Record<UiLanguage, StringTable>>();

/**
 * Declares an element's interface strings. English defines the keys; the type forces Dutch and French
 * to have the same keys. `{name}` placeholders are filled by `format`.
 */
export function defineStrings<T extends StringTable>(
  name: string,
  tables: { en: T; nl: { [K in keyof T]: string }; fr: { [K in keyof T]: string } },
): (lang: string | undefined) => T {
  STRING_TABLES.set(name, tables as Record<UiLanguage, StringTable>);
  return (lang) => tables[uiLanguage(lang)] as T;
}

export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
