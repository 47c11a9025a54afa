import { defineStrings } from '../i18n/strings.js';

/** Interface texts of `<poolster-error-summary>`. */
export const errorSummaryStrings = defineStrings('error-summary', {
  en: { heading: 'There is a problem' },
  nl: { heading: 'Er is een probleem' },
  fr: { heading: 'Il y a un problème' },
});
