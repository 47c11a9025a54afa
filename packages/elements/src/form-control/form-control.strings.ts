import { defineStrings } from '../i18n/strings.js';

/**
 * What a form says when one of the controls stops it from being sent (the browser shows it next to the
 * control on submit). The ranking's own words are in ranking-form.strings.ts, so the scan's first
 * path, which has no ranking, does not carry them.
 */
export const formControlStrings = defineStrings('form-control', {
  en: { missing: 'Choose an answer.', other: 'Describe your other answer.' },
  nl: { missing: 'Kies een antwoord.', other: 'Omschrijf je ander antwoord.' },
  fr: { missing: 'Choisissez une réponse.', other: 'Précisez votre autre réponse.' },
});
