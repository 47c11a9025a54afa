/**
 * The one fallback rule for every interface text (elements, validation messages, CLI, mail, server):
 * the wanted language as written ("nl-BE"), then its base language ("nl"), then English. English is the
 * language every table defines in full, so the chain always ends on a text. A deployment that prefers
 * another language when nothing is asked (the server's Dutch pages) picks that language first and then
 * asks the same chain; it never skips it.
 */
export const FALLBACK_LANGUAGE = 'en';

/** The languages the packages bring: English defines the keys, Dutch and French have every key. */
export const BUILT_IN_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type BuiltInLanguage = (typeof BUILT_IN_LANGUAGES)[number];

/** "nl-BE" → ["nl-be", "nl", "en"]; "" and undefined → ["en"]. Tags compare in lower case, as BCP 47 says. */
export function languageChain(lang: string | undefined): string[] {
  const wanted = (lang ?? '').trim().toLowerCase().replace(/_/g, '-');
  const chain: string[] = [];
  if (wanted !== '') chain.push(wanted);
  const base = wanted.split('-')[0] ?? '';
  if (base !== '' && base !== wanted) chain.push(base);
  if (!chain.includes(FALLBACK_LANGUAGE)) chain.push(FALLBACK_LANGUAGE);
  return chain;
}

/** The first language of the chain that `known` has: the language a text will actually be shown in. */
export function resolveLanguage(lang: string | undefined, known: (lang: string) => boolean): string {
  return languageChain(lang).find(known) ?? FALLBACK_LANGUAGE;
}
