import { uiLanguage } from './strings.js';

/**
 * Which of two forms a count takes in the interface language: `one` ("1 bouwsteen") or `other`
 * ("6 bouwstenen"). Intl.PluralRules decides, so French says "0 module" and "1,5 modules" as French does;
 * categories our tables have no form for (French "many" for millions) read as `other`.
 */
export function pluralForm(lang: string | undefined, n: number): 'one' | 'other' {
  const language = uiLanguage(lang);
  // One set of rules per language: a view may ask for every figure it shows.
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(n) === 'one' ? 'one' : 'other';
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** "4.1, 4.2 en 4.3" / "4.1, 4.2 and 4.3" / "4.1, 4.2 et 4.3", in the interface language. */
export function listOf(lang: string | undefined, items: readonly string[]): string {
  return new Intl.ListFormat(uiLanguage(lang), { type: 'conjunction' }).format(items);
}
