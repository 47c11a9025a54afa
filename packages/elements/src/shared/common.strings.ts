import { defineStrings } from '../i18n/strings.js';

/** Words every element uses. */
export const commonStrings = defineStrings('common', {
  en: { errorPrefix: 'Error:', required: 'required', optional: 'optional' },
  nl: { errorPrefix: 'Fout:', required: 'verplicht', optional: 'niet verplicht' },
  fr: { errorPrefix: 'Erreur :', required: 'obligatoire', optional: 'facultatif' },
});
