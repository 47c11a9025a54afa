import { defineStrings } from '../i18n/strings.js';

/**
 * What a form says when one of the controls stops it from being sent (the browser shows it next to the
 * control on submit). `{min}` is the fewest a ranking needs.
 */
export const formControlStrings = defineStrings('form-control', {
  en: { missing: 'Choose an answer.', other: 'Describe your other answer.', tooFew: 'Choose at least {min}.' },
  nl: { missing: 'Kies een antwoord.', other: 'Omschrijf je ander antwoord.', tooFew: 'Kies er minstens {min}.' },
  fr: { missing: 'Choisissez une réponse.', other: 'Précisez votre autre réponse.', tooFew: 'Choisissez-en au moins {min}.' },
});
