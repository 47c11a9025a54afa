import { uiLanguage } from './strings.js';

/** "4.1, 4.2 en 4.3" / "4.1, 4.2 and 4.3" / "4.1, 4.2 et 4.3", in the interface language. */
export function listOf(lang: string | undefined, items: readonly string[]): string {
  return new Intl.ListFormat(uiLanguage(lang), { type: 'conjunction' }).format(items);
}
