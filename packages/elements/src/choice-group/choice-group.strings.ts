import { defineStrings } from '../i18n/strings.js';

export const choiceGroupStrings = defineStrings('choice-group', {
  en: { otherLabel: 'Describe', chooseAny: 'Choose all that apply.' },
  nl: { otherLabel: 'Omschrijf', chooseAny: 'Kies alles wat van toepassing is.' },
  fr: { otherLabel: 'Précisez', chooseAny: 'Choisissez tout ce qui s’applique.' },
});
