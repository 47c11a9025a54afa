import { negotiate } from '@fastify/accept-negotiator';
import { defineMessages, type BuiltInTables, type TableOf } from '@poolster/schema';

/** The languages the server answers in; the first is the default. */
export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** `fr-BE` → `fr`: the server's languages have no regional variants. */
const primary = (tag: string) => tag.trim().toLowerCase().split('-')[0] ?? '';

/**
 * The language to answer in: `explicit` (`?lang=`) when it names one we have, else the best match of
 * the Accept-Language header (q-values and order weighed by Fastify's negotiator, after reducing each
 * tag to its primary language), else Dutch.
 */
export function pickLanguage(acceptLanguage: string | undefined, explicit?: string | null): Language {
  const asked = primary(explicit ?? '');
  if (isLanguage(asked)) return asked;
  if (!acceptLanguage) return LANGUAGES[0];
  const reduced = acceptLanguage
    .split(',')
    .map((range) => {
      const [tag = '', ...params] = range.split(';');
      return [primary(tag), ...params].join(';');
    })
    .join(',');
  return negotiate(reduced, [...LANGUAGES]) ?? LANGUAGES[0];
}

/**
 * A table per server language, read through the one localisation mechanism (packages/schema/src/i18n):
 * `registerLanguage('nl', { 'server-messages': { notFound: '…' } })` changes a text for every request,
 * and a key a registered table lacks reads through the fallback rule. Which language a request gets is
 * `pickLanguage`'s choice: the deployment's default (Dutch) when the request names none the server has.
 */
export function languageTables<T extends TableOf<T>>(name: string, tables: Readonly<Record<Language, T>>): Readonly<Record<Language, T>> {
  const lookup = defineMessages<T>(name, tables as unknown as BuiltInTables<T>);
  const record = {} as Record<Language, T>;
  for (const lang of LANGUAGES) Object.defineProperty(record, lang, { get: () => lookup(lang), enumerable: true });
  return record;
}
