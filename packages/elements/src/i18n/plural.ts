import { pluralCategory } from '@poolster/schema';
import { uiLanguage } from './strings.js';

/**
 * Which of two forms a count takes in the interface language: `one` ("1 bouwsteen") or `other`
 * ("6 bouwstenen"), by the schema's `Intl.PluralRules`, so French says "0 module" and "1,5 modules" as
 * French does; categories these two-form tables have no form for (French "many") read as `other`.
 */
export function pluralForm(lang: string | undefined, n: number): 'one' | 'other' {
  return pluralCategory(uiLanguage(lang), n) === 'one' ? 'one' : 'other';
}

/** "4.1, 4.2 en 4.3" / "4.1, 4.2 and 4.3" / "4.1, 4.2 et 4.3", in the interface language. */
export function listOf(lang: string | undefined, items: readonly string[]): string {
  return new Intl.ListFormat(uiLanguage(lang), { type: 'conjunction' }).format(items);
}
