import { defineStrings } from '../i18n/strings.js';

/** A ranking with fewer than its minimum; `{min}` is that minimum. */
export const rankingFormStrings = defineStrings('form-control-ranking', {
  en: { tooFew: 'Choose at least {min}.' },
  nl: { tooFew: 'Kies er minstens {min}.' },
  fr: { tooFew: 'Choisissez-en au moins {min}.' },
});
