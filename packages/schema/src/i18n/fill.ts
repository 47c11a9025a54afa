import { choosePlural, type Message } from './plural.js';

/** What a placeholder can be filled with; a list reads as "a, b, c". */
export type PlaceholderValue = string | number | boolean | readonly (string | number)[];
export type PlaceholderValues = Readonly<Record<string, PlaceholderValue | undefined>>;

/** Replaces `{name}` placeholders; unknown ones stay as written so an author or translator can spot them. */
export function fillPlaceholders(template: string, values: PlaceholderValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

/**
 * The one way a message becomes text: its plural form for `values.count` in `lang` (when it has forms),
 * then its placeholders filled.
 */
export function formatMessage(message: Message, lang: string, values: PlaceholderValues = {}): string {
  const count = values.count;
  return fillPlaceholders(choosePlural(message, lang, typeof count === 'number' ? count : undefined), values);
}
